// Inline float arithmetic: `+ - * /` and the orderings of floats (and of a
// float with a small int) on the unboxed binary64 values, so that native
// code neither goes through mp_binary_op's type dispatch nor, between float
// operations of one expression, allocates the intermediate results.
//
// Operands: a float's value is read from the object (its type must be
// exactly float: subclasses take the generic path), a small int is
// converted as mp_obj_to_double converts it. Division by zero, any other
// type, and int/int division where a small int may not be exact as a double
// (64-bit words) take the runtime call, so errors and results are the
// interpreter's.
//
// Unboxed intermediates: when the result of a float fast path is certainly
// consumed next by another one (`dx*dx + dy*dy`: only loads and operations
// above it on the value stack run in between, no block starts, no handler
// keeps it), the fast path leaves its double in a per-position alloca and
// the word 0 (never a value) in the stack slot; the consumer reads the
// double when the word is 0 and boxes it (mp_float_new) only if it falls
// back to the runtime. pop() and peek() box a pending value should any
// other instruction take it, so the stack always holds objects to everyone
// else.
import CLLVM
import MPYBytecode
import CMPYFormat

/// A value-stack operand: its word, and the double slot it may be pending in.
struct StackOperand {
    let word: LLVMValueRef
    let pending: LLVMValueRef?
}

extension FunctionLowering {
    static let floatBinaryOps: Set<Int> = [
        Int(MPY_BINARY_ADD.rawValue), Int(MPY_BINARY_SUB.rawValue), Int(MPY_BINARY_MUL.rawValue),
        Int(MPY_BINARY_TRUEDIV.rawValue),
    ]

    static let floatCompareOps: [Int: LLVMRealPredicate] = [
        Int(MPY_COMPARE_LT.rawValue): LLVMRealOLT, Int(MPY_COMPARE_LE.rawValue): LLVMRealOLE,
        Int(MPY_COMPARE_EQ.rawValue): LLVMRealOEQ, Int(MPY_COMPARE_NE.rawValue): LLVMRealUNE,
        Int(MPY_COMPARE_GT.rawValue): LLVMRealOGT, Int(MPY_COMPARE_GE.rawValue): LLVMRealOGE,
    ]

    /// Instructions that may run between an unboxed result and its consumer
    /// when they take nothing at or below its stack position.
    private static let allowedBetween: Set<UInt8> = [
        Op.loadFast, Op.loadConst, Op.loadSmallInt, Op.loadNone, Op.loadTrue, Op.loadFalse, Op.loadDeref,
        Op.loadGlobal, Op.loadAttr, Op.loadSubscr, Op.loadMethod, Op.binary, Op.inplace, Op.unary, Op.compare,
        Op.call, Op.callMethod, Op.dupTop, Op.dupTopTwo,
    ]

    /// Whether instruction `ins` is a float fast path that takes an unboxed operand.
    private func takesUnboxed(_ ins: CodeAnalysis.Instruction) -> Bool {
        guard let k = ins.operands.first else { return false }
        if ins.op == Op.binary || ins.op == Op.inplace { return Self.floatBinaryOps.contains(k) }
        return ins.op == Op.compare && Self.floatCompareOps[k] != nil
    }

    /// Whether the current BINARY/INPLACE may leave its float result unboxed:
    /// the value it pushes is certainly taken next by a float fast path.
    func resultFeedsFloatOp() -> Bool {
        guard inlineFastPaths, !isGenerator, let d0 = a.depth[at] else { return false }
        let p = d0 - 2  // the result's stack position
        var cur = p + 1
        var j = at + 1
        while j < a.instructions.count, j <= at + 32 {
            let ins = a.instructions[j]
            if a.leaders.contains(ins.offset) || a.depth[j] != cur { return false }
            if let h = a.handler[j], h.depth > p { return false }
            let x = ins.operands.first ?? 0, y = ins.operands.count > 1 ? ins.operands[1] : 0
            let (pops, pushes) = Op.stackEffect(ins.op, x, y).fallthrough
            if cur - pops <= p { return takesUnboxed(ins) }
            guard Self.allowedBetween.contains(ins.op) else { return false }
            cur += pushes - pops
            j += 1
        }
        return false
    }

    /// The double slot of stack position `p` (an alloca in the entry block).
    func floatStackSlot(_ p: Int) -> LLVMValueRef {
        if let s = floatStack[p] { return s }
        let here = ir.current
        let entry = LLVMGetEntryBasicBlock(function)!
        if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(ir.b, first) }
        let s = ir.alloca(ir.f64, "f\(p)")
        ir.position(here)
        floatStack[p] = s
        return s
    }

    /// Pops the top of the stack without boxing a pending float.
    func popOperand() -> StackOperand {
        depth -= 1
        let pending = unboxed.removeValue(forKey: depth)
        return StackOperand(word: ir.load(rt.word, stack[depth]), pending: pending)
    }

    /// The object of an operand: a pending float is boxed (word 0) here.
    func boxed(_ o: StackOperand) -> LLVMValueRef {
        guard let pending = o.pending else { return o.word }
        let from = ir.current
        let box = ir.block("float.box"), done = ir.block("float.boxed")
        ir.condBr(ir.icmp(LLVMIntEQ, o.word, rt.null), box, done)
        ir.position(box)
        let b = checked(ir.call("mp_float_new", [ir.load(ir.f64, pending)]))
        let boxedFrom = ir.current
        ir.br(done)
        ir.position(done)
        return ir.phi(rt.word, [(o.word, from), (b, boxedFrom)])
    }

    /// Boxes the value pending at stack position `p`, if any, in its slot.
    func materialize(_ p: Int) {
        guard let pending = unboxed.removeValue(forKey: p) else { return }
        let v = boxed(StackOperand(word: ir.load(rt.word, stack[p]), pending: pending))
        ir.store(v, stack[p])
    }

    /// The double of an operand that is a float (or, with `ints`, a small
    /// int), in a new block; else a branch to `slow`.
    func toDouble(_ o: StackOperand, ints: Bool, slow: LLVMBasicBlockRef) -> LLVMValueRef {
        let done = ir.block("float.val")
        var incoming: [(LLVMValueRef, LLVMBasicBlockRef)] = []
        let v = o.word
        if let pending = o.pending {
            let isPending = ir.block("float.pending"), other = ir.block("float.word")
            ir.condBr(ir.icmp(LLVMIntEQ, v, rt.null), isPending, other)
            ir.position(isPending)
            incoming.append((ir.load(ir.f64, pending), isPending))
            ir.br(done)
            ir.position(other)
        }
        if ints {
            let isInt = ir.block("float.int"), other = ir.block("float.obj")
            ir.condBr(ir.icmp(LLVMIntNE, ir.and(v, wordConst(RuntimeABI.smallIntTag)), rt.null), isInt, other)
            ir.position(isInt)
            incoming.append((ir.sitofp(ir.ashr(v, wordConst(1))), isInt))
            ir.br(done)
            ir.position(other)
        }
        let checkType = ir.block("float.type"), isFloat = ir.block("float.obj.value")
        ir.condBr(ir.icmp(LLVMIntEQ, ir.and(v, wordConst(RuntimeABI.pointerTagMask)), rt.null), checkType, slow)
        ir.position(checkType)
        let p = ir.toPtr(v)
        ir.condBr(ir.icmp(LLVMIntEQ, ir.loadPtr(p, 0), rt.global("mp_type_float")), isFloat, slow)
        ir.position(isFloat)
        incoming.append((ir.loadDouble(p, byteOffset: RuntimeABI.floatValueByteOffset), isFloat))
        ir.br(done)
        ir.position(done)
        return ir.phi(ir.f64, incoming)
    }

    /// The float fast path of BINARY `op` (one of floatBinaryOps), from the
    /// current block: stores the result (boxed, or 0 with the double in
    /// `pending`) in `result` and branches to `done`; other operands go to `slow`.
    func floatBinary(
        _ op: Int, _ lhs: StackOperand, _ rhs: StackOperand, result: LLVMValueRef, pending: LLVMValueRef?,
        slow: LLVMBasicBlockRef, done: LLVMBasicBlockRef
    ) {
        // Small ints convert exactly on 32-bit words; int/int division of
        // 63-bit ints must round once, as the runtime does.
        let x = toDouble(lhs, ints: true, slow: slow)
        let y = toDouble(rhs, ints: true, slow: slow)
        let r: LLVMValueRef
        switch UInt32(op) {
        case MPY_BINARY_ADD.rawValue: r = ir.fadd(x, y)
        case MPY_BINARY_SUB.rawValue: r = ir.fsub(x, y)
        case MPY_BINARY_MUL.rawValue: r = ir.fmul(x, y)
        default:
            // TRUEDIV: zero divisors raise in the runtime; two ints divide there on 64-bit words.
            var bad = ir.fcmp(LLVMRealOEQ, y, LLVMConstReal(ir.f64, 0))
            if rt.wordSize > 4 {
                bad = ir.or(bad, ir.icmp(LLVMIntNE, ir.and(ir.and(lhs.word, rhs.word), wordConst(1)), rt.null))
            }
            let ok = ir.block("float.div")
            ir.condBr(bad, slow, ok)
            ir.position(ok)
            r = ir.fdiv(x, y)
        }
        if let pending {
            ir.store(r, pending)
            ir.store(rt.null, result)
        } else {
            ir.store(checked(ir.call("mp_float_new", [r])), result)
        }
        ir.br(done)
    }

    /// The float fast path of COMPARE `op` (a key of floatCompareOps): two
    /// floats, or on 32-bit words a float and a small int (exact as a
    /// double there); stores the bool in `result` and branches to `done`.
    func floatCompare(
        _ p: LLVMRealPredicate, _ lhs: StackOperand, _ rhs: StackOperand, result: LLVMValueRef,
        slow: LLVMBasicBlockRef, done: LLVMBasicBlockRef
    ) {
        let ints = rt.wordSize == 4
        let x = toDouble(lhs, ints: ints, slow: slow)
        let y = toDouble(rhs, ints: ints, slow: slow)
        ir.store(bool(ir.fcmp(p, x, y)), result)
        ir.br(done)
    }
}
