// try/except/else/finally, with, and the statements that leave blocks
// (break, continue, return, bare raise).
//
// Handlers are zero cost: a try body is a range of the exception table.
// The exception being handled lives in a hidden local slot, not on the
// stack, so handler bodies run at the statement's stack depth:
//
//   try: BODY                          [handler X, code to XE] BODY [end X]
//   except E as e: H                   JUMP else
//   else: ELSE                    X:   STORE_FAST $exc
//                                      LOAD_FAST $exc; E; COMPARE exception match; POP_JUMP_IF_FALSE next
//                                      LOAD_FAST $exc; STORE e
//                                      [handler C, code to next] H [end C]; e = None; del e; JUMP done
//                                 C:   e = None; del e; RERAISE
//                                 next: LOAD_FAST $exc; RERAISE
//                                 XE:
//                                 else: ELSE
//                                 done:
//
// A finally body is compiled once for the normal exit, once for the
// exception path (STORE_FAST $fin; FIN; LOAD_FAST $fin; RERAISE), and
// inlined before every break, continue and return that leaves it, as
// CPython 3.11 does. A with statement keeps the bound __exit__ in a hidden
// slot and calls it on every exit.
//
// Every handler's code is one contiguous range, which its exception table
// entries record ([X, XE) above; for finally and with, through the RERAISE
// that ends the exception path): while execution is inside it, the frame
// is handling that exception, and a new one raised there chains to it.
import CMPYFormat
import MPYSemantics
import MPYSyntax

extension FunctionCompiler {
    /// Hidden slots a body needs at most at once, and whether a return
    /// value must be parked while finally bodies run.
    static func hiddenSlotsNeeded(_ stmts: [Stmt]) -> (slots: Int, ret: Bool) {
        var slots = 0, ret = false
        for s in stmts {
            var own = 0
            var children: [[Stmt]] = []
            switch s.kind {
            case .if(_, let body, let orElse), .while(_, let body, let orElse):
                children = [body, orElse]
            case .for(_, _, let body, let orElse, let isAsync):
                own = isAsync ? 1 : 0
                children = [body, orElse]
            case .with(let items, let body, _):
                own = 2 * items.count
                children = [body]
            case .try(let body, let handlers, let orElse, let final):
                own = (handlers.isEmpty ? 0 : 1) + (final.isEmpty ? 0 : 1)
                if !final.isEmpty && ([body, orElse] + handlers.map(\.body)).contains(where: containsReturn) {
                    ret = true
                }
                children = [body, orElse, final] + handlers.map(\.body)
            default:
                continue
            }
            var inner = 0
            for c in children {
                let n = hiddenSlotsNeeded(c)
                inner = max(inner, n.slots)
                ret = ret || n.ret
            }
            slots = max(slots, own + inner)
        }
        return (slots, ret)
    }

    /// Whether a `return` of this function is among the statements.
    static func containsReturn(_ stmts: [Stmt]) -> Bool {
        stmts.contains { s in
            switch s.kind {
            case .return: return true
            case .if(_, let body, let orElse), .while(_, let body, let orElse), .for(_, _, let body, let orElse, _):
                return containsReturn(body) || containsReturn(orElse)
            case .with(_, let body, _): return containsReturn(body)
            case .try(let body, let handlers, let orElse, let final):
                return containsReturn(body) || containsReturn(orElse) || containsReturn(final)
                    || handlers.contains { containsReturn($0.body) }
            default: return false
            }
        }
    }

    /// Reserves `n` hidden slots for the statement being compiled; returns the first.
    private func reserveHidden(_ n: Int, at range: SourceRange) throws(CompileError) -> Int {
        guard hiddenNext + n <= hiddenCount else {
            throw CompileError("internal error: hidden slots exhausted", at: range)
        }
        hiddenNext += n
        return hiddenBase + hiddenNext - n
    }

    private func enter(_ kind: Block.Kind) {
        blocks.append(Block(kind: kind, handlerDepth: b.activeHandlers.count, hiddenLevel: hiddenNext))
    }

    // MARK: leaving blocks

    /// Emits what leaving blocks[level...] takes (innermost first), then
    /// `finish` in the context of the outermost block left.
    func leaveBlocks(downTo level: Int, finish: () throws(CompileError) -> Void) throws(CompileError) {
        let savedBlocks = blocks, savedHandlers = b.activeHandlers, savedHidden = hiddenNext
        defer {
            blocks = savedBlocks
            b.activeHandlers = savedHandlers
            hiddenNext = savedHidden
        }
        for i in stride(from: savedBlocks.count - 1, through: level, by: -1) {
            let blk = savedBlocks[i]
            blocks = Array(savedBlocks.prefix(i))
            switch blk.kind {
            case .loop, .tryBody:
                break
            case .finally(let stmts):
                b.activeHandlers = Array(savedHandlers.prefix(blk.handlerDepth))
                hiddenNext = blk.hiddenLevel
                try body(stmts)
            case .handler(_, let name):
                if let name {
                    b.activeHandlers = Array(savedHandlers.prefix(blk.handlerDepth))
                    try unbind(name)
                }
            case .with(let exitSlot, let isAsync):
                b.activeHandlers = Array(savedHandlers.prefix(blk.handlerDepth))
                callExitWithNones(exitSlot, isAsync: isAsync)
            }
        }
        try finish()
    }

    private func needsCode(_ blk: Block) -> Bool {
        switch blk.kind {
        case .loop, .tryBody: return false
        case .handler(_, let name): return name != nil
        case .finally, .with: return true
        }
    }

    func breakStatement(_ s: Stmt, isBreak: Bool) throws(CompileError) {
        guard let i = blocks.lastIndex(where: { if case .loop = $0.kind { return true } else { return false } }),
            case .loop(let loop) = blocks[i].kind
        else {
            throw CompileError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", at: s.range)
        }
        try leaveBlocks(downTo: i + 1) { () throws(CompileError) in
            if isBreak {
                if loop.isFor { b.emit(Op.popTop) }
                b.emit(Op.jump, .jump(loop.breakLabel))
            } else {
                b.emit(Op.jump, .jump(loop.continueLabel))
            }
        }
    }

    func returnStatement(_ v: Expr?) throws(CompileError) {
        guard blocks.contains(where: needsCode) else {
            if let v { try expr(v) } else { b.emit(Op.loadNone) }
            b.emit(Op.returnValue)
            return
        }
        // A finally body may break out of a loop (popping its iterator), so
        // the value waits in a slot; with exits and unbinding leave the
        // stack alone. Constants are loaded at the end.
        let crossesFinally = blocks.contains { if case .finally = $0.kind { return true } else { return false } }
        var late: Expr? = nil
        if let v {
            if case .constant = v.kind {
                late = v
            } else {
                try expr(v)
                if crossesFinally { b.emit(Op.storeFast, .u(retSlot)) }
            }
        }
        try leaveBlocks(downTo: 0) { () throws(CompileError) in
            if let late {
                try expr(late)
            } else if v == nil {
                b.emit(Op.loadNone)
            } else if crossesFinally {
                b.emit(Op.loadFast, .u(retSlot))
            }
            b.emit(Op.returnValue)
        }
    }

    /// Bare `raise`: inside an except clause re-raises the exception it
    /// handles; elsewhere the runtime reports that none is active.
    func reraiseStatement() {
        for blk in blocks.reversed() {
            if case .handler(let slot, _) = blk.kind {
                b.emit(Op.loadFast, .u(slot))
                b.emit(Op.reraise)
                return
            }
        }
        b.emit(Op.raise, .u(0))
    }

    /// `name = None; del name` (the end of `except ... as name`).
    private func unbind(_ n: Identifier) throws(CompileError) {
        b.emit(Op.loadNone)
        try name(n.name, .store, at: n.range)
        try name(n.name, .delete, at: n.range)
    }

    private func callExitWithNones(_ exitSlot: Int, isAsync: Bool) {
        b.emit(Op.loadFast, .u(exitSlot))
        b.emit(Op.loadNone)
        b.emit(Op.loadNone)
        b.emit(Op.loadNone)
        b.emit(Op.call, .two(3, 0))
        if isAsync { emitAwait() }
        b.emit(Op.popTop)
    }

    // MARK: try

    func tryStatement(
        _ s: Stmt, _ tryBody: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt],
        _ final: [Stmt]
    ) throws(CompileError) {
        let saved = hiddenNext
        defer { hiddenNext = saved }
        let excSlot = handlers.isEmpty ? -1 : try reserveHidden(1, at: s.range)
        let finSlot = final.isEmpty ? -1 : try reserveHidden(1, at: s.range)
        let done = b.newLabel()
        let finallyHandler = b.newLabel(), finallyEnd = b.newLabel()
        if !final.isEmpty {
            enter(.finally(final))
            b.pushHandler(finallyHandler, end: finallyEnd)
        }
        if handlers.isEmpty {
            try body(tryBody)
            try body(orElse)
        } else {
            let dispatch = b.newLabel(), dispatchEnd = b.newLabel()
            enter(.tryBody)
            b.pushHandler(dispatch, end: dispatchEnd)
            try body(tryBody)
            b.popHandler()
            blocks.removeLast()
            // The else body goes after the clauses, keeping lines in order.
            let orElseLabel = b.newLabel()
            b.emit(Op.jump, .jump(orElseLabel))
            b.place(dispatch)
            b.markLine(m.line(handlers[0].range.start))
            b.emit(Op.storeFast, .u(excSlot))
            for (i, h) in handlers.enumerated() {
                b.markLine(m.line(h.range.start))
                let next = b.newLabel()
                if let t = h.type {
                    b.emit(Op.loadFast, .u(excSlot))
                    try expr(t)
                    b.emit(Op.compare, .u(Int(MPY_COMPARE_EXC_MATCH.rawValue)))
                    b.emit(Op.popJumpIfFalse, .jump(next))
                } else if i < handlers.count - 1 {
                    throw CompileError("default 'except:' must be last", at: h.range)
                }
                if let n = h.name {
                    b.emit(Op.loadFast, .u(excSlot))
                    try name(n.name, .store, at: n.range)
                    let cleanup = b.newLabel()
                    enter(.handler(excSlot: excSlot, name: n))
                    b.pushHandler(cleanup, end: next)
                    try body(h.body)
                    b.popHandler()
                    blocks.removeLast()
                    try unbind(n)
                    b.emit(Op.jump, .jump(done))
                    // An exception in the clause body: unbind, then pass it on.
                    b.place(cleanup)
                    try unbind(n)
                    b.emit(Op.reraise)
                } else {
                    enter(.handler(excSlot: excSlot, name: nil))
                    try body(h.body)
                    blocks.removeLast()
                    b.emit(Op.jump, .jump(done))
                }
                b.place(next)
            }
            b.emit(Op.loadFast, .u(excSlot))
            b.emit(Op.reraise)
            b.place(dispatchEnd)
            b.place(orElseLabel)
            try body(orElse)
        }
        if !final.isEmpty {
            b.popHandler()
            blocks.removeLast()
            b.place(done)
            try body(final)
            b.emit(Op.jump, .jump(finallyEnd))
            b.place(finallyHandler)
            b.emit(Op.storeFast, .u(finSlot))
            try body(final)
            b.emit(Op.loadFast, .u(finSlot))
            b.emit(Op.reraise)
            b.place(finallyEnd)
        } else {
            b.place(done)
        }
    }

    // MARK: with

    /// `with a as x, b as y: BODY` is `with a as x: with b as y: BODY`.
    /// `async with` calls __aenter__ and __aexit__ and awaits their results.
    func withStatement(
        _ s: Stmt, _ items: ArraySlice<WithItem>, _ withBody: [Stmt], isAsync: Bool = false
    ) throws(CompileError) {
        guard let item = items.first else {
            try body(withBody)
            return
        }
        let saved = hiddenNext
        defer { hiddenNext = saved }
        let exitSlot = try reserveHidden(2, at: s.range), excSlot = exitSlot + 1
        try expr(item.context)
        b.emit(Op.dupTop)
        b.emit(Op.loadAttr, .name(b.nameIndex(isAsync ? "__aexit__" : "__exit__")))
        b.emit(Op.storeFast, .u(exitSlot))
        b.emit(Op.loadMethod, .name(b.nameIndex(isAsync ? "__aenter__" : "__enter__")))
        b.emit(Op.callMethod, .two(0, 0))
        if isAsync { emitAwait() }
        if let t = item.target { try store(t) } else { b.emit(Op.popTop) }
        let handler = b.newLabel(), end = b.newLabel()
        enter(.with(exitSlot: exitSlot, isAsync: isAsync))
        b.pushHandler(handler, end: end)
        try withStatement(s, items.dropFirst(), withBody, isAsync: isAsync)
        b.popHandler()
        blocks.removeLast()
        callExitWithNones(exitSlot, isAsync: isAsync)
        b.emit(Op.jump, .jump(end))
        // exit(type(exc), exc, exc.__traceback__): a true result swallows the exception.
        b.place(handler)
        b.markLine(m.line(s.range.start))
        b.emit(Op.storeFast, .u(excSlot))
        b.emit(Op.loadFast, .u(exitSlot))
        b.emit(Op.loadFast, .u(excSlot))
        b.emit(Op.loadAttr, .name(b.nameIndex("__class__")))
        b.emit(Op.loadFast, .u(excSlot))
        b.emit(Op.loadFast, .u(excSlot))
        b.emit(Op.loadAttr, .name(b.nameIndex("__traceback__")))
        b.emit(Op.call, .two(3, 0))
        if isAsync { emitAwait() }
        b.emit(Op.popJumpIfTrue, .jump(end))
        b.emit(Op.loadFast, .u(excSlot))
        b.emit(Op.reraise)
        b.place(end)
    }

    // MARK: async for

    /// `async for T in I: BODY else: ELSE`, as MicroPython compiles it:
    ///
    ///        I; LOAD_METHOD __aiter__; CALL_METHOD 0        (the iterator stays on the stack)
    ///   top: [handler X, code to XE]
    ///        DUP_TOP; LOAD_METHOD __anext__; CALL_METHOD 0; await
    ///        [end X]; STORE T; BODY; JUMP top
    ///   X:   STORE_FAST $exc; LOAD_FAST $exc; LOAD_GLOBAL StopAsyncIteration
    ///        COMPARE exception match; POP_JUMP_IF_FALSE again
    ///        POP_TOP; JUMP else
    ///   again: LOAD_FAST $exc; RERAISE
    ///   XE:
    ///   else: ELSE
    ///   end:
    func asyncForStatement(
        _ s: Stmt, _ target: Expr, _ iter: Expr, _ bodyStmts: [Stmt], _ orElse: [Stmt]
    ) throws(CompileError) {
        let saved = hiddenNext
        defer { hiddenNext = saved }
        let excSlot = try reserveHidden(1, at: s.range)
        try expr(iter)
        b.emit(Op.loadMethod, .name(b.nameIndex("__aiter__")))
        b.emit(Op.callMethod, .two(0, 0))
        let top = b.newLabel(), otherwise = b.newLabel(), end = b.newLabel()
        let handler = b.newLabel(), handlerEnd = b.newLabel()
        b.place(top)
        b.pushHandler(handler, end: handlerEnd)
        b.emit(Op.dupTop)
        b.emit(Op.loadMethod, .name(b.nameIndex("__anext__")))
        b.emit(Op.callMethod, .two(0, 0))
        emitAwait()
        b.popHandler()
        try store(target)
        blocks.append(
            Block(
                kind: .loop(LoopContext(continueLabel: top, breakLabel: end, isFor: true)),
                handlerDepth: b.activeHandlers.count, hiddenLevel: hiddenNext))
        try body(bodyStmts)
        blocks.removeLast()
        b.emit(Op.jump, .jump(top))
        // StopAsyncIteration ends the loop; anything else passes on.
        b.place(handler)
        b.markLine(m.line(s.range.start))
        b.emit(Op.storeFast, .u(excSlot))
        b.emit(Op.loadFast, .u(excSlot))
        b.emit(Op.loadGlobal, .name(b.nameIndex("StopAsyncIteration")))
        b.emit(Op.compare, .u(Int(MPY_COMPARE_EXC_MATCH.rawValue)))
        let again = b.newLabel()
        b.emit(Op.popJumpIfFalse, .jump(again))
        b.emit(Op.popTop)
        b.emit(Op.jump, .jump(otherwise))
        b.place(again)
        b.emit(Op.loadFast, .u(excSlot))
        b.emit(Op.reraise)
        b.place(handlerEnd)
        b.place(otherwise)
        try body(orElse)
        b.place(end)
    }
}
