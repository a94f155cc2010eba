// The abstract syntax tree every back end consumes. Close to CPython's `ast`
// module so behaviour can be checked against it, with exact byte ranges on
// every node and a ScopeID on every node that opens a scope.
import BigInt

/// Identifies a scope-opening node (def, lambda, class, comprehension);
/// 0 is the module. Assigned in source order by the parser.
public typealias ScopeID = Int

public struct Identifier: Hashable, Sendable {
    public var name: String
    public var range: SourceRange
    public init(_ name: String, _ range: SourceRange) { self.name = name; self.range = range }
}

public enum Constant: Equatable, Sendable {
    case none, ellipsis
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case tuple([Constant])

    public static func == (a: Constant, b: Constant) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)), let (.imaginary(x), .imaginary(y)): return x.bitPattern == y.bitPattern
        case let (.string(x), .string(y)): return x == y
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.tuple(x), .tuple(y)): return x == y
        default: return false
        }
    }
}

public enum UnaryOp: String, Sendable { case invert = "~", not = "not", plus = "+", minus = "-" }
public enum BoolOp: String, Sendable { case and, or }
public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", matMul = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}
public enum CompareOp: String, Sendable {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

public struct Keyword: Sendable {
    /// nil for `**mapping`.
    public var name: Identifier?
    public var value: Expr
    public var range: SourceRange
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
}

public struct DictItem: Sendable {
    /// nil for `**mapping`.
    public var key: Expr?
    public var value: Expr
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    /// An f-string: constants and formattedValue parts.
    case joinedStr([Expr])
    /// `{value!conversion:spec}`; conversion is "r", "s" or "a"; spec a joinedStr.
    case formattedValue(Expr, conversion: Character?, spec: Expr?)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictItem])
    case attribute(Expr, Identifier)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case starred(Expr)
    case call(Expr, args: [Expr], keywords: [Keyword])
    case unary(UnaryOp, Expr)
    case binary(Expr, BinaryOp, Expr)
    case boolOp(BoolOp, [Expr])
    case compare(Expr, [(CompareOp, Expr)])
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case lambda(ScopeID, Parameters, Expr)
    case listComp(ScopeID, Expr, [Comprehension])
    case setComp(ScopeID, Expr, [Comprehension])
    case dictComp(ScopeID, key: Expr, value: Expr, [Comprehension])
    case generator(ScopeID, Expr, [Comprehension])
    case namedExpr(target: Identifier, value: Expr)
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
}

public struct Parameter: Sendable {
    public var name: Identifier
    public var annotation: Expr?
}

public struct Parameters: Sendable {
    public var posOnly: [Parameter] = []
    public var args: [Parameter] = []
    public var vararg: Parameter?
    public var kwOnly: [Parameter] = []
    /// Defaults of kwOnly, index for index (nil: no default).
    public var kwDefaults: [Expr?] = []
    public var kwarg: Parameter?
    /// Defaults of the last positional parameters (posOnly then args).
    public var defaults: [Expr] = []
    public init() {}

    /// Every parameter in order: posOnly, args, vararg, kwOnly, kwarg.
    public var all: [Parameter] {
        var r = posOnly + args
        if let v = vararg { r.append(v) }
        r += kwOnly
        if let k = kwarg { r.append(k) }
        return r
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: Identifier?
    public var body: [Stmt]
    public var range: SourceRange
}

public struct Alias: Sendable {
    /// Dotted module name, or a name imported from a module, or "*".
    public var name: String
    public var asName: Identifier?
    public var range: SourceRange
}

public struct FunctionDef: Sendable {
    public var scope: ScopeID
    public var name: Identifier
    public var params: Parameters
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
}

public struct ClassDef: Sendable {
    public var scope: ScopeID
    public var name: Identifier
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `simple` is true for a bare name target (not parenthesized).
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case delete([Expr])
    case pass
    case `break`
    case `continue`
    case `return`(Expr?)
    case raise(Expr?, cause: Expr?)
    case global([Identifier])
    case nonlocal([Identifier])
    case assert(test: Expr, message: Expr?)
    case `import`([Alias])
    /// `from .mod import a as b`: module nil for `from . import x`.
    case importFrom(module: String?, names: [Alias], level: Int)
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
    case with([WithItem], body: [Stmt], isAsync: Bool)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case functionDef(FunctionDef)
    case classDef(ClassDef)
}

public struct Module: Sendable {
    public var body: [Stmt]
    /// Number of scopes the parser numbered (module included).
    public var scopeCount: Int
    public var file: SourceFile
}
