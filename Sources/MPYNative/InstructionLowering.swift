// One opcode at a time: what each instruction of the opcode table
// (mpy_opcodes.h) becomes in native code. Stack effects match
// Op.stackEffect; the runtime operation is the one the interpreter (vm.c)
// performs for the same opcode, so bytecode and native code behave
// identically. Inline fast paths are in FastPaths.swift.
import CLLVM
import MPYBytecode
import CMPYFormat

extension FunctionLowering {
    func lowerInstruction() throws {
        let op = ins.op
        switch op {
        case Op.nop: break
        case Op.loadNone: push(rt.noneObj)
        case Op.loadFalse: push(rt.falseObj)
        case Op.loadTrue: push(rt.trueObj)
        case Op.loadSmallInt: push(rt.smallInt(operand()))
        case Op.loadConst: push(try constant(operand()))
        case Op.loadFast: push(loadLocal(operand()))
        case Op.storeFast: ir.store(pop(), locals[operand()])
        case Op.deleteFast:
            _ = loadLocal(operand())
            ir.store(rt.null, locals[operand()])
        case Op.loadDeref:
            let v = ir.loadWord(ir.toPtr(cell(operand())), RuntimeABI.Cell.value)
            raise(if: ir.icmp(LLVMIntEQ, v, rt.null), "mp_native_unbound_free")
            push(v)
        case Op.storeDeref: ir.store(pop(), ir.wordAddress(ir.toPtr(cell(operand())), RuntimeABI.Cell.value))
        case Op.deleteDeref: ir.store(rt.null, ir.wordAddress(ir.toPtr(cell(operand())), RuntimeABI.Cell.value))
        case Op.loadGlobal:
            push(loadGlobal(operand()))
            globalOrigin[depth - 1] = code.names[operand()]
        case Op.storeGlobal: checkedBool(ir.call("mp_dict_set", [globals, name(operand()), pop()]))
        case Op.deleteGlobal: checkedBool(ir.call("mp_op_delete_name", [globals, name(operand())]))
        case Op.loadName:
            // A module body's namespace is its globals dict.
            if code.has(MPY_CODE_MODULE) {
                push(loadGlobal(operand()))
            } else {
                push(checked(ir.call("mp_op_load_name", [ns, globals, name(operand())])))
            }
        case Op.storeName: checkedBool(ir.call("mp_dict_set", [namespace, name(operand()), pop()]))
        case Op.deleteName: checkedBool(ir.call("mp_op_delete_name", [namespace, name(operand())]))
        case Op.loadAttr: push(checked(ir.call("mp_native_load_attr", [pop(), name(operand()), attrCache()])))
        case Op.storeAttr:
            let obj = pop(), value = pop()
            checkedBool(ir.call("mp_native_store_attr", [obj, name(operand()), value, attrCache()]))
        case Op.deleteAttr: checkedBool(ir.call("mp_store_attr", [pop(), name(operand()), rt.null]))
        case Op.loadMethod:
            let m = checked(ir.call("mp_native_load_method", [pop(), name(operand()), attrCache(), selfOut]))
            push(m)
            push(ir.load(rt.word, selfOut))
        case Op.loadSubscr:
            let slice = takePendingSlice()
            let index = pop(), obj = pop()
            if let (start, stop, step) = slice {
                push(checked(ir.call("mp_subscr_slice", [obj, start, stop, step, rt.sentinelObj])))
            } else {
                push(loadSubscr(obj, index))
            }
        case Op.storeSubscr:
            let slice = takePendingSlice()
            let index = pop(), obj = pop(), value = pop()
            if let (start, stop, step) = slice {
                checked(ir.call("mp_subscr_slice", [obj, start, stop, step, value]))
            } else {
                storeSubscr(obj, index, value)
            }
        case Op.deleteSubscr:
            let index = pop(), obj = pop()
            checked(ir.call("mp_subscr", [obj, index, rt.null]))
        case Op.popTop: depth -= 1
        case Op.dupTop: push(peek())
        case Op.dupTopTwo:
            let x = peek(1), y = peek()
            push(x)
            push(y)
        case Op.rotTwo:
            let y = pop(), x = pop()
            push(y)
            push(x)
        case Op.rotThree:
            let z = pop(), y = pop(), x = pop()
            push(z)
            push(x)
            push(y)
        case Op.binary, Op.inplace:
            let rhs = popOperand(), lhs = popOperand()
            let unbox = Self.floatBinaryOps.contains(operand()) && resultFeedsFloatOp()
            push(binary(operand(), inplace: op == Op.inplace, lhs, rhs, unboxResult: unbox))
            if unbox { unboxed[depth - 1] = floatStackSlot(depth - 1) }
        case Op.unary: push(unary(operand(), pop()))
        case Op.compare:
            let rhs = popOperand(), lhs = popOperand()
            push(compare(operand(), lhs, rhs))
        case Op.jump: ir.br(target(operand()))
        case Op.popJumpIfFalse: branchOnTruth(pop(), ifTrue: next, ifFalse: target(operand()))
        case Op.popJumpIfTrue: branchOnTruth(pop(), ifTrue: target(operand()), ifFalse: next)
        case Op.jumpIfFalseOrPop, Op.jumpIfTrueOrPop:
            // The jump keeps the value; falling through pops it (the slot is
            // simply left behind: the next block's depth is one less).
            let v = peek()
            if op == Op.jumpIfTrueOrPop {
                branchOnTruth(v, ifTrue: target(operand()), ifFalse: next)
            } else {
                branchOnTruth(v, ifTrue: next, ifFalse: target(operand()))
            }
        case Op.getIter: push(checked(ir.call("mp_getiter", [pop()])))
        case Op.getAwaitable: push(checked(ir.call("mp_op_get_awaitable", [pop()])))
        case Op.forIter: forIter(exit: target(operand()))
        case Op.buildTuple, Op.buildList, Op.buildMap, Op.buildSet:
            // The items (key-value pairs for a dict) go to the runtime as an array.
            let builders = [
                Op.buildTuple: "mp_tuple_new", Op.buildList: "mp_list_new",
                Op.buildMap: "mp_op_build_map", Op.buildSet: "mp_op_build_set",
            ]
            let n = operand(), words = op == Op.buildMap ? 2 * n : n
            depth -= words
            stackToScratch(words, from: depth)
            let r = ir.call(builders[op]!, [wordConst(n), scratch])
            clearScratch(words)
            push(checked(r))
        case Op.buildSlice:
            let step = operand() == 3 ? pop() : rt.noneObj
            let stop = pop(), start = pop()
            if viper == nil, at + 1 < a.instructions.count, !a.leaders.contains(a.instructions[at + 1].offset),
                a.instructions[at + 1].op == Op.loadSubscr || a.instructions[at + 1].op == Op.storeSubscr
            {
                // The subscript that follows takes the parts (mp_subscr_slice): no slice object.
                pendingSlice = (depth, start, stop, step)
                push(rt.null)
            } else {
                push(checked(ir.call("mp_slice_new", [start, stop, step])))
            }
        case Op.listAppend, Op.setAdd:
            let v = pop()
            let container = ir.load(rt.word, stack[depth - operand()])
            checkedBool(ir.call(op == Op.listAppend ? "mp_list_append" : "mp_set_add", [container, v]))
        case Op.mapAdd:
            let v = pop(), k = pop()
            let dict = ir.load(rt.word, stack[depth - operand()])
            checkedBool(ir.call("mp_dict_set", [ir.toPtr(dict), k, v]))
        case Op.unpackSequence:
            let n = operand()
            checkedBool(ir.call("mp_op_unpack", [pop(), wordConst(n), scratch]))
            for k in 0..<n { push(ir.load(rt.word, scratchAt(k))) }
            clearScratch(n)
        case Op.unpackEx:
            let before = operand(0), after = operand(1)
            checkedBool(ir.call("mp_op_unpack_ex", [pop(), wordConst(before), wordConst(after), scratch]))
            for k in 0..<(before + after + 1) { push(ir.load(rt.word, scratchAt(k))) }
            clearScratch(before + after + 1)
        case Op.call: lowerCall(method: false)
        case Op.callMethod: lowerCall(method: true)
        case Op.makeFunction: try makeFunction()
        case Op.returnValue: ir.ret(pop())
        case Op.raise:
            let n = operand()
            let cause = n == 2 ? pop() : rt.null
            let exc = n >= 1 ? pop() : rt.null
            ir.call("mp_op_raise", [wordConst(n), exc, cause])
            raiseNow()
        case Op.reraise:
            ir.call("mp_op_reraise", [pop()])
            raiseNow()
        case Op.importName:
            let level = pop(), fromlist = pop()
            let lv = ir.trunc(ir.ashr(level, wordConst(1)), rt.i32)
            push(checked(ir.call("mp_import", [name(operand()), fromlist, lv, globals])))
        case Op.importFrom: push(checked(ir.call("mp_op_import_from", [peek(), name(operand())])))
        case Op.importStar: checkedBool(ir.call("mp_op_import_star", [pop(), namespace]))
        case Op.loadBuildClass: push(ir.load(rt.word, rt.global("mp_build_class_obj")))
        case Op.callEx:
            let kwargs = operand() != 0 ? pop() : rt.null
            let args = pop(), f = pop()
            push(checked(ir.call("mp_op_call_ex", [f, args, kwargs])))
        case Op.listExtend:
            let v = pop()
            checkedBool(ir.call("mp_op_list_extend", [ir.load(rt.word, stack[depth - operand()]), v]))
        case Op.listToTuple:
            let list = ir.toPtr(pop())
            let len = ir.loadWord(list, RuntimeABI.List.len), items = ir.loadPtr(list, RuntimeABI.List.items)
            push(checked(ir.call("mp_tuple_new", [len, items])))
        case Op.dictMerge:
            let v = pop()
            let dict = ir.load(rt.word, stack[depth - operand(0)])
            let callable = operand(1) != 0 ? ir.load(rt.word, stack[depth - operand(0) - 2]) : rt.null
            checkedBool(ir.call("mp_op_dict_merge", [dict, v, callable]))
        case Op.yieldValue: yieldValue()
        case Op.yieldFrom: yieldFrom()
        default:
            throw fail("opcode \(Op.mnemonic(op))")
        }
    }

    /// The parts of the slice BUILD_SLICE left for this subscript (the top of the stack).
    func takePendingSlice() -> (LLVMValueRef, LLVMValueRef, LLVMValueRef)? {
        guard let p = pendingSlice else { return nil }
        pendingSlice = nil
        precondition(p.position == depth - 1, "a pending slice is not the subscript's index")
        return (p.start, p.stop, p.step)
    }

    // MARK: locals and cells

    /// A local's value, with the UnboundLocalError check unless every path
    /// here assigns it. (The bytecode compiler also loads cell slots with
    /// LOAD_FAST to build closures.)
    func loadLocal(_ slot: Int) -> LLVMValueRef {
        // A cell or free slot: the cell object itself (closure tuples).
        if slot >= code.nLocals { return cell(slot) }
        let v = ir.load(rt.word, locals[slot])
        if a.assigned[at]?[slot] != true {
            raise(if: ir.icmp(LLVMIntEQ, v, rt.null), "mp_native_unbound_local")
        }
        return v
    }

    func cell(_ slot: Int) -> LLVMValueRef { cells[slot - code.nLocals] }

    /// A zeroed cache of `words` words in .bss for the current instruction
    /// (named KIND.CODE.OFFSET): inline caches live in RAM, never in code.
    func siteCache(_ kind: String, words: UInt64) -> LLVMValueRef {
        let type = LLVMArrayType2(rt.word, words)!
        let cache = LLVMAddGlobal(rt.module, type, "\(w.prefix).\(kind).\(codeIndex).\(ins.offset)")!
        LLVMSetInitializer(cache, LLVMConstNull(type))
        LLVMSetLinkage(cache, LLVMInternalLinkage)
        LLVMSetAlignment(cache, UInt32(rt.wordSize))
        return cache
    }

    /// This site's global cache (mp_global_cache_t).
    func globalCache() -> LLVMValueRef { siteCache("gcache", words: 4) }

    /// LOAD_GLOBAL through the site's cache.
    func loadGlobal(_ nameIndex: Int) -> LLVMValueRef {
        checked(ir.call("mp_native_load_global", [globals, name(nameIndex), globalCache()]))
    }

    /// This site's attribute cache (mp_attr_cache_t).
    func attrCache() -> LLVMValueRef { siteCache("acache", words: 5) }

    // MARK: calls and functions

    /// CALL npos nkw: (f args.. kw pairs..) and CALL_METHOD: (meth self_or_null args.. kw pairs..).
    func lowerCall(method: Bool) {
        let npos = operand(0), nkw = operand(1)
        let words = npos + 2 * nkw
        let base = depth - words - (method ? 2 : 1)
        let f = ir.load(rt.word, stack[base])
        let r: LLVMValueRef
        if method {
            // scratch[0] = self (or NULL), then the arguments: a bound call
            // passes scratch[0...], a plain one scratch[1...].
            stackToScratch(words + 1, from: base + 1)
            let selfV = ir.load(rt.word, scratchAt(0))
            let bound = ir.icmp(LLVMIntNE, selfV, rt.null)
            let n = ir.select(bound, wordConst(npos + 1), wordConst(npos))
            let args = ir.select(bound, scratchAt(0), scratchAt(1))
            r =
                nkw == 0
                ? ir.call("mp_call", [f, n, args, LLVMConstNull(rt.ptr)])
                : ir.call("mp_op_call", [f, n, args, wordConst(nkw), scratchAt(1 + npos)])
        } else if nkw == 0, let name = globalOrigin[base], let target = direct[name], target.nArgs == npos {
            stackToScratch(words, from: base + 1)
            r = directCall(f, target, nArgs: npos, resultSlot: stack[base])
        } else {
            stackToScratch(words, from: base + 1)
            r =
                nkw == 0
                ? ir.call("mp_call", [f, wordConst(npos), scratch, LLVMConstNull(rt.ptr)])
                : ir.call("mp_op_call", [f, wordConst(npos), scratch, wordConst(nkw), scratchAt(npos)])
        }
        clearScratch(words + (method ? 1 : 0))
        depth = base
        push(checked(r))
    }

    /// Branches to a new block `call` when `f` is a function object of
    /// exactly code object `codeIndex` (the guard of a direct call), else to
    /// a new block `generic`; returns both.
    func branchOnFunction(
        _ f: LLVMValueRef, code codeIndex: Int, call callName: String,
        generic genericName: String
    ) -> (call: LLVMBasicBlockRef, generic: LLVMBasicBlockRef) {
        let checkType = ir.block("direct.type"), checkCode = ir.block("direct.code")
        let call = ir.block(callName), generic = ir.block(genericName)
        ir.condBr(ir.icmp(LLVMIntEQ, ir.and(f, wordConst(RuntimeABI.pointerTagMask)), rt.null), checkType, generic)
        ir.position(checkType)
        let fp = ir.toPtr(f)
        ir.condBr(ir.icmp(LLVMIntEQ, ir.loadPtr(fp, RuntimeABI.FunObj.type), rt.global("mp_type_fun_bc")), checkCode, generic)
        ir.position(checkCode)
        ir.condBr(ir.icmp(LLVMIntEQ, ir.loadPtr(fp, RuntimeABI.FunObj.code), codes[codeIndex]), call, generic)
        return (call, generic)
    }

    /// Calls `f` with the arguments in the scratch array: straight into the
    /// target's machine code when `f` is a function of exactly that code
    /// (same module, so same globals), else through mp_call.
    func directCall(_ f: LLVMValueRef, _ target: DirectTarget, nArgs: Int, resultSlot result: LLVMValueRef) -> LLVMValueRef {
        let (call, generic) = branchOnFunction(f, code: target.codeIndex, call: "direct.call", generic: "call.generic")
        let done = ir.block("call.done")
        ir.position(call)
        let frameSlot: LLVMValueRef
        if let calleeFrame {
            frameSlot = calleeFrame
        } else {
            // In the entry block, so one frame serves every direct call here.
            let here = ir.current
            let entry = LLVMGetEntryBasicBlock(function)!
            if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(ir.b, first) }
            frameSlot = ir.alloca(LLVMArrayType2(rt.word, UInt64(RuntimeABI.frameWords)), "callee")
            ir.position(here)
            calleeFrame = frameSlot
        }
        ir.store(f, ir.wordAddress(frameSlot, RuntimeABI.Frame.fun))
        ir.store(rt.null, ir.wordAddress(frameSlot, RuntimeABI.Frame.ns))
        ir.store(scratch, ir.wordAddress(frameSlot, RuntimeABI.Frame.slots))
        let entered = ir.block("direct.entered")
        let failed = ir.icmp(LLVMIntEQ, ir.call("mp_native_enter_frame", [frameSlot]), LLVMConstInt(rt.i8, 0, 0))
        ir.condBrUnlikely(failed, errorBlock(), entered)
        ir.position(entered)
        var args: [LLVMValueRef?] = [frameSlot, rt.noneObj, rt.null, LLVMConstNull(rt.ptr)]
        let r = LLVMBuildCall2(ir.b, rt.entryType, target.function, &args, 4, "")!
        ir.call("mp_native_leave_frame", [frameSlot])
        ir.store(r, result)
        ir.br(done)
        ir.position(generic)
        ir.store(ir.call("mp_call", [f, wordConst(nArgs), scratch, LLVMConstNull(rt.ptr)]), result)
        ir.br(done)
        ir.position(done)
        return ir.load(rt.word, result)
    }

    func makeFunction() throws {
        let flags = operand(1)
        func has(_ flag: mpy_make_flags) -> Bool { flags & Int(flag.rawValue) != 0 }
        let closure = has(MPY_MAKE_CLOSURE) ? pop() : rt.null
        let kwdefaults = has(MPY_MAKE_KWDEFAULTS) ? pop() : rt.null
        let defaults = has(MPY_MAKE_DEFAULTS) ? pop() : rt.null
        guard case .code(let nested) = code.consts[operand(0)] else { throw fail("MAKE_FUNCTION of a non-code constant") }
        push(checked(ir.call("mp_make_function", [codes[nested], globals, defaults, kwdefaults, closure])))
    }
}
