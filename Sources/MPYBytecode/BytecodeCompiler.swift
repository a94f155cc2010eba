// The bytecode compiler: walks the AST with the semantic model's scopes and
// produces one code object per module body, def, lambda, class body and
// comprehension, in the instruction set of mpy_format.h.
//
// Conventions the runtime must share (see also docs in the report):
// - LOAD_DEREF/STORE_DEREF/DELETE_DEREF operands are frame slots: own cells
//   are slots nLocals..., closure cells follow them.
// - A closure tuple for MAKE_FUNCTION is built with LOAD_FAST of cell and
//   free slots, which pushes the cell object itself (MicroPython's rule).
// - A comprehension is a function of one parameter, `.0`, the iterator of
//   its first `for`; it is called right after MAKE_FUNCTION.
// - A class body stores its `__class__` cell (when methods need it) in the
//   namespace as `__classcell__`, as CPython does; the runtime fills it with
//   the new class.
// - f-strings compile to `str.format` on a constant format string with
//   explicit field numbers: f"{x!r:>{w}}" is "{0!r:>{1}}".format(x, w).
// - Zero-argument `super()` in a method becomes super(__class__, first
//   argument), as in MicroPython.
import BigInt
import CMPYFormat
import MPYSemantics
import MPYSyntax

public enum BytecodeCompiler {
    /// Compiles every scope of `model` to bytecode. Constructs the format
    /// cannot express yet throw "not yet supported by the bytecode compiler: ...".
    public static func compile(_ model: SemanticModel) throws(CompileError) -> BytecodeModule {
        let m = ModuleCompiler(model)
        let top = try m.compileModule()
        return BytecodeModule(
            codes: m.codes.map { $0 ?? CodeObject(name: "<missing>") }, top: top,
            file: model.module.file.path)
    }

    /// The message of a construct the back end does not compile yet.
    public static func notYet(_ what: String) -> String {
        "not yet supported by the bytecode compiler: \(what)"
    }
}

final class ModuleCompiler {
    let model: SemanticModel
    let file: SourceFile
    var codes: [CodeObject?] = []
    let constDefs: [Int32: ConstDefinition]

    init(_ model: SemanticModel) {
        self.model = model
        file = model.module.file
        var d: [Int32: ConstDefinition] = [:]
        for c in model.constDefinitions { d[c.statementRange.start] = c }
        constDefs = d
    }

    func line(_ offset: Int32) -> Int { file.line(of: Int(offset)) }

    func reserveCode() -> Int {
        codes.append(nil)
        return codes.count - 1
    }

    func scope(_ id: ScopeID, at range: SourceRange) throws(CompileError) -> Scope {
        guard let s = model.scope(id) else { throw CompileError("internal error: no scope \(id)", at: range) }
        return s
    }

    func compileModule() throws(CompileError) -> Int {
        let index = reserveCode()
        let fc = try FunctionCompiler(
            module: self, scope: model.moduleScope, name: "<module>", firstLine: 1,
            params: nil, body: model.module.body)
        fc.code.flags |= UInt16(MPY_CODE_MODULE.rawValue)
        try fc.body(model.module.body)
        fc.emitReturnNone()
        codes[index] = try fc.finish(at: SourceRange(0, 0))
        return index
    }

    /// Python's __qualname__ of a def or class scope.
    func qualifiedName(_ s: Scope) -> String {
        guard let pid = s.parent, let p = model.scope(pid), p.kind != .module else { return s.name }
        switch p.kind {
        case .class: return qualifiedName(p) + "." + s.name
        default: return qualifiedName(p) + ".<locals>." + s.name
        }
    }
}

/// What a name access does.
enum Access { case load, store, delete }

struct LoopContext {
    let continueLabel: Label
    let breakLabel: Label
    /// A `for` loop keeps its iterator on the stack: `break` pops it.
    let isFor: Bool
}

/// A statement block that `break`, `continue` and `return` may leave.
struct Block {
    enum Kind {
        case loop(LoopContext)
        /// The body (and except clauses and else) of a try with except clauses.
        case tryBody
        /// Everything a `finally` covers: leaving runs the finally body.
        case finally([Stmt])
        /// An except clause body: bare `raise` re-raises the exception in
        /// the slot; leaving unbinds the `as` name.
        case handler(excSlot: Int, name: Identifier?)
        /// A with body: leaving calls the exit in the slot with three Nones.
        case with(exitSlot: Int, isAsync: Bool)
    }
    let kind: Kind
    /// Handlers active outside the block (code that leaves it runs there).
    let handlerDepth: Int
    /// Hidden slots in use by the block's statement and its enclosing ones.
    let hiddenLevel: Int
}

final class FunctionCompiler {
    unowned let m: ModuleCompiler
    let scope: Scope
    let b = CodeBuilder()
    var code: CodeObject
    var fast: [String: Int] = [:]
    var cells: [String: Int] = [:]
    var frees: [String: Int] = [:]
    var blocks: [Block] = []
    /// Hidden slots (exceptions being handled, with exits) follow the
    /// locals: slots hiddenBase ..< hiddenBase + hiddenCount; `retSlot`
    /// holds a return value while finally bodies run.
    var hiddenBase = 0
    var hiddenCount = 0
    var hiddenNext = 0
    var retSlot = -1
    /// The first positional parameter (zero-argument super()).
    var firstParam: String?

    var isFunctionLike: Bool { scope.isFunctionLike }

    /// Lays out the slots: parameters (positional, keyword-only, *args,
    /// **kwargs), other locals in symbol order, own cells, closure cells.
    init(
        module: ModuleCompiler, scope: Scope, name: String, firstLine: Int, params: Parameters?,
        implicitParams: [String] = [], body: [Stmt] = []
    ) throws(CompileError) {
        m = module
        self.scope = scope
        code = CodeObject(name: name)
        code.firstLine = firstLine
        code.emitter = scope.emitter
        // A coroutine (`async def`) is a generator, as in MicroPython.
        if scope.isGenerator || (scope.kind == .function && scope.isAsync) {
            code.flags |= UInt16(MPY_CODE_GENERATOR.rawValue)
        }
        var slotNames: [String] = []
        func addSlot(_ n: String) {
            if fast[n] == nil { fast[n] = slotNames.count }
            slotNames.append(n)
        }
        if scope.isFunctionLike {
            for p in implicitParams { addSlot(p) }
            var nPos = implicitParams.count, nKw = 0
            if let params {
                for p in params.posOnly + params.args { addSlot(p.name.name); nPos += 1 }
                for p in params.kwOnly { addSlot(p.name.name); nKw += 1 }
                if let v = params.vararg { addSlot(v.name.name); code.flags |= UInt16(MPY_CODE_VARARGS.rawValue) }
                if let k = params.kwarg { addSlot(k.name.name); code.flags |= UInt16(MPY_CODE_VARKEYWORDS.rawValue) }
                firstParam = (params.posOnly + params.args).first?.name.name
            }
            code.nPosArgs = nPos
            code.nKwOnlyArgs = nKw
            code.nPosOnlyArgs = params?.posOnly.count ?? 0
            code.argNames = Array(slotNames.prefix(nPos + nKw))
            for s in scope.symbols where s.resolution == .local && !s.isParameter && fast[s.name] == nil {
                addSlot(s.name)
            }
        }
        let need = FunctionCompiler.hiddenSlotsNeeded(body)
        if need.ret {
            retSlot = slotNames.count
            slotNames.append("$ret")
        }
        hiddenBase = slotNames.count
        hiddenCount = need.slots
        for i in 0..<need.slots { slotNames.append("$\(i)") }
        code.nLocals = slotNames.count
        for (i, c) in scope.cellVars.enumerated() {
            cells[c] = code.nLocals + i
            slotNames.append(c)
            if let p = fast[c], scope.symbol(c)?.isParameter == true {
                code.cellArgs.append(UInt16(p))
            } else {
                code.cellArgs.append(0xFFFF)
            }
        }
        code.nCells = scope.cellVars.count
        for (i, f) in scope.freeVars.enumerated() {
            frees[f] = code.nLocals + code.nCells + i
            slotNames.append(f)
        }
        code.nFree = scope.freeVars.count
        code.localNames = slotNames
        guard slotNames.count <= 0xFFFF else {
            throw CompileError("too many local variables in one function", at: scope.range)
        }
    }

    func finish(at range: SourceRange) throws(CompileError) -> CodeObject {
        do {
            try b.assemble(into: &code)
        } catch {
            throw CompileError(error.message, at: range)
        }
        return code
    }

    func emitReturnNone() {
        b.emit(Op.loadNone)
        b.emit(Op.returnValue)
    }

    func notYet(_ what: String, _ range: SourceRange) -> CompileError {
        CompileError(BytecodeCompiler.notYet(what), at: range)
    }

    // MARK: names

    func name(_ n: String, _ access: Access, at range: SourceRange) throws(CompileError) {
        let res = scope.symbol(n)?.resolution
        func global() {
            let op: UInt8 = access == .load ? Op.loadGlobal : access == .store ? Op.storeGlobal : Op.deleteGlobal
            b.emit(op, .name(b.nameIndex(n)))
        }
        func named() {
            let op: UInt8 = access == .load ? Op.loadName : access == .store ? Op.storeName : Op.deleteName
            b.emit(op, .name(b.nameIndex(n)))
        }
        func deref(_ slot: Int?) throws(CompileError) {
            guard let slot else { throw CompileError("internal error: no cell for '\(n)'", at: range) }
            let op: UInt8 = access == .load ? Op.loadDeref : access == .store ? Op.storeDeref : Op.deleteDeref
            b.emit(op, .u(slot))
        }
        switch scope.kind {
        case .module:
            named()
        case .class:
            switch res {
            case .free: try deref(frees[n])
            case .globalExplicit: global()
            default: named()
            }
        case .function, .lambda, .comprehension:
            switch res {
            case .local:
                if let slot = fast[n] {
                    let op: UInt8 = access == .load ? Op.loadFast : access == .store ? Op.storeFast : Op.deleteFast
                    b.emit(op, .u(slot))
                } else {
                    global()
                }
            case .cell: try deref(cells[n])
            case .free: try deref(frees[n])
            case .globalExplicit, .globalImplicit, nil: global()
            }
        }
    }

    /// Pushes the cell object of `n` (for a closure tuple).
    func loadCell(_ n: String, at range: SourceRange) throws(CompileError) {
        guard let slot = cells[n] ?? frees[n] else {
            throw CompileError("internal error: no cell for '\(n)' in \(scope.name)", at: range)
        }
        b.emit(Op.loadFast, .u(slot))
    }

    // MARK: constants

    static let smallIntRange = -(1 << 30)..<(1 << 30)

    static func constValue(_ c: Constant) -> ConstValue {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let v): return .bool(v)
        case .int(let v): return .int(v)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .complex(d)
        case .string(let s): return .str(s)
        case .bytes(let x): return .bytes(x)
        case .tuple(let items): return .tuple(items.map(constValue))
        }
    }

    func loadConstant(_ c: Constant) {
        switch c {
        case .none: b.emit(Op.loadNone)
        case .bool(let v): b.emit(v ? Op.loadTrue : Op.loadFalse)
        case .int(let v):
            if let small = Int(exactly: v), FunctionCompiler.smallIntRange.contains(small) {
                b.emit(Op.loadSmallInt, .s(small))
            } else {
                b.emit(Op.loadConst, .const(b.constIndex(.int(v))))
            }
        default:
            b.emit(Op.loadConst, .const(b.constIndex(FunctionCompiler.constValue(c))))
        }
    }

    func loadStr(_ s: String) { b.emit(Op.loadConst, .const(b.constIndex(.str(s)))) }

    // MARK: functions, lambdas, classes, comprehensions

    /// Pushes the closure tuple `inner` needs, if any; returns the flag.
    func closure(for inner: Scope, at range: SourceRange) throws(CompileError) -> Int {
        guard !inner.freeVars.isEmpty else { return 0 }
        for f in inner.freeVars { try loadCell(f, at: range) }
        b.emit(Op.buildTuple, .u(inner.freeVars.count))
        return Int(MPY_MAKE_CLOSURE.rawValue)
    }

    /// Evaluates defaults here, compiles the function's code and makes the
    /// function object: leaves it on the stack.
    func makeFunction(
        scopeID: ScopeID, params: Parameters, name: String, firstLine: Int, range: SourceRange,
        statements: [Stmt] = [],
        body: (FunctionCompiler) throws(CompileError) -> Void
    ) throws(CompileError) {
        let inner = try m.scope(scopeID, at: range)
        var flags = 0
        if !params.defaults.isEmpty {
            try tuple(params.defaults, at: range)
            flags |= Int(MPY_MAKE_DEFAULTS.rawValue)
        }
        var nkw = 0
        for (p, d) in zip(params.kwOnly, params.kwDefaults) {
            if let d {
                loadStr(p.name.name)
                try expr(d)
                nkw += 1
            }
        }
        if nkw > 0 {
            b.emit(Op.buildMap, .u(nkw))
            flags |= Int(MPY_MAKE_KWDEFAULTS.rawValue)
        }
        flags |= try closure(for: inner, at: range)
        let index = m.reserveCode()
        let fc = try FunctionCompiler(
            module: m, scope: inner, name: name, firstLine: firstLine, params: params,
            body: statements)
        try body(fc)
        m.codes[index] = try fc.finish(at: range)
        b.emit(Op.makeFunction, .function(b.constIndex(.code(index)), flags))
    }

    func functionDef(_ d: FunctionDef, _ s: Stmt) throws(CompileError) {
        let inner = try m.scope(d.scope, at: s.range)
        if d.isAsync && inner.emitter == .viper {
            // MicroPython: "NotImplementedError: native yield".
            throw CompileError("native yield: an 'async def' cannot be @micropython.viper", at: s.range)
        }
        let decorators = try applyDecoratorsStart(d.decorators, consumed: inner.consumedDecorators)
        try makeFunction(
            scopeID: d.scope, params: d.params, name: d.name.name, firstLine: m.line(s.range.start),
            range: s.range, statements: d.body
        ) { (fc: FunctionCompiler) throws(CompileError) in
            if fc.code.emitter == .viper { fc.code.viper = try ViperSignature.parse(d) }
            try fc.body(d.body)
            fc.emitReturnNone()
        }
        for _ in 0..<decorators { b.emit(Op.call, .two(1, 0)) }
        try name(d.name.name, .store, at: d.name.range)
    }

    /// Evaluates the decorators that are not consumed at compile time;
    /// returns how many calls to emit after the function is made.
    func applyDecoratorsStart(_ decorators: [Expr], consumed: [Int]) throws(CompileError) -> Int {
        var n = 0
        for (i, dec) in decorators.enumerated() where !consumed.contains(i) {
            try expr(dec)
            n += 1
        }
        return n
    }

    func classDef(_ d: ClassDef, _ s: Stmt) throws(CompileError) {
        let inner = try m.scope(d.scope, at: s.range)
        let decorators = try applyDecoratorsStart(d.decorators, consumed: inner.consumedDecorators)
        b.emit(Op.loadBuildClass)
        let flags = try closure(for: inner, at: s.range)
        let index = m.reserveCode()
        let fc = try FunctionCompiler(
            module: m, scope: inner, name: d.name.name, firstLine: m.line(s.range.start),
            params: nil, body: d.body)
        fc.code.flags |= UInt16(MPY_CODE_CLASS_BODY.rawValue)
        fc.b.markLine(m.line(s.range.start))
        fc.b.emit(Op.loadName, .name(fc.b.nameIndex("__name__")))
        fc.b.emit(Op.storeName, .name(fc.b.nameIndex("__module__")))
        fc.loadStr(m.qualifiedName(inner))
        fc.b.emit(Op.storeName, .name(fc.b.nameIndex("__qualname__")))
        try fc.body(d.body)
        if let cell = fc.cells["__class__"] {
            fc.b.emit(Op.loadFast, .u(cell))
            fc.b.emit(Op.storeName, .name(fc.b.nameIndex("__classcell__")))
        }
        fc.emitReturnNone()
        m.codes[index] = try fc.finish(at: s.range)
        b.emit(Op.makeFunction, .function(b.constIndex(.code(index)), flags))
        loadStr(d.name.name)
        if FunctionCompiler.needsCallEx(d.bases, d.keywords) {
            try callEx(prefix: 2, d.bases, d.keywords)
        } else {
            for base in d.bases { try expr(base) }
            for k in d.keywords {
                loadStr(k.name?.name ?? "")
                try expr(k.value)
            }
            b.emit(Op.call, .two(2 + d.bases.count, d.keywords.count))
        }
        for _ in 0..<decorators { b.emit(Op.call, .two(1, 0)) }
        try name(d.name.name, .store, at: d.name.range)
    }

    func comprehension(
        _ e: Expr, _ id: ScopeID, _ kind: ComprehensionKind, _ elements: [Expr],
        _ gens: [Comprehension]
    ) throws(CompileError) {
        guard let first = gens.first else { throw CompileError("internal error: empty comprehension", at: e.range) }
        // MicroPython has no asynchronous comprehensions: `async for` in
        // one is a syntax error there, and so is `await` in its scope.
        if gens.contains(where: { $0.isAsync }) {
            throw CompileError("asynchronous comprehensions are not supported by MicroPython", at: e.range)
        }
        let inner = try m.scope(id, at: e.range)
        if inner.isCoroutine {
            throw CompileError("'await' inside a comprehension is not supported by MicroPython", at: e.range)
        }
        let flags = try closure(for: inner, at: e.range)
        let index = m.reserveCode()
        let fc = try FunctionCompiler(
            module: m, scope: inner, name: kind.scopeName, firstLine: m.line(e.range.start),
            params: nil, implicitParams: [".0"])
        try fc.comprehensionBody(kind, elements, gens, at: e.range)
        m.codes[index] = try fc.finish(at: e.range)
        b.emit(Op.makeFunction, .function(b.constIndex(.code(index)), flags))
        try expr(first.iter)
        b.emit(Op.getIter)
        b.emit(Op.call, .two(1, 0))
    }

    func comprehensionBody(
        _ kind: ComprehensionKind, _ elements: [Expr], _ gens: [Comprehension],
        at range: SourceRange
    ) throws(CompileError) {
        switch kind {
        case .list: b.emit(Op.buildList, .u(0))
        case .set: b.emit(Op.buildSet, .u(0))
        case .dict: b.emit(Op.buildMap, .u(0))
        case .generator: break
        }
        try comprehensionLevel(0, kind, elements, gens)
        if kind == .generator { b.emit(Op.loadNone) }
        b.emit(Op.returnValue)
    }

    private func comprehensionLevel(
        _ level: Int, _ kind: ComprehensionKind, _ elements: [Expr],
        _ gens: [Comprehension]
    ) throws(CompileError) {
        let g = gens[level]
        if level == 0 {
            b.emit(Op.loadFast, .u(0))
        } else {
            try expr(g.iter)
            b.emit(Op.getIter)
        }
        let top = b.newLabel(), end = b.newLabel()
        b.place(top)
        b.emit(Op.forIter, .jump(end))
        try store(g.target)
        for cond in g.ifs { try jumpIf(cond, false, top) }
        if level + 1 < gens.count {
            try comprehensionLevel(level + 1, kind, elements, gens)
        } else {
            // The collection is below one iterator per `for`.
            let depth = gens.count + 1
            switch kind {
            case .list:
                try expr(elements[0])
                b.emit(Op.listAppend, .u(depth))
            case .set:
                try expr(elements[0])
                b.emit(Op.setAdd, .u(depth))
            case .dict:
                try expr(elements[0])
                try expr(elements[1])
                b.emit(Op.mapAdd, .u(depth))
            case .generator:
                // A generator expression's scope is a generator: yield each element.
                try expr(elements[0])
                b.emit(Op.yieldValue)
                b.emit(Op.popTop)
            }
        }
        b.emit(Op.jump, .jump(top))
        b.place(end)
    }
}
