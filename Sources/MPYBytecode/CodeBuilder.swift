// Symbolic instructions of one code object and their assembly: labels for
// jumps, provisional constant and name pools, line marks, exception
// handlers. Assembly runs a stack-depth data flow over the instructions
// (exact max_stack, and a check that every path agrees on the depth; an
// instruction covered by a handler also flows into the handler), drops
// unreachable instructions, numbers constants and names in order of first
// live use, lays the bytes out and builds the line and exception tables.
import CMPYFormat

struct Label: Hashable {
    let id: Int
}

enum Arg {
    case none
    /// A U operand (slot, count, operator, ...).
    case u(Int)
    /// An S operand.
    case s(Int)
    /// A provisional constant index (U).
    case const(Int)
    /// A provisional name index (U).
    case name(Int)
    case jump(Label)
    /// Two U operands (CALL npos nkw, CALL_METHOD).
    case two(Int, Int)
    /// MAKE_FUNCTION: provisional constant index of the code, flags.
    case function(Int, Int)
}

struct Instr {
    var op: UInt8
    var arg: Arg
    /// The innermost exception handler covering the instruction (an index
    /// into the builder's handlers), or -1.
    var handler: Int = -1
    /// Byte offset in the source of the innermost expression or statement
    /// that emitted it (for back-end diagnostics), or -1.
    var source: Int32 = -1
}

/// An exception handler: where it starts covering (its depth is the stack
/// depth there), the code it jumps to, with the exception pushed, and where
/// that code ends (the exception is being handled in [label, end)).
struct Handler {
    let start: Int
    let label: Label
    let end: Label
}

/// A failure of assembly: an internal inconsistency or a limit of the format.
struct AssemblyError: Error {
    let message: String
}

final class CodeBuilder {
    private(set) var instrs: [Instr] = []
    private var labelTargets: [Int] = []
    private var constList: [ConstValue] = []
    private var constMap: [ConstValue: Int] = [:]
    private var nameList: [String] = []
    private var nameMap: [String: Int] = [:]
    private var lineMarks: [(instr: Int, line: Int)] = []
    private var handlers: [Handler] = []
    /// Handlers covering the instructions emitted now, innermost last.
    var activeHandlers: [Int] = []

    var count: Int { instrs.count }

    /// Starts covering the following instructions with a handler whose code
    /// is [label, end); the stack depth at this point is restored when it
    /// is entered.
    @discardableResult
    func pushHandler(_ label: Label, end: Label) -> Int {
        handlers.append(Handler(start: instrs.count, label: label, end: end))
        activeHandlers.append(handlers.count - 1)
        return handlers.count - 1
    }

    func popHandler() { activeHandlers.removeLast() }

    func newLabel() -> Label {
        labelTargets.append(-1)
        return Label(id: labelTargets.count - 1)
    }

    func place(_ l: Label) { labelTargets[l.id] = instrs.count }

    /// Source offset given to the instructions emitted from now on.
    var sourceOffset: Int32 = -1

    func emit(_ op: UInt8, _ arg: Arg = .none) {
        instrs.append(Instr(op: op, arg: arg, handler: activeHandlers.last ?? -1, source: sourceOffset))
    }

    /// Removes the instructions from index `mark` on (constant folding
    /// replaces the loads it folded). Labels must not point past `mark`.
    func truncate(to mark: Int) { instrs.removeSubrange(mark...) }

    func constIndex(_ c: ConstValue) -> Int {
        if let i = constMap[c] { return i }
        constList.append(c)
        constMap[c] = constList.count - 1
        return constList.count - 1
    }

    func nameIndex(_ s: String) -> Int {
        if let i = nameMap[s] { return i }
        nameList.append(s)
        nameMap[s] = nameList.count - 1
        return nameList.count - 1
    }

    func markLine(_ line: Int) { lineMarks.append((instrs.count, line)) }

    private static func operands(_ arg: Arg) -> (Int, Int) {
        switch arg {
        case .none, .jump: return (0, 0)
        case .u(let a), .s(let a), .const(let a), .name(let a): return (a, 0)
        case .two(let a, let b), .function(let a, let b): return (a, b)
        }
    }

    /// Assembles into `code` (bytecode, consts, names, line table, exception
    /// table, max stack).
    func assemble(into code: inout CodeObject) throws(AssemblyError) {
        let n = instrs.count
        func target(_ l: Label) throws(AssemblyError) -> Int {
            let t = labelTargets[l.id]
            guard t >= 0 else { throw AssemblyError(message: "internal error: jump to an unplaced label") }
            return t
        }

        // Stack depth at entry of each reachable instruction.
        var depthIn = [Int](repeating: -1, count: n)
        var maxStack = 0
        var work: [Int] = []
        func reach(_ i: Int, _ d: Int) throws(AssemblyError) {
            guard i < n else { throw AssemblyError(message: "internal error: execution falls off the end of the code") }
            if depthIn[i] < 0 {
                depthIn[i] = d
                work.append(i)
            } else if depthIn[i] != d {
                throw AssemblyError(message: "internal error: inconsistent stack depth at instruction \(i) (\(depthIn[i]) and \(d))")
            }
        }
        if n > 0 { try reach(0, 0) }
        while let i = work.popLast() {
            let ins = instrs[i]
            let d = depthIn[i]
            let (a, b) = CodeBuilder.operands(ins.arg)
            let eff = Op.stackEffect(ins.op, a, b)
            guard d >= eff.fallthrough.0 else {
                throw AssemblyError(message: "internal error: stack underflow at \(Op.mnemonic(ins.op))")
            }
            let after = d - eff.fallthrough.0 + eff.fallthrough.1
            maxStack = max(maxStack, after)
            if !Op.endsBlock(ins.op) { try reach(i + 1, after) }
            if case .jump(let l) = ins.arg, let j = eff.jump {
                let dj = d - j.0 + j.1
                maxStack = max(maxStack, dj)
                try reach(try target(l), dj)
            }
            if ins.handler >= 0 {
                // The handler gets the depth at its start plus the exception.
                let h = handlers[ins.handler]
                let hd = try handlerDepth(h)
                maxStack = max(maxStack, hd + 1)
                try reach(try target(h.label), hd + 1)
            }
        }
        func handlerDepth(_ h: Handler) throws(AssemblyError) -> Int {
            guard h.start < n, depthIn[h.start] >= 0 else {
                throw AssemblyError(message: "internal error: exception handler entered before its start")
            }
            return depthIn[h.start]
        }

        // Live instructions and where every old index lands.
        var newIndex = [Int](repeating: 0, count: n + 1)
        var live: [Instr] = []
        live.reserveCapacity(n)
        for i in 0..<n {
            newIndex[i] = live.count
            if depthIn[i] >= 0 { live.append(instrs[i]) }
        }
        newIndex[n] = live.count
        // A jump to the very next live instruction (left behind by a folded
        // condition or a `break` at the end of a loop body) is dropped.
        var dropped = [Int](repeating: 0, count: live.count + 1)
        var kept: [Instr] = []
        kept.reserveCapacity(live.count)
        for (k, ins) in live.enumerated() {
            if ins.op == Op.jump, case .jump(let l) = ins.arg, newIndex[try target(l)] == k + 1 {
                dropped[k + 1] = dropped[k] + 1
            } else {
                kept.append(ins)
                dropped[k + 1] = dropped[k]
            }
        }
        if kept.count != live.count {
            for i in 0...n { newIndex[i] -= dropped[newIndex[i]] }
            live = kept
        }

        // Pools in order of first live use. Names of the instructions with an
        // interpreter cache come first, one index per (name, role), so that
        // the caches (mpy_code.caches, one per index below n_caches) are few
        // and each serves one role; other uses take any index of their name.
        var constRenum = [Int](repeating: -1, count: constList.count)
        var nameRenum = [Int](repeating: -1, count: nameList.count)
        var roleRenum = [[Int]](repeating: [Int](repeating: -1, count: nameList.count), count: 3)
        var consts: [ConstValue] = []
        var names: [String] = []
        func useConst(_ c: Int) -> Int {
            if constRenum[c] < 0 { constRenum[c] = consts.count; consts.append(constList[c]) }
            return constRenum[c]
        }
        for k in live.indices {
            guard case .name(let s) = live[k].arg else { continue }
            let role = Op.cacheRole(live[k].op)
            guard role != 0 else { continue }
            if roleRenum[role][s] < 0 {
                roleRenum[role][s] = names.count
                names.append(nameList[s])
                if nameRenum[s] < 0 { nameRenum[s] = names.count - 1 }
            }
            live[k].arg = .u(roleRenum[role][s])
        }
        func useName(_ s: Int) -> Int {
            if nameRenum[s] < 0 { nameRenum[s] = names.count; names.append(nameList[s]) }
            return nameRenum[s]
        }
        for k in live.indices {
            switch live[k].arg {
            case .const(let c): live[k].arg = .u(useConst(c))
            case .function(let c, let f): live[k].arg = .two(useConst(c), f)
            case .name(let s): live[k].arg = .u(useName(s))
            case .jump(let l): live[k].arg = .jump(Label(id: -1 - newIndex[try target(l)]))
            default: break
            }
        }
        guard consts.count <= 0xFFFF else { throw AssemblyError(message: "too many constants in one code object") }
        guard names.count <= 0xFFFF else { throw AssemblyError(message: "too many names in one code object") }
        guard maxStack <= 0xFFFF else { throw AssemblyError(message: "expression too deep for the stack limit") }

        // Layout: jumps have a fixed size, so one pass gives every offset.
        var offsets = [Int](repeating: 0, count: live.count + 1)
        var pos = 0
        for (k, ins) in live.enumerated() {
            offsets[k] = pos
            pos += 1
            switch ins.arg {
            case .none: break
            case .u(let a): pos += Varint.sizeU(a)
            case .s(let a): pos += Varint.sizeU(Int(truncatingIfNeeded: Varint.zigzag(Int64(a))))
            case .two(let a, let b): pos += Varint.sizeU(a) + Varint.sizeU(b)
            case .jump: pos += 2
            case .const, .name, .function: break
            }
        }
        offsets[live.count] = pos
        var sources: [Int: Int] = [:]
        for (k, ins) in live.enumerated() where ins.source >= 0 { sources[offsets[k]] = Int(ins.source) }
        code.sourceOffsets = sources
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pos)
        for (k, ins) in live.enumerated() {
            bytes.append(ins.op)
            switch ins.arg {
            case .none: break
            case .u(let a): Varint.appendU(a, to: &bytes)
            case .s(let a): Varint.appendS(Int64(a), to: &bytes)
            case .two(let a, let b):
                Varint.appendU(a, to: &bytes)
                Varint.appendU(b, to: &bytes)
            case .jump(let l):
                let rel = offsets[-1 - l.id] - (offsets[k] + 3)
                guard rel >= Int(Int16.min) && rel <= Int(Int16.max) else {
                    throw AssemblyError(message: "code object too large: a jump spans more than 32767 bytes")
                }
                bytes += Varint.jumpBytes(rel)
            case .const, .name, .function: break
            }
        }
        guard bytes.count <= Int(UInt32.max) else { throw AssemblyError(message: "code object too large") }

        // Line table: (offset, line) at statement starts; lines may go back
        // (loop conditions, inlined finally bodies), so deltas are signed.
        var entries: [(Int, Int)] = []
        for mark in lineMarks {
            let off = offsets[newIndex[mark.instr]]
            if off >= bytes.count { continue }
            if let last = entries.last, last.0 == off {
                // Statements that emitted nothing: the later one wins.
                entries[entries.count - 1].1 = mark.line
                continue
            }
            if let last = entries.last, last.1 == mark.line { continue }
            if entries.isEmpty && mark.line == code.firstLine && off == 0 { continue }
            entries.append((off, mark.line))
        }
        var table: [UInt8] = []
        var prevOff = 0, prevLine = code.firstLine
        for (off, line) in entries where !(off == prevOff && line == prevLine) {
            Varint.appendU(off - prevOff, to: &table)
            Varint.appendS(Int64(line - prevLine), to: &table)
            prevOff = off
            prevLine = line
        }

        // Exception table: one entry per run of instructions with the same
        // innermost handler. Runs never overlap, so the runtime's first match
        // is the innermost handler.
        var excTable: [UInt8] = []
        var nExc = 0
        var k = 0
        while k < live.count {
            let h = live[k].handler
            var e = k + 1
            while e < live.count && live[e].handler == h { e += 1 }
            if h >= 0 {
                let handler = handlers[h]
                Varint.appendU(offsets[k], to: &excTable)
                Varint.appendU(offsets[e], to: &excTable)
                Varint.appendU(offsets[newIndex[try target(handler.label)]], to: &excTable)
                Varint.appendU(try handlerDepth(handler), to: &excTable)
                Varint.appendU(offsets[newIndex[try target(handler.end)]], to: &excTable)
                nExc += 1
            }
            k = e
        }
        guard nExc <= 0xFFFF else { throw AssemblyError(message: "too many exception handlers in one code object") }

        code.bytecode = bytes
        code.excTable = excTable
        code.nExcEntries = nExc
        code.consts = consts
        code.names = names
        code.lineTable = table
        code.maxStack = maxStack
    }
}
