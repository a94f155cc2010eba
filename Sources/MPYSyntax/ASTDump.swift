// Prints an AST as indented text with every node's exact source range
// (`--dump ast`). The format is stable: golden tests compare it.

public struct ASTDump {
    let file: SourceFile
    var out = ""

    public static func render(_ module: Module) -> String {
        var d = ASTDump(file: module.file)
        d.line(0, "Module scopes=\(module.scopeCount)")
        d.stmts(1, module.body)
        return d.out
    }

    func at(_ r: SourceRange) -> String {
        let a = file.position(of: Int(r.start))
        let b = file.position(of: Int(r.end))
        return "@\(a.line):\(a.column)-\(b.line):\(b.column)"
    }

    mutating func line(_ indent: Int, _ text: String) {
        out += String(repeating: "  ", count: indent) + text + "\n"
    }

    mutating func label(_ indent: Int, _ name: String, _ exprs: [Expr]) {
        guard !exprs.isEmpty else { return }
        line(indent, name + ":")
        for e in exprs { expr(indent + 1, e) }
    }

    mutating func label(_ indent: Int, _ name: String, _ e: Expr?) {
        guard let e else { return }
        line(indent, name + ":")
        expr(indent + 1, e)
    }

    mutating func block(_ indent: Int, _ name: String, _ body: [Stmt]) {
        guard !body.isEmpty else { return }
        line(indent, name + ":")
        stmts(indent + 1, body)
    }

    mutating func stmts(_ indent: Int, _ body: [Stmt]) {
        for s in body { stmt(indent, s) }
    }

    mutating func stmt(_ i: Int, _ s: Stmt) {
        let r = at(s.range)
        switch s.kind {
        case .expr(let e):
            line(i, "Expr \(r)")
            expr(i + 1, e)
        case .assign(let targets, let value):
            line(i, "Assign \(r)")
            label(i + 1, "targets", targets)
            label(i + 1, "value", value)
        case .augAssign(let target, let op, let value):
            line(i, "AugAssign \(op.rawValue)= \(r)")
            expr(i + 1, target)
            expr(i + 1, value)
        case .annAssign(let target, let ann, let value, let simple):
            line(i, "AnnAssign\(simple ? " simple" : "") \(r)")
            label(i + 1, "target", target)
            label(i + 1, "annotation", ann)
            label(i + 1, "value", value)
        case .delete(let targets):
            line(i, "Delete \(r)")
            for t in targets { expr(i + 1, t) }
        case .pass: line(i, "Pass \(r)")
        case .break: line(i, "Break \(r)")
        case .continue: line(i, "Continue \(r)")
        case .return(let v):
            line(i, "Return \(r)")
            if let v { expr(i + 1, v) }
        case .raise(let e, let cause):
            line(i, "Raise \(r)")
            label(i + 1, "exc", e)
            label(i + 1, "cause", cause)
        case .global(let names):
            line(i, "Global \(names.map(\.name).joined(separator: ", ")) \(r)")
        case .nonlocal(let names):
            line(i, "Nonlocal \(names.map(\.name).joined(separator: ", ")) \(r)")
        case .assert(let test, let msg):
            line(i, "Assert \(r)")
            label(i + 1, "test", test)
            label(i + 1, "msg", msg)
        case .import(let aliases):
            line(i, "Import \(aliases.map(alias).joined(separator: ", ")) \(r)")
        case .importFrom(let module, let names, let level):
            let dots = String(repeating: ".", count: level)
            line(i, "ImportFrom \(dots)\(module ?? "") names=\(names.map(alias).joined(separator: ", ")) \(r)")
        case .if(let test, let body, let orElse):
            line(i, "If \(r)")
            label(i + 1, "test", test)
            block(i + 1, "body", body)
            block(i + 1, "else", orElse)
        case .while(let test, let body, let orElse):
            line(i, "While \(r)")
            label(i + 1, "test", test)
            block(i + 1, "body", body)
            block(i + 1, "else", orElse)
        case .for(let target, let iter, let body, let orElse, let isAsync):
            line(i, "\(isAsync ? "AsyncFor" : "For") \(r)")
            label(i + 1, "target", target)
            label(i + 1, "iter", iter)
            block(i + 1, "body", body)
            block(i + 1, "else", orElse)
        case .with(let items, let body, let isAsync):
            line(i, "\(isAsync ? "AsyncWith" : "With") \(r)")
            for item in items {
                line(i + 1, "item:")
                expr(i + 2, item.context)
                label(i + 2, "as", item.target)
            }
            block(i + 1, "body", body)
        case .try(let body, let handlers, let orElse, let final):
            line(i, "Try \(r)")
            block(i + 1, "body", body)
            for h in handlers {
                line(i + 1, "ExceptHandler\(h.name.map { " as " + $0.name } ?? "") \(at(h.range))")
                label(i + 2, "type", h.type)
                block(i + 2, "body", h.body)
            }
            block(i + 1, "else", orElse)
            block(i + 1, "finally", final)
        case .functionDef(let f):
            line(i, "\(f.isAsync ? "AsyncFunctionDef" : "FunctionDef") \(f.name.name) scope=\(f.scope) \(r)")
            label(i + 1, "decorators", f.decorators)
            params(i + 1, f.params)
            label(i + 1, "returns", f.returns)
            block(i + 1, "body", f.body)
        case .classDef(let c):
            line(i, "ClassDef \(c.name.name) scope=\(c.scope) \(r)")
            label(i + 1, "decorators", c.decorators)
            label(i + 1, "bases", c.bases)
            keywords(i + 1, c.keywords)
            block(i + 1, "body", c.body)
        }
    }

    func alias(_ a: Alias) -> String { a.name + (a.asName.map { " as " + $0.name } ?? "") }

    mutating func params(_ i: Int, _ ps: Parameters) {
        let all = ps.posOnly.count + ps.args.count + ps.kwOnly.count + (ps.vararg == nil ? 0 : 1) + (ps.kwarg == nil ? 0 : 1)
        guard all > 0 else { return }
        line(i, "params:")
        func param(_ kind: String, _ p: Parameter) {
            line(i + 1, "\(kind) \(p.name.name) \(at(p.name.range))")
            label(i + 2, "annotation", p.annotation)
        }
        for p in ps.posOnly { param("posonly", p) }
        for p in ps.args { param("arg", p) }
        if let v = ps.vararg { param("vararg", v) }
        for (k, p) in ps.kwOnly.enumerated() {
            param("kwonly", p)
            label(i + 2, "default", k < ps.kwDefaults.count ? ps.kwDefaults[k] : nil)
        }
        if let k = ps.kwarg { param("kwarg", k) }
        label(i + 1, "defaults", ps.defaults)
    }

    mutating func keywords(_ i: Int, _ kws: [Keyword]) {
        for k in kws {
            line(i, "keyword \(k.name?.name ?? "**") \(at(k.range))")
            expr(i + 1, k.value)
        }
    }

    mutating func comprehensions(_ i: Int, _ comps: [Comprehension]) {
        for c in comps {
            line(i, c.isAsync ? "async for:" : "for:")
            expr(i + 1, c.target)
            line(i, "in:")
            expr(i + 1, c.iter)
            label(i, "if", c.ifs)
        }
    }

    mutating func expr(_ i: Int, _ e: Expr) {
        let r = at(e.range)
        switch e.kind {
        case .name(let n): line(i, "Name \(n) \(r)")
        case .constant(let c): line(i, "Constant \(PythonRepr.constant(c)) \(r)")
        case .joinedStr(let parts):
            line(i, "JoinedStr \(r)")
            for p in parts { expr(i + 1, p) }
        case .formattedValue(let v, let conv, let spec):
            line(i, "FormattedValue\(conv.map { " !\($0)" } ?? "") \(r)")
            expr(i + 1, v)
            label(i + 1, "spec", spec)
        case .tuple(let elts):
            line(i, "Tuple \(r)")
            for x in elts { expr(i + 1, x) }
        case .list(let elts):
            line(i, "List \(r)")
            for x in elts { expr(i + 1, x) }
        case .set(let elts):
            line(i, "Set \(r)")
            for x in elts { expr(i + 1, x) }
        case .dict(let items):
            line(i, "Dict \(r)")
            for item in items {
                if let k = item.key {
                    line(i + 1, "key:")
                    expr(i + 2, k)
                    line(i + 1, "value:")
                } else {
                    line(i + 1, "unpack:")
                }
                expr(i + 2, item.value)
            }
        case .attribute(let v, let attr):
            line(i, "Attribute .\(attr.name) \(r)")
            expr(i + 1, v)
        case .subscript(let v, let index):
            line(i, "Subscript \(r)")
            expr(i + 1, v)
            expr(i + 1, index)
        case .slice(let lo, let hi, let step):
            line(i, "Slice \(r)")
            label(i + 1, "lower", lo)
            label(i + 1, "upper", hi)
            label(i + 1, "step", step)
        case .starred(let v):
            line(i, "Starred \(r)")
            expr(i + 1, v)
        case .call(let f, let args, let kws):
            line(i, "Call \(r)")
            expr(i + 1, f)
            label(i + 1, "args", args)
            keywords(i + 1, kws)
        case .unary(let op, let v):
            line(i, "UnaryOp \(op.rawValue) \(r)")
            expr(i + 1, v)
        case .binary(let a, let op, let b):
            line(i, "BinOp \(op.rawValue) \(r)")
            expr(i + 1, a)
            expr(i + 1, b)
        case .boolOp(let op, let values):
            line(i, "BoolOp \(op.rawValue) \(r)")
            for v in values { expr(i + 1, v) }
        case .compare(let first, let rest):
            line(i, "Compare \(rest.map(\.0.rawValue).joined(separator: " ")) \(r)")
            expr(i + 1, first)
            for (_, v) in rest { expr(i + 1, v) }
        case .ifExp(let test, let body, let orElse):
            line(i, "IfExp \(r)")
            label(i + 1, "test", test)
            label(i + 1, "body", body)
            label(i + 1, "else", orElse)
        case .lambda(let scope, let ps, let body):
            line(i, "Lambda scope=\(scope) \(r)")
            params(i + 1, ps)
            label(i + 1, "body", body)
        case .listComp(let scope, let elt, let comps):
            line(i, "ListComp scope=\(scope) \(r)")
            expr(i + 1, elt)
            comprehensions(i + 1, comps)
        case .setComp(let scope, let elt, let comps):
            line(i, "SetComp scope=\(scope) \(r)")
            expr(i + 1, elt)
            comprehensions(i + 1, comps)
        case .dictComp(let scope, let k, let v, let comps):
            line(i, "DictComp scope=\(scope) \(r)")
            label(i + 1, "key", k)
            label(i + 1, "value", v)
            comprehensions(i + 1, comps)
        case .generator(let scope, let elt, let comps):
            line(i, "GeneratorExp scope=\(scope) \(r)")
            expr(i + 1, elt)
            comprehensions(i + 1, comps)
        case .namedExpr(let target, let value):
            line(i, "NamedExpr \(target.name) \(r)")
            expr(i + 1, value)
        case .await(let v):
            line(i, "Await \(r)")
            expr(i + 1, v)
        case .yield(let v):
            line(i, "Yield \(r)")
            if let v { expr(i + 1, v) }
        case .yieldFrom(let v):
            line(i, "YieldFrom \(r)")
            expr(i + 1, v)
        }
    }
}
