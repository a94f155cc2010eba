// The public entry point of scope analysis and the model it returns: the
// scopes, the module constants defined with const(), which loads of them are
// inlined, and the optimisation-level facts (asserts, __debug__).
import MPYSyntax

/// How a function's code is generated (MicroPython's emitters).
public enum EmitMode: String, Sendable, CaseIterable {
    case bytecode, native, viper
}

public struct SemanticOptions: Sendable {
    /// The emitter for functions without a `@micropython.X` decorator.
    public var defaultEmitter: EmitMode = .bytecode
    /// MicroPython's optimisation level (`-O`): 1 and up remove asserts and
    /// make `__debug__` False.
    public var mpyOptLevel: Int = 0
    /// The package a relative import starts from: the module's own name for a
    /// package's `__init__.py`, the name without its last part for a module
    /// inside a package, "" for a top-level module (`__main__` included).
    public var package: String = ""
    public init() {}
}

/// One `NAME = const(expr)` at module level.
public struct ConstDefinition: Sendable {
    public let name: String
    public let value: Constant
    /// Names starting with `_` are never stored in the module's globals: the
    /// whole statement compiles to nothing.
    public let isHidden: Bool
    /// The assignment statement.
    public let statementRange: SourceRange
}

public final class SemanticModel: @unchecked Sendable {
    public let module: Module
    public let options: SemanticOptions
    /// Indexed by ScopeID; scopes[0] is the module.
    public let scopes: [Scope]
    /// Module constants by name.
    public let consts: [String: Constant]
    /// Constant definitions in source order.
    public let constDefinitions: [ConstDefinition]
    /// Names of constants that are not stored in globals (leading `_`).
    public let hiddenConsts: Set<String>
    /// Loads of a const name that are replaced by its value, by the byte
    /// offset of the name expression.
    public let inlinedLoads: [Int32: Constant]
    /// Optimisation level 1 and up: assert statements compile to nothing.
    public let assertsRemoved: Bool
    /// The value `__debug__` folds to.
    public let debugValue: Bool

    init(
        module: Module, options: SemanticOptions, scopes: [Scope], constDefinitions: [ConstDefinition],
        inlinedLoads: [Int32: Constant]
    ) {
        self.module = module
        self.options = options
        self.scopes = scopes
        self.constDefinitions = constDefinitions
        var c: [String: Constant] = [:]
        var hidden: Set<String> = []
        for d in constDefinitions {
            c[d.name] = d.value
            if d.isHidden { hidden.insert(d.name) }
        }
        consts = c
        hiddenConsts = hidden
        self.inlinedLoads = inlinedLoads
        assertsRemoved = options.mpyOptLevel >= 1
        debugValue = options.mpyOptLevel < 1
    }

    public var moduleScope: Scope { scopes[0] }

    /// The absolute name of `from <level dots><module> import ...`, or nil
    /// when the import climbs out of the known packages (then it raises
    /// ImportError when it runs, as in CPython).
    public func absoluteImport(_ module: String?, level: Int) -> String? {
        if level == 0 { return module }
        var parts = options.package.split(separator: ".").map(String.init)
        guard level <= parts.count else { return nil }
        parts.removeLast(level - 1)
        if let module { parts.append(module) }
        return parts.joined(separator: ".")
    }

    public func scope(_ id: ScopeID) -> Scope? {
        id >= 0 && id < scopes.count ? scopes[id] : nil
    }

    /// The value of `name` if a load of it in `scope` is an inlined module
    /// constant (the name resolves to the module global there), else nil.
    public func constValue(for name: String, in scope: ScopeID) -> Constant? {
        guard let s = self.scope(scope), s.inlinedConsts.contains(name) else { return nil }
        return consts[name]
    }

    /// The value to use instead of the name load at `offset`, if it is an
    /// inlined constant. Precise per site: a load written before the const()
    /// definition is not inlined.
    public func inlinedConst(atOffset offset: Int) -> Constant? {
        inlinedLoads[Int32(truncatingIfNeeded: offset)]
    }

    /// The const() definition made by the statement starting at `offset`.
    public func constDefinition(atStatementOffset offset: Int) -> ConstDefinition? {
        constDefinitions.first { Int($0.statementRange.start) == offset }
    }
}

public enum SemanticAnalyzer {
    /// Builds the scopes of `module`, resolves every name and folds const()
    /// definitions, or throws the first compile error found.
    public static func analyze(_ module: Module, options: SemanticOptions = .init()) throws(CompileError) -> SemanticModel {
        let builder = ScopeBuilder(module: module, options: options)
        try builder.build()
        var resolver = NameResolver(scopes: builder.scopes)
        try resolver.resolve()
        let inlined = builder.resolveConstLoads()
        return SemanticModel(
            module: module, options: options, scopes: builder.scopes,
            constDefinitions: builder.constDefinitions, inlinedLoads: inlined)
    }
}
