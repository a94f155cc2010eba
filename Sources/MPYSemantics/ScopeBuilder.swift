// First pass of scope analysis: walks the AST once in source order, creates
// a Scope for every scope-opening node, records what each name does in each
// scope, folds module const() definitions, and raises the context errors
// ('return' outside function, 'break' outside loop, misplaced global, ...).
import MPYSyntax

final class ScopeBuilder {
    let module: Module
    let options: SemanticOptions
    @exclusivity(unchecked) private var slots: [Scope?]
    /// All scopes, indexed by ScopeID; filled by build().
    private(set) var scopes: [Scope] = []
    private(set) var constDefinitions: [ConstDefinition] = []
    /// Constants defined so far in source order.
    @exclusivity(unchecked) private var constsSoFar: [String: Constant] = [:]
    /// Loads of a name that was a constant at that point: (scope, name, offset).
    @exclusivity(unchecked) private var constLoads: [(ScopeID, String, Int32)] = []

    // Walk state of the scope being visited.
    @exclusivity(unchecked) private var cur: Scope
    @exclusivity(unchecked) private var stack: [Scope] = []
    @exclusivity(unchecked) private var loopDepth = 0
    @exclusivity(unchecked) private var compIterExprDepth = 0
    @exclusivity(unchecked) private var compIterTarget = false

    private enum Ctx { case load, store, del }

    init(module: Module, options: SemanticOptions) {
        self.module = module
        self.options = options
        slots = Array(repeating: nil, count: max(1, module.scopeCount))
        let whole = SourceRange(0, module.file.bytes.count)
        cur = Scope(id: 0, kind: .module, name: "<module>", parent: nil, range: whole)
        cur.emitter = options.defaultEmitter
        cur.inheritedEmitter = options.defaultEmitter
        slots[0] = cur
        stack = [cur]
    }

    func build() throws(CompileError) {
        try visitBody(module.body)
        // Every id the parser handed out has a scope; keep the model total
        // even if some numbered node never reached the tree.
        scopes = slots.enumerated().map { i, s in
            s ?? Scope(id: i, kind: .function, name: "<unused>", parent: 0, range: SourceRange(0, 0))
        }
    }

    /// After name resolution: which recorded const loads really read the
    /// module global, per scope and per site.
    func resolveConstLoads() -> [Int32: Constant] {
        var sites: [Int32: Constant] = [:]
        for (id, name, offset) in constLoads {
            guard id >= 0 && id < scopes.count, let value = constsSoFar[name] else { continue }
            let s = scopes[id]
            let inlined: Bool
            if s.kind == .module {
                inlined = true
            } else if let sym = s.symbol(name) {
                inlined = sym.resolution == .globalImplicit || sym.resolution == .globalExplicit
            } else {
                inlined = false
            }
            guard inlined else { continue }
            sites[offset] = value
            if !s.inlinedConsts.contains(name) { s.inlinedConsts.append(name) }
        }
        return sites
    }

    // MARK: scopes

    private func register(_ s: Scope) throws(CompileError) {
        guard s.id > 0 && s.id < slots.count && slots[s.id] == nil else {
            throw CompileError("internal error: bad scope number \(s.id)", at: s.range)
        }
        slots[s.id] = s
        cur.children.append(s.id)
    }

    /// Visits `body` inside the new scope `s`, then restores the walk state.
    private func inScope(_ s: Scope, _ body: () throws(CompileError) -> Void) throws(CompileError) {
        try register(s)
        let saved = (cur, loopDepth, compIterExprDepth, compIterTarget)
        cur = s
        stack.append(s)
        loopDepth = 0
        compIterExprDepth = 0
        compIterTarget = false
        defer {
            stack.removeLast()
            (cur, loopDepth, compIterExprDepth, compIterTarget) = saved
        }
        // An `async def` that yields is a plain generator in MicroPython,
        // so `return value` and `yield from` are allowed in it (CPython
        // rejects both).
        try body()
    }

    // MARK: names

    private func use(_ name: String, at range: SourceRange) {
        cur.add(name, .used, at: range)
        // Zero-argument super() reads the implicit __class__ cell.
        if name == "super" && cur.isFunctionLike { cur.add("__class__", .used, at: range) }
        if constsSoFar[name] != nil { constLoads.append((cur.id, name, range.start)) }
    }

    private func bind(_ name: String, _ flags: SymbolFlags, at range: SourceRange, in scope: Scope? = nil) throws(CompileError) {
        let s = scope ?? cur
        if name == "__debug__" {
            throw CompileError(flags.contains(.deleted) ? "cannot delete __debug__" : "cannot assign to __debug__", at: range)
        }
        if constsSoFar[name] != nil && (s.kind == .module || s.flags(of: name).contains(.declaredGlobal)) {
            throw CompileError("cannot reassign constant '\(name)'", at: range)
        }
        s.add(name, flags, at: range)
    }

    private func directive(_ name: String, at range: SourceRange, in s: Scope) {
        if s.directives[name] == nil { s.directives[name] = range }
    }

    // MARK: statements

    private func visitBody(_ body: [Stmt]) throws(CompileError) {
        for s in body { try visit(s) }
    }

    private func loopBody(_ body: [Stmt]) throws(CompileError) {
        loopDepth += 1
        defer { loopDepth -= 1 }
        try visitBody(body)
    }

    // Statements nest (up to the lexer's indentation limit); as for
    // expressions, the dispatcher binds nothing and each compound statement
    // has its own small helper.
    private enum StmtFamily { case simple, conditional, loop, with, handler, function, classDef }

    private static func family(_ s: Stmt) -> StmtFamily {
        switch s.kind {
        case .if: return .conditional
        case .while, .for: return .loop
        case .with: return .with
        case .try: return .handler
        case .functionDef: return .function
        case .classDef: return .classDef
        default: return .simple
        }
    }

    private func visit(_ s: Stmt) throws(CompileError) {
        switch ScopeBuilder.family(s) {
        case .simple: try simpleStatement(s)
        case .conditional: try ifStatement(s)
        case .loop: try loopStatement(s)
        case .with: try withStatement(s)
        case .handler: try tryStatement(s)
        case .function: try functionStatement(s)
        case .classDef: try classStatement(s)
        }
    }

    private func ifStatement(_ s: Stmt) throws(CompileError) {
        guard case .if(let test, let body, let orElse) = s.kind else { return }
        try visit(test)
        try visitBody(body)
        try visitBody(orElse)
    }

    private func loopStatement(_ s: Stmt) throws(CompileError) {
        if case .while(let test, let body, let orElse) = s.kind {
            try visit(test)
            try loopBody(body)
            try visitBody(orElse)
        } else if case .for(let target, let iter, let body, let orElse, let isAsync) = s.kind {
            if isAsync { try checkAsyncStatement("'async for' outside async function", at: s.range) }
            try visit(target, .store)
            try visit(iter)
            try loopBody(body)
            try visitBody(orElse)
        }
    }

    private func withStatement(_ s: Stmt) throws(CompileError) {
        guard case .with(let items, let body, let isAsync) = s.kind else { return }
        if isAsync { try checkAsyncStatement("'async with' outside async function", at: s.range) }
        for item in items {
            try visit(item.context)
            if let t = item.target { try visit(t, .store) }
        }
        try visitBody(body)
    }

    private func tryStatement(_ s: Stmt) throws(CompileError) {
        guard case .try(let body, let handlers, let orElse, let final) = s.kind else { return }
        try visitBody(body)
        for h in handlers {
            if let t = h.type { try visit(t) }
            if let n = h.name { try bind(n.name, .assigned, at: n.range) }
            try visitBody(h.body)
        }
        try visitBody(orElse)
        try visitBody(final)
    }

    private func functionStatement(_ s: Stmt) throws(CompileError) {
        guard case .functionDef(let d) = s.kind else { return }
        try functionDef(d, s.range)
    }

    private func classStatement(_ s: Stmt) throws(CompileError) {
        guard case .classDef(let d) = s.kind else { return }
        try classDef(d, s.range)
    }

    /// Statements that contain no statements.
    private func simpleStatement(_ s: Stmt) throws(CompileError) {
        switch s.kind {
        case .expr(let e):
            try visit(e)
        case .assign(let targets, let value):
            if try constDefinition(s, targets, value) { return }
            for t in targets { try visit(t, .store) }
            try visit(value)
        case .augAssign(let target, _, let value):
            try visit(target, .store)
            try visit(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let n) = target.kind {
                let f = cur.flags(of: n)
                if simple && cur.kind != .module && !f.isDisjoint(with: [.declaredGlobal, .declaredNonlocal]) {
                    let what = f.contains(.declaredGlobal) ? "global" : "nonlocal"
                    throw CompileError("annotated name '\(n)' can't be \(what)", at: target.range)
                }
                if simple {
                    try bind(n, [.annotated, .assigned], at: target.range)
                } else if value != nil {
                    try bind(n, .assigned, at: target.range)
                }
            } else {
                try visit(target, .store)
            }
            try visit(annotation)
            if let v = value { try visit(v) }
        case .delete(let targets):
            for t in targets { try visit(t, .del) }
        case .pass:
            break
        case .break:
            if loopDepth == 0 { throw CompileError("'break' outside loop", at: s.range) }
        case .continue:
            if loopDepth == 0 { throw CompileError("'continue' not properly in loop", at: s.range) }
        case .return(let v):
            if !cur.isFunctionLike { throw CompileError("'return' outside function", at: s.range) }
            if let v { try visit(v) }
        case .raise(let e, let cause):
            if let e { try visit(e) }
            if let cause { try visit(cause) }
        case .global(let names):
            for n in names {
                try declare(n.name, global: true, statement: s.range)
            }
        case .nonlocal(let names):
            if cur.kind == .module {
                throw CompileError("nonlocal declaration not allowed at module level", at: s.range)
            }
            for n in names {
                try declare(n.name, global: false, statement: s.range)
            }
        case .assert(let test, let message):
            // Walked even when asserts are removed: their errors still count.
            try visit(test)
            if let m = message { try visit(m) }
        case .import(let aliases):
            for a in aliases {
                if let asName = a.asName {
                    try bind(asName.name, .imported, at: asName.range)
                } else {
                    let first = a.name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? a.name
                    try bind(first, .imported, at: a.range)
                }
            }
        case .importFrom(_, let names, _):
            for a in names {
                if a.name == "*" {
                    if cur.kind != .module {
                        throw CompileError("import * only allowed at module level", at: a.range)
                    }
                    cur.hasImportStar = true
                } else if let asName = a.asName {
                    try bind(asName.name, .imported, at: asName.range)
                } else {
                    try bind(a.name, .imported, at: a.range)
                }
            }
        default:
            break
        }
    }

    private func checkAsyncStatement(_ message: String, at range: SourceRange) throws(CompileError) {
        if !(cur.kind == .function && cur.isAsync) { throw CompileError(message, at: range) }
    }

    /// `global x` / `nonlocal x`, with CPython's checks against earlier uses.
    private func declare(_ name: String, global: Bool, statement: SourceRange) throws(CompileError) {
        let what = global ? "global" : "nonlocal"
        let f = cur.flags(of: name)
        if f.contains(.param) {
            throw CompileError("name '\(name)' is parameter and \(what)", at: statement)
        }
        if f.contains(.used) {
            throw CompileError("name '\(name)' is used prior to \(what) declaration", at: statement)
        }
        if f.contains(.annotated) {
            throw CompileError("annotated name '\(name)' can't be \(what)", at: statement)
        }
        if f.isBound {
            throw CompileError("name '\(name)' is assigned to before \(what) declaration", at: statement)
        }
        cur.add(name, global ? .declaredGlobal : .declaredNonlocal, at: statement)
        directive(name, at: statement, in: cur)
    }

    /// `NAME = const(expr)` at module level: folds it and records the
    /// constant. Returns false for any other statement.
    private func constDefinition(_ s: Stmt, _ targets: [Expr], _ value: Expr) throws(CompileError) -> Bool {
        guard cur.kind == .module, targets.count == 1, case .name(let name) = targets[0].kind,
            let arg = ScopeBuilder.constArgument(value)
        else { return false }
        let debug = options.mpyOptLevel < 1
        let known = constsSoFar
        let v = try ConstFolder.evaluate(arg) { n in
            if let c = known[n] { return c }
            return n == "__debug__" ? .bool(debug) : nil
        }
        try bind(name, [.assigned, .const], at: targets[0].range)
        constsSoFar[name] = v
        constDefinitions.append(
            ConstDefinition(
                name: name, value: v, isHidden: name.hasPrefix("_"),
                statementRange: s.range))
        return true
    }

    /// The argument of `const(x)` or `micropython.const(x)`: one positional
    /// argument, no keywords.
    static func constArgument(_ value: Expr) -> Expr? {
        guard case .call(let f, let args, let keywords) = value.kind, args.count == 1, keywords.isEmpty else { return nil }
        if case .starred = args[0].kind { return nil }
        switch f.kind {
        case .name("const"):
            return args[0]
        case .attribute(let base, let attr) where attr.name == "const":
            if case .name("micropython") = base.kind { return args[0] }
            return nil
        default:
            return nil
        }
    }

    // MARK: definitions

    /// Decorators in the enclosing scope; returns the emitter marker chosen
    /// (last one wins, as in MicroPython) and the consumed indices.
    private func decorators(_ decs: [Expr]) throws(CompileError) -> (EmitMode?, [Int]) {
        var mode: EmitMode?
        var consumed: [Int] = []
        for (i, d) in decs.enumerated() {
            if let m = try EmitterSelection.marker(d) {
                mode = m
                consumed.append(i)
            } else {
                try visit(d)
            }
        }
        return (mode, consumed)
    }

    private func functionDef(_ d: FunctionDef, _ range: SourceRange) throws(CompileError) {
        let (marker, consumed) = try decorators(d.decorators)
        try bind(d.name.name, .function, at: d.name.range)
        try parameterDefaults(d.params)
        for p in d.params.all { if let a = p.annotation { try visit(a) } }
        if let r = d.returns { try visit(r) }
        let s = Scope(id: d.scope, kind: .function, name: d.name.name, parent: cur.id, range: range)
        s.isAsync = d.isAsync
        s.isCoroutine = d.isAsync
        s.emitter = marker ?? cur.inheritedEmitter
        s.inheritedEmitter = s.emitter
        s.consumedDecorators = consumed
        try inScope(s) { () throws(CompileError) in
            try parameters(d.params)
            try visitBody(d.body)
        }
    }

    private func classDef(_ d: ClassDef, _ range: SourceRange) throws(CompileError) {
        let (marker, consumed) = try decorators(d.decorators)
        try bind(d.name.name, .classDef, at: d.name.range)
        for b in d.bases { try visit(b) }
        for k in d.keywords { try visit(k.value) }
        let s = Scope(id: d.scope, kind: .class, name: d.name.name, parent: cur.id, range: range)
        s.emitter = options.defaultEmitter
        s.inheritedEmitter = marker ?? cur.inheritedEmitter
        s.consumedDecorators = consumed
        try inScope(s) { () throws(CompileError) in try visitBody(d.body) }
    }

    private func parameterDefaults(_ p: Parameters) throws(CompileError) {
        for d in p.defaults { try visit(d) }
        for d in p.kwDefaults { if let d { try visit(d) } }
    }

    /// Binds the parameters in the new scope, rejecting duplicates.
    private func parameters(_ p: Parameters) throws(CompileError) {
        var infos: [ParameterInfo] = []
        let positional = p.posOnly.count + p.args.count
        let firstDefault = positional - p.defaults.count
        for (i, q) in (p.posOnly + p.args).enumerated() {
            infos.append(
                ParameterInfo(
                    name: q.name.name, kind: i < p.posOnly.count ? .positionalOnly : .positional,
                    hasDefault: i >= firstDefault))
        }
        if let v = p.vararg { infos.append(ParameterInfo(name: v.name.name, kind: .varArgs, hasDefault: false)) }
        for (i, q) in p.kwOnly.enumerated() {
            let hasDefault = i < p.kwDefaults.count && p.kwDefaults[i] != nil
            infos.append(ParameterInfo(name: q.name.name, kind: .keywordOnly, hasDefault: hasDefault))
        }
        if let k = p.kwarg { infos.append(ParameterInfo(name: k.name.name, kind: .varKeywords, hasDefault: false)) }
        cur.params = infos
        for q in p.all {
            if cur.flags(of: q.name.name).contains(.param) {
                throw CompileError("duplicate argument '\(q.name.name)' in function definition", at: q.name.range)
            }
            try bind(q.name.name, .param, at: q.name.range)
        }
    }

    // MARK: expressions

    // Expressions nest up to the parser's depth limit, so the recursive path
    // is kept to small stack frames: `family` and `children` (which switch
    // over the whole ExprKind, a large frame in debug builds) return before
    // any recursion happens.
    private enum Family { case name, plain, target, lambda, comprehension, named, suspension }

    private static func family(_ e: Expr) -> Family {
        switch e.kind {
        case .name: return .name
        case .tuple, .list, .starred: return .target
        case .lambda: return .lambda
        case .listComp, .setComp, .dictComp, .generator: return .comprehension
        case .namedExpr: return .named
        case .await, .yield, .yieldFrom: return .suspension
        default: return .plain
        }
    }

    /// Direct subexpressions in evaluation order, for the kinds whose only
    /// effect is to evaluate them (not names, scopes or walrus).
    /// Calls `body` on each direct child expression, in source order,
    /// without building an array (this runs once per expression node).
    static func forEachChild(_ e: Expr, _ body: (Expr) throws(CompileError) -> Void) throws(CompileError) {
        switch e.kind {
        case .name, .constant, .lambda, .namedExpr, .listComp, .setComp, .dictComp, .generator:
            return
        case .joinedStr(let elts), .tuple(let elts), .list(let elts), .set(let elts), .boolOp(_, let elts):
            for x in elts { try body(x) }
        case .formattedValue(let v, _, let spec):
            try body(v)
            if let spec { try body(spec) }
        case .dict(let items):
            for item in items {
                if let k = item.key { try body(k) }
                try body(item.value)
            }
        case .attribute(let v, _), .starred(let v), .unary(_, let v), .await(let v), .yieldFrom(let v):
            try body(v)
        case .yield(let v):
            if let v { try body(v) }
        case .subscript(let v, let index):
            try body(v)
            try body(index)
        case .slice(let lower, let upper, let step):
            if let lower { try body(lower) }
            if let upper { try body(upper) }
            if let step { try body(step) }
        case .call(let f, let args, let keywords):
            try body(f)
            for a in args { try body(a) }
            for k in keywords { try body(k.value) }
        case .binary(let l, _, let r):
            try body(l)
            try body(r)
        case .compare(let first, let rest):
            try body(first)
            for (_, x) in rest { try body(x) }
        case .ifExp(let test, let b, let orElse):
            try body(test)
            try body(b)
            try body(orElse)
        }
    }

    private func visit(_ e: Expr, _ ctx: Ctx = .load) throws(CompileError) {
        let family = ScopeBuilder.family(e)
        switch family {
        case .name: return try visitName(e, ctx)
        case .lambda: return try visitLambda(e)
        case .comprehension: return try visitComprehension(e)
        case .named: return try visitNamedExpr(e)
        case .suspension: try checkSuspension(e)
        case .target, .plain: break
        }
        let inner = family == .target ? ctx : .load
        try ScopeBuilder.forEachChild(e) { (c) throws(CompileError) in try visit(c, inner) }
    }

    private func visitName(_ e: Expr, _ ctx: Ctx) throws(CompileError) {
        guard case .name(let n) = e.kind else { return }
        switch ctx {
        case .load: use(n, at: e.range)
        case .store: try bind(n, compIterTarget ? [.assigned, .comprehensionIter] : .assigned, at: e.range)
        case .del: try bind(n, .deleted, at: e.range)
        }
    }

    private func visitLambda(_ e: Expr) throws(CompileError) {
        guard case .lambda(let id, let params, let body) = e.kind else { return }
        try parameterDefaults(params)
        let s = Scope(id: id, kind: .lambda, name: "<lambda>", parent: cur.id, range: e.range)
        s.emitter = cur.inheritedEmitter
        s.inheritedEmitter = s.emitter
        try inScope(s) { () throws(CompileError) in
            try parameters(params)
            try visit(body)
        }
    }

    private func visitComprehension(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .listComp(let id, let elt, let gens):
            try comprehension(e, id, .list, [elt], gens)
        case .setComp(let id, let elt, let gens):
            try comprehension(e, id, .set, [elt], gens)
        case .dictComp(let id, let key, let value, let gens):
            try comprehension(e, id, .dict, [key, value], gens)
        case .generator(let id, let elt, let gens):
            try comprehension(e, id, .generator, [elt], gens)
        default:
            break
        }
    }

    private func visitNamedExpr(_ e: Expr) throws(CompileError) {
        guard case .namedExpr(let target, let value) = e.kind else { return }
        if compIterExprDepth > 0 {
            throw CompileError("assignment expression cannot be used in a comprehension iterable expression", at: e.range)
        }
        try visit(value)
        if cur.kind == .comprehension {
            try walrusInComprehension(target, e.range)
        } else {
            try bind(target.name, .assigned, at: target.range)
        }
    }

    /// Context checks for await/yield/yield from; the operand is visited by the caller.
    private func checkSuspension(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .await:
            switch cur.kind {
            case .module, .class:
                throw CompileError("'await' outside function", at: e.range)
            case .function where !cur.isAsync, .lambda:
                throw CompileError("'await' outside async function", at: e.range)
            case .function:
                break
            case .comprehension:
                cur.isCoroutine = true
            }
        case .yield:
            try yieldCheck(e.range)
        case .yieldFrom:
            try yieldCheck(e.range)
        default:
            break
        }
    }

    private func yieldCheck(_ range: SourceRange) throws(CompileError) {
        if let k = cur.comprehensionKind {
            throw CompileError("'yield' inside \(k.description)", at: range)
        }
        if !cur.isFunctionLike { throw CompileError("'yield' outside function", at: range) }
        cur.isGenerator = true
    }

    /// A comprehension: the first iterable in the enclosing scope, the rest
    /// (targets, conditions, later iterables, element) in its own scope.
    private func comprehension(
        _ e: Expr, _ id: ScopeID, _ kind: ComprehensionKind, _ elements: [Expr],
        _ gens: [Comprehension]
    ) throws(CompileError) {
        if let first = gens.first {
            compIterExprDepth += 1
            defer { compIterExprDepth -= 1 }
            try visit(first.iter)
        }
        let s = Scope(
            id: id, kind: .comprehension, name: kind.scopeName, parent: cur.id, range: e.range,
            comprehensionKind: kind)
        s.emitter = cur.inheritedEmitter
        s.inheritedEmitter = s.emitter
        s.isGenerator = kind == .generator
        try inScope(s) { () throws(CompileError) in
            for (i, g) in gens.enumerated() {
                if g.isAsync { s.isCoroutine = true }
                compIterTarget = true
                try visit(g.target, .store)
                compIterTarget = false
                if i > 0 {
                    compIterExprDepth += 1
                    try visit(g.iter)
                    compIterExprDepth -= 1
                }
                for c in g.ifs { try visit(c) }
            }
            for x in elements { try visit(x) }
        }
        // An async comprehension (other than a generator expression) runs
        // inside its caller's coroutine.
        if s.isCoroutine && kind != .generator {
            let ok = (cur.kind == .function && cur.isAsync) || cur.kind == .comprehension
            if !ok {
                throw CompileError("asynchronous comprehension outside of an asynchronous function", at: e.range)
            }
            cur.isCoroutine = true
        }
    }

    /// `(x := v)` in a comprehension binds x in the nearest enclosing
    /// function or module scope (PEP 572).
    private func walrusInComprehension(_ target: Identifier, _ range: SourceRange) throws(CompileError) {
        let name = target.name
        for s in stack.reversed() {
            switch s.kind {
            case .comprehension:
                if s.flags(of: name).contains(.comprehensionIter) {
                    throw CompileError(
                        "assignment expression cannot rebind comprehension iteration variable '\(name)'",
                        at: target.range)
                }
            case .function, .lambda:
                let global = s.flags(of: name).contains(.declaredGlobal)
                cur.add(
                    name, global ? [.declaredGlobal, .implicitDeclaration] : [.declaredNonlocal, .implicitDeclaration],
                    at: target.range)
                directive(name, at: target.range, in: cur)
                try bind(name, .assigned, at: target.range, in: s)
                return
            case .module:
                cur.add(name, [.declaredGlobal, .implicitDeclaration], at: target.range)
                directive(name, at: target.range, in: cur)
                try bind(name, .assigned, at: target.range, in: s)
                return
            case .class:
                throw CompileError(
                    "assignment expression within a comprehension cannot be used in a class body",
                    at: range)
            }
        }
    }
}
