// Expressions, with constant folding as a peephole: each expression reports
// the constant it loaded (when it compiled to exactly one constant load), so
// an operator on constants replaces its operands' loads by the result.
import BigInt
import CMPYFormat
import MPYSemantics
import MPYSyntax

extension FunctionCompiler {
    // Folding stops at results that would bloat the image (CPython's limits).
    static let maxFoldedIntBits = 128
    static let maxFoldedSequence = 4096
    static let maxFoldedTuple = 256

    static func acceptableFold(_ c: Constant) -> Bool {
        switch c {
        case .int(let v): return v.magnitude.bitWidth <= maxFoldedIntBits
        case .string(let s): return s.utf8.count <= maxFoldedSequence
        case .bytes(let x): return x.count <= maxFoldedSequence
        case .tuple(let t): return t.count <= maxFoldedTuple
        default: return true
        }
    }

    static func binaryCode(_ op: BinaryOp) -> Int {
        let v: mpy_binary_op
        switch op {
        case .add: v = MPY_BINARY_ADD
        case .sub: v = MPY_BINARY_SUB
        case .mul: v = MPY_BINARY_MUL
        case .matMul: v = MPY_BINARY_MATMUL
        case .div: v = MPY_BINARY_TRUEDIV
        case .floorDiv: v = MPY_BINARY_FLOORDIV
        case .mod: v = MPY_BINARY_MOD
        case .pow: v = MPY_BINARY_POW
        case .lshift: v = MPY_BINARY_LSHIFT
        case .rshift: v = MPY_BINARY_RSHIFT
        case .bitOr: v = MPY_BINARY_OR
        case .bitXor: v = MPY_BINARY_XOR
        case .bitAnd: v = MPY_BINARY_AND
        }
        return Int(v.rawValue)
    }

    static func unaryCode(_ op: UnaryOp) -> Int {
        let v: mpy_unary_op
        switch op {
        case .plus: v = MPY_UNARY_POSITIVE
        case .minus: v = MPY_UNARY_NEGATIVE
        case .invert: v = MPY_UNARY_INVERT
        case .not: v = MPY_UNARY_NOT
        }
        return Int(v.rawValue)
    }

    static func compareCode(_ op: CompareOp) -> Int {
        let v: mpy_compare_op
        switch op {
        case .lt: v = MPY_COMPARE_LT
        case .ltE: v = MPY_COMPARE_LE
        case .eq: v = MPY_COMPARE_EQ
        case .notEq: v = MPY_COMPARE_NE
        case .gt: v = MPY_COMPARE_GT
        case .gtE: v = MPY_COMPARE_GE
        case .in: v = MPY_COMPARE_IN
        case .notIn: v = MPY_COMPARE_NOT_IN
        case .is: v = MPY_COMPARE_IS
        case .isNot: v = MPY_COMPARE_IS_NOT
        }
        return Int(v.rawValue)
    }

    /// Compiles `e`, leaving its value on the stack. Returns the value if the
    /// code is a single constant load (so callers can fold).
    @discardableResult
    func expr(_ e: Expr) throws(CompileError) -> Constant? {
        let outer = b.sourceOffset
        b.sourceOffset = Int32(truncatingIfNeeded: e.range.start)
        defer { b.sourceOffset = outer }
        switch e.kind {
        case .constant(let c):
            loadConstant(c)
            return c
        case .name(let n):
            if let c = m.model.inlinedConst(atOffset: Int(e.range.start)) {
                loadConstant(c)
                return c
            }
            if n == "__debug__" {
                let c = Constant.bool(m.model.debugValue)
                loadConstant(c)
                return c
            }
            try name(n, .load, at: e.range)
            return nil
        case .unary(let op, let operand):
            return try unary(op, operand)
        case .binary(let l, let op, let r):
            return try binary(l, op, r)
        case .tuple(let elts):
            return try tuple(elts, at: e.range)
        default:
            try other(e)
            return nil
        }
    }

    private func unary(_ op: UnaryOp, _ operand: Expr) throws(CompileError) -> Constant? {
        let mark = b.count
        if let c = try expr(operand), let v = try? ConstFolder.unary(op, c), FunctionCompiler.acceptableFold(v) {
            b.truncate(to: mark)
            loadConstant(v)
            return v
        }
        b.emit(Op.unary, .u(FunctionCompiler.unaryCode(op)))
        return nil
    }

    private func binary(_ l: Expr, _ op: BinaryOp, _ r: Expr) throws(CompileError) -> Constant? {
        let mark = b.count
        let lc = try expr(l)
        let rc = try expr(r)
        if let lc, let rc, let v = try? ConstFolder.binary(lc, op, rc), FunctionCompiler.acceptableFold(v) {
            b.truncate(to: mark)
            loadConstant(v)
            return v
        }
        b.emit(Op.binary, .u(FunctionCompiler.binaryCode(op)))
        return nil
    }

    /// A tuple display: one constant when every element is constant.
    @discardableResult
    func tuple(_ elts: [Expr], at range: SourceRange) throws(CompileError) -> Constant? {
        let mark = b.count
        var items: [Constant] = []
        var allConst = true
        if elts.contains(where: FunctionCompiler.isStarred) {
            try buildSpreadList(elts)
            b.emit(Op.listToTuple)
            return nil
        }
        for e in elts {
            if let c = try expr(e), allConst { items.append(c) } else { allConst = false }
        }
        if allConst && elts.count <= FunctionCompiler.maxFoldedTuple {
            b.truncate(to: mark)
            let c = Constant.tuple(items)
            loadConstant(c)
            return c
        }
        if elts.count > FunctionCompiler.displayChunk {
            b.truncate(to: mark)
            try largeList(elts)
            b.emit(Op.listToTuple)
            return nil
        }
        b.emit(Op.buildTuple, .u(elts.count))
        return nil
    }

    private func elements(_ elts: [Expr]) throws(CompileError) {
        for e in elts { try expr(e) }
    }

    /// Expressions that never fold.
    private func other(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .list(let elts):
            if elts.contains(where: FunctionCompiler.isStarred) { return try buildSpreadList(elts) }
            if elts.count > FunctionCompiler.displayChunk { return try largeList(elts) }
            try elements(elts)
            b.emit(Op.buildList, .u(elts.count))
        case .set(let elts):
            if elts.contains(where: FunctionCompiler.isStarred) { return try spreadSet(elts) }
            if elts.count > FunctionCompiler.displayChunk { return try largeSet(elts) }
            try elements(elts)
            b.emit(Op.buildSet, .u(elts.count))
        case .dict(let items):
            if items.contains(where: { $0.key == nil }) { return try spreadDict(items) }
            if items.count > FunctionCompiler.displayChunk { return try largeDict(items) }
            for item in items { try dictItem(item) }
            b.emit(Op.buildMap, .u(items.count))
        case .attribute(let obj, let attr):
            try expr(obj)
            b.emit(Op.loadAttr, .name(b.nameIndex(attr.name)))
        case .subscript(let obj, let index):
            try expr(obj)
            try expr(index)
            b.emit(Op.loadSubscr)
        case .slice(let lower, let upper, let step):
            if let lower { try expr(lower) } else { b.emit(Op.loadNone) }
            if let upper { try expr(upper) } else { b.emit(Op.loadNone) }
            if let step { try expr(step) }
            b.emit(Op.buildSlice, .u(step == nil ? 2 : 3))
        case .starred:
            throw notYet("starred expression", e.range)
        case .call(let fn, let args, let keywords):
            try call(fn, args, keywords, e)
        case .boolOp(let op, let values):
            let end = b.newLabel()
            for (i, v) in values.enumerated() {
                try expr(v)
                if i < values.count - 1 {
                    b.emit(op == .and ? Op.jumpIfFalseOrPop : Op.jumpIfTrueOrPop, .jump(end))
                }
            }
            b.place(end)
        case .compare(let first, let rest):
            try compare(first, rest)
        case .ifExp(let test, let body, let orElse):
            let otherwise = b.newLabel(), end = b.newLabel()
            try jumpIf(test, false, otherwise)
            try expr(body)
            b.emit(Op.jump, .jump(end))
            b.place(otherwise)
            try expr(orElse)
            b.place(end)
        case .namedExpr(let target, let value):
            try expr(value)
            b.emit(Op.dupTop)
            try name(target.name, .store, at: target.range)
        case .lambda(let id, let params, let body):
            try makeFunction(
                scopeID: id, params: params, name: "<lambda>", firstLine: m.line(e.range.start),
                range: e.range
            ) { (fc: FunctionCompiler) throws(CompileError) in
                fc.b.markLine(fc.m.line(body.range.start))
                try fc.expr(body)
                fc.b.emit(Op.returnValue)
            }
        case .listComp(let id, let elt, let gens):
            try comprehension(e, id, .list, [elt], gens)
        case .setComp(let id, let elt, let gens):
            try comprehension(e, id, .set, [elt], gens)
        case .dictComp(let id, let key, let value, let gens):
            try comprehension(e, id, .dict, [key, value], gens)
        case .generator(let id, let elt, let gens):
            try comprehension(e, id, .generator, [elt], gens)
        case .joinedStr(let parts):
            try fstring(parts, e.range)
        case .formattedValue:
            try fstring([e], e.range)
        case .await(let v):
            try expr(v)
            emitAwait()
        case .yield(let v):
            if let v { try expr(v) } else { b.emit(Op.loadNone) }
            b.emit(Op.yieldValue)
        case .yieldFrom(let v):
            try expr(v)
            b.emit(Op.getIter)
            b.emit(Op.loadNone)
            b.emit(Op.yieldFrom)
        case .constant, .name, .unary, .binary, .tuple:
            throw CompileError("internal error: unexpected expression", at: e.range)
        }
    }

    /// `await` of the value on top of the stack: delegate to its
    /// awaitable as `yield from` does (a coroutine is a generator).
    func emitAwait() {
        b.emit(Op.getAwaitable)
        b.emit(Op.loadNone)
        b.emit(Op.yieldFrom)
    }

    // MARK: calls

    private func call(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], _ e: Expr) throws(CompileError) {
        if FunctionCompiler.needsCallEx(args, keywords) {
            // Methods too: the bound method from LOAD_ATTR.
            try expr(fn)
            try callEx(prefix: 0, args, keywords)
            return
        }
        // Zero-argument super() in a method: super(__class__, first argument).
        if case .name("super") = fn.kind, args.isEmpty, keywords.isEmpty, scope.kind == .function,
            let first = firstParam, scope.symbol("super")?.resolution == .globalImplicit,
            frees["__class__"] != nil
        {
            try name("super", .load, at: fn.range)
            try name("__class__", .load, at: fn.range)
            try name(first, .load, at: fn.range)
            b.emit(Op.call, .two(2, 0))
            return
        }
        if case .attribute(let obj, let attr) = fn.kind {
            try expr(obj)
            b.emit(Op.loadMethod, .name(b.nameIndex(attr.name)))
            try arguments(args, keywords)
            b.emit(Op.callMethod, .two(args.count, keywords.count))
        } else {
            try expr(fn)
            try arguments(args, keywords)
            b.emit(Op.call, .two(args.count, keywords.count))
        }
    }

    private func arguments(_ args: [Expr], _ keywords: [Keyword]) throws(CompileError) {
        for a in args { try expr(a) }
        for k in keywords {
            loadStr(k.name?.name ?? "")
            try expr(k.value)
        }
    }

    // MARK: comparisons and conditions

    private func compare(_ first: Expr, _ rest: [(CompareOp, Expr)]) throws(CompileError) {
        try expr(first)
        if rest.count == 1 {
            try expr(rest[0].1)
            b.emit(Op.compare, .u(FunctionCompiler.compareCode(rest[0].0)))
            return
        }
        // a < b < c: keep each middle operand for the next comparison.
        let cleanup = b.newLabel(), end = b.newLabel()
        for (i, (op, operand)) in rest.enumerated() {
            try expr(operand)
            if i < rest.count - 1 {
                b.emit(Op.dupTop)
                b.emit(Op.rotThree)
                b.emit(Op.compare, .u(FunctionCompiler.compareCode(op)))
                b.emit(Op.jumpIfFalseOrPop, .jump(cleanup))
            } else {
                b.emit(Op.compare, .u(FunctionCompiler.compareCode(op)))
            }
        }
        b.emit(Op.jump, .jump(end))
        b.place(cleanup)
        b.emit(Op.rotTwo)
        b.emit(Op.popTop)
        b.place(end)
    }

    /// Jumps to `target` when the truth of `e` equals `when`; falls through
    /// otherwise. Consumes the value either way.
    func jumpIf(_ e: Expr, _ when: Bool, _ target: Label) throws(CompileError) {
        switch e.kind {
        case .unary(.not, let operand):
            try jumpIf(operand, !when, target)
            return
        case .boolOp(let op, let values):
            // `and` jumping on false (or `or` on true): any operand decides.
            if (op == .and) != when {
                for v in values { try jumpIf(v, when, target) }
            } else {
                let skip = b.newLabel()
                for v in values.dropLast() { try jumpIf(v, !when, skip) }
                try jumpIf(values[values.count - 1], when, target)
                b.place(skip)
            }
            return
        default:
            break
        }
        let mark = b.count
        if let c = try expr(e) {
            b.truncate(to: mark)
            if ConstFolder.isTruthy(c) == when { b.emit(Op.jump, .jump(target)) }
            return
        }
        b.emit(when ? Op.popJumpIfTrue : Op.popJumpIfFalse, .jump(target))
    }

    // MARK: f-strings

    /// f"..." as "<format string>".format(args...), fields numbered explicitly.
    private func fstring(_ parts: [Expr], _ range: SourceRange) throws(CompileError) {
        var format = ""
        var args: [Expr] = []
        func escaped(_ s: String) -> String {
            s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
        }
        func field(_ value: Expr, _ conversion: Character?, _ spec: Expr?, nested: Bool) throws(CompileError) -> String {
            var f = "{\(args.count)"
            args.append(value)
            if let conversion { f += "!" + String(conversion) }
            if let spec {
                f += ":"
                let specParts: [Expr]
                if case .joinedStr(let p) = spec.kind { specParts = p } else { specParts = [spec] }
                for p in specParts {
                    switch p.kind {
                    case .constant(.string(let s)):
                        f += escaped(s)
                    case .formattedValue(let v, let c, let s):
                        if nested { throw notYet("f-string format spec nested more than once", p.range) }
                        f += try field(v, c, s, nested: true)
                    default:
                        throw CompileError("internal error: unexpected f-string part", at: p.range)
                    }
                }
            }
            return f + "}"
        }
        for p in parts {
            switch p.kind {
            case .constant(.string(let s)):
                format += escaped(s)
            case .formattedValue(let v, let c, let s):
                format += try field(v, c, s, nested: false)
            default:
                throw CompileError("internal error: unexpected f-string part", at: p.range)
            }
        }
        if args.isEmpty {
            var s = ""
            for p in parts { if case .constant(.string(let x)) = p.kind { s += x } }
            loadStr(s)
            return
        }
        loadStr(format)
        b.emit(Op.loadMethod, .name(b.nameIndex("format")))
        for a in args { try expr(a) }
        b.emit(Op.callMethod, .two(args.count, 0))
    }
}
