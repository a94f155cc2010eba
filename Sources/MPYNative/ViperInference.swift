// Viper's static types (`@micropython.viper`): every local and every value
// on the stack of a viper function is either a Python object or a machine
// word read as int, uint, bool or a pointer. Parameters and the return value
// take the types of their annotations; any other local takes the type of the
// first value stored in it, and keeps it. This file infers the type of every
// local and of every stack slot before each instruction, by running the
// bytecode over types until nothing changes, and rejects what viper cannot
// express, with the construct and its source position.
import BigInt
import MPYBytecode
import CMPYFormat

indirect enum ViperType: Equatable, CustomStringConvertible {
    /// Not known yet (inference only: a local no store has reached).
    case unknown
    case object, int, uint, bool
    /// An unboxed binary64 (a double register; on 32-bit targets it does
    /// not fit a word slot, so float slots have allocas of their own).
    case float
    /// A pointer to elements of `width` bytes (1, 2, 4); 0 for `ptr`, whose
    /// elements are machine words.
    case ptr(width: Int)
    /// LOAD_GLOBAL of a type name (global index): called with one argument
    /// it is a cast; used any other way it is the global's value.
    case cast(ViperType, name: Int)
    /// LOAD_GLOBAL of `range` (global index): called right before GET_ITER
    /// and FOR_ITER it is a machine loop; used any other way, the global.
    case rangeFn(name: Int)
    /// `range(...)` of a machine loop (the slot holds the start; stop and
    /// step live beside the stack), and its iterator (the slot holds the
    /// next value).
    case range, rangeIter

    static func named(_ s: String) -> ViperType? {
        switch s {
        case "object": return .object
        case "int": return .int
        case "uint": return .uint
        case "bool": return .bool
        case "float": return .float
        case "ptr": return .ptr(width: 0)
        case "ptr8": return .ptr(width: 1)
        case "ptr16": return .ptr(width: 2)
        case "ptr32": return .ptr(width: 4)
        default: return nil
        }
    }

    var isMachine: Bool {
        switch self {
        case .int, .uint, .bool, .ptr: return true
        default: return false
        }
    }

    var isPointer: Bool { if case .ptr = self { return true } else { return false } }

    /// A machine word or a float: a value that is not an object.
    var isUnboxed: Bool { isMachine || self == .float }

    /// Unsigned comparisons and division: uint and pointers.
    var isUnsigned: Bool { self == .uint || isPointer }

    /// mp_viper_unbox's kind for converting an object to this type.
    var unboxKind: Int32 {
        switch self {
        case .bool: return Int32(RuntimeABI.UnboxKind.truth)
        case .ptr: return Int32(RuntimeABI.UnboxKind.pointer)
        default: return Int32(RuntimeABI.UnboxKind.word)
        }
    }

    var description: String {
        switch self {
        case .unknown: return "unknown"
        case .object: return "object"
        case .int: return "int"
        case .uint: return "uint"
        case .bool: return "bool"
        case .float: return "float"
        case .ptr(let w): return w == 0 ? "ptr" : "ptr\(w * 8)"
        case .cast, .rangeFn, .range, .rangeIter: return "object"
        }
    }

    /// What a value of this type is once merged with others or stored:
    /// a cast name is just the global's value.
    var value: ViperType {
        switch self {
        case .cast, .rangeFn: return .object
        default: return self
        }
    }

    /// Stands for a global that is loaded only if used as a value.
    var isDeferredGlobal: Bool {
        switch self {
        case .cast, .rangeFn: return true
        default: return false
        }
    }
}

struct ViperError: Error {
    let message: String
    /// Bytecode offset of the instruction at fault.
    let offset: Int
}

/// The types of a viper function's locals and of its stack before each
/// instruction.
struct ViperAnalysis {
    private(set) var locals: [ViperType]
    /// Per instruction index: the types of stack slots 0 ..< depth (nil: unreachable).
    private(set) var stackIn: [[ViperType]?]
    let returns: ViperType
    let params: [ViperType]
    let wordBits: Int

    /// Python's builtin names (CPython 3.11's, a superset of the runtime's):
    /// a global that is none of these and not bound by the module is an
    /// error in viper code.
    static let builtinNames: Set<String> = Set(
        """
        ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError
        BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
        ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
        EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError
        FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
        InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
        ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError
        OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError
        ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration
        SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError
        UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
        UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__
        __import__ __name__ abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr
        classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit
        filter float format frozenset getattr globals hasattr hash help hex id input int isinstance
        issubclass iter len license list locals map max memoryview min next object oct open ord pow print
        property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple
        type vars zip
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let castNames: Set<String> = ["int", "uint", "bool", "float", "ptr", "ptr8", "ptr16", "ptr32"]

    /// Viper functions callable with a typed call, by global name.
    let typedTargets: [String: (params: [ViperType], returns: ViperType)]

    /// The module's global names, nil when unknown (see NativeEmitter.moduleGlobals).
    let moduleGlobals: Set<String>?

    /// Findings that do not stop compilation (a global no one defines:
    /// MicroPython raises NameError when it runs), one per instruction, in
    /// code order.
    private(set) var warnings: [ViperError] = []

    init(
        code: CodeObject, analysis a: CodeAnalysis, wordBits: Int,
        typedTargets: [String: (params: [ViperType], returns: ViperType)] = [:],
        moduleGlobals: Set<String>? = nil
    ) throws(ViperError) {
        self.wordBits = wordBits
        self.moduleGlobals = moduleGlobals
        self.typedTargets = typedTargets
        let sig = code.viper ?? ViperSignature()
        params = sig.params.map { ViperType.named($0.name) ?? .object }
        returns = ViperType.named(sig.returns.name) ?? .object
        if a.yields || code.has(MPY_CODE_GENERATOR) {
            throw ViperError(message: "a viper function cannot be a generator (no yield in @micropython.viper code)", offset: 0)
        }
        locals = Array(repeating: .unknown, count: code.nLocals)
        for (i, t) in params.enumerated() where i < locals.count { locals[i] = t }
        // *args and **kwargs follow the named parameters: objects.
        var extra = params.count
        if code.has(MPY_CODE_VARARGS) { if extra < locals.count { locals[extra] = .object }; extra += 1 }
        if code.has(MPY_CODE_VARKEYWORDS) { if extra < locals.count { locals[extra] = .object } }
        stackIn = Array(repeating: nil, count: a.instructions.count)
        // Until nothing changes: a local's type, once known, can change the
        // types of values computed from it elsewhere.
        var rounds = 0
        while true {
            let before = locals
            try propagate(code, a, final: false)
            rounds += 1
            if locals == before || rounds > code.nLocals + 2 { break }
        }
        // A local no store reaches (a program that raises UnboundLocalError)
        // is an object.
        for i in locals.indices where locals[i] == .unknown { locals[i] = .object }
        try propagate(code, a, final: true)
    }

    /// One pass of the types over the whole code; in the final pass every
    /// type is known and the checks that depend on them are made.
    private mutating func propagate(_ code: CodeObject, _ a: CodeAnalysis, final: Bool) throws(ViperError) {
        stackIn = Array(repeating: nil, count: a.instructions.count)
        guard !a.instructions.isEmpty else { return }
        stackIn[0] = []
        var work = [0]
        var queued: Set<Int> = [0]
        while let i = work.popLast() {
            queued.remove(i)
            guard let st = stackIn[i], let d = a.depth[i], st.count == d else { continue }
            let ins = a.instructions[i]
            let typed =
                ins.op == Op.call
                ? ViperAnalysis.typedCallee(a, i, code).flatMap { typedTargets[$0] }
                    .flatMap { $0.params.count == ins.operands[0] ? $0 : nil } : nil
            let (fall, jump) = try step(
                ins, st, code, final: final, rangeLoop: ViperAnalysis.startsRangeLoop(a, i),
                typedReturn: typed.map(\.returns))
            var edges: [(Int, [ViperType])] = []
            if !Op.endsBlock(ins.op), i + 1 < a.instructions.count { edges.append((i + 1, fall)) }
            if Op.isJump(ins.op), let jump, let t = a.indexAt[ins.operands.first ?? -1] { edges.append((t, jump)) }
            if let h = a.handler[i], let t = a.indexAt[h.handler], h.depth <= st.count {
                // The exception handler: the slots under the try, then the exception.
                edges.append((t, Array(st.prefix(h.depth)).map(\.value) + [.object]))
            }
            for (j, incoming) in edges {
                guard let depth = a.depth[j], incoming.count == depth else { continue }
                if let old = stackIn[j] {
                    var merged = old
                    for k in 0..<depth where old[k] != incoming[k] {
                        if old[k] == .unknown {
                            merged[k] = incoming[k]
                        } else if incoming[k] == .unknown {
                            continue
                        } else if old[k].value == incoming[k].value {
                            merged[k] = old[k].value
                        } else {
                            throw ViperError(
                                message: "a value is \(old[k]) on one path here and \(incoming[k]) on another: convert one of them",
                                offset: a.instructions[j].offset)
                        }
                    }
                    if merged != old {
                        stackIn[j] = merged
                        if queued.insert(j).inserted { work.append(j) }
                    }
                } else {
                    stackIn[j] = incoming
                    if queued.insert(j).inserted { work.append(j) }
                }
            }
        }
    }

    /// The stack types after `ins` on its fall-through and jump edges.
    private mutating func step(
        _ ins: CodeAnalysis.Instruction, _ st: [ViperType], _ code: CodeObject,
        final: Bool, rangeLoop: Bool,
        typedReturn: ViperType?
    ) throws(ViperError) -> (fall: [ViperType], jump: [ViperType]?) {
        let a = ins.operands.first ?? 0, b = ins.operands.count > 1 ? ins.operands[1] : 0
        let effect = Op.stackEffect(ins.op, a, b)
        func fail(_ m: String) -> ViperError { ViperError(message: m, offset: ins.offset) }
        var s = st
        func top(_ n: Int = 0) -> ViperType { s[s.count - 1 - n] }
        func result(_ pops: Int, _ pushes: [ViperType]) -> [ViperType] { Array(s.dropLast(pops)) + pushes }
        let op = ins.op
        switch op {
        case Op.loadTrue, Op.loadFalse: return (result(0, [.bool]), nil)
        case Op.loadSmallInt: return (result(0, [.int]), nil)
        case Op.loadConst:
            if case .int(let v) = code.consts[a], ViperAnalysis.fitsWord(v, bits: wordBits) { return (result(0, [.int]), nil) }
            if case .float = code.consts[a] { return (result(0, [.float]), nil) }
            return (result(0, [.object]), nil)
        case Op.loadFast: return (result(0, [a < locals.count ? locals[a] : .object]), nil)
        case Op.storeFast where a < locals.count:
            let v = top().value
            let local = code.localNames.indices.contains(a) ? code.localNames[a] : "local \(a)"
            switch (locals[a], v) {
            case (_, .unknown): break
            case (.unknown, _): locals[a] = v
            case (let l, let v) where l == v: break
            case (.int, .bool), (.object, _), (.float, .int), (.float, .bool): break
            case (let l, let v):
                if final || !(l.isMachine && v.isMachine) {
                    throw fail(
                        "local '\(local)' is \(l) (from its first assignment) but this value is \(v)"
                            + (l.isMachine && v == .object ? ": convert it with \(l)(...)" : ""))
                }
            }
            return (result(1, []), nil)
        case Op.deleteFast where a < locals.count && locals[a].isMachine:
            throw fail("cannot delete the viper \(locals[a]) local '\(code.localNames[a])'")
        case Op.loadGlobal:
            let n = code.names[a]
            if ViperAnalysis.castNames.contains(n) { return (result(0, [.cast(ViperType.named(n)!, name: a)]), nil) }
            if n == "range" { return (result(0, [.rangeFn(name: a)]), nil) }
            if final, let g = moduleGlobals, !g.contains(n), !ViperAnalysis.builtinNames.contains(n),
                !warnings.contains(where: { $0.offset == ins.offset })
            {
                // Loaded at run time like any global: NameError unless
                // something binds it first (globals() or another module).
                warnings.append(fail("name '\(n)' is not defined: not a global of this module nor a builtin"))
                warnings.sort { $0.offset < $1.offset }
            }
            return (result(0, [.object]), nil)
        case Op.binary, Op.inplace:
            let l = top(1), r = top()
            if l == .unknown || r == .unknown { return (result(2, [.unknown]), nil) }
            if l.isMachine && r.isMachine, let t = ViperAnalysis.arithmetic(a, l, r) { return (result(2, [t]), nil) }
            if ViperAnalysis.floatArithmetic(a, l, r) { return (result(2, [.float]), nil) }
            return (result(2, [.object]), nil)
        case Op.compare:
            let l = top(1), r = top()
            if l == .unknown || r == .unknown { return (result(2, [.unknown]), nil) }
            if (l == .float || r == .float) && l.isUnboxed && r.isUnboxed && ViperAnalysis.isOrdering(a) {
                return (result(2, [.bool]), nil)
            }
            if l.isMachine && r.isMachine && ViperAnalysis.isOrdering(a) {
                if final, (l == .int && r.isUnsigned) || (l.isUnsigned && r == .int) {
                    throw fail("comparison of \(l) with \(r): convert one side with int(...) or uint(...)")
                }
                return (result(2, [.bool]), nil)
            }
            return (result(2, [.object]), nil)
        case Op.unary:
            let x = top()
            if x == .unknown { return (result(1, [.unknown]), nil) }
            if x.isMachine {
                if a == Int(MPY_UNARY_NOT.rawValue) { return (result(1, [.bool]), nil) }
                return (result(1, [x == .bool ? .int : x]), nil)
            }
            if x == .float && ViperAnalysis.floatUnary(a) {
                return (result(1, [a == Int(MPY_UNARY_NOT.rawValue) ? .bool : .float]), nil)
            }
            return (result(1, [.object]), nil)
        case Op.loadSubscr:
            let base = top(1), index = top()
            if base.isPointer {
                if final, !(index.isMachine || index == .object) { throw fail("a pointer index must be an int") }
                return (result(2, [.int]), nil)
            }
            return (result(2, [.object]), nil)
        case Op.storeSubscr:
            let base = top(1), value = top(2)
            if base.isPointer, final, !value.isMachine {
                throw fail("cannot store \(value == .object ? "an object" : "a \(value)") through a \(base): convert it with int(...)")
            }
            return (result(3, []), nil)
        case Op.call where b == 0 && typedReturn != nil:
            return (result(a + 1, [typedReturn!.isMachine ? typedReturn! : .object]), nil)
        case Op.call where b == 0 && a == 1:
            if case .cast(let t, _) = top(1) { return (result(2, [t]), nil) }
            if case .rangeFn = top(1), rangeLoop { return (result(2, [.range]), nil) }
        case Op.call where b == 0 && (a == 2 || a == 3) && rangeLoop:
            if case .rangeFn = top(a) { return (result(a + 1, [.range]), nil) }
        case Op.getIter where top() == .range: return (result(1, [.rangeIter]), nil)
        case Op.forIter where top() == .rangeIter: return (s + [.int], Array(s.dropLast()))
        case Op.returnValue:
            // An object returned from a function annotated with a machine
            // type is converted on return (TypeError if it cannot be).
            let v = top().value
            if final, returns.isMachine && v == .float {
                throw fail("this function returns \(returns) (its annotation) but the value is a float: convert it with \(returns)(...)")
            }
            return (result(1, []), nil)
        case Op.popTop: return (result(1, []), nil)
        case Op.dupTop: return (s + [top()], nil)
        case Op.dupTopTwo: return (s + [top(1), top()], nil)
        case Op.rotTwo:
            s.swapAt(s.count - 1, s.count - 2)
            return (s, nil)
        case Op.rotThree:
            let z = s.removeLast()
            s.insert(z, at: s.count - 2)
            return (s, nil)
        case Op.popJumpIfFalse, Op.popJumpIfTrue:
            let after = result(1, [])
            return (after, after)
        case Op.jumpIfFalseOrPop, Op.jumpIfTrueOrPop:
            return (result(1, []), s)
        case Op.jump: return (s, s)
        default: break
        }
        // Anything else works on objects: its operands are boxed and its
        // results are objects.
        let fall = result(effect.fallthrough.0, Array(repeating: .object, count: effect.fallthrough.1))
        let jump = effect.jump.map { result($0.0, Array(repeating: .object, count: $0.1)) }
        return (fall, jump)
    }

    /// The result type of binary `op` on machine operands, or nil when the
    /// operation is done on objects (true division, power, matmul).
    static func arithmetic(_ op: Int, _ l: ViperType, _ r: ViperType) -> ViperType? {
        let machine: [UInt32] = [
            MPY_BINARY_ADD.rawValue, MPY_BINARY_SUB.rawValue, MPY_BINARY_MUL.rawValue,
            MPY_BINARY_FLOORDIV.rawValue, MPY_BINARY_MOD.rawValue,
            MPY_BINARY_AND.rawValue, MPY_BINARY_OR.rawValue, MPY_BINARY_XOR.rawValue,
            MPY_BINARY_LSHIFT.rawValue, MPY_BINARY_RSHIFT.rawValue,
        ]
        guard machine.contains(UInt32(op)) else { return nil }
        // A pointer keeps its type through arithmetic; otherwise the left
        // operand's type decides (bool counts as int).
        if l.isPointer { return l }
        if r.isPointer && (op == Int(MPY_BINARY_ADD.rawValue)) { return r }
        if l == .uint || (l == .bool && r == .uint) { return .uint }
        return .int
    }

    /// Instruction i is the CALL of `for x in range(...)`: GET_ITER and
    /// FOR_ITER follow it.
    static func startsRangeLoop(_ a: CodeAnalysis, _ i: Int) -> Bool {
        i + 2 < a.instructions.count && a.instructions[i].op == Op.call && a.instructions[i + 1].op == Op.getIter
            && a.instructions[i + 2].op == Op.forIter
    }

    /// `+ - * /` with a float operand and the other a float or machine
    /// number: unboxed binary64 arithmetic. (`//`, `%` and `**` of floats
    /// go through objects, for Python's exact rules.)
    static func floatArithmetic(_ op: Int, _ l: ViperType, _ r: ViperType) -> Bool {
        guard (l == .float || r == .float), l == .float || l.isMachine && !l.isPointer,
            r == .float || r.isMachine && !r.isPointer
        else { return false }
        return [
            MPY_BINARY_ADD.rawValue, MPY_BINARY_SUB.rawValue, MPY_BINARY_MUL.rawValue,
            MPY_BINARY_TRUEDIV.rawValue,
        ].contains(UInt32(op))
    }

    static func floatUnary(_ op: Int) -> Bool {
        [MPY_UNARY_NEGATIVE.rawValue, MPY_UNARY_POSITIVE.rawValue, MPY_UNARY_NOT.rawValue].contains(UInt32(op))
    }

    /// The global name a CALL at instruction i calls, when its callee was
    /// pushed by a LOAD_GLOBAL in the same basic block (nothing between
    /// popped below it).
    static func typedCallee(_ a: CodeAnalysis, _ i: Int, _ code: CodeObject) -> String? {
        let ins = a.instructions[i]
        guard ins.op == Op.call, ins.operands.count > 1, ins.operands[1] == 0, let d = a.depth[i] else { return nil }
        let calleeDepth = d - ins.operands[0] - 1
        var j = i - 1
        while j >= 0 {
            guard let dj = a.depth[j] else { return nil }
            if dj == calleeDepth {
                let load = a.instructions[j]
                return load.op == Op.loadGlobal ? code.names[load.operands[0]] : nil
            }
            if dj < calleeDepth || a.leaders.contains(a.instructions[j + 1].offset) { return nil }
            j -= 1
        }
        return nil
    }

    static func isOrdering(_ op: Int) -> Bool {
        [
            MPY_COMPARE_LT.rawValue, MPY_COMPARE_LE.rawValue, MPY_COMPARE_EQ.rawValue, MPY_COMPARE_NE.rawValue,
            MPY_COMPARE_GT.rawValue, MPY_COMPARE_GE.rawValue,
        ].contains(UInt32(op))
    }

    /// Integer constants of the word range stay machine ints (MicroPython
    /// boxes those beyond 30 bits); 0 ..< 2**bits counts, as uint literals.
    static func fitsWord(_ v: BigInt, bits: Int) -> Bool {
        v >= -(BigInt(1) << (bits - 1)) && v < (BigInt(1) << bits)
    }
}
