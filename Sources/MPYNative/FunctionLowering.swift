// Lowers one code object to an LLVM function with the native entry's
// signature (mpy_native_fn in native.h). The code object's bytecode is the
// lowering's input: it already encodes scoping, the inlined finally paths
// and the exception regions, so every opcode becomes the same runtime
// operation the interpreter performs, with the dispatch loop gone.
//
// Values: each local and each value-stack position is an alloca of one
// word; LLVM's mem2reg turns them into SSA registers, so locals live in
// registers across calls and inside try blocks. Cells stay heap objects
// (their addresses are loaded once). Constants are immediates or addresses
// of the image's read-only objects.
//
// Errors: a runtime call that fails returns NULL; the branch goes to a
// cold block that records the traceback line and either enters the
// instruction's handler (the exception stored at the handler's stack depth)
// or returns NULL to the caller.
import CLLVM
import MPYBytecode
import MPYImage
import CMPYFormat

/// A construct the native back end cannot lower (reported with its location).
public struct NativeError: Error, CustomStringConvertible {
    public let description: String
    public let line: Int
    /// Byte offset in the source of the construct, when known.
    public var offset: Int? = nil
}

final class FunctionLowering {
    let code: CodeObject
    let codeIndex: Int
    let w: ImageWriter
    let rt: RuntimeABI
    let codes: [LLVMValueRef]
    let a: CodeAnalysis
    let ir: IRBuilder
    let function: LLVMValueRef

    // Entry values.
    var frame: LLVMValueRef!
    var ns: LLVMValueRef!
    var globals: LLVMValueRef!
    var locals: [LLVMValueRef] = []
    var stack: [LLVMValueRef] = []
    var cells: [LLVMValueRef] = []
    var scratch: LLVMValueRef!
    var selfOut: LLVMValueRef!
    /// Generators: the code's bytecode address (resume points are offsets
    /// from it in frame->ip), and the resume blocks by offset.
    let isGenerator: Bool
    var bytecodeBase: LLVMValueRef!
    var resumeBlocks: [(offset: Int, block: LLVMBasicBlockRef)] = []
    var throwSlot: LLVMValueRef!
    var retSlot: LLVMValueRef!

    /// Block of each leader offset.
    var blocks: [Int: LLVMBasicBlockRef] = [:]
    /// Shared error blocks by (line, handler offset or -1).
    var errorBlocks: [String: LLVMBasicBlockRef] = [:]
    /// Functions of this module a call may enter directly, by global name.
    var direct: [String: DirectTarget] = [:]
    /// The global name each stack slot was loaded from (LOAD_GLOBAL), if any.
    var globalOrigin: [Int: String] = [:]
    /// A frame for direct calls (allocated on first use).
    var calleeFrame: LLVMValueRef?
    /// Line tables (set by the emitter) and this function's subprogram.
    var debug: DebugInfo?
    var scope: LLVMMetadataRef?
    /// Stack depth while lowering the current instruction.
    var depth = 0
    /// The instruction being lowered (index into a.instructions).
    var at = 0

    init(code: CodeObject, index: Int, writer: ImageWriter, rt: RuntimeABI, codes: [LLVMValueRef], function: LLVMValueRef) {
        self.code = code
        codeIndex = index
        w = writer
        self.rt = rt
        self.codes = codes
        a = CodeAnalysis(code)
        isGenerator = code.has(MPY_CODE_GENERATOR)
        ir = IRBuilder(rt)
        self.function = function
        ir.function = function
    }

    var ins: CodeAnalysis.Instruction { a.instructions[at] }
    var line: Int { a.lines.isEmpty ? code.firstLine : a.lines[ins.offset] }

    /// The viper types of locals and stack slots (viper functions only).
    var viper: ViperAnalysis?
    /// Stop and step of viper's machine range loops, by iterator depth.
    var rangeBounds: [Int: (stop: LLVMValueRef, step: LLVMValueRef)] = [:]
    /// Double allocas of viper's float stack slots (by depth) and locals (-1 - index).
    var floatSlots: [Int: LLVMValueRef] = [:]
    /// Stack positions holding an unboxed float (FloatPaths.swift): position -> its double slot.
    var unboxed: [Int: LLVMValueRef] = [:]
    /// BUILD_SLICE's parts when the next instruction is the subscript that takes them.
    var pendingSlice: (position: Int, start: LLVMValueRef, stop: LLVMValueRef, step: LLVMValueRef)?
    /// The double slot of each stack position that ever held one.
    var floatStack: [Int: LLVMValueRef] = [:]
    /// A viper function's flag: entered by a typed call (raw words in, raw result out).
    var viperTyped: LLVMValueRef?
    /// Viper floats are binary32 (the float32 option), not binary64.
    var viperFloat32 = false
    /// The module's global names (nil: unknown), for viper's undefined-name warnings.
    var moduleGlobals: Set<String>?
    /// Warnings found while lowering (viper's undefined globals).
    var warnings: [NativeError] = []

    /// A viper finding at its line and source offset.
    func located(_ e: ViperError) -> NativeError {
        let l = a.lines.isEmpty || e.offset >= a.lines.count ? code.firstLine : a.lines[e.offset]
        return NativeError(description: e.message, line: l, offset: code.sourceOffsets[e.offset])
    }

    func fail(_ what: String) -> NativeError {
        NativeError(description: "native code cannot compile \(what)", line: line)
    }

    // MARK: the function

    @discardableResult
    func lower() throws -> LLVMValueRef {
        if code.emitter == .viper {
            let typed = direct.compactMapValues { $0.viper }
            do {
                viper = try ViperAnalysis(
                    code: code, analysis: a, wordBits: rt.wordSize * 8, typedTargets: typed,
                    moduleGlobals: moduleGlobals)
            } catch let e {
                throw located(e)
            }
            warnings = viper?.warnings.map(located) ?? []
        }
        let entry = ir.block("entry")
        ir.position(entry)
        if let debug {
            let sp = debug.subprogram(
                for: function, name: code.name, line: code.firstLine,
                optimized: w.tm.optLevel != .O0)
            scope = sp
            debug.setLine(code.firstLine, in: sp, builder: ir.b)
        }
        frame = LLVMGetParam(function, 0)
        let fun = ir.loadPtr(frame, RuntimeABI.Frame.fun, "fun")
        ns = ir.loadPtr(frame, RuntimeABI.Frame.ns, "ns")
        globals = ir.loadPtr(fun, RuntimeABI.Fun.globals, "globals")
        let slots = ir.loadPtr(frame, RuntimeABI.Frame.slots, "slots")
        var params = code.nPosArgs + code.nKwOnlyArgs
        if code.has(MPY_CODE_VARARGS) { params += 1 }
        if code.has(MPY_CODE_VARKEYWORDS) { params += 1 }
        scratch = ir.alloca(LLVMArrayType2(rt.word, UInt64(a.scratchWords)), "args")
        selfOut = ir.alloca(rt.word, "self")
        if isGenerator {
            // A generator outlives each call: its locals and value stack stay
            // in the frame on the heap, where the runtime put the arguments.
            let frameStack = ir.loadPtr(frame, RuntimeABI.Frame.stack, "stack")
            locals = (0..<code.nLocals).map { ir.wordAddress(slots, $0) }
            stack = (0..<max(code.maxStack, 1)).map { ir.wordAddress(frameStack, $0) }
            throwSlot = ir.alloca(rt.word, "throw")
            retSlot = ir.alloca(rt.word, "ret")
            bytecodeBase = ir.loadPtr(codes[codeIndex], 2, "bytecode")
        } else {
            for i in 0..<code.nLocals {
                let slot = ir.alloca(rt.word, i < code.localNames.count ? code.localNames[i] : "local\(i)")
                locals.append(slot)
            }
            for d in 0..<max(code.maxStack, 1) { stack.append(ir.alloca(rt.word, "s\(d)")) }
            for i in 0..<code.nLocals {
                ir.store(i < params ? ir.loadWord(slots, i) : rt.null, locals[i])
            }
            viperEntry(params: params)
        }
        for j in 0..<(code.nCells + code.nFree) {
            cells.append(ir.loadWord(slots, code.nLocals + j, "cell\(j)"))
        }
        for offset in a.leaders.sorted() where a.indexAt[offset] != nil {
            blocks[offset] = ir.block("L\(offset)")
        }
        let dispatch = isGenerator ? ir.block("dispatch") : blocks[0]!
        ir.br(dispatch)
        for i in a.instructions.indices {
            guard let d = a.depth[i] else { continue }
            at = i
            depth = d
            if let debug, let scope { debug.setLine(line, in: scope, builder: ir.b) }
            if let bb = blocks[ins.offset] {
                // An unboxed float never lives across a block boundary (resultFeedsFloatOp).
                assert(unboxed.isEmpty, "unboxed float at a block start")
                if !ir.terminated { ir.br(bb) }
                ir.position(bb)
                if code.nExcEntries > 0 { leaveHandlers() }
            } else if ir.terminated {
                continue
            }
            if viper != nil { try lowerViperInstruction() } else { try lowerInstruction() }
        }
        if !ir.terminated { ir.ret(rt.null) }
        if isGenerator { resumeSwitch(dispatch) }
        // Blocks of unreachable code (after a return, say) still need an end.
        for bb in blocks.values where LLVMGetBasicBlockTerminator(bb) == nil {
            ir.position(bb)
            LLVMBuildUnreachable(ir.b)
        }
        return function
    }

    /// At a block start in a function with handlers: if the frame is
    /// handling an exception, the handlers whose code this leaves end (the
    /// interpreter checks this at every instruction; control only leaves a
    /// handler's code at a block boundary).
    func leaveHandlers() {
        let handling = ir.loadWord(frame, RuntimeABI.Frame.handling)
        let trim = ir.block("leave"), cont = ir.block("body")
        ir.condBr(ir.icmp(LLVMIntNE, handling, rt.null), trim, cont)
        ir.position(trim)
        ir.call("mp_native_enter_block", [frame, i32(ins.offset)])
        ir.br(cont)
        ir.position(cont)
    }

    // MARK: the value stack

    func push(_ v: LLVMValueRef) {
        globalOrigin[depth] = nil
        ir.store(v, stack[depth])
        depth += 1
    }

    func pop() -> LLVMValueRef {
        depth -= 1
        materialize(depth)
        return ir.load(rt.word, stack[depth])
    }

    /// The value `n` below the top (0: the top).
    func peek(_ n: Int = 0) -> LLVMValueRef {
        materialize(depth - 1 - n)
        return ir.load(rt.word, stack[depth - 1 - n])
    }

    /// Copies the top `n` stack values (deepest first) into the scratch array.
    func stackToScratch(_ n: Int, from bottom: Int, into offset: Int = 0) {
        for k in 0..<n {
            ir.store(ir.load(rt.word, stack[bottom + k]), ir.wordAddress(scratch, offset + k))
        }
    }

    func scratchAt(_ k: Int) -> LLVMValueRef { ir.wordAddress(scratch, k) }

    /// Clears the first `n` scratch words once the runtime has taken them:
    /// the garbage collector scans the C stack conservatively, and a stale
    /// reference there would keep a dead object alive. (Volatile, so the
    /// optimizer keeps these stores that nothing reads.)
    func clearScratch(_ n: Int) {
        for k in 0..<n { LLVMSetVolatile(ir.store(rt.null, scratchAt(k)), 1) }
    }

    // MARK: errors

    /// The block an exception raised by the current instruction goes to.
    func errorBlock() -> LLVMBasicBlockRef {
        let h = a.handler[at]
        let key = "\(line)/\(h?.handler ?? -1)"
        if let bb = errorBlocks[key] { return bb }
        let saved = ir.current
        let bb = ir.block("raise.\(line)")
        ir.position(bb)
        ir.call("mp_native_traceback", [frame, i32(line)])
        if let h, let target = blocks[h.handler] {
            ir.store(ir.call("mp_native_catch", [frame, i32(h.handler), i32(h.handlerEnd)]), stack[h.depth])
            ir.br(target)
        } else {
            ir.ret(rt.null)
        }
        ir.position(saved)
        errorBlocks[key] = bb
        return bb
    }

    /// Continues in a new block when `failed` is false, else raises.
    func branchOnError(_ failed: LLVMValueRef) {
        let ok = ir.block("ok")
        ir.condBrUnlikely(failed, errorBlock(), ok)
        ir.position(ok)
    }

    /// A runtime result that is NULL on error.
    @discardableResult
    func checked(_ v: LLVMValueRef) -> LLVMValueRef {
        branchOnError(ir.icmp(LLVMIntEQ, v, rt.null))
        return v
    }

    /// A C `bool` result (i8) that is false on error.
    func checkedBool(_ v: LLVMValueRef) {
        branchOnError(ir.icmp(LLVMIntEQ, v, LLVMConstInt(rt.i8, 0, 0)))
    }

    /// The current instruction always raises (the runtime call set the exception).
    func raiseNow() {
        ir.br(errorBlock())
    }

    /// Raises with `raiser` (a helper returning NULL) when `cond` holds.
    func raise(if cond: LLVMValueRef, _ raiser: String) {
        let bad = ir.block("raise")
        let ok = ir.block("ok")
        ir.condBrUnlikely(cond, bad, ok)
        ir.position(bad)
        ir.call(raiser, [])
        ir.br(errorBlock())
        ir.position(ok)
    }

    // MARK: operands

    func operand(_ k: Int = 0) -> Int { ins.operands[k] }
    func name(_ i: Int) -> LLVMValueRef { w.toWord(w.str(code.names[i])) }
    func constant(_ i: Int) throws -> LLVMValueRef { try w.object(code.consts[i], codes: codes) }
    func i32(_ v: Int) -> LLVMValueRef { LLVMConstInt(rt.i32, UInt64(bitPattern: Int64(v)), 1) }
    func wordConst(_ v: Int) -> LLVMValueRef { rt.const(v) }
    func target(_ offset: Int) -> LLVMBasicBlockRef { blocks[offset]! }
    /// The block after the current instruction.
    var next: LLVMBasicBlockRef { blocks[a.instructions[at + 1].offset]! }
    /// The namespace of STORE_NAME and friends: the class/module dict, else globals.
    var namespace: LLVMValueRef {
        ir.select(ir.icmp(LLVMIntNE, ir.toWord(ns), rt.null), ns, globals)
    }
}
