// Inline fast paths: small-int arithmetic and comparisons on the tagged
// words themselves (LLVM's overflow intrinsics detect results that leave
// the small-int range), truth tests of the immediates, and `for` over a
// range iterator. Every fast path falls back to the runtime call the
// interpreter makes, so results are identical; only the common case is
// shorter. At -Os the emitter favours size: no fast path is inlined and
// every operation is the runtime call alone (`inlineFastPaths`).
//
// Tagging: a small int x is the word 2x+1. Then for small ints a, b:
//   a + b - 1 = 2(x+y)+1        a - b + 1 = 2(x-y)+1
//   (a >> 1) * (b - 1) + 1 = 2xy+1
//   a & b, a | b keep the tag; (a ^ b) | 1 restores it
// and a word overflow of these is exactly a result outside the small range.
import CLLVM
import CMPYFormat

extension FunctionLowering {
    /// False at -Os: code size before speed.
    var inlineFastPaths: Bool { w.tm.optLevel != .Os }

    /// BINARY / INPLACE `op` (enum mpy_binary_op): small ints, then floats
    /// (FloatPaths.swift), then the runtime. With `unboxResult` a float
    /// result stays unboxed in the result position's double slot.
    func binary(
        _ op: Int, inplace: Bool, _ l: StackOperand, _ r: StackOperand, unboxResult: Bool = false
    ) -> LLVMValueRef {
        let slowOp = inplace ? RuntimeABI.inplaceOp + op : op
        let fast: ((LLVMValueRef, LLVMValueRef) -> (LLVMValueRef, LLVMValueRef?))?
        let one = wordConst(1)
        switch UInt32(op) {
        case MPY_BINARY_ADD.rawValue: fast = { x, y in self.ir.withOverflow("sadd", x, self.ir.sub(y, one)) }
        case MPY_BINARY_SUB.rawValue: fast = { x, y in self.ir.withOverflow("ssub", x, self.ir.sub(y, one)) }
        case MPY_BINARY_MUL.rawValue:
            fast = { x, y in
                let (p, o) = self.ir.withOverflow("smul", self.ir.ashr(x, one), self.ir.sub(y, one))
                return (self.ir.or(p, one), o)
            }
        case MPY_BINARY_AND.rawValue: fast = { x, y in (self.ir.and(x, y), nil) }
        case MPY_BINARY_OR.rawValue: fast = { x, y in (self.ir.or(x, y), nil) }
        case MPY_BINARY_XOR.rawValue: fast = { x, y in (self.ir.or(self.ir.xor(x, y), one), nil) }
        default: fast = nil
        }
        let isFloat = Self.floatBinaryOps.contains(op)
        guard fast != nil || isFloat, inlineFastPaths else {
            return checked(ir.call("mp_binary_op", [i32(slowOp), boxed(l), boxed(r)]))
        }
        let result = stack[depth]  // the slot the result is pushed to
        let slowBB = ir.block("int.slow"), done = ir.block("int.done")
        let floatBB = isFloat ? ir.block("float.fast") : slowBB
        if let fast {
            let fastBB = ir.block("int.fast")
            ir.condBr(bothSmall(l.word, r.word), fastBB, floatBB)
            ir.position(fastBB)
            let (v, overflow) = fast(l.word, r.word)
            ir.store(v, result)
            if let overflow { ir.condBrUnlikely(overflow, slowBB, done) } else { ir.br(done) }
        } else {
            ir.br(floatBB)
        }
        if isFloat {
            ir.position(floatBB)
            let pending = unboxResult ? floatStackSlot(depth) : nil
            floatBinary(op, l, r, result: result, pending: pending, slow: slowBB, done: done)
        }
        ir.position(slowBB)
        ir.store(checked(ir.call("mp_binary_op", [i32(slowOp), boxed(l), boxed(r)])), result)
        ir.br(done)
        ir.position(done)
        return ir.load(rt.word, result)
    }

    func bothSmall(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
        ir.icmp(LLVMIntNE, ir.and(ir.and(x, y), wordConst(RuntimeABI.smallIntTag)), rt.null)
    }

    func bool(_ c: LLVMValueRef) -> LLVMValueRef { ir.select(c, rt.trueObj, rt.falseObj) }

    /// UNARY `op`: `not` of any value is its truth negated; the rest go to the runtime.
    func unary(_ op: Int, _ x: LLVMValueRef) -> LLVMValueRef {
        if op == Int(MPY_UNARY_NOT.rawValue), inlineFastPaths {
            let t = ir.block("not.true"), f = ir.block("not.false"), done = ir.block("not.done")
            let result = stack[depth]
            branchOnTruth(x, ifTrue: t, ifFalse: f)
            ir.position(t)
            ir.store(rt.falseObj, result)
            ir.br(done)
            ir.position(f)
            ir.store(rt.trueObj, result)
            ir.br(done)
            ir.position(done)
            return ir.load(rt.word, result)
        }
        return checked(ir.call("mp_unary_op", [i32(op), x]))
    }

    /// COMPARE `op` (enum mpy_compare_op): identity inline; orderings of
    /// small ints on the tagged words (tagging keeps the order), then of
    /// floats (FloatPaths.swift).
    func compare(_ op: Int, _ l: StackOperand, _ r: StackOperand) -> LLVMValueRef {
        if op == Int(MPY_COMPARE_IS.rawValue) { return bool(ir.icmp(LLVMIntEQ, boxed(l), boxed(r))) }
        if op == Int(MPY_COMPARE_IS_NOT.rawValue) { return bool(ir.icmp(LLVMIntNE, boxed(l), boxed(r))) }
        let predicates: [UInt32: LLVMIntPredicate] = [
            MPY_COMPARE_LT.rawValue: LLVMIntSLT, MPY_COMPARE_LE.rawValue: LLVMIntSLE,
            MPY_COMPARE_EQ.rawValue: LLVMIntEQ, MPY_COMPARE_NE.rawValue: LLVMIntNE,
            MPY_COMPARE_GT.rawValue: LLVMIntSGT, MPY_COMPARE_GE.rawValue: LLVMIntSGE,
        ]
        guard let p = predicates[UInt32(op)], let fp = Self.floatCompareOps[op], inlineFastPaths else {
            return checked(ir.call("mp_op_compare", [i32(op), boxed(l), boxed(r)]))
        }
        let result = stack[depth]
        let fastBB = ir.block("cmp.fast"), floatBB = ir.block("cmp.float"), slowBB = ir.block("cmp.slow")
        let done = ir.block("cmp.done")
        ir.condBr(bothSmall(l.word, r.word), fastBB, floatBB)
        ir.position(fastBB)
        ir.store(bool(ir.icmp(p, l.word, r.word)), result)
        ir.br(done)
        ir.position(floatBB)
        floatCompare(fp, l, r, result: result, slow: slowBB, done: done)
        ir.position(slowBB)
        ir.store(checked(ir.call("mp_op_compare", [i32(op), boxed(l), boxed(r)])), result)
        ir.br(done)
        ir.position(done)
        return ir.load(rt.word, result)
    }

    /// Branches on Python truth: True/False and small ints inline, anything
    /// else through mp_truth (which may raise).
    func branchOnTruth(_ v: LLVMValueRef, ifTrue: LLVMBasicBlockRef, ifFalse: LLVMBasicBlockRef) {
        guard inlineFastPaths else {
            let t = ir.call("mp_truth", [v])
            branchOnError(ir.icmp(LLVMIntSLT, t, i32(0)))
            ir.condBr(ir.icmp(LLVMIntNE, t, i32(0)), ifTrue, ifFalse)
            return
        }
        let notTrue = ir.block("truth.1"), notFalse = ir.block("truth.2"), small = ir.block("truth.int")
        let slow = ir.block("truth.slow")
        ir.condBr(ir.icmp(LLVMIntEQ, v, rt.trueObj), ifTrue, notTrue)
        ir.position(notTrue)
        ir.condBr(ir.icmp(LLVMIntEQ, v, rt.falseObj), ifFalse, notFalse)
        ir.position(notFalse)
        ir.condBr(ir.icmp(LLVMIntNE, ir.and(v, wordConst(RuntimeABI.smallIntTag)), rt.null), small, slow)
        ir.position(small)
        ir.condBr(ir.icmp(LLVMIntNE, v, rt.smallInt(0)), ifTrue, ifFalse)
        ir.position(slow)
        let t = ir.call("mp_truth", [v])
        branchOnError(ir.icmp(LLVMIntSLT, t, i32(0)))
        ir.condBr(ir.icmp(LLVMIntNE, t, i32(0)), ifTrue, ifFalse)
    }

    /// FOR_ITER: the next item is pushed and execution continues with the
    /// loop body; an exhausted iterator is popped and the loop exits. A range
    /// iterator is stepped inline.
    func forIter(exit: LLVMBasicBlockRef) {
        let it = peek()
        let body = next
        let item = stack[depth]
        func nextItem(_ generic: LLVMBasicBlockRef) {
            ir.position(generic)
            let r = checked(ir.call("mp_iternext", [it]))
            let got = ir.block("iter.item")
            ir.condBr(ir.icmp(LLVMIntEQ, r, rt.sentinelObj), exit, got)
            ir.position(got)
            ir.store(r, item)
            ir.br(body)
        }
        guard inlineFastPaths else {
            let generic = ir.block("iter.next")
            ir.br(generic)
            nextItem(generic)
            return
        }
        let isPtr = ir.icmp(LLVMIntEQ, ir.and(it, wordConst(RuntimeABI.pointerTagMask)), rt.null)
        let checkType = ir.block("range.type"), range = ir.block("range.step"), generic = ir.block("iter.next")
        ir.condBr(isPtr, checkType, generic)
        ir.position(checkType)
        let p = ir.toPtr(it)
        let type = ir.loadPtr(p, 0)
        ir.condBr(ir.icmp(LLVMIntEQ, type, rt.global("mp_type_range_iter")), range, generic)
        // Range: cur, stop, step are machine ints; items that fit a small int
        // are stepped here while cur < stop (step > 0) or cur > stop.
        ir.position(range)
        let cur = ir.loadWord(p, RuntimeABI.RangeIter.cur), stop = ir.loadWord(p, RuntimeABI.RangeIter.stop)
        let step = ir.loadWord(p, RuntimeABI.RangeIter.step)
        let tagged = ir.or(ir.shl(cur, wordConst(1)), wordConst(RuntimeABI.smallIntTag))
        let fits = ir.icmp(LLVMIntEQ, ir.ashr(tagged, wordConst(1)), cur)
        let inRange = ir.block("range.cmp")
        ir.condBr(fits, inRange, generic)
        ir.position(inRange)
        let up = ir.icmp(LLVMIntSGT, step, rt.null)
        let more = ir.select(up, ir.icmp(LLVMIntSLT, cur, stop), ir.icmp(LLVMIntSGT, cur, stop))
        let yes = ir.block("range.item")
        ir.condBr(more, yes, exit)
        ir.position(yes)
        ir.store(ir.add(cur, step), ir.wordAddress(p, RuntimeABI.RangeIter.cur))
        ir.store(tagged, item)
        ir.br(body)
        nextItem(generic)
    }
}

// MARK: subscripts

extension FunctionLowering {
    /// The element address of `seq[index]` when seq is exactly a list (or,
    /// for loads, a tuple) and index a small int in range (negative counts
    /// from the end); else a branch to `slow`.
    private func elementAddress(
        _ seq: LLVMValueRef, _ index: LLVMValueRef, tuples: Bool,
        slow: LLVMBasicBlockRef
    ) -> LLVMValueRef {
        let checkType = ir.block("subscr.type"), isList = ir.block("subscr.list")
        // seq an object's address (tag bits clear) and index a small int (tag set).
        let tag = wordConst(RuntimeABI.smallIntTag), mask = wordConst(RuntimeABI.pointerTagMask)
        let ok = ir.icmp(LLVMIntEQ, ir.and(ir.or(ir.and(seq, mask), ir.xor(ir.and(index, tag), tag)), mask), rt.null)
        ir.condBr(ok, checkType, slow)
        ir.position(checkType)
        let p = ir.toPtr(seq)
        let type = ir.loadPtr(p, 0)
        let i = ir.ashr(index, wordConst(1))
        let bounds = ir.block("subscr.bounds")
        var incoming: [(len: LLVMValueRef, items: LLVMValueRef, from: LLVMBasicBlockRef)] = []
        if tuples {
            let notList = ir.block("subscr.tuple.type"), isTuple = ir.block("subscr.tuple")
            ir.condBr(ir.icmp(LLVMIntEQ, type, rt.global("mp_type_list")), isList, notList)
            ir.position(notList)
            ir.condBr(ir.icmp(LLVMIntEQ, type, rt.global("mp_type_tuple")), isTuple, slow)
            ir.position(isTuple)
            incoming.append((ir.loadWord(p, RuntimeABI.Tuple.len), ir.wordAddress(p, RuntimeABI.Tuple.items), isTuple))
            ir.br(bounds)
        } else {
            ir.condBr(ir.icmp(LLVMIntEQ, type, rt.global("mp_type_list")), isList, slow)
        }
        ir.position(isList)
        incoming.append((ir.loadWord(p, RuntimeABI.List.len), ir.loadPtr(p, RuntimeABI.List.items), isList))
        ir.br(bounds)
        ir.position(bounds)
        let len = ir.phi(rt.word, incoming.map { ($0.len, $0.from) })
        let items = ir.phi(rt.ptr, incoming.map { ($0.items, $0.from) })
        let j = ir.select(ir.icmp(LLVMIntSLT, i, rt.null), ir.add(i, len), i)
        let inBounds = ir.block("subscr.fast")
        ir.condBr(ir.icmp(LLVMIntULT, j, len), inBounds, slow)
        ir.position(inBounds)
        return ir.wordAddress(items, j)
    }

    /// LOAD_SUBSCR: list and tuple items by small-int index inline.
    func loadSubscr(_ obj: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef {
        guard inlineFastPaths else { return checked(ir.call("mp_subscr", [obj, index, rt.sentinelObj])) }
        let result = stack[depth]
        let slow = ir.block("subscr.slow"), done = ir.block("subscr.done")
        let address = elementAddress(obj, index, tuples: true, slow: slow)
        ir.store(ir.load(rt.word, address), result)
        ir.br(done)
        ir.position(slow)
        ir.store(checked(ir.call("mp_subscr", [obj, index, rt.sentinelObj])), result)
        ir.br(done)
        ir.position(done)
        return ir.load(rt.word, result)
    }

    /// STORE_SUBSCR: list items by small-int index inline.
    func storeSubscr(_ obj: LLVMValueRef, _ index: LLVMValueRef, _ value: LLVMValueRef) {
        guard inlineFastPaths else { checked(ir.call("mp_subscr", [obj, index, value])); return }
        let slow = ir.block("subscr.slow"), done = ir.block("subscr.done")
        let address = elementAddress(obj, index, tuples: false, slow: slow)
        ir.store(value, address)
        ir.br(done)
        ir.position(slow)
        checked(ir.call("mp_subscr", [obj, index, value]))
        ir.br(done)
        ir.position(done)
    }
}
