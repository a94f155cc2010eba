// The data every back end reads after scope analysis: one Scope per
// scope-opening node (indexed by ScopeID), each with its symbols in order of
// first appearance and how each name resolves (local, cell, free, global).
import MPYSyntax

public enum ScopeKind: String, Sendable {
    case module, `class`, function, lambda, comprehension
}

/// Which display a comprehension scope builds.
public enum ComprehensionKind: String, Sendable {
    case list, set, dict, generator

    /// The scope name CPython gives it.
    public var scopeName: String {
        switch self {
        case .list: return "<listcomp>"
        case .set: return "<setcomp>"
        case .dict: return "<dictcomp>"
        case .generator: return "<genexpr>"
        }
    }

    /// How CPython names it in "'yield' inside ..." messages.
    var description: String {
        switch self {
        case .list: return "list comprehension"
        case .set: return "set comprehension"
        case .dict: return "dict comprehension"
        case .generator: return "generator expression"
        }
    }
}

/// Where a name lives at run time, as seen from one scope.
public enum Resolution: String, Sendable {
    /// A fast local of a function, or a name in the module/class namespace.
    case local
    /// A local of this function captured by an inner scope.
    case cell
    /// A variable of an enclosing function (captured, or declared nonlocal).
    case free
    /// Declared `global` here.
    case globalExplicit = "global explicit"
    /// Not bound here nor in an enclosing function: a global or builtin.
    case globalImplicit = "global implicit"
}

/// What the analysis saw a name do in one scope.
public struct SymbolFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let param = SymbolFlags(rawValue: 1 << 0)
    /// Bound by assignment, for/with/except target, walrus or annotation.
    public static let assigned = SymbolFlags(rawValue: 1 << 1)
    public static let used = SymbolFlags(rawValue: 1 << 2)
    public static let deleted = SymbolFlags(rawValue: 1 << 3)
    public static let declaredGlobal = SymbolFlags(rawValue: 1 << 4)
    public static let declaredNonlocal = SymbolFlags(rawValue: 1 << 5)
    /// `x: T` with a simple name target.
    public static let annotated = SymbolFlags(rawValue: 1 << 6)
    public static let imported = SymbolFlags(rawValue: 1 << 7)
    /// Bound by `def`.
    public static let function = SymbolFlags(rawValue: 1 << 8)
    /// Bound by `class`.
    public static let classDef = SymbolFlags(rawValue: 1 << 9)
    /// A comprehension iteration variable.
    public static let comprehensionIter = SymbolFlags(rawValue: 1 << 10)
    /// Defined by `NAME = const(...)` at module level.
    public static let const = SymbolFlags(rawValue: 1 << 11)
    /// Added only because an inner scope needs the name passed through.
    public static let passThrough = SymbolFlags(rawValue: 1 << 12)
    /// A class-level name that inner functions also capture from further out
    /// (CPython's DEF_FREE_CLASS): the class keeps its own binding and also
    /// carries the free variable.
    public static let freeInClass = SymbolFlags(rawValue: 1 << 13)
    /// Declared by an assignment expression in a comprehension, not by a statement.
    public static let implicitDeclaration = SymbolFlags(rawValue: 1 << 14)

    /// Any flag that makes the name bound in its scope.
    public static let binding: SymbolFlags = [
        .param, .assigned, .deleted, .annotated, .imported, .function, .classDef, .comprehensionIter, .const,
    ]

    public var isBound: Bool { !isDisjoint(with: .binding) }
}

public struct Symbol: Sendable {
    public let name: String
    public internal(set) var flags: SymbolFlags
    public internal(set) var resolution: Resolution
    /// Where the name first appears in this scope.
    public let firstSeen: SourceRange

    public var isParameter: Bool { flags.contains(.param) }
    public var isBound: Bool { flags.isBound }
}

/// One parameter of a function or lambda, in declaration order.
public struct ParameterInfo: Sendable {
    public enum Kind: String, Sendable { case positionalOnly, positional, varArgs, keywordOnly, varKeywords }
    public let name: String
    public let kind: Kind
    public let hasDefault: Bool
}

public final class Scope: @unchecked Sendable {
    public let id: ScopeID
    public let kind: ScopeKind
    /// `<module>`, the def or class name, `<lambda>`, `<listcomp>` and so on.
    public let name: String
    /// nil only for the module. Note that a parent can have a larger id than
    /// its child: the parser numbers a comprehension after its element.
    public let parent: ScopeID?
    public internal(set) var children: [ScopeID] = []
    /// The node's source range.
    public let range: SourceRange
    public let comprehensionKind: ComprehensionKind?

    /// Symbols in order of first appearance.
    @exclusivity(unchecked) public internal(set) var symbols: [Symbol] = []
    @exclusivity(unchecked) var index: [String: Int] = [:]
    public internal(set) var params: [ParameterInfo] = []
    /// Names captured from enclosing functions, in symbol order.
    public internal(set) var freeVars: [String] = []
    /// Locals captured by inner scopes, in symbol order (`__class__` for a
    /// class that needs the implicit cell).
    public internal(set) var cellVars: [String] = []

    /// Contains `yield`/`yield from`, or is a generator expression.
    public internal(set) var isGenerator = false
    /// `async def`.
    public internal(set) var isAsync = false
    /// An async def, or a comprehension that awaits (async comprehension).
    public internal(set) var isCoroutine = false
    /// The emitter MicroPython would use for this scope's code.
    public internal(set) var emitter: EmitMode = .bytecode
    /// Indices into the def's (or class's) decorator list of the
    /// `@micropython.native/viper/bytecode` markers: compile-time only, a back
    /// end must not emit a call for them.
    public internal(set) var consumedDecorators: [Int] = []
    /// A class whose methods use `super` or `__class__`: it must create the
    /// implicit `__class__` cell.
    public internal(set) var needsClassCell = false
    /// The module did `from m import *`.
    public internal(set) var hasImportStar = false
    /// Names read here that are inlined module constants, in order of first read.
    public internal(set) var inlinedConsts: [String] = []

    /// First `global`/`nonlocal` directive per name (error positions).
    var directives: [String: SourceRange] = [:]
    /// The emitter nested defs, lambdas and comprehensions inherit (for a
    /// class: its own decorator marker or what encloses it).
    var inheritedEmitter: EmitMode = .bytecode

    init(
        id: ScopeID, kind: ScopeKind, name: String, parent: ScopeID?, range: SourceRange,
        comprehensionKind: ComprehensionKind? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.parent = parent
        self.range = range
        self.comprehensionKind = comprehensionKind
    }

    /// Function, lambda and comprehension scopes have fast locals and cells.
    public var isFunctionLike: Bool {
        kind == .function || kind == .lambda || kind == .comprehension
    }

    public func symbol(_ name: String) -> Symbol? {
        guard let i = index[name] else { return nil }
        return symbols[i]
    }

    func flags(of name: String) -> SymbolFlags {
        guard let i = index[name] else { return [] }
        return symbols[i].flags
    }

    /// Adds `flags` to the symbol, creating it on first appearance.
    func add(_ name: String, _ flags: SymbolFlags, at range: SourceRange) {
        if let i = index[name] {
            symbols[i].flags.formUnion(flags)
        } else {
            index[name] = symbols.count
            symbols.append(Symbol(name: name, flags: flags, resolution: .globalImplicit, firstSeen: range))
        }
    }

    func setResolution(_ name: String, _ r: Resolution) {
        if let i = index[name] { symbols[i].resolution = r }
    }
}
