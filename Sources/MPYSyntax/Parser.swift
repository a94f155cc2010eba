// Recursive-descent parser from tokens to the AST: statements and blocks.
// Expressions are in ParserExpressions.swift, literals in LiteralDecoder.swift.
// Nesting is bounded (`maxDepth`) so no input can exhaust the stack.
import Foundation

public struct Parser {
    let file: SourceFile
    let bytes: [UInt8]
    var toks: [Token]
    var p = 0
    var nextScope: ScopeID
    var depth = 0
    public static let maxDepth = 3000

    init(file: SourceFile, tokens: [Token], firstScope: ScopeID = 1) {
        self.file = file
        bytes = file.bytes
        toks = tokens
        nextScope = firstScope
    }

    /// Parses a whole module.
    public static func parse(_ file: SourceFile) throws(CompileError) -> Module {
        let tokens = try Lexer.tokenize(file)
        var parser = Parser(file: file, tokens: tokens)
        var body: [Stmt] = []
        while parser.tok.kind != .endOfFile {
            if parser.tok.kind == .newline { parser.p += 1; continue }
            if parser.tok.kind == .indent { throw CompileError("unexpected indent", at: parser.tok.range) }
            try parser.statement(into: &body)
        }
        return Module(body: body, scopeCount: parser.nextScope, file: file)
    }

    // MARK: token helpers

    @inline(__always) var tok: Token { toks[p] }
    @inline(__always) func peek(_ k: Int = 1) -> TokenKind { p + k < toks.count ? toks[p + k].kind : .endOfFile }
    @inline(__always) func at(_ kind: TokenKind) -> Bool { toks[p].kind == kind }

    @inline(__always) mutating func accept(_ kind: TokenKind) -> Bool {
        if toks[p].kind == kind { p += 1; return true }
        return false
    }

    mutating func expect(_ kind: TokenKind, _ what: String? = nil) throws(CompileError) -> Token {
        let t = toks[p]
        if t.kind == kind { p += 1; return t }
        throw unexpected(expected: what ?? "'\(kind.spelling)'")
    }

    func unexpected(expected: String? = nil) -> CompileError {
        let t = toks[p]
        var msg: String
        switch t.kind {
        case .indent: msg = "unexpected indent"
        case .dedent: msg = "unindent does not match the block"
        case .endOfFile: msg = "unexpected end of file"
        case .newline: msg = "invalid syntax"
        default: msg = "invalid syntax"
        }
        if let e = expected { msg = t.kind == .endOfFile ? "unexpected end of file: expected \(e)" : "expected \(e)" }
        return CompileError(msg, at: t.range)
    }

    /// An identifier's text; non-ASCII names are NFKC-normalized, as
    /// Python requires (so `ｗｉｄｔｈ` and `width` are the same name).
    func nameText(_ t: Token) -> String {
        for k in Int(t.start)..<Int(t.end) where bytes[k] >= 0x80 {
            return text(t).precomposedStringWithCompatibilityMapping
        }
        return text(t)
    }

    func text(_ t: Token) -> String {
        String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
    }

    mutating func name(_ what: String = "a name") throws(CompileError) -> Identifier {
        let t = toks[p]
        guard t.kind == .name else {
            if t.kind.isKeyword { throw CompileError("'\(t.kind.spelling)' is a keyword and cannot be used as a name", at: t.range) }
            throw unexpected(expected: what)
        }
        p += 1
        return Identifier(nameText(t), t.range)
    }

    mutating func enter(_ at: Token) throws(CompileError) {
        depth += 1
        if depth > Parser.maxDepth { throw CompileError("too deeply nested (limit \(Parser.maxDepth))", at: at.range) }
    }

    mutating func newScope() -> ScopeID {
        defer { nextScope += 1 }
        return nextScope
    }

    func lineOf(_ t: Token) -> Int { file.line(of: Int(t.start)) }

    // MARK: statements

    mutating func statement(into body: inout [Stmt]) throws(CompileError) {
        switch tok.kind {
        case .kwIf, .kwWhile, .kwFor, .kwTry, .kwWith, .kwDef, .kwClass, .at, .kwAsync:
            body.append(try compound())
        case .name where isMatchStatement():
            throw CompileError("'match' statements are not supported by MicroPython", at: tok.range)
        default:
            try simpleStatements(into: &body)
        }
    }

    /// `match` is a soft keyword: a logical line starting with it and ending
    /// in ':' is a match statement (an expression statement cannot end so).
    func isMatchStatement() -> Bool {
        guard text(tok) == "match" else { return false }
        switch peek() {
        case .assign, .colon, .dot, .newline, .comma, .semicolon, .rparen: return false
        default: break
        }
        if peek().isAugAssign { return false }
        var k = p + 1
        var nest = 0
        while k < toks.count {
            switch toks[k].kind {
            case .lparen, .lbracket, .lbrace: nest += 1
            case .rparen, .rbracket, .rbrace: nest -= 1
            case .newline, .endOfFile: return k > p + 1 && toks[k - 1].kind == .colon
            case .assign where nest == 0: return false
            default: break
            }
            k += 1
        }
        return false
    }

    mutating func simpleStatements(into body: inout [Stmt]) throws(CompileError) {
        while true {
            body.append(try simple())
            if accept(.semicolon) {
                if at(.newline) || at(.endOfFile) { break }
                continue
            }
            break
        }
        if !accept(.newline) && !at(.endOfFile) {
            // Python 2 habits get CPython's hint.
            if let last = body.last, case .expr(let e) = last.kind, case .name(let n) = e.kind,
                n == "print" || n == "exec", startsExpression()
            {
                throw CompileError("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", at: e.range)
            }
            throw unexpected()
        }
    }

    mutating func simple() throws(CompileError) -> Stmt {
        let t = tok
        let start = t.range
        switch t.kind {
        case .kwPass: p += 1; return Stmt(.pass, start)
        case .kwBreak: p += 1; return Stmt(.break, start)
        case .kwContinue: p += 1; return Stmt(.continue, start)
        case .kwReturn:
            p += 1
            if endsSimple() { return Stmt(.return(nil), start) }
            let v = try starExpressions()
            try noBareStar(v)
            return Stmt(.return(v), start.to(v.range))
        case .kwRaise:
            p += 1
            if endsSimple() { return Stmt(.raise(nil, cause: nil), start) }
            let e = try test()
            var cause: Expr?
            if accept(.kwFrom) { cause = try test() }
            return Stmt(.raise(e, cause: cause), start.to((cause ?? e).range))
        case .kwGlobal, .kwNonlocal:
            p += 1
            var names = [try name()]
            while accept(.comma) { names.append(try name()) }
            let r = start.to(names.last!.range)
            return Stmt(t.kind == .kwGlobal ? .global(names) : .nonlocal(names), r)
        case .kwDel:
            p += 1
            var targets: [Expr] = []
            repeat {
                if endsSimple() { break }
                if at(.star) { throw CompileError("cannot delete starred", at: tok.range) }
                let e = try bitOr()
                try checkTarget(e, context: .delete)
                targets.append(e)
            } while accept(.comma)
            if targets.isEmpty { throw unexpected(expected: "an expression to delete") }
            return Stmt(.delete(targets), start.to(targets.last!.range))
        case .kwAssert:
            p += 1
            let testE = try test()
            var msg: Expr?
            if accept(.comma) { msg = try test() }
            return Stmt(.assert(test: testE, message: msg), start.to((msg ?? testE).range))
        case .kwImport:
            return try importStatement()
        case .kwFrom:
            return try fromImport()
        default:
            return try expressionStatement()
        }
    }

    func endsSimple() -> Bool {
        switch tok.kind {
        case .newline, .semicolon, .endOfFile: return true
        default: return false
        }
    }

    mutating func expressionStatement() throws(CompileError) -> Stmt {
        let first = tok
        let lhs = at(.kwYield) ? try yieldExpr() : try starExpressions()
        if at(.colon) {
            // Annotated assignment.
            p += 1
            if case .tuple = lhs.kind, first.kind != .lparen {
                throw CompileError("only single target (not tuple) can be annotated", at: lhs.range)
            }
            try checkTarget(lhs, context: .annotated)
            let ann = try test()
            var value: Expr?
            if accept(.assign) {
                value = at(.kwYield) ? try yieldExpr() : try starExpressions()
                try noBareStar(value!)
            }
            var simple = false
            if case .name = lhs.kind, first.kind != .lparen { simple = true }
            return Stmt(.annAssign(target: lhs, annotation: ann, value: value, simple: simple), lhs.range.to((value ?? ann).range))
        }
        if tok.kind.isAugAssign {
            let opTok = tok
            p += 1
            switch lhs.kind {
            case .name, .attribute, .subscript: break
            default:
                throw CompileError("'\(Parser.describe(lhs))' is an illegal expression for augmented assignment", at: lhs.range)
            }
            let value = at(.kwYield) ? try yieldExpr() : try starExpressions()
            try noBareStar(value)
            return Stmt(.augAssign(target: lhs, op: Parser.augOp(opTok.kind), value: value), lhs.range.to(value.range))
        }
        if at(.assign) {
            var targets = [lhs]
            var value = lhs
            while accept(.assign) {
                value = at(.kwYield) ? try yieldExpr() : try starExpressions()
                targets.append(value)
            }
            try noBareStar(value)
            targets.removeLast()
            for tgt in targets { try checkTarget(tgt, context: .assign) }
            return Stmt(.assign(targets: targets, value: value), lhs.range.to(value.range))
        }
        if case .starred = lhs.kind {
            throw CompileError("can't use starred expression here", at: lhs.range)
        }
        if at(.walrus) {
            throw CompileError("invalid syntax: an assignment expression (:=) must be parenthesized here", at: tok.range)
        }
        return Stmt(.expr(lhs), lhs.range)
    }

    /// A value may contain starred items only inside a tuple: `x = *a` is an error.
    func noBareStar(_ e: Expr) throws(CompileError) {
        if case .starred = e.kind { throw CompileError("can't use starred expression here", at: e.range) }
    }

    static func augOp(_ k: TokenKind) -> BinaryOp {
        switch k {
        case .plusAssign: return .add
        case .minusAssign: return .sub
        case .starAssign: return .mul
        case .slashAssign: return .div
        case .doubleSlashAssign: return .floorDiv
        case .percentAssign: return .mod
        case .atAssign: return .matMul
        case .doubleStarAssign: return .pow
        case .lshiftAssign: return .lshift
        case .rshiftAssign: return .rshift
        case .ampAssign: return .bitAnd
        case .pipeAssign: return .bitOr
        default: return .bitXor
        }
    }

    // MARK: imports

    mutating func dottedName() throws(CompileError) -> (String, SourceRange) {
        let first = try name("a module name")
        var s = first.name
        var r = first.range
        while accept(.dot) {
            let part = try name("a module name")
            s += "." + part.name
            r = r.to(part.range)
        }
        return (s, r)
    }

    mutating func importStatement() throws(CompileError) -> Stmt {
        let start = tok.range
        p += 1
        var aliases: [Alias] = []
        repeat {
            let (mod, r) = try dottedName()
            var asName: Identifier?
            if accept(.kwAs) { asName = try name() }
            aliases.append(Alias(name: mod, asName: asName, range: r.to(asName?.range ?? r)))
        } while accept(.comma)
        return Stmt(.import(aliases), start.to(aliases.last!.range))
    }

    mutating func fromImport() throws(CompileError) -> Stmt {
        let start = tok.range
        p += 1
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String?
        if !at(.kwImport) { module = try dottedName().0 } else if level == 0 { throw unexpected(expected: "a module name") }
        _ = try expect(.kwImport)
        var aliases: [Alias] = []
        if at(.star) {
            let t = tok
            p += 1
            aliases.append(Alias(name: "*", asName: nil, range: t.range))
            return Stmt(.importFrom(module: module, names: aliases, level: level), start.to(t.range))
        }
        let paren = accept(.lparen)
        repeat {
            if paren && at(.rparen) && !aliases.isEmpty { break }
            if !paren && !aliases.isEmpty && (at(.newline) || at(.semicolon) || at(.endOfFile)) {
                throw CompileError("trailing comma not allowed without surrounding parentheses", at: toks[p - 1].range)
            }
            let n = try name()
            var asName: Identifier?
            if accept(.kwAs) { asName = try name() }
            aliases.append(Alias(name: n.name, asName: asName, range: n.range.to(asName?.range ?? n.range)))
        } while accept(.comma)
        var end = aliases.last!.range
        if paren {
            end = try expect(.rparen).range
        } else if case .comma = toks[p - 1].kind {
            throw CompileError("trailing comma not allowed without surrounding parentheses", at: toks[p - 1].range)
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), start.to(end))
    }

    // MARK: compound statements

    /// A suite: NEWLINE INDENT statements DEDENT, or simple statements on the same line.
    mutating func block(after keyword: Token, _ what: String) throws(CompileError) -> [Stmt] {
        _ = try expect(.colon, "':'")
        var body: [Stmt] = []
        if accept(.newline) {
            guard accept(.indent) else {
                throw CompileError("expected an indented block after \(what) on line \(lineOf(keyword))", at: tok.range)
            }
            while !accept(.dedent) {
                if at(.endOfFile) { break }
                if at(.indent) { throw CompileError("unexpected indent", at: tok.range) }
                try statement(into: &body)
            }
        } else {
            try simpleStatements(into: &body)
        }
        return body
    }

    mutating func compound() throws(CompileError) -> Stmt {
        let t = tok
        switch t.kind {
        case .kwIf: return try ifStatement()
        case .kwWhile:
            p += 1
            let cond = try namedExpr()
            let body = try block(after: t, "'while' statement")
            var orElse: [Stmt] = []
            let elseTok = tok
            if accept(.kwElse) { orElse = try block(after: elseTok, "'else' statement") }
            return Stmt(.while(test: cond, body: body, orElse: orElse), t.range.to(endOf(orElse.isEmpty ? body : orElse)))
        case .kwFor: return try forStatement(start: t, isAsync: false)
        case .kwTry: return try tryStatement()
        case .kwWith: return try withStatement(start: t, isAsync: false)
        case .kwDef: return try functionDef(start: t, decorators: [], isAsync: false)
        case .kwClass: return try classDef(start: t, decorators: [])
        case .at: return try decorated()
        case .kwAsync:
            p += 1
            switch tok.kind {
            case .kwDef: return try functionDef(start: t, decorators: [], isAsync: true)
            case .kwFor: return try forStatement(start: t, isAsync: true)
            case .kwWith: return try withStatement(start: t, isAsync: true)
            default: throw unexpected(expected: "'def', 'for' or 'with' after 'async'")
            }
        default: throw unexpected()
        }
    }

    func endOf(_ body: [Stmt]) -> SourceRange { body.last?.range ?? toks[max(0, p - 1)].range }

    mutating func ifStatement() throws(CompileError) -> Stmt {
        let t = tok
        p += 1
        try enter(t)
        defer { depth -= 1 }
        let cond = try namedExpr()
        let body = try block(after: t, "'\(t.kind == .kwIf ? "if" : "elif")' statement")
        var orElse: [Stmt] = []
        if at(.kwElif) {
            orElse = [try ifStatement()]
        } else if at(.kwElse) {
            let e = tok
            p += 1
            orElse = try block(after: e, "'else' statement")
        }
        return Stmt(.if(test: cond, body: body, orElse: orElse), t.range.to(endOf(orElse.isEmpty ? body : orElse)))
    }

    mutating func forStatement(start: Token, isAsync: Bool) throws(CompileError) -> Stmt {
        let forTok = tok
        p += 1
        let target = try targetList()
        _ = try expect(.kwIn, "'in'")
        let iter = try starExpressions()
        let body = try block(after: forTok, "'for' statement")
        var orElse: [Stmt] = []
        let elseTok = tok
        if accept(.kwElse) { orElse = try block(after: elseTok, "'else' statement") }
        return Stmt(
            .for(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync),
            start.range.to(endOf(orElse.isEmpty ? body : orElse)))
    }

    /// Targets of `for` and comprehensions: star_targets up to 'in'.
    mutating func targetList() throws(CompileError) -> Expr {
        let first = try starOr { (s: inout Parser) throws(CompileError) in try s.bitOr() }
        var target = first
        if at(.comma) {
            var elts = [first]
            while accept(.comma) {
                if at(.kwIn) || at(.assign) { break }
                elts.append(try starOr { (s: inout Parser) throws(CompileError) in try s.bitOr() })
            }
            target = Expr(.tuple(elts), first.range.to(toks[p - 1].range))
        }
        try checkTarget(target, context: .assign)
        return target
    }

    mutating func tryStatement() throws(CompileError) -> Stmt {
        let t = tok
        p += 1
        let body = try block(after: t, "'try' statement")
        var handlers: [ExceptHandler] = []
        var orElse: [Stmt] = []
        var final: [Stmt] = []
        while at(.kwExcept) {
            let e = tok
            p += 1
            if at(.star) { throw CompileError("'except*' (exception groups) is not supported by MicroPython", at: tok.range) }
            if let last = handlers.last, last.type == nil {
                throw CompileError("default 'except:' must be last", at: last.range)
            }
            var type: Expr?
            var name: Identifier?
            if !at(.colon) {
                type = try test()
                if at(.comma) {
                    var elts = [type!]
                    while accept(.comma) { if at(.colon) || at(.kwAs) { break }; elts.append(try test()) }
                    throw CompileError("multiple exception types must be parenthesized", at: elts[0].range)
                }
                if accept(.kwAs) { name = try self.name() }
            }
            let hbody = try block(after: e, "'except' statement")
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, range: e.range.to(endOf(hbody))))
        }
        if at(.kwElse) {
            let e = tok
            if handlers.isEmpty { throw CompileError("'try' with 'else' needs at least one 'except'", at: e.range) }
            p += 1
            orElse = try block(after: e, "'else' statement")
        }
        if at(.kwFinally) {
            let f = tok
            p += 1
            final = try block(after: f, "'finally' statement")
        }
        if handlers.isEmpty && final.isEmpty {
            throw CompileError("expected 'except' or 'finally' block", at: tok.range)
        }
        let last = !final.isEmpty ? final : !orElse.isEmpty ? orElse : handlers.last!.body
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: final), t.range.to(endOf(last)))
    }

    mutating func withStatement(start: Token, isAsync: Bool) throws(CompileError) -> Stmt {
        let withTok = tok
        p += 1
        var items: [WithItem] = []
        if at(.lparen) && peek() != .kwYield, let close = matchingClose(p), toks[close + 1].kind == .colon {
            p += 1
            repeat {
                if at(.rparen) && !items.isEmpty { break }
                items.append(try withItem())
            } while accept(.comma)
            _ = try expect(.rparen)
        } else {
            repeat { items.append(try withItem()) } while accept(.comma)
        }
        let body = try block(after: withTok, "'with' statement")
        return Stmt(.with(items, body: body, isAsync: isAsync), start.range.to(endOf(body)))
    }

    /// Index of the bracket closing the one at `k`.
    func matchingClose(_ k: Int) -> Int? {
        var nest = 0
        var j = k
        while j < toks.count {
            switch toks[j].kind {
            case .lparen, .lbracket, .lbrace: nest += 1
            case .rparen, .rbracket, .rbrace:
                nest -= 1
                if nest == 0 { return j + 1 < toks.count ? j : nil }
            case .newline, .endOfFile: return nil
            default: break
            }
            j += 1
        }
        return nil
    }

    mutating func withItem() throws(CompileError) -> WithItem {
        let ctx = try test()
        var target: Expr?
        if accept(.kwAs) {
            let tgt = try starOr { (s: inout Parser) throws(CompileError) in try s.bitOr() }
            try checkTarget(tgt, context: .assign)
            target = tgt
        }
        return WithItem(context: ctx, target: target)
    }

    mutating func decorated() throws(CompileError) -> Stmt {
        let start = tok
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try namedExpr())
            _ = try expect(.newline, "a newline after the decorator")
        }
        let t = tok
        switch t.kind {
        case .kwDef: return try functionDef(start: start, decorators: decorators, isAsync: false)
        case .kwClass: return try classDef(start: start, decorators: decorators)
        case .kwAsync where peek() == .kwDef:
            p += 1
            return try functionDef(start: start, decorators: decorators, isAsync: true)
        default: throw unexpected(expected: "'def' or 'class' after decorators")
        }
    }

    mutating func functionDef(start: Token, decorators: [Expr], isAsync: Bool) throws(CompileError) -> Stmt {
        let defTok = try expect(.kwDef)
        let fname = try name("a function name")
        let scope = newScope()
        _ = try expect(.lparen, "'(' after the function name")
        let params = try parameters(closing: .rparen, annotations: true)
        _ = try expect(.rparen, "')'")
        var returns: Expr?
        if accept(.arrow) { returns = try test() }
        let body = try block(after: defTok, "function definition")
        let def = FunctionDef(
            scope: scope, name: fname, params: params, body: body,
            decorators: decorators, returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(def), start.range.to(endOf(body)))
    }

    mutating func classDef(start: Token, decorators: [Expr]) throws(CompileError) -> Stmt {
        let classTok = try expect(.kwClass)
        let cname = try name("a class name")
        let scope = newScope()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.lparen) {
            (bases, keywords) = try callArguments()
            _ = try expect(.rparen, "')'")
        }
        let body = try block(after: classTok, "class definition")
        let def = ClassDef(scope: scope, name: cname, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), start.range.to(endOf(body)))
    }

    /// Parameter list of a def (annotations allowed) or a lambda, up to `closing`.
    mutating func parameters(closing: TokenKind, annotations: Bool) throws(CompileError) -> Parameters {
        var ps = Parameters()
        var seenDefault = false
        var seenStar = false
        var seenSlash = false
        var bareStar: Token?
        while !at(closing) {
            let t = tok
            if accept(.slash) {
                if seenSlash { throw CompileError("/ may appear only once", at: t.range) }
                if seenStar { throw CompileError("/ must be ahead of *", at: t.range) }
                if ps.args.isEmpty { throw CompileError("at least one argument must precede /", at: t.range) }
                seenSlash = true
                ps.posOnly = ps.args
                ps.args = []
            } else if accept(.doubleStar) {
                let param = try parameter(annotations: annotations)
                if at(.assign) { throw CompileError("var-keyword argument cannot have default value", at: tok.range) }
                ps.kwarg = param
                _ = accept(.comma)
                if !at(closing) { throw CompileError("arguments cannot follow var-keyword argument", at: tok.range) }
                break
            } else if accept(.star) {
                if seenStar { throw CompileError("* argument may appear only once", at: t.range) }
                seenStar = true
                if at(.comma) || at(closing) {
                    bareStar = t
                } else {
                    ps.vararg = try parameter(annotations: annotations)
                    if at(.assign) { throw CompileError("var-positional argument cannot have default value", at: tok.range) }
                }
            } else {
                let param = try parameter(annotations: annotations)
                var def: Expr?
                if accept(.assign) { def = try test() }
                if seenStar {
                    ps.kwOnly.append(param)
                    ps.kwDefaults.append(def)
                } else {
                    if let d = def {
                        ps.defaults.append(d); seenDefault = true
                    } else if seenDefault {
                        throw CompileError("non-default argument follows default argument", at: param.name.range)
                    }
                    ps.args.append(param)
                }
            }
            if !accept(.comma) { break }
        }
        if let s = bareStar, ps.kwOnly.isEmpty {
            throw CompileError("named arguments must follow bare *", at: s.range)
        }
        return ps
    }

    mutating func parameter(annotations: Bool) throws(CompileError) -> Parameter {
        let n = try name("a parameter name")
        var ann: Expr?
        if annotations && accept(.colon) {
            ann = at(.star) ? try starOr { (s: inout Parser) throws(CompileError) in try s.test() } : try test()
        }
        return Parameter(name: n, annotation: ann)
    }
}
