// What the lowering needs to know about a code object before it emits IR:
// its decoded instructions, the value-stack depth at each (the bytecode
// guarantees one depth per instruction), where basic blocks start, which
// exception-table entry covers each instruction, and which locals are
// definitely assigned there (their loads need no UnboundLocalError check).
import MPYBytecode
import CMPYFormat

struct CodeAnalysis {
    typealias Instruction = BytecodeDecoder.Instruction
    typealias Handler = BytecodeDecoder.ExceptionEntry

    let instructions: [Instruction]
    /// Instruction index by bytecode offset.
    let indexAt: [Int: Int]
    /// Stack depth before each instruction; nil where it is unreachable.
    private(set) var depth: [Int?]
    /// Offsets where a basic block starts.
    private(set) var leaders: Set<Int> = [0]
    /// The handler that catches an exception raised by each instruction.
    let handler: [Handler?]
    /// Locals definitely assigned before each instruction (nil: unreachable).
    private(set) var assigned: [[Bool]?]
    /// Source line of each bytecode offset.
    let lines: [Int]
    /// The most words any instruction passes to the runtime as an array.
    private(set) var scratchWords = 1
    /// The code object contains YIELD_VALUE or YIELD_FROM.
    private(set) var yields = false

    init(_ code: CodeObject) {
        instructions = BytecodeDecoder.instructions(code)
        var idx: [Int: Int] = [:]
        for (i, ins) in instructions.enumerated() { idx[ins.offset] = i }
        indexAt = idx
        lines = BytecodeDecoder.lines(code)
        let entries = BytecodeDecoder.exceptionEntries(code)
        handler = instructions.map { ins in entries.first { $0.start <= ins.offset && ins.offset < $0.end } }
        depth = Array(repeating: nil, count: instructions.count)
        assigned = Array(repeating: nil, count: instructions.count)
        for e in entries { leaders.insert(e.handler) }
        computeDepths()
        computeAssigned(code)
    }

    /// Successors of instruction i: (index, stack depth on entry).
    func successors(_ i: Int, depth d: Int) -> [(Int, Int)] {
        let ins = instructions[i]
        let a = ins.operands.first ?? 0, b = ins.operands.count > 1 ? ins.operands[1] : 0
        let effect = Op.stackEffect(ins.op, a, b)
        var out: [(Int, Int)] = []
        if !Op.endsBlock(ins.op), i + 1 < instructions.count {
            out.append((i + 1, d - effect.fallthrough.0 + effect.fallthrough.1))
        }
        if Op.isJump(ins.op), let j = effect.jump, let target = indexAt[a] {
            out.append((target, d - j.0 + j.1))
        }
        if let h = handler[i], let target = indexAt[h.handler] {
            out.append((target, h.depth + 1))
        }
        return out
    }

    private mutating func computeDepths() {
        guard !instructions.isEmpty else { return }
        depth[0] = 0
        var work = [0]
        while let i = work.popLast() {
            let ins = instructions[i]
            if ins.op == Op.yieldValue || ins.op == Op.yieldFrom { yields = true }
            let a = ins.operands.first ?? 0, b = ins.operands.count > 1 ? ins.operands[1] : 0
            scratchWords = max(scratchWords, arrayWords(ins.op, a, b))
            if Op.isJump(ins.op) || Op.endsBlock(ins.op), i + 1 < instructions.count {
                leaders.insert(instructions[i + 1].offset)
            }
            if Op.isJump(ins.op) { leaders.insert(a) }
            // A generator resumes after a yield, and re-enters `yield from`.
            if ins.op == Op.yieldValue || ins.op == Op.yieldFrom, i + 1 < instructions.count {
                leaders.insert(instructions[i + 1].offset)
                leaders.insert(ins.offset)
            }
            for (s, d) in successors(i, depth: depth[i]!) where depth[s] == nil {
                depth[s] = d
                work.append(s)
            }
        }
    }

    /// Words of the argument array an instruction's runtime call takes.
    private func arrayWords(_ op: UInt8, _ a: Int, _ b: Int) -> Int {
        switch op {
        case Op.buildTuple, Op.buildList, Op.buildSet, Op.unpackSequence: return a
        case Op.buildMap: return 2 * a
        case Op.call: return a + 2 * b
        case Op.callMethod: return 1 + a + 2 * b
        case Op.unpackEx: return a + b + 1
        default: return 0
        }
    }

    /// Forward must-analysis: a local is assigned where every path to the
    /// instruction stores it (parameters are assigned on entry).
    private mutating func computeAssigned(_ code: CodeObject) {
        guard !instructions.isEmpty else { return }
        var params = code.nPosArgs + code.nKwOnlyArgs
        if code.has(MPY_CODE_VARARGS) { params += 1 }
        if code.has(MPY_CODE_VARKEYWORDS) { params += 1 }
        var entry = [Bool](repeating: false, count: code.nLocals)
        for p in 0..<min(params, code.nLocals) { entry[p] = true }
        assigned[0] = entry
        var work = [0]
        var queued = Set([0])
        while let i = work.popLast() {
            queued.remove(i)
            guard var state = assigned[i], let d = depth[i] else { continue }
            let ins = instructions[i]
            let slot = ins.operands.first ?? -1
            if ins.op == Op.storeFast, slot < state.count { state[slot] = true }
            if ins.op == Op.deleteFast, slot < state.count { state[slot] = false }
            for (s, _) in successors(i, depth: d) {
                // A handler is entered before the instruction's own store.
                let incoming = handler[i].map { indexAt[$0.handler] == s } == true ? assigned[i]! : state
                let merged: [Bool]
                if let old = assigned[s] {
                    merged = zip(old, incoming).map { $0 && $1 }
                    if merged == old { continue }
                } else {
                    merged = incoming
                }
                assigned[s] = merged
                if !queued.contains(s) { queued.insert(s); work.append(s) }
            }
        }
    }
}
