// Compile-time evaluation of constant expressions with Python semantics:
// const() arguments (strict, with compile errors) and general folding for
// back ends (lenient: nil when an expression is not constant or would raise).
// Big ints stay exact; results are size-capped so no input can exhaust memory.
import Foundation
import BigInt
import MPYSyntax

public enum ConstFolder {
    /// Largest int result (in bits) folding will build.
    public static let maxIntBits = 1 << 16
    /// Longest str/bytes/tuple result folding will build.
    public static let maxSequenceLength = 1 << 20

    /// Why an operation could not be folded.
    public enum OpError: Error, Equatable, Sendable {
        /// Not something folding handles (complex arithmetic, `%` formatting,
        /// identity of non-singletons, ...).
        case notFoldable
        /// The operation raises at run time; the text is the message.
        case raises(String)
    }

    struct Failure: Error {
        let message: String?
        let range: SourceRange
    }

    // MARK: expressions

    /// Evaluates a const() argument. `names` gives the value of a name (an
    /// earlier constant, `__debug__`) or nil. Throws "const() argument must be
    /// a constant expression" at the argument, or the error the evaluation
    /// raises at the failing operation.
    public static func evaluate(_ e: Expr, names: (String) -> Constant?) throws(CompileError) -> Constant {
        do {
            return try eval(e, names)
        } catch {
            if let m = error.message { throw CompileError(m, at: error.range) }
            throw CompileError("const() argument must be a constant expression", at: e.range)
        }
    }

    /// Folds `e` if it is a constant expression that evaluates without error.
    public static func fold(_ e: Expr, names: (String) -> Constant? = { _ in nil }) -> Constant? {
        try? eval(e, names)
    }

    /// Folds `e` as written in `scope`: inlined module constants and
    /// `__debug__` count as constants there.
    public static func fold(_ e: Expr, in model: SemanticModel, scope: ScopeID) -> Constant? {
        fold(e) { name in
            if let c = model.constValue(for: name, in: scope) { return c }
            if name == "__debug__" { return .bool(model.debugValue) }
            return nil
        }
    }

    // Constant expressions nest up to the parser's depth limit: the
    // dispatcher binds nothing and each node kind has a small helper, so the
    // recursive path uses little stack even in debug builds.
    private enum Family { case leaf, unary, binary, tuple, boolOp, compare, ifExp, other }

    private static func family(_ e: Expr) -> Family {
        switch e.kind {
        case .constant, .name: return .leaf
        case .unary: return .unary
        case .binary: return .binary
        case .tuple: return .tuple
        case .boolOp: return .boolOp
        case .compare: return .compare
        case .ifExp: return .ifExp
        default: return .other
        }
    }

    private static func eval(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        switch family(e) {
        case .leaf: return try evalLeaf(e, names)
        case .unary: return try evalUnary(e, names)
        case .binary: return try evalBinary(e, names)
        case .tuple: return try evalTuple(e, names)
        case .boolOp: return try evalBoolOp(e, names)
        case .compare: return try evalCompare(e, names)
        case .ifExp: return try evalIfExp(e, names)
        case .other: throw Failure(message: nil, range: e.range)
        }
    }

    private static func evalLeaf(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        if case .constant(let c) = e.kind { return c }
        if case .name(let n) = e.kind, let c = names(n) { return c }
        throw Failure(message: nil, range: e.range)
    }

    private static func evalUnary(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        guard case .unary(let op, let v) = e.kind else { throw Failure(message: nil, range: e.range) }
        let x = try eval(v, names)
        return try wrap(e.range) { () throws(OpError) in try unary(op, x) }
    }

    private static func evalBinary(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        guard case .binary(let l, let op, let r) = e.kind else { throw Failure(message: nil, range: e.range) }
        let a = try eval(l, names)
        let b = try eval(r, names)
        return try wrap(e.range) { () throws(OpError) in try binary(a, op, b) }
    }

    private static func evalTuple(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        guard case .tuple(let elts) = e.kind else { throw Failure(message: nil, range: e.range) }
        var items: [Constant] = []
        for x in elts {
            if case .starred = x.kind { throw Failure(message: nil, range: x.range) }
            items.append(try eval(x, names))
        }
        return .tuple(items)
    }

    private static func evalBoolOp(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        guard case .boolOp(let op, let values) = e.kind, !values.isEmpty else { throw Failure(message: nil, range: e.range) }
        var result = Constant.none
        for (i, v) in values.enumerated() {
            result = try eval(v, names)
            if i == values.count - 1 { break }
            let t = isTruthy(result)
            if (op == .and && !t) || (op == .or && t) { break }
        }
        return result
    }

    private static func evalCompare(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        guard case .compare(let first, let rest) = e.kind else { throw Failure(message: nil, range: e.range) }
        var left = try eval(first, names)
        for (op, next) in rest {
            let right = try eval(next, names)
            let ok = try wrap(e.range) { () throws(OpError) in try compare(left, op, right) }
            if !ok { return .bool(false) }
            left = right
        }
        return .bool(true)
    }

    private static func evalIfExp(_ e: Expr, _ names: (String) -> Constant?) throws(Failure) -> Constant {
        guard case .ifExp(let test, let body, let orElse) = e.kind else { throw Failure(message: nil, range: e.range) }
        return try eval(isTruthy(try eval(test, names)) ? body : orElse, names)
    }

    private static func wrap<T>(_ range: SourceRange, _ op: () throws(OpError) -> T) throws(Failure) -> T {
        do {
            return try op()
        } catch {
            switch error {
            case .notFoldable: throw Failure(message: nil, range: range)
            case .raises(let m): throw Failure(message: m + " in constant expression", range: range)
            }
        }
    }

    // MARK: operations

    /// Python truthiness.
    public static func isTruthy(_ c: Constant) -> Bool {
        switch c {
        case .none: return false
        case .ellipsis: return true
        case .bool(let b): return b
        case .int(let i): return !i.isZero
        case .float(let d), .imaginary(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        }
    }

    enum Number {
        case int(BigInt)
        case float(Double)
    }

    static func number(_ c: Constant) -> Number? {
        switch c {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        default: return nil
        }
    }

    static func intValue(_ c: Constant) -> BigInt? {
        switch c {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        default: return nil
        }
    }

    public static func unary(_ op: UnaryOp, _ v: Constant) throws(OpError) -> Constant {
        if op == .not { return .bool(!isTruthy(v)) }
        if case .imaginary = v { throw .notFoldable }
        switch (op, number(v)) {
        case (.plus, .int(let i)?): return .int(i)
        case (.plus, .float(let d)?): return .float(d)
        case (.minus, .int(let i)?): return .int(-i)
        case (.minus, .float(let d)?): return .float(-d)
        case (.invert, .int(let i)?): return .int(-(i + 1))
        default:
            throw .raises("bad operand type for unary \(op.rawValue): '\(v.pythonTypeName)'")
        }
    }

    public static func binary(_ l: Constant, _ op: BinaryOp, _ r: Constant) throws(OpError) -> Constant {
        if case .imaginary = l { throw .notFoldable }
        if case .imaginary = r { throw .notFoldable }
        if let seq = try sequenceOp(l, op, r) { return seq }
        if case .bool(let a) = l, case .bool(let b) = r {
            switch op {
            case .bitAnd: return .bool(a && b)
            case .bitOr: return .bool(a || b)
            case .bitXor: return .bool(a != b)
            default: break
            }
        }
        guard let a = number(l), let b = number(r), op != .matMul else {
            if op == .mod, case .string = l { throw .notFoldable }
            if op == .mod, case .bytes = l { throw .notFoldable }
            throw .raises("unsupported operand type(s) for \(op.rawValue): '\(l.pythonTypeName)' and '\(r.pythonTypeName)'")
        }
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return try intOp(x, op, y)
        default:
            return .float(try floatOp(try toFloat(a), op, try toFloat(b), types: (l, r)))
        }
    }

    /// str/bytes/tuple concatenation and repetition; nil if not a sequence op.
    static func sequenceOp(_ l: Constant, _ op: BinaryOp, _ r: Constant) throws(OpError) -> Constant? {
        switch (op, l, r) {
        case (.add, .string(let a), .string(let b)):
            try checkLength(a.utf8.count + b.utf8.count)
            return .string(a + b)
        case (.add, .bytes(let a), .bytes(let b)):
            try checkLength(a.count + b.count)
            return .bytes(a + b)
        case (.add, .tuple(let a), .tuple(let b)):
            try checkLength(a.count + b.count)
            return .tuple(a + b)
        case (.mul, .string, _), (.mul, .bytes, _), (.mul, .tuple, _):
            guard let n = intValue(r) else { break }
            return try repeated(l, n)
        case (.mul, _, .string), (.mul, _, .bytes), (.mul, _, .tuple):
            guard let n = intValue(l) else { break }
            return try repeated(r, n)
        default:
            break
        }
        return nil
    }

    static func checkLength(_ n: Int) throws(OpError) {
        if n > maxSequenceLength { throw .raises("result too large") }
    }

    static func repeated(_ seq: Constant, _ count: BigInt) throws(OpError) -> Constant {
        let n = count.signum() <= 0 ? 0 : (count > BigInt(maxSequenceLength) ? maxSequenceLength + 1 : Int(count))
        switch seq {
        case .string(let s):
            if !s.isEmpty { try checkLength(s.utf8.count * n) }
            return .string(n == 0 ? "" : String(repeating: s, count: s.isEmpty ? 0 : n))
        case .bytes(let b):
            if !b.isEmpty { try checkLength(b.count * n) }
            var out: [UInt8] = []
            if !b.isEmpty { for _ in 0..<n { out += b } }
            return .bytes(out)
        case .tuple(let t):
            if !t.isEmpty { try checkLength(t.count * n) }
            var out: [Constant] = []
            if !t.isEmpty { for _ in 0..<n { out += t } }
            return .tuple(out)
        default:
            throw .notFoldable
        }
    }

    static func bits(_ i: BigInt) -> Int { i.magnitude.bitWidth }

    static func checkBits(_ n: Int) throws(OpError) {
        if n > maxIntBits { throw .raises("result too large") }
    }

    static func intOp(_ x: BigInt, _ op: BinaryOp, _ y: BigInt) throws(OpError) -> Constant {
        switch op {
        case .add: return .int(x + y)
        case .sub: return .int(x - y)
        case .mul:
            try checkBits(bits(x) + bits(y))
            return .int(x * y)
        case .div:
            return .float(try trueDivide(x, y))
        case .floorDiv:
            if y.isZero { throw .raises("division by zero") }
            return .int(floorDivMod(x, y).0)
        case .mod:
            if y.isZero { throw .raises("division by zero") }
            return .int(floorDivMod(x, y).1)
        case .pow:
            if y.signum() < 0 {
                if x.isZero { throw .raises("division by zero") }
                let fx = try toFloat(Number.int(x)), fy = try toFloat(Number.int(y))
                return .float(try floatOp(fx, .pow, fy, types: (Constant.int(x), Constant.int(y))))
            }
            if x.isZero || x == 1 || y.isZero { return .int(y.isZero ? 1 : x) }
            if x == -1 { return .int(floorDivMod(y, 2).1.isZero ? 1 : -1) }
            guard y <= BigInt(maxIntBits) else { throw .raises("result too large") }
            let e = Int(y)
            try checkBits((bits(x) - 1) * e + 1)
            return .int(x.power(e))
        case .lshift:
            if y.signum() < 0 { throw .raises("negative shift count") }
            if x.isZero { return .int(0) }
            guard y <= BigInt(maxIntBits) else { throw .raises("result too large") }
            try checkBits(bits(x) + Int(y))
            return .int(x << Int(y))
        case .rshift:
            if y.signum() < 0 { throw .raises("negative shift count") }
            if y >= BigInt(bits(x)) { return .int(x.signum() < 0 ? -1 : 0) }
            let n = Int(y)
            if x.signum() >= 0 { return .int(BigInt(x.magnitude >> n)) }
            // Floor semantics for negatives: -((|x| - 1) >> n) - 1.
            return .int(-BigInt((x.magnitude - 1) >> n) - 1)
        case .bitAnd, .bitOr, .bitXor:
            return .int(bitwise(x, op, y))
        case .matMul:
            throw .raises("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// Python's floor division and modulo (quotient rounds toward negative
    /// infinity, remainder has the divisor's sign). `y` must not be zero.
    static func floorDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        let (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && (r.signum() < 0) != (y.signum() < 0) {
            return (q - 1, r + y)
        }
        return (q, r)
    }

    /// Two's-complement bitwise operation on arbitrary-precision ints.
    static func bitwise(_ x: BigInt, _ op: BinaryOp, _ y: BigInt) -> BigInt {
        let width = max(bits(x), bits(y)) + 1
        let modulus = BigUInt(1) << width
        func encode(_ v: BigInt) -> BigUInt { v.signum() < 0 ? modulus - v.magnitude : v.magnitude }
        let a = encode(x), b = encode(y)
        let r: BigUInt
        switch op {
        case .bitAnd: r = a & b
        case .bitOr: r = a | b
        default: r = a ^ b
        }
        if r.bitWidth == width { return -BigInt(modulus - r) }
        return BigInt(r)
    }

    /// int / int, correctly rounded like Python.
    static func trueDivide(_ x: BigInt, _ y: BigInt) throws(OpError) -> Double {
        if y.isZero { throw .raises("division by zero") }
        let negative = (x.signum() < 0) != (y.signum() < 0)
        if x.isZero { return negative ? -0.0 : 0.0 }
        let a = x.magnitude, b = y.magnitude
        // Scale so the quotient has 55 or 56 bits, then round once.
        let shift = 55 + b.bitWidth - a.bitWidth
        var (q, r) =
            shift >= 0
            ? (a << shift).quotientAndRemainder(dividingBy: b)
            : a.quotientAndRemainder(dividingBy: b << -shift)
        if !r.isZero { q |= 1 }
        let d = Double(sign: negative ? .minus : .plus, exponent: -shift, significand: roundedDouble(q))
        if d.isInfinite { throw .raises("integer division result too large for a float") }
        return d
    }

    /// A non-negative big integer rounded to the nearest double (ties to
    /// even); infinity if too large.
    static func roundedDouble(_ m: BigUInt) -> Double {
        let n = m.bitWidth
        if n <= 64 { return Double(UInt64(m)) }
        let drop = n - 64
        var top = UInt64(m >> drop)
        if !(m & ((BigUInt(1) << drop) - 1)).isZero { top |= 1 }
        return Double(sign: .plus, exponent: drop, significand: Double(top))
    }

    static func toFloat(_ n: Number) throws(OpError) -> Double {
        switch n {
        case .float(let d): return d
        case .int(let i):
            let d = roundedDouble(i.magnitude)
            if d.isInfinite { throw .raises("int too large to convert to float") }
            return i.signum() < 0 ? -d : d
        }
    }

    static func toFloat(_ c: Constant) throws(OpError) -> Double {
        guard let n = number(c) else { throw .notFoldable }
        return try toFloat(n)
    }

    static func floatOp(_ x: Double, _ op: BinaryOp, _ y: Double, types: (Constant, Constant)) throws(OpError) -> Double {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .div:
            if y == 0 { throw .raises("division by zero") }
            return x / y
        case .floorDiv:
            if y == 0 { throw .raises("division by zero") }
            return floatDivMod(x, y).0
        case .mod:
            if y == 0 { throw .raises("division by zero") }
            return floatDivMod(x, y).1
        case .pow:
            return try floatPow(x, y)
        default:
            throw .raises("unsupported operand type(s) for \(op.rawValue): '\(types.0.pythonTypeName)' and '\(types.1.pythonTypeName)'")
        }
    }

    /// Python's float divmod: floor quotient, remainder with the divisor's sign.
    static func floatDivMod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, x / y)
        }
        return (floorDiv, mod)
    }

    static func floatPow(_ x: Double, _ y: Double) throws(OpError) -> Double {
        if y == 0 { return 1 }
        if x.isNaN { return x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x == 0 && y < 0 && y.isFinite { throw .raises("division by zero") }
        if x < 0 && x.isFinite && y.isFinite && y.rounded() != y { throw .notFoldable }  // complex result
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw .raises("float overflow") }
        return r
    }

    // MARK: comparisons

    /// Python's `==` between constants.
    public static func equals(_ l: Constant, _ r: Constant) -> Bool {
        if let a = number(l), let b = number(r) { return compareNumbers(a, b) == 0 }
        switch (l, r) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.string(a), .string(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.imaginary(a), .imaginary(b)): return a == b
        case let (.tuple(a), .tuple(b)):
            return a.count == b.count && zip(a, b).allSatisfy { equals($0, $1) }
        default: return false
        }
    }

    /// -1, 0, 1, or nil when a NaN is involved. Ints and floats compare exactly.
    static func compareNumbers(_ a: Number, _ b: Number) -> Int? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.float(x), .float(y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        case let (.int(x), .float(y)): return compareIntFloat(x, y)
        case let (.float(x), .int(y)): return compareIntFloat(y, x).map { -$0 }
        }
    }

    static func compareIntFloat(_ i: BigInt, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let fl = d.rounded(.down)
        guard let fi = BigInt(exactly: fl) else { return nil }
        if i < fi { return -1 }
        if i > fi { return 1 }
        return d > fl ? -1 : 0
    }

    /// Ordering of two constants (-1, 0, 1); throws for unorderable types,
    /// nil for NaN.
    static func order(_ l: Constant, _ r: Constant, _ op: CompareOp) throws(OpError) -> Int? {
        if let a = number(l), let b = number(r) { return compareNumbers(a, b) }
        switch (l, r) {
        case let (.string(a), .string(b)):
            return lexicographic(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value)))
        case let (.bytes(a), .bytes(b)):
            return lexicographic(a, b)
        case let (.tuple(a), .tuple(b)):
            for (x, y) in zip(a, b) where !equals(x, y) {
                return try order(x, y, op)
            }
            return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
        default:
            throw .raises("'\(op.rawValue)' not supported between instances of '\(l.pythonTypeName)' and '\(r.pythonTypeName)'")
        }
    }

    static func lexicographic<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    }

    public static func compare(_ l: Constant, _ op: CompareOp, _ r: Constant) throws(OpError) -> Bool {
        switch op {
        case .eq: return equals(l, r)
        case .notEq: return !equals(l, r)
        case .lt, .ltE, .gt, .gtE:
            guard let c = try order(l, r, op) else { return false }
            switch op {
            case .lt: return c < 0
            case .ltE: return c <= 0
            case .gt: return c > 0
            default: return c >= 0
            }
        case .is, .isNot:
            guard isSingleton(l) && isSingleton(r) else { throw .notFoldable }
            let same = equals(l, r) && sameKind(l, r)
            return op == .is ? same : !same
        case .in, .notIn:
            let found = try contains(r, l)
            return op == .in ? found : !found
        }
    }

    static func isSingleton(_ c: Constant) -> Bool {
        switch c {
        case .none, .ellipsis, .bool: return true
        default: return false
        }
    }

    static func sameKind(_ a: Constant, _ b: Constant) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis), (.bool, .bool): return true
        default: return false
        }
    }

    static func contains(_ container: Constant, _ item: Constant) throws(OpError) -> Bool {
        switch container {
        case .string(let s):
            guard case .string(let sub) = item else {
                throw .raises("'in <string>' requires string as left operand, not \(item.pythonTypeName)")
            }
            return try containsRun(Array(s.unicodeScalars), Array(sub.unicodeScalars))
        case .bytes(let b):
            if case .bytes(let sub) = item { return try containsRun(b, sub) }
            if let i = intValue(item) {
                guard i >= 0 && i < 256 else { throw .raises("byte must be in range(0, 256)") }
                return b.contains(UInt8(i))
            }
            throw .raises("a bytes-like object is required, not '\(item.pythonTypeName)'")
        case .tuple(let t):
            return t.contains { equals($0, item) }
        default:
            throw .raises("argument of type '\(container.pythonTypeName)' is not iterable")
        }
    }

    static func containsRun<T: Equatable>(_ hay: [T], _ needle: [T]) throws(OpError) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > hay.count { return false }
        // Naive search; refuse inputs where it could take long.
        if (hay.count - needle.count + 1) * needle.count > 50_000_000 { throw .notFoldable }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
