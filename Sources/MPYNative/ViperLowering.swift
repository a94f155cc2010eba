// Viper code: the native lowering with typed stack slots (ViperInference.swift).
// A slot or local of a machine type holds the raw word: int and uint wrap
// at the word size, bool is 0 or 1, a pointer is an address. Instructions
// whose operands are machine words become machine instructions; any other
// instruction boxes its machine operands (as Python ints, or True/False)
// and runs as in native code. Parameters are converted from objects on
// entry and the return value is boxed by its annotation, so viper functions
// are called like any other function.
import BigInt
import CLLVM
import CMPYFormat
import MPYBytecode

extension FunctionLowering {
    /// Stack types before the current instruction.
    private var types: [ViperType] { viper!.stackIn[at] ?? [] }

    /// The type of the stack slot `n` below the top (0: the top).
    private func typeAt(_ n: Int) -> ViperType { let t = types; return t[t.count - 1 - n] }

    /// Parameters of machine types arrive as objects: converted on entry
    /// (a TypeError there is the caller's: no handler of the body catches
    /// it); other machine locals start at 0.
    func viperEntry(params: Int) {
        guard let viper else { return }
        // A typed call (from viper code of this module) sets frame.ip to 1
        // and passes machine parameters as raw words; any other call passes
        // objects.
        // Only a typed-call target (a module-level viper function whose
        // callers may pass raw words) checks for the mark.
        let isTarget = direct.values.contains { $0.codeIndex == codeIndex && $0.viper != nil }
        let boxedBB = ir.block("viper.boxed"), join = ir.block("viper.params")
        if isTarget {
            let ip = ir.loadWord(frame, RuntimeABI.Frame.ip)
            let typed = ir.icmp(LLVMIntEQ, ip, wordConst(RuntimeABI.typedCallMark))
            viperTyped = typed
            // Typed: the locals already hold the raw words.
            ir.condBr(typed, join, boxedBB)
        } else {
            ir.br(boxedBB)
        }
        ir.position(boxedBB)
        var failed: LLVMBasicBlockRef?
        for (i, t) in viper.locals.enumerated() where i < params && t.isUnboxed {
            let bad =
                failed
                ?? {
                    let here = ir.current
                    let bb = ir.block("viper.badarg")
                    ir.position(bb)
                    ir.call("mp_native_traceback", [frame, i32(code.firstLine)])
                    ir.ret(rt.null)
                    ir.position(here)
                    return bb
                }()
            failed = bad
            if t == .float {
                ir.store(unboxFloat(ir.load(rt.word, locals[i]), onError: bad), floatLocal(i))
            } else {
                ir.store(unbox(ir.load(rt.word, locals[i]), to: t, onError: bad), locals[i])
            }
        }
        ir.br(join)
        ir.position(join)
        for (i, t) in viper.locals.enumerated() where i >= params && t.isUnboxed {
            if t == .float { ir.store(LLVMConstReal(f64, 0), floatLocal(i)) } else { ir.store(rt.null, locals[i]) }
        }
    }

    /// Returns machine value `v` of type `t` from a viper function whose
    /// result type is `r` (machine): raw through frame.sp after a typed
    /// call, boxed otherwise.
    func viperReturn(_ v: LLVMValueRef, _ r: ViperType) {
        guard let viperTyped else { ir.ret(box(v, r)); return }
        let raw = ir.block("viper.ret.raw"), boxed = ir.block("viper.ret.boxed")
        ir.condBr(viperTyped, raw, boxed)
        ir.position(raw)
        ir.store(v, ir.loadPtr(frame, RuntimeABI.Frame.sp))
        ir.ret(rt.noneObj)
        ir.position(boxed)
        ir.ret(box(v, r))
    }

    /// mp_native_enter_frame inline: the C stack budget (the runtime call
    /// only to raise RecursionError), then the frame linked as the running one.
    func enterFrameInline(_ f: LLVMValueRef) {
        let state = rt.global("mp_state")
        let sp = ir.toWord(ir.callIntrinsic("llvm.stacksave", [], type: rt.ptr))
        let used = ir.sub(ir.loadWord(state, RuntimeABI.State.stackTop), sp)
        let deep = ir.block("typed.deep"), ok = ir.block("typed.entered")
        ir.condBrUnlikely(LLVMBuildICmp(ir.b, LLVMIntUGT, used, ir.loadWord(state, RuntimeABI.State.stackLimit), "")!, deep, ok)
        ir.position(deep)
        _ = ir.call("mp_native_enter_frame", [f])  // raises RecursionError
        ir.br(errorBlock())
        ir.position(ok)
        ir.store(rt.null, ir.wordAddress(f, RuntimeABI.Frame.handling))
        ir.store(ir.loadWord(state, RuntimeABI.State.frame), ir.wordAddress(f, RuntimeABI.Frame.back))
        ir.store(ir.toWord(f), ir.wordAddress(state, RuntimeABI.State.frame))
    }

    /// LOAD_GLOBAL in viper code with its site cache checked inline (what
    /// mp_native_load_global does first): the globals entry when the cache
    /// was filled for these globals at this version; else the runtime call.
    func loadGlobalInline(_ nameIndex: Int) -> LLVMValueRef {
        let cache = globalCache()
        let result = entryAlloca(rt.word, "global")
        let checkVersion = ir.block("global.version"), hit = ir.block("global.hit")
        let miss = ir.block("global.miss"), done = ir.block("global.done")
        ir.condBr(ir.icmp(LLVMIntEQ, ir.loadWord(cache, RuntimeABI.GlobalCache.globals), ir.toWord(globals)), checkVersion, miss)
        ir.position(checkVersion)
        let entry = ir.loadWord(cache, RuntimeABI.GlobalCache.entry)
        let sameVersion = ir.icmp(
            LLVMIntEQ, ir.loadWord(cache, RuntimeABI.GlobalCache.version), ir.loadWord(globals, RuntimeABI.Dict.version))
        let inGlobals = ir.icmp(LLVMIntEQ, ir.and(entry, wordConst(RuntimeABI.GlobalCache.inBuiltins)), rt.null)
        ir.condBr(ir.and(sameVersion, inGlobals), hit, miss)
        ir.position(hit)
        let entries = ir.loadPtr(globals, RuntimeABI.Dict.entries)
        let i = LLVMBuildLShr(ir.b, entry, wordConst(1), "")!
        let slot = LLVMBuildAdd(ir.b, LLVMBuildMul(ir.b, i, wordConst(RuntimeABI.Dict.entryWords), "")!, wordConst(1), "")!
        ir.store(ir.load(rt.word, ir.wordAddress(entries, slot)), result)
        ir.br(done)
        ir.position(miss)
        ir.store(checked(ir.call("mp_native_load_global", [globals, name(nameIndex), cache])), result)
        ir.br(done)
        ir.position(done)
        return ir.load(rt.word, result)
    }

    /// CALL of a module-level viper function from viper code: guarded by
    /// identity like a direct call, with machine arguments passed as raw
    /// words and a machine result returned raw; when the guard fails, the
    /// generic call with boxed arguments, its result converted.
    func typedCall(_ npos: Int, _ target: DirectTarget, _ sig: (params: [ViperType], returns: ViperType)) {
        let base = depth - npos - 1
        var objects: [(LLVMValueRef, ViperType)] = []
        for k in 0..<npos {
            let t = typeAt(npos - 1 - k)
            let slot = depth - npos + k
            objects.append((t == .float ? ir.load(f64, floatSlot(slot)) : ir.load(rt.word, stack[slot]), t))
        }
        let f = ir.load(rt.word, stack[base])
        let result = entryAlloca(rt.word, "typed.result")
        let (call, generic) = branchOnFunction(f, code: target.codeIndex, call: "typed.call", generic: "typed.generic")
        let done = ir.block("typed.done")
        ir.position(call)
        // Arguments as the callee's parameter types want them.
        var raw: [LLVMValueRef] = []
        for (k, (v, t)) in objects.enumerated() {
            let p = sig.params[k]
            if p.isMachine {
                raw.append(t.isMachine ? convert(v, from: t, to: p) : t == .float ? floatToInt(v) : unbox(v, to: p))
            } else {
                raw.append(t.isUnboxed || t.isDeferredGlobal ? box(v, t) : v)
            }
        }
        for (k, v) in raw.enumerated() { ir.store(v, scratchAt(k)) }
        let frameSlot = entryAlloca(LLVMArrayType2(rt.word, UInt64(RuntimeABI.frameWords)), "typed.frame")
        ir.store(f, ir.wordAddress(frameSlot, RuntimeABI.Frame.fun))
        ir.store(rt.null, ir.wordAddress(frameSlot, RuntimeABI.Frame.ns))
        ir.store(wordConst(RuntimeABI.typedCallMark), ir.wordAddress(frameSlot, RuntimeABI.Frame.ip))
        ir.store(result, ir.wordAddress(frameSlot, RuntimeABI.Frame.sp))
        ir.store(scratch, ir.wordAddress(frameSlot, RuntimeABI.Frame.slots))
        enterFrameInline(frameSlot)
        var args: [LLVMValueRef?] = [frameSlot, rt.noneObj, rt.null, LLVMConstNull(rt.ptr)]
        let r = LLVMBuildCall2(ir.b, rt.entryType, target.function, &args, 4, "")!
        // mp_native_leave_frame, inline.
        ir.store(ir.loadWord(frameSlot, RuntimeABI.Frame.back), ir.wordAddress(rt.global("mp_state"), RuntimeABI.State.frame))
        clearScratch(npos)
        let typedOK = ir.block("typed.ok")
        ir.condBrUnlikely(ir.icmp(LLVMIntEQ, r, rt.null), errorBlock(), typedOK)
        ir.position(typedOK)
        if !sig.returns.isMachine { ir.store(r, result) }
        ir.br(done)
        ir.position(generic)
        for (k, (v, t)) in objects.enumerated() { ir.store(t.isUnboxed || t.isDeferredGlobal ? box(v, t) : v, scratchAt(k)) }
        let g = ir.call("mp_call", [f, wordConst(npos), scratch, LLVMConstNull(rt.ptr)])
        clearScratch(npos)
        let obj = checked(g)
        ir.store(sig.returns.isMachine ? unbox(obj, to: sig.returns) : obj, result)
        ir.br(done)
        ir.position(done)
        depth = base
        push(ir.load(rt.word, result))
    }

    /// The register type of viper floats: binary64, or binary32 with the
    /// float32 option (the Cortex-M4F's FPU).
    var f64: LLVMTypeRef { viperFloat32 ? LLVMFloatTypeInContext(rt.ctx) : LLVMDoubleTypeInContext(rt.ctx) }
    var double: LLVMTypeRef { LLVMDoubleTypeInContext(rt.ctx) }
    /// A viper float as the binary64 the runtime takes, and back.
    func toDouble(_ v: LLVMValueRef) -> LLVMValueRef { viperFloat32 ? LLVMBuildFPExt(ir.b, v, double, "")! : v }
    func fromDouble(_ v: LLVMValueRef) -> LLVMValueRef { viperFloat32 ? LLVMBuildFPTrunc(ir.b, v, f64, "")! : v }

    /// An alloca in the entry block (so mem2reg promotes it).
    func entryAlloca(_ type: LLVMTypeRef, _ name: String) -> LLVMValueRef {
        let here = ir.current
        let entry = LLVMGetEntryBasicBlock(function)!
        if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(ir.b, first) }
        let slot = ir.alloca(type, name)
        ir.position(here)
        return slot
    }

    /// The double of float stack slot `d` / float local `i`.
    func floatSlot(_ d: Int) -> LLVMValueRef {
        if let s = floatSlots[d] { return s }
        let s = entryAlloca(f64, "f\(d)")
        floatSlots[d] = s
        return s
    }

    func floatLocal(_ i: Int) -> LLVMValueRef {
        if let s = floatSlots[-1 - i] { return s }
        let name = i < code.localNames.count ? code.localNames[i] : "local\(i)"
        let s = entryAlloca(f64, name + ".f")
        floatSlots[-1 - i] = s
        return s
    }

    /// Pushes and pops by type: floats live in their own slots.
    func pushTyped(_ v: LLVMValueRef, _ t: ViperType) {
        if t == .float {
            ir.store(v, floatSlot(depth))
            depth += 1
        } else {
            push(v)
        }
    }

    func popTyped(_ t: ViperType) -> LLVMValueRef {
        if t == .float {
            depth -= 1
            return ir.load(f64, floatSlot(depth))
        }
        return pop()
    }

    /// A number of type `t` (float, int, uint, bool) as a double.
    func asDouble(_ v: LLVMValueRef, _ t: ViperType) -> LLVMValueRef {
        switch t {
        case .float: return v
        case .uint: return LLVMBuildUIToFP(ir.b, v, f64, "")
        default: return LLVMBuildSIToFP(ir.b, v, f64, "")
        }
    }

    /// An object as a double (a float or an int); `call`: as float(x) does.
    func unboxFloat(_ v: LLVMValueRef, onError: LLVMBasicBlockRef? = nil, call: Bool = false) -> LLVMValueRef {
        let out = entryAlloca(double, "unboxed")
        var done: LLVMBasicBlockRef?
        if inlineFastPaths {
            // A float object or a small int inline; anything else through the runtime.
            let join = ir.block("unbox.done")
            done = join
            let isPtr = ir.icmp(LLVMIntEQ, ir.and(v, wordConst(RuntimeABI.pointerTagMask)), rt.null)
            let checkType = ir.block("unbox.type"), isFloat = ir.block("unbox.float"), notPtr = ir.block("unbox.notptr")
            let isSmall = ir.block("unbox.small"), slow = ir.block("unbox.slow")
            ir.condBr(ir.and(isPtr, ir.icmp(LLVMIntNE, v, rt.null)), checkType, notPtr)
            ir.position(checkType)
            let p = ir.toPtr(v)
            ir.condBr(ir.icmp(LLVMIntEQ, ir.loadPtr(p, 0), rt.global("mp_type_float")), isFloat, slow)
            ir.position(isFloat)
            // mp_float_t: the type word, then the double at byte 8 on every target.
            var eight: [LLVMValueRef?] = [LLVMConstInt(rt.i32, 8, 0)]
            let addr = LLVMBuildGEP2(ir.b, rt.i8, p, &eight, 1, "")!
            ir.store(ir.load(double, addr), out)
            ir.br(join)
            ir.position(notPtr)
            ir.condBr(ir.icmp(LLVMIntNE, ir.and(v, wordConst(RuntimeABI.smallIntTag)), rt.null), isSmall, slow)
            ir.position(isSmall)
            ir.store(LLVMBuildSIToFP(ir.b, ir.ashr(v, wordConst(1)), double, ""), out)
            ir.br(join)
            ir.position(slow)
        }
        let ok = ir.call("mp_viper_unbox_float", [v, i32(call ? RuntimeABI.UnboxKind.convert : RuntimeABI.UnboxKind.word), out])
        let failed = ir.icmp(LLVMIntEQ, ok, LLVMConstInt(rt.i8, 0, 0))
        if let onError {
            let next = ir.block("viper.unboxed")
            ir.condBrUnlikely(failed, onError, next)
            ir.position(next)
        } else {
            branchOnError(failed)
        }
        if let done {
            ir.br(done)
            ir.position(done)
        }
        return fromDouble(ir.load(double, out))
    }

    /// int(x) of a float: toward zero, as a word (nan and infinities raise).
    func floatToInt(_ v: LLVMValueRef) -> LLVMValueRef {
        let out = scratchAt(0)
        checkedBool(ir.call("mp_viper_float_to_int", [toDouble(v), out]))
        let r = ir.load(rt.word, out)
        LLVMSetVolatile(ir.store(rt.null, out), 1)
        return r
    }

    /// A machine word of type `t` as an object.
    func box(_ v: LLVMValueRef, _ t: ViperType) -> LLVMValueRef {
        switch t {
        case .bool: return bool(ir.icmp(LLVMIntNE, v, rt.null))
        case .uint, .ptr,
            .int where !inlineFastPaths:
            return checked(ir.call(t == .int ? "mp_viper_box_int" : "mp_viper_box_uint", [v]))
        case .uint, .ptr, .int:
            // A small int inline (the word shifted, tagged); beyond, the runtime.
            let one = wordConst(1)
            let tagged = ir.or(ir.shl(v, one), one)
            let fits =
                t == .int
                ? ir.icmp(LLVMIntEQ, ir.ashr(ir.shl(v, one), one), v)
                : ir.icmp(LLVMIntULE, v, wordConst(Int((UInt64(1) << UInt64(rt.wordSize * 8 - 2)) - 1)))
            let result = entryAlloca(rt.word, "boxed")
            let small = ir.block("box.small"), big = ir.block("box.big"), done = ir.block("box.done")
            ir.condBr(fits, small, big)
            ir.position(small)
            ir.store(tagged, result)
            ir.br(done)
            ir.position(big)
            ir.store(checked(ir.call(t == .int ? "mp_viper_box_int" : "mp_viper_box_uint", [v])), result)
            ir.br(done)
            ir.position(done)
            return ir.load(rt.word, result)
        case .float: return checked(ir.call("mp_float_new", [toDouble(v)]))
        case .cast(_, let name), .rangeFn(let name): return loadGlobal(name)
        default: return v
        }
    }

    /// An object converted to a machine word of type `t` (TypeError if it
    /// cannot be).
    /// `call`: a cast `int(x)`/`uint(x)` in the code, which converts as
    /// int(x) does (a str is parsed) before taking the word.
    func unbox(_ v: LLVMValueRef, to t: ViperType, onError: LLVMBasicBlockRef? = nil, call: Bool = false) -> LLVMValueRef {
        let out = scratchAt(0)
        let kind = call && (t == .int || t == .uint) ? RuntimeABI.UnboxKind.convert : Int(t.unboxKind)
        let ok = ir.call("mp_viper_unbox", [v, i32(kind), out])
        if let onError {
            let next = ir.block("viper.unboxed")
            ir.condBrUnlikely(ir.icmp(LLVMIntEQ, ok, LLVMConstInt(rt.i8, 0, 0)), onError, next)
            ir.position(next)
        } else {
            checkedBool(ok)
        }
        let r = ir.load(rt.word, out)
        LLVMSetVolatile(ir.store(rt.null, out), 1)
        return r
    }

    /// A machine value of type `from` as type `to` (both machine types).
    func convert(_ v: LLVMValueRef, from: ViperType, to: ViperType) -> LLVMValueRef {
        if to == .bool && from != .bool { return ir.zext(ir.icmp(LLVMIntNE, v, rt.null)) }
        return v
    }

    /// Boxes the machine values among the top `n` stack slots in place.
    private func boxOperands(_ n: Int) {
        for k in 0..<n {
            let t = typeAt(k)
            guard t.isUnboxed || t.isDeferredGlobal else { continue }
            let slot = stack[depth - 1 - k]
            let v = t == .float ? ir.load(f64, floatSlot(depth - 1 - k)) : ir.load(rt.word, slot)
            ir.store(box(v, t), slot)
        }
    }

    private var bothMachine: Bool { typeAt(0).isMachine && typeAt(1).isMachine }

    /// The callee of a typed call at this CALL with `npos` arguments (as
    /// the type analysis decided), or nil.
    private func typedTarget(_ npos: Int) -> (DirectTarget, (params: [ViperType], returns: ViperType))? {
        guard let name = ViperAnalysis.typedCallee(a, at, code), let t = direct[name], let sig = t.viper,
            t.nArgs == npos, sig.params.count == npos
        else { return nil }
        return (t, sig)
    }

    func lowerViperInstruction() throws {
        if try lowerViperFloat() { return }
        let op = ins.op
        let a0 = ins.operands.first ?? 0, a1 = ins.operands.count > 1 ? ins.operands[1] : 0
        switch op {
        case Op.loadTrue: push(wordConst(1)); return
        case Op.loadFalse: push(wordConst(0)); return
        case Op.loadSmallInt: push(wordConst(a0)); return
        case Op.loadConst:
            if case .int(let v) = code.consts[a0], ViperAnalysis.fitsWord(v, bits: rt.wordSize * 8) {
                let bits = UInt64(truncatingIfNeeded: v & ((BigInt(1) << 64) - 1))
                push(LLVMConstInt(rt.word, bits, 0))
                return
            }
        case Op.loadFast where a0 < code.nLocals && viper!.locals[a0].isMachine:
            push(ir.load(rt.word, locals[a0]))
            return
        case Op.storeFast where a0 < code.nLocals && viper!.locals[a0].isMachine:
            let v = typeAt(0)
            ir.store(convert(pop(), from: v, to: viper!.locals[a0]), locals[a0])
            return
        case Op.loadGlobal where ViperAnalysis.castNames.contains(code.names[a0]) || code.names[a0] == "range":
            // A cast: nothing to load unless it is used as a value (box).
            push(rt.null)
            return
        case Op.loadGlobal where inlineFastPaths:
            push(loadGlobalInline(a0))
            globalOrigin[depth - 1] = code.names[a0]
            return
        case Op.binary where bothMachine, Op.inplace where bothMachine:
            if let t = ViperAnalysis.arithmetic(a0, typeAt(1), typeAt(0)) {
                let r = pop(), l = pop()
                push(machineBinary(a0, l, r, t))
                return
            }
        case Op.compare where bothMachine && ViperAnalysis.isOrdering(a0):
            let unsigned = typeAt(0).isUnsigned || typeAt(1).isUnsigned
            let r = pop(), l = pop()
            push(ir.zext(ir.icmp(predicate(a0, unsigned: unsigned), l, r)))
            return
        case Op.unary where typeAt(0).isMachine:
            let x = pop()
            switch UInt32(a0) {
            case MPY_UNARY_NOT.rawValue: push(ir.zext(ir.icmp(LLVMIntEQ, x, rt.null)))
            case MPY_UNARY_NEGATIVE.rawValue: push(ir.sub(rt.null, x))
            case MPY_UNARY_INVERT.rawValue: push(ir.xor(x, wordConst(-1)))
            default: push(x)
            }
            return
        case Op.popJumpIfFalse where typeAt(0).isMachine, Op.popJumpIfTrue where typeAt(0).isMachine:
            let c = ir.icmp(LLVMIntNE, pop(), rt.null)
            if op == Op.popJumpIfTrue { ir.condBr(c, target(a0), next) } else { ir.condBr(c, next, target(a0)) }
            return
        case Op.jumpIfFalseOrPop where typeAt(0).isMachine, Op.jumpIfTrueOrPop where typeAt(0).isMachine:
            let c = ir.icmp(LLVMIntNE, peek(), rt.null)
            if op == Op.jumpIfTrueOrPop { ir.condBr(c, target(a0), next) } else { ir.condBr(c, next, target(a0)) }
            return
        case Op.loadSubscr where typeAt(1).isPointer:
            let it = typeAt(0)
            let index = it.isMachine ? pop() : unbox(pop(), to: .int)
            let base = pop()
            guard case .ptr(let w) = typeAt(1) else { return }
            let (addr, type) = element(base, index, width: w)
            let v = ir.load(type, addr)
            push(w == 0 ? v : ir.zext(v, from: type))
            return
        case Op.storeSubscr where typeAt(1).isPointer:
            guard case .ptr(let w) = typeAt(1) else { return }
            let it = typeAt(0)
            let index = it.isMachine ? pop() : unbox(pop(), to: .int)
            let base = pop(), value = pop()
            let (addr, type) = element(base, index, width: w)
            ir.store(w == 0 ? value : ir.trunc(value, type), addr)
            return
        case Op.call where a1 == 0 && typedTarget(a0) != nil:
            let (target, sig) = typedTarget(a0)!
            typedCall(a0, target, sig)
            return
        case Op.call where a1 == 0 && at + 1 < viper!.stackIn.count && viper!.stackIn[at + 1]?.last == .range:
            rangeStart(a0)
            return
        case Op.getIter where typeAt(0) == .range:
            return  // the slot already holds the first value
        case Op.forIter where typeAt(0) == .rangeIter:
            rangeStep(exit: target(a0))
            return
        case Op.call where a1 == 0 && a0 == 1:
            if case .cast(let t, _) = typeAt(1) {
                let from = typeAt(0)
                let v = pop()
                depth -= 1
                push(from.isMachine ? convert(v, from: from, to: t) : unbox(v, to: t, call: true))
                return
            }
        case Op.returnValue:
            let r = viper!.returns, v = typeAt(0)
            if r.isMachine {
                let x = pop()
                viperReturn(v.isMachine ? convert(x, from: v, to: r) : unbox(x, to: r), r)
                return
            }
        case Op.popTop, Op.dupTop, Op.dupTopTwo, Op.rotTwo, Op.rotThree, Op.jump, Op.nop:
            // Moves of words: their types move with them.
            try lowerInstruction()
            return
        default: break
        }
        let effect = Op.stackEffect(op, a0, a1)
        boxOperands(min(effect.fallthrough.0, depth))
        try lowerInstruction()
    }

    /// The stop and step of the machine range loop whose iterator is at
    /// stack depth `d` (one pair per depth, in the entry block).
    private func rangeSlots(_ d: Int) -> (stop: LLVMValueRef, step: LLVMValueRef) {
        if let s = rangeBounds[d] { return s }
        let here = ir.current
        let entry = LLVMGetEntryBasicBlock(function)!
        if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(ir.b, first) }
        let s = (ir.alloca(rt.word, "range.stop\(d)"), ir.alloca(rt.word, "range.step\(d)"))
        ir.position(here)
        rangeBounds[d] = s
        return s
    }

    /// CALL of range(stop), range(start, stop) or range(start, stop, step)
    /// in a machine loop: the arguments as ints; a zero step raises
    /// ValueError as range() does.
    private func rangeStart(_ n: Int) {
        var args: [LLVMValueRef] = []
        for k in (0..<n).reversed() {
            let t = typeAt(k)
            let v = ir.load(rt.word, stack[depth - 1 - k])
            args.append(t.isMachine ? v : unbox(v, to: .int))
        }
        depth -= n + 1
        let start = n == 1 ? rt.null : args[0]
        let stop = n == 1 ? args[0] : args[1]
        let step = n == 3 ? args[2] : wordConst(1)
        if n == 3 { raise(if: ir.icmp(LLVMIntEQ, step, rt.null), "mp_viper_range_zero_step") }
        let slots = rangeSlots(depth)
        ir.store(stop, slots.stop)
        ir.store(step, slots.step)
        push(start)
    }

    /// FOR_ITER of a machine range loop: the next value while it is short
    /// of stop in the step's direction; a step past the word's range ends
    /// the loop.
    private func rangeStep(exit: LLVMBasicBlockRef) {
        let slot = stack[depth - 1]
        let slots = rangeSlots(depth - 1)
        let cur = ir.load(rt.word, slot), stop = ir.load(rt.word, slots.stop), step = ir.load(rt.word, slots.step)
        let up = ir.icmp(LLVMIntSGT, step, rt.null)
        let more = ir.select(up, ir.icmp(LLVMIntSLT, cur, stop), ir.icmp(LLVMIntSGT, cur, stop))
        let body = ir.block("range.body")
        ir.condBr(more, body, exit)
        ir.position(body)
        let (sum, overflow) = ir.withOverflow("sadd", cur, step)
        ir.store(ir.select(overflow, stop, sum), slot)
        push(cur)
        ir.br(next)
    }

    /// Instructions with a float operand or result; false for the rest.
    private func lowerViperFloat() throws -> Bool {
        let op = ins.op
        let a0 = ins.operands.first ?? 0, a1 = ins.operands.count > 1 ? ins.operands[1] : 0
        let st = types
        let anyFloat = st.suffix(3).contains(.float)
        switch op {
        case Op.loadConst:
            guard case .float(let d) = code.consts[a0] else { return false }
            pushTyped(LLVMConstReal(f64, d), .float)
        case Op.loadFast where a0 < code.nLocals && viper!.locals[a0] == .float:
            pushTyped(ir.load(f64, floatLocal(a0)), .float)
        case Op.storeFast where a0 < code.nLocals && viper!.locals[a0] == .float:
            let t = typeAt(0)
            ir.store(asDouble(popTyped(t), t), floatLocal(a0))
        case Op.binary where ViperAnalysis.floatArithmetic(a0, typeAt(1), typeAt(0)),
            Op.inplace where ViperAnalysis.floatArithmetic(a0, typeAt(1), typeAt(0)):
            let rt0 = typeAt(0), lt = typeAt(1)
            let r = asDouble(popTyped(rt0), rt0), l = asDouble(popTyped(lt), lt)
            let v: LLVMValueRef
            switch UInt32(a0) {
            case MPY_BINARY_ADD.rawValue: v = LLVMBuildFAdd(ir.b, l, r, "")
            case MPY_BINARY_SUB.rawValue: v = LLVMBuildFSub(ir.b, l, r, "")
            case MPY_BINARY_MUL.rawValue: v = LLVMBuildFMul(ir.b, l, r, "")
            default:
                raise(if: LLVMBuildFCmp(ir.b, LLVMRealOEQ, r, LLVMConstReal(f64, 0), "")!, "mp_viper_float_zero_division")
                v = LLVMBuildFDiv(ir.b, l, r, "")
            }
            pushTyped(v, .float)
        case Op.compare
        where (typeAt(0) == .float || typeAt(1) == .float) && typeAt(0).isUnboxed && typeAt(1).isUnboxed
            && ViperAnalysis.isOrdering(a0):
            let rt0 = typeAt(0), lt = typeAt(1)
            let r = asDouble(popTyped(rt0), rt0), l = asDouble(popTyped(lt), lt)
            let preds: [UInt32: LLVMRealPredicate] = [
                MPY_COMPARE_LT.rawValue: LLVMRealOLT, MPY_COMPARE_LE.rawValue: LLVMRealOLE,
                MPY_COMPARE_GT.rawValue: LLVMRealOGT, MPY_COMPARE_GE.rawValue: LLVMRealOGE,
                MPY_COMPARE_EQ.rawValue: LLVMRealOEQ, MPY_COMPARE_NE.rawValue: LLVMRealUNE,
            ]
            push(ir.zext(LLVMBuildFCmp(ir.b, preds[UInt32(a0)]!, l, r, "")))
        case Op.unary where typeAt(0) == .float && ViperAnalysis.floatUnary(a0):
            let x = popTyped(.float)
            switch UInt32(a0) {
            case MPY_UNARY_NOT.rawValue: push(ir.zext(LLVMBuildFCmp(ir.b, LLVMRealOEQ, x, LLVMConstReal(f64, 0), "")))
            case MPY_UNARY_NEGATIVE.rawValue: pushTyped(LLVMBuildFNeg(ir.b, x, ""), .float)
            default: pushTyped(x, .float)
            }
        case Op.popJumpIfFalse where typeAt(0) == .float, Op.popJumpIfTrue where typeAt(0) == .float:
            let c = LLVMBuildFCmp(ir.b, LLVMRealUNE, popTyped(.float), LLVMConstReal(f64, 0), "")!
            if op == Op.popJumpIfTrue { ir.condBr(c, target(a0), next) } else { ir.condBr(c, next, target(a0)) }
        case Op.jumpIfFalseOrPop where typeAt(0) == .float, Op.jumpIfTrueOrPop where typeAt(0) == .float:
            let c = LLVMBuildFCmp(ir.b, LLVMRealUNE, ir.load(f64, floatSlot(depth - 1)), LLVMConstReal(f64, 0), "")!
            if op == Op.jumpIfTrueOrPop { ir.condBr(c, target(a0), next) } else { ir.condBr(c, next, target(a0)) }
        case Op.call where a1 == 0 && a0 == 1:
            guard case .cast(let t, _) = typeAt(1), t == .float || typeAt(0) == .float else { return false }
            let from = typeAt(0)
            let v = popTyped(from)
            depth -= 1
            if t == .float {
                pushTyped(from == .float ? v : from.isMachine ? asDouble(v, from) : unboxFloat(v, call: true), .float)
            } else if t == .bool {
                push(ir.zext(LLVMBuildFCmp(ir.b, LLVMRealUNE, v, LLVMConstReal(f64, 0), "")))
            } else if t.isPointer {
                throw NativeError(
                    description: "cannot convert a float to a pointer", line: line,
                    offset: code.sourceOffsets[ins.offset])
            } else {
                push(floatToInt(v))
            }
        case Op.returnValue where viper!.returns == .float || typeAt(0) == .float:
            let t = typeAt(0)
            let v = popTyped(t)
            if viper!.returns == .float {
                ir.ret(box(t.isUnboxed ? asDouble(v, t) : unboxFloat(v), .float))  // an object: converted
            } else {
                ir.ret(box(v, .float))
            }
        case Op.popTop where anyFloat, Op.dupTop where anyFloat, Op.dupTopTwo where anyFloat,
            Op.rotTwo where anyFloat, Op.rotThree where anyFloat:
            // Moves with a float among them: by type.
            let n = [Op.popTop: 1, Op.dupTop: 1, Op.dupTopTwo: 2, Op.rotTwo: 2, Op.rotThree: 3][op]!
            let ts = Array(st.suffix(n))
            var vs: [LLVMValueRef] = []
            for t in ts.reversed() { vs.insert(popTyped(t), at: 0) }
            var order: [Int]
            switch op {
            case Op.popTop: order = []
            case Op.dupTop: order = [0, 0]
            case Op.dupTopTwo: order = [0, 1, 0, 1]
            case Op.rotTwo: order = [1, 0]
            default: order = [2, 0, 1]
            }
            for k in order { pushTyped(vs[k], ts[k]) }
        default:
            return false
        }
        return true
    }

    private func predicate(_ op: Int, unsigned: Bool) -> LLVMIntPredicate {
        switch UInt32(op) {
        case MPY_COMPARE_LT.rawValue: return unsigned ? LLVMIntULT : LLVMIntSLT
        case MPY_COMPARE_LE.rawValue: return unsigned ? LLVMIntULE : LLVMIntSLE
        case MPY_COMPARE_GT.rawValue: return unsigned ? LLVMIntUGT : LLVMIntSGT
        case MPY_COMPARE_GE.rawValue: return unsigned ? LLVMIntUGE : LLVMIntSGE
        case MPY_COMPARE_EQ.rawValue: return LLVMIntEQ
        default: return LLVMIntNE
        }
    }

    /// The address of element `index` of a pointer to `width`-byte elements
    /// (0: words), and the element's LLVM type.
    private func element(_ base: LLVMValueRef, _ index: LLVMValueRef, width: Int) -> (LLVMValueRef, LLVMTypeRef) {
        let bytes = width == 0 ? rt.wordSize : width
        let type = width == 0 ? rt.word : LLVMIntTypeInContext(rt.ctx, UInt32(bytes * 8))!
        // An element address from one pointer base (LLVM can then tell
        // the accesses of a loop apart and vectorize it).
        var idx: [LLVMValueRef?] = [index]
        return (LLVMBuildGEP2(ir.b, type, ir.toPtr(base), &idx, 1, "")!, type)
    }

    /// Machine arithmetic of result type `t`: wraps at the word size; shifts
    /// by the word size or more give 0 (or the sign, for >> of an int);
    /// // and % round toward minus infinity for int (as Python), and raise
    /// ZeroDivisionError for a zero divisor.
    private func machineBinary(_ op: Int, _ l: LLVMValueRef, _ r: LLVMValueRef, _ t: ViperType) -> LLVMValueRef {
        let bits = wordConst(rt.wordSize * 8)
        let unsigned = t.isUnsigned
        switch UInt32(op) {
        case MPY_BINARY_ADD.rawValue: return ir.add(l, r)
        case MPY_BINARY_SUB.rawValue: return ir.sub(l, r)
        case MPY_BINARY_MUL.rawValue: return LLVMBuildMul(ir.b, l, r, "")
        case MPY_BINARY_AND.rawValue: return ir.and(l, r)
        case MPY_BINARY_OR.rawValue: return ir.or(l, r)
        case MPY_BINARY_XOR.rawValue: return ir.xor(l, r)
        case MPY_BINARY_LSHIFT.rawValue:
            let big = ir.icmp(LLVMIntUGE, r, bits)
            return ir.select(big, rt.null, ir.shl(l, ir.select(big, rt.null, r)))
        case MPY_BINARY_RSHIFT.rawValue:
            let big = ir.icmp(LLVMIntUGE, r, bits)
            if unsigned { return ir.select(big, rt.null, LLVMBuildLShr(ir.b, l, ir.select(big, rt.null, r), "")) }
            return ir.ashr(l, ir.select(big, ir.sub(bits, wordConst(1)), r))
        default:
            // Floor division and modulo.
            raise(if: ir.icmp(LLVMIntEQ, r, rt.null), "mp_viper_zero_division")
            let isDiv = op == Int(MPY_BINARY_FLOORDIV.rawValue)
            if unsigned { return isDiv ? LLVMBuildUDiv(ir.b, l, r, "") : LLVMBuildURem(ir.b, l, r, "") }
            // x / -1 overflows for the most negative x: -x (wrapping), remainder 0.
            let minusOne = ir.icmp(LLVMIntEQ, r, wordConst(-1))
            let d = ir.select(minusOne, wordConst(1), r)
            let q = LLVMBuildSDiv(ir.b, l, d, "")!, rem = LLVMBuildSRem(ir.b, l, d, "")!
            // Toward minus infinity: adjust when the remainder and divisor differ in sign.
            let adjust = ir.and(
                ir.zext(ir.icmp(LLVMIntNE, rem, rt.null)),
                ir.zext(ir.icmp(LLVMIntSLT, ir.xor(rem, d), rt.null)))
            if isDiv {
                return ir.select(minusOne, ir.sub(rt.null, l), ir.sub(q, adjust))
            }
            return ir.select(minusOne, rt.null, ir.add(rem, ir.select(ir.icmp(LLVMIntNE, adjust, rt.null), d, rt.null)))
        }
    }
}
