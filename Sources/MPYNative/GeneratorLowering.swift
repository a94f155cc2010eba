// Generators in native code. A generator's frame lives on the heap (the
// runtime allocates it with the generator object), and so do its locals and
// value stack; frame->ip records where it stopped as an address in its
// bytecode. Each (re)entry switches on that offset: 0 starts the body, the
// offset after a YIELD_VALUE resumes with the sent value (or raises the
// thrown exception there), and a YIELD_FROM's own offset repeats its step.
//
//   entry ──switch (ip - bytecode)──► L0 (start)
//                                 ├─► resume after yield k ──► next instruction
//                                 └─► resume yield-from j ──► step of j
import CLLVM
import MPYBytecode

extension FunctionLowering {
    /// Suspends: frame->ip = bytecode + offset, *yielded = true, return value.
    func suspend(resumeAt offset: Int, value: LLVMValueRef) {
        var idx: [LLVMValueRef?] = [LLVMConstInt(rt.word, UInt64(offset), 0)]
        let ip = LLVMBuildInBoundsGEP2(ir.b, rt.i8, bytecodeBase, &idx, 1, "")!
        ir.store(ip, ir.wordAddress(frame, RuntimeABI.Frame.ip))
        ir.store(LLVMConstInt(rt.i8, 1, 0), LLVMGetParam(function, 3))
        ir.ret(value)
    }

    /// YIELD_VALUE (x -> sent).
    func yieldValue() {
        let value = pop()
        let next = a.instructions[at + 1].offset
        suspend(resumeAt: next, value: value)
        let resume = ir.block("resume.\(next)")
        resumeBlocks.append((next, resume))
        ir.position(resume)
        raiseThrown()
        ir.store(LLVMGetParam(function, 1), stack[depth])
        ir.br(blocks[next]!)
    }

    /// On resumption by generator.throw(): raise the exception here.
    func raiseThrown() {
        let thrown = LLVMGetParam(function, 2)!
        let raise = ir.block("thrown"), ok = ir.block("sent")
        ir.condBrUnlikely(ir.icmp(LLVMIntNE, thrown, rt.null), raise, ok)
        ir.position(raise)
        ir.call("mp_raise", [thrown])
        ir.br(errorBlock())
        ir.position(ok)
    }

    /// YIELD_FROM (iter sent -> result): one step per entry; it yields what
    /// the iterator yields and is re-entered with the next sent value (or a
    /// thrown exception, which goes to the iterator).
    func yieldFrom() {
        let offset = ins.offset
        let step = ir.block("yieldfrom.\(offset)")
        ir.store(rt.null, throwSlot)
        ir.br(step)
        let resume = ir.block("resume.\(offset)")
        resumeBlocks.append((offset, resume))
        ir.position(resume)
        ir.store(LLVMGetParam(function, 1), stack[depth - 1])
        ir.store(LLVMGetParam(function, 2), throwSlot)
        ir.br(step)
        ir.position(step)
        let sent = pop(), iter = peek()
        let thrown = ir.load(rt.word, throwSlot)
        let sentArg = ir.select(ir.icmp(LLVMIntNE, thrown, rt.null), rt.noneObj, sent)
        let r = checked(ir.call("mp_op_yield_from", [iter, sentArg, thrown, retSlot]))
        let done = ir.block("yieldfrom.done"), more = ir.block("yieldfrom.yield")
        ir.condBr(ir.icmp(LLVMIntEQ, r, rt.sentinelObj), done, more)
        ir.position(more)
        suspend(resumeAt: offset, value: r)
        ir.position(done)
        ir.store(ir.load(rt.word, retSlot), stack[depth - 1])
    }

    /// The dispatch on the resume point, at the end of the entry code.
    func resumeSwitch(_ dispatch: LLVMBasicBlockRef) {
        ir.position(dispatch)
        let ip = ir.loadPtr(frame, RuntimeABI.Frame.ip)
        let offset = ir.sub(ir.toWord(ip), ir.toWord(bytecodeBase))
        let sw = LLVMBuildSwitch(ir.b, offset, blocks[0]!, UInt32(resumeBlocks.count))
        for (o, bb) in resumeBlocks { LLVMAddCase(sw, LLVMConstInt(rt.word, UInt64(o), 0), bb) }
    }
}
