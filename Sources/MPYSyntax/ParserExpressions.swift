// Expression grammar: conditional, boolean, comparison, binary operators by
// precedence climbing, unary, power, await, primaries with trailers, atoms,
// displays and comprehensions, call arguments and subscripts.

extension Parser {
    enum TargetContext { case assign, delete, annotated }

    /// star_expressions: `a`, `a, b`, `*a, b` (a tuple when there is a comma).
    mutating func starExpressions() throws(CompileError) -> Expr {
        let first = try starOr { (s: inout Parser) throws(CompileError) in try s.test() }
        guard at(.comma) else { return first }
        var elts = [first]
        var end = first.range
        while accept(.comma) {
            end = toks[p - 1].range
            if !startsExpression() { break }
            let e = try starOr { (s: inout Parser) throws(CompileError) in try s.test() }
            elts.append(e)
            end = e.range
        }
        return Expr(.tuple(elts), first.range.to(end))
    }

    /// `*expr` or what `inner` parses.
    mutating func starOr(_ inner: (inout Parser) throws(CompileError) -> Expr) throws(CompileError) -> Expr {
        if at(.star) {
            let t = tok
            p += 1
            let e = try bitOr()
            return Expr(.starred(e), t.range.to(e.range))
        }
        return try inner(&self)
    }

    func startsExpression() -> Bool {
        switch tok.kind {
        case .name, .number, .string, .lparen, .lbracket, .lbrace, .minus, .plus, .tilde, .star,
            .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis, .kwYield:
            return true
        default:
            return false
        }
    }

    /// namedexpr_test: `NAME := test` or test.
    mutating func namedExpr() throws(CompileError) -> Expr {
        if at(.name) && peek() == .walrus {
            let n = try name()
            p += 1
            let v = try test()
            return Expr(.namedExpr(target: n, value: v), n.range.to(v.range))
        }
        let e = try test()
        if at(.walrus) {
            throw CompileError("cannot use assignment expressions with \(Parser.describe(e))", at: e.range)
        }
        return e
    }

    /// test: or_test ['if' or_test 'else' test] | lambda
    mutating func test() throws(CompileError) -> Expr {
        let t = tok
        try enter(t)
        defer { depth -= 1 }
        if t.kind == .kwLambda { return try lambda() }
        let body = try orTest()
        guard at(.kwIf) else { return body }
        p += 1
        let cond = try orTest()
        guard accept(.kwElse) else { throw unexpected(expected: "'else' after 'if' expression") }
        let orElse = try test()
        return Expr(.ifExp(test: cond, body: body, orElse: orElse), body.range.to(orElse.range))
    }

    /// test without a conditional expression (comprehension conditions).
    mutating func testNoCond() throws(CompileError) -> Expr {
        if at(.kwLambda) {
            try enter(tok)
            defer { depth -= 1 }
            return try lambda(noCond: true)
        }
        return try orTest()
    }

    mutating func lambda(noCond: Bool = false) throws(CompileError) -> Expr {
        let t = try expect(.kwLambda)
        let scope = newScope()
        let params = try parameters(closing: .colon, annotations: false)
        _ = try expect(.colon, "':'")
        let body = noCond ? try testNoCond() : try test()
        return Expr(.lambda(scope, params, body), t.range.to(body.range))
    }

    mutating func orTest() throws(CompileError) -> Expr {
        let first = try andTest()
        guard at(.kwOr) else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try andTest()) }
        return Expr(.boolOp(.or, values), first.range.to(values.last!.range))
    }

    mutating func andTest() throws(CompileError) -> Expr {
        let first = try notTest()
        guard at(.kwAnd) else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try notTest()) }
        return Expr(.boolOp(.and, values), first.range.to(values.last!.range))
    }

    mutating func notTest() throws(CompileError) -> Expr {
        if at(.kwNot) {
            let t = tok
            p += 1
            try enter(t)
            defer { depth -= 1 }
            let e = try notTest()
            return Expr(.unary(.not, e), t.range.to(e.range))
        }
        return try comparison()
    }

    mutating func comparison() throws(CompileError) -> Expr {
        let first = try bitOr()
        var ops: [(CompareOp, Expr)] = []
        while true {
            let op: CompareOp
            switch tok.kind {
            case .less: op = .lt
            case .greater: op = .gt
            case .lessEqual: op = .ltE
            case .greaterEqual: op = .gtE
            case .equal: op = .eq
            case .notEqual: op = .notEq
            case .kwIn: op = .in
            case .kwNot where peek() == .kwIn: p += 1; op = .notIn
            case .kwIs where peek() == .kwNot: p += 1; op = .isNot
            case .kwIs: op = .is
            default:
                if ops.isEmpty { return first }
                return Expr(.compare(first, ops), first.range.to(ops.last!.1.range))
            }
            p += 1
            ops.append((op, try bitOr()))
        }
    }

    static func binaryOp(_ k: TokenKind) -> (BinaryOp, Int)? {
        switch k {
        case .pipe: return (.bitOr, 1)
        case .caret: return (.bitXor, 2)
        case .amp: return (.bitAnd, 3)
        case .lshift: return (.lshift, 4)
        case .rshift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMul, 6)
        default: return nil
        }
    }

    /// expr: binary operators `|` down to `* / // % @`.
    mutating func bitOr() throws(CompileError) -> Expr { try binary(minPrec: 1) }

    mutating func binary(minPrec: Int) throws(CompileError) -> Expr {
        var lhs = try factor()
        var chain = 0
        defer { depth -= chain }
        while let (op, prec) = Parser.binaryOp(tok.kind), prec >= minPrec {
            try enter(tok)
            chain += 1
            p += 1
            let rhs = try binary(minPrec: prec + 1)
            lhs = Expr(.binary(lhs, op, rhs), lhs.range.to(rhs.range))
        }
        return lhs
    }

    mutating func factor() throws(CompileError) -> Expr {
        let t = tok
        let op: UnaryOp
        switch t.kind {
        case .plus: op = .plus
        case .minus: op = .minus
        case .tilde: op = .invert
        default: return try power()
        }
        p += 1
        try enter(t)
        defer { depth -= 1 }
        let e = try factor()
        return Expr(.unary(op, e), t.range.to(e.range))
    }

    mutating func power() throws(CompileError) -> Expr {
        var base: Expr
        if at(.kwAwait) {
            let t = tok
            p += 1
            try enter(t)
            defer { depth -= 1 }
            let e = try primary()
            base = Expr(.await(e), t.range.to(e.range))
        } else {
            base = try primary()
        }
        if at(.doubleStar) {
            let t = tok
            p += 1
            try enter(t)
            defer { depth -= 1 }
            let exp = try factor()
            base = Expr(.binary(base, .pow, exp), base.range.to(exp.range))
        }
        return base
    }

    /// atom followed by `.name`, `(args)` and `[subscript]` trailers.
    mutating func primary() throws(CompileError) -> Expr {
        var e = try atom()
        var chain = 0
        defer { depth -= chain }
        while true {
            switch tok.kind {
            case .dot:
                p += 1
                let attr = try name("an attribute name")
                e = Expr(.attribute(e, attr), e.range.to(attr.range))
            case .lparen:
                p += 1
                let (args, kws) = try callArguments()
                let close = try expect(.rparen, "')'")
                e = Expr(.call(e, args: args, keywords: kws), e.range.to(close.range))
            case .lbracket:
                p += 1
                let index = try subscriptList()
                let close = try expect(.rbracket, "']'")
                e = Expr(.subscript(e, index), e.range.to(close.range))
            default:
                return e
            }
            try enter(tok)
            chain += 1
        }
    }

    mutating func subscriptList() throws(CompileError) -> Expr {
        let first = try sliceItem()
        guard at(.comma) else {
            // `a[*b]` subscripts with a one-element tuple, as `a[*b,]` does.
            if case .starred = first.kind { return Expr(.tuple([first]), first.range) }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if at(.rbracket) { break }
            elts.append(try sliceItem())
        }
        return Expr(.tuple(elts), first.range.to(toks[p - 1].range))
    }

    mutating func sliceItem() throws(CompileError) -> Expr {
        let startTok = tok
        if at(.star) { return try starOr { (s: inout Parser) throws(CompileError) in try s.test() } }
        var lower: Expr?
        if !at(.colon) {
            lower = try namedExpr()
            if !at(.colon) { return lower! }
        }
        p += 1  // ':'
        var upper: Expr?
        var step: Expr?
        if !at(.colon) && !at(.comma) && !at(.rbracket) { upper = try test() }
        if accept(.colon) {
            if !at(.comma) && !at(.rbracket) { step = try test() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), startTok.range.to(toks[p - 1].range))
    }

    /// Call arguments up to (not including) ')'.
    mutating func callArguments() throws(CompileError) -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var kws: [Keyword] = []
        var seenKeyword = false
        var seenKwUnpack = false
        while !at(.rparen) {
            let t = tok
            if accept(.doubleStar) {
                let v = try test()
                kws.append(Keyword(name: nil, value: v, range: t.range.to(v.range)))
                seenKwUnpack = true
            } else if accept(.star) {
                let v = try test()
                if seenKwUnpack {
                    throw CompileError("iterable argument unpacking follows keyword argument unpacking", at: t.range)
                }
                args.append(Expr(.starred(v), t.range.to(v.range)))
            } else if at(.name) && peek() == .assign {
                let n = try name()
                p += 1
                let v = try test()
                if kws.contains(where: { $0.name?.name == n.name }) {
                    throw CompileError("keyword argument repeated: \(n.name)", at: n.range)
                }
                kws.append(Keyword(name: n, value: v, range: n.range.to(v.range)))
                seenKeyword = true
            } else {
                let e = try namedExpr()
                if at(.assign) {
                    throw CompileError("expression cannot contain assignment, perhaps you meant \"==\"?", at: e.range)
                }
                if at(.kwFor) || at(.kwAsync) {
                    let scope = newScope()
                    let comps = try comprehensionClauses()
                    let gen = Expr(.generator(scope, e, comps), e.range.to(toks[p - 1].range))
                    if !args.isEmpty || !kws.isEmpty || !at(.rparen) {
                        throw CompileError("Generator expression must be parenthesized", at: e.range)
                    }
                    args.append(gen)
                    break
                }
                if seenKwUnpack {
                    throw CompileError("positional argument follows keyword argument unpacking", at: e.range)
                }
                if seenKeyword {
                    throw CompileError("positional argument follows keyword argument", at: e.range)
                }
                args.append(e)
            }
            if !accept(.comma) { break }
        }
        return (args, kws)
    }

    mutating func comprehensionClauses() throws(CompileError) -> [Comprehension] {
        var comps: [Comprehension] = []
        while true {
            var isAsync = false
            if at(.kwAsync) && peek() == .kwFor { p += 1; isAsync = true }
            guard accept(.kwFor) else { break }
            let target = try targetList()
            _ = try expect(.kwIn, "'in'")
            let iter = try orTest()
            var ifs: [Expr] = []
            while accept(.kwIf) {
                if at(.name) && peek() == .walrus { ifs.append(try namedExpr()) } else { ifs.append(try testNoCond()) }
            }
            comps.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return comps
    }

    mutating func yieldExpr() throws(CompileError) -> Expr {
        let t = try expect(.kwYield)
        if accept(.kwFrom) {
            let e = try test()
            return Expr(.yieldFrom(e), t.range.to(e.range))
        }
        switch tok.kind {
        case .rparen, .rbracket, .rbrace, .newline, .semicolon, .assign, .endOfFile:
            return Expr(.yield(nil), t.range)
        default:
            let e = try starExpressions()
            return Expr(.yield(e), t.range.to(e.range))
        }
    }

    // MARK: atoms

    mutating func atom() throws(CompileError) -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            p += 1
            return Expr(.name(nameText(t)), t.range)
        case .number:
            p += 1
            return Expr(.constant(try LiteralDecoder.number(bytes, t)), t.range)
        case .string:
            return try strings()
        case .kwNone: p += 1; return Expr(.constant(.none), t.range)
        case .kwTrue: p += 1; return Expr(.constant(.bool(true)), t.range)
        case .kwFalse: p += 1; return Expr(.constant(.bool(false)), t.range)
        case .ellipsis: p += 1; return Expr(.constant(.ellipsis), t.range)
        case .lparen:
            p += 1
            try enter(t)
            defer { depth -= 1 }
            return try parenthesized(open: t)
        case .lbracket:
            p += 1
            try enter(t)
            defer { depth -= 1 }
            return try listDisplay(open: t)
        case .lbrace:
            p += 1
            try enter(t)
            defer { depth -= 1 }
            return try braceDisplay(open: t)
        case .kwYield:
            throw CompileError("'yield' expression must be parenthesized here", at: t.range)
        case .star:
            throw CompileError("can't use starred expression here", at: t.range)
        default:
            if t.kind.isKeyword {
                throw CompileError("invalid syntax: unexpected keyword '\(t.kind.spelling)'", at: t.range)
            }
            throw unexpected(expected: t.kind == .newline || t.kind == .endOfFile ? "an expression" : nil)
        }
    }

    mutating func parenthesized(open: Token) throws(CompileError) -> Expr {
        if at(.rparen) {
            let c = tok
            p += 1
            return Expr(.tuple([]), open.range.to(c.range))
        }
        if at(.kwYield) {
            let y = try yieldExpr()
            let c = try expect(.rparen, "')'")
            return Expr(y.kind, open.range.to(c.range))
        }
        let first = try starOr { (s: inout Parser) throws(CompileError) in try s.namedExpr() }
        if at(.kwFor) || at(.kwAsync) {
            let scope = newScope()
            let comps = try comprehensionClauses()
            let c = try expect(.rparen, "')'")
            return Expr(.generator(scope, first, comps), open.range.to(c.range))
        }
        if accept(.rparen) {
            if case .starred = first.kind { throw CompileError("can't use starred expression here", at: first.range) }
            // Parentheses do not make a new node; the range grows to include them.
            return Expr(first.kind, open.range.to(toks[p - 1].range))
        }
        var elts = [first]
        while accept(.comma) {
            if at(.rparen) { break }
            elts.append(try starOr { (s: inout Parser) throws(CompileError) in try s.namedExpr() })
        }
        if !at(.rparen) && elts.count == 1 && !(toks[p - 1].kind == .comma) {
            throw unexpected(expected: "')'")
        }
        let c = try expect(.rparen, "')' or ','")
        return Expr(.tuple(elts), open.range.to(c.range))
    }

    mutating func listDisplay(open: Token) throws(CompileError) -> Expr {
        if at(.rbracket) {
            let c = tok
            p += 1
            return Expr(.list([]), open.range.to(c.range))
        }
        let first = try starOr { (s: inout Parser) throws(CompileError) in try s.namedExpr() }
        if at(.kwFor) || at(.kwAsync) {
            let scope = newScope()
            let comps = try comprehensionClauses()
            let c = try expect(.rbracket, "']'")
            return Expr(.listComp(scope, first, comps), open.range.to(c.range))
        }
        var elts = [first]
        while accept(.comma) {
            if at(.rbracket) { break }
            elts.append(try starOr { (s: inout Parser) throws(CompileError) in try s.namedExpr() })
        }
        let c = try expect(.rbracket, "']' or ','")
        return Expr(.list(elts), open.range.to(c.range))
    }

    mutating func braceDisplay(open: Token) throws(CompileError) -> Expr {
        if at(.rbrace) {
            let c = tok
            p += 1
            return Expr(.dict([]), open.range.to(c.range))
        }
        // Dict: `k: v`, `**m`.  Set: `x`, `*xs`.
        if at(.doubleStar) || isDictStart() {
            var items: [DictItem] = []
            let firstItem = try dictItem()
            if firstItem.key != nil && (at(.kwFor) || at(.kwAsync)) {
                let scope = newScope()
                let comps = try comprehensionClauses()
                let c = try expect(.rbrace, "'}'")
                return Expr(.dictComp(scope, key: firstItem.key!, value: firstItem.value, comps), open.range.to(c.range))
            }
            items.append(firstItem)
            while accept(.comma) {
                if at(.rbrace) { break }
                items.append(try dictItem())
            }
            let c = try expect(.rbrace, "'}' or ','")
            return Expr(.dict(items), open.range.to(c.range))
        }
        let first = try starOr { (s: inout Parser) throws(CompileError) in try s.namedExpr() }
        if at(.kwFor) || at(.kwAsync) {
            let scope = newScope()
            let comps = try comprehensionClauses()
            let c = try expect(.rbrace, "'}'")
            return Expr(.setComp(scope, first, comps), open.range.to(c.range))
        }
        var elts = [first]
        while accept(.comma) {
            if at(.rbrace) { break }
            elts.append(try starOr { (s: inout Parser) throws(CompileError) in try s.namedExpr() })
        }
        let c = try expect(.rbrace, "'}' or ','")
        return Expr(.set(elts), open.range.to(c.range))
    }

    /// Whether the display starting here is a dict: a ':' at nesting level 0
    /// before the first ',' / 'for' / '}' (lambda bodies excepted).
    func isDictStart() -> Bool {
        var k = p
        var nest = 0
        var lambdas = 0
        while k < toks.count {
            switch toks[k].kind {
            case .lparen, .lbracket, .lbrace: nest += 1
            case .rparen, .rbracket: nest -= 1
            case .rbrace:
                if nest == 0 { return false }
                nest -= 1
            case .kwLambda where nest == 0: lambdas += 1
            case .colon where nest == 0:
                if lambdas > 0 { lambdas -= 1 } else { return true }
            case .comma where nest == 0, .kwFor where nest == 0: return false
            case .endOfFile: return false
            default: break
            }
            k += 1
        }
        return false
    }

    mutating func dictItem() throws(CompileError) -> DictItem {
        if accept(.doubleStar) { return DictItem(key: nil, value: try bitOr()) }
        let k = try test()
        _ = try expect(.colon, "':'")
        let v = try test()
        return DictItem(key: k, value: v)
    }

    /// Adjacent string literals, concatenated; f-strings become a joinedStr.
    mutating func strings() throws(CompileError) -> Expr {
        let first = tok
        var parts: [Expr] = []
        var isBytes: Bool?
        var anyF = false
        var last = first
        while at(.string) {
            let t = tok
            p += 1
            last = t
            let lit = try LiteralDecoder.stringPrefix(bytes, t)
            if let b = isBytes, b != lit.isBytes {
                throw CompileError("cannot mix bytes and nonbytes literals", at: t.range)
            }
            isBytes = lit.isBytes
            if lit.isF {
                anyF = true
                parts += try FStringParser.parse(file: file, token: t, prefix: lit, scopeCounter: &nextScope, depth: depth)
            } else {
                parts.append(Expr(.constant(try LiteralDecoder.string(bytes, t, lit)), t.range))
            }
        }
        let range = first.range.to(last.range)
        if isBytes == true {
            var all: [UInt8] = []
            for part in parts { if case .constant(.bytes(let b)) = part.kind { all += b } }
            return Expr(.constant(.bytes(all)), range)
        }
        if !anyF {
            if parts.count == 1 { return Expr(parts[0].kind, range) }
            var s = ""
            for part in parts { if case .constant(.string(let x)) = part.kind { s += x } }
            return Expr(.constant(.string(s)), range)
        }
        // Merge adjacent constant parts; drop empty ones.
        var merged: [Expr] = []
        for part in parts {
            if case .constant(.string(let x)) = part.kind {
                if x.isEmpty { continue }
                if let prev = merged.last, case .constant(.string(let y)) = prev.kind {
                    merged[merged.count - 1] = Expr(.constant(.string(y + x)), prev.range.to(part.range))
                    continue
                }
            }
            merged.append(part)
        }
        return Expr(.joinedStr(merged), range)
    }

    // MARK: targets

    /// Checks an assignment, deletion or annotation target, with CPython's wording.
    func checkTarget(_ e: Expr, context: TargetContext) throws(CompileError) {
        let verb = context == .delete ? "delete" : "assign to"
        switch e.kind {
        case .name(let n):
            if context != .delete && n == "__debug__" { throw CompileError("cannot assign to __debug__", at: e.range) }
        case .attribute, .subscript:
            return
        case .tuple(let elts), .list(let elts):
            if context == .annotated {
                throw CompileError("only single target (not \(Parser.describe(e))) can be annotated", at: e.range)
            }
            var stars = 0
            for elt in elts {
                if case .starred(let inner) = elt.kind {
                    if context == .delete { throw CompileError("cannot delete starred", at: elt.range) }
                    stars += 1
                    if stars > 1 { throw CompileError("multiple starred expressions in assignment", at: elt.range) }
                    try checkTarget(inner, context: context)
                } else {
                    try checkTarget(elt, context: context)
                }
            }
        case .starred:
            if context == .delete { throw CompileError("cannot delete starred", at: e.range) }
            throw CompileError("starred assignment target must be in a list or tuple", at: e.range)
        default:
            var msg = "cannot \(verb) \(Parser.describe(e))"
            if context == .assign {
                // CPython's hint, for the targets it gives it for.
                switch e.kind {
                case .constant(.none), .constant(.bool): break
                case .call, .constant, .binary, .unary, .joinedStr, .await,
                    .listComp, .setComp, .dictComp, .generator:
                    msg += " here. Maybe you meant '==' instead of '='?"
                default: break
                }
            }
            throw CompileError(msg, at: e.range)
        }
    }

    /// How CPython names an expression in "cannot assign to ..." messages.
    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .name: return "name"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .joinedStr: return "f-string expression"
        case .formattedValue: return "f-string expression"
        case .tuple: return "tuple"
        case .list: return "list"
        case .set: return "set display"
        case .dict: return "dict literal"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .slice: return "slice"
        case .starred: return "starred"
        case .call: return "function call"
        case .unary, .binary: return "expression"
        case .boolOp: return "expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .lambda: return "lambda"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .generator: return "generator expression"
        case .namedExpr: return "named expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        }
    }
}
