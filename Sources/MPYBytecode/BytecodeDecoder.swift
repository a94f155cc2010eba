// Reads an encoded code object back: its instructions (opcode and operands,
// in the layouts of the opcode table), the source line of every bytecode
// offset (line table) and its exception handlers (exception table). The
// native back end lowers what this reads; the disassembler prints it.
import CMPYFormat

public enum BytecodeDecoder {
    /// One decoded instruction: offset, opcode and operands, a jump's
    /// operand as the absolute offset of its target.
    public struct Instruction: Sendable {
        public let offset: Int
        public let op: UInt8
        public let operands: [Int]
        /// The code ended inside the instruction's operands (`operands` is then empty).
        public let truncated: Bool
        public var mnemonic: String { Op.mnemonic(op) }
        /// The byte is no opcode of the table (the rest of the code is read as instructions anyway).
        public var isUnknown: Bool { Op.info(op) == nil }
    }

    /// One exception table entry: the handler at `handler` covers
    /// start ..< end, and its code is handler ..< handlerEnd.
    public struct ExceptionEntry: Equatable, Sendable {
        public let start, end, handler, depth, handlerEnd: Int
    }

    public static func instructions(_ code: CodeObject) -> [Instruction] {
        var result: [Instruction] = []
        var pos = 0
        let bc = code.bytecode
        while pos < bc.count {
            let start = pos
            let op = bc[pos]
            pos += 1
            var operands: [Int] = []
            var truncated = false
            switch Op.info(op)?.layout {
            case nil, .none?:
                break
            case .u?:
                if let v = Varint.readU(bc, &pos) { operands = [Int(truncatingIfNeeded: v)] } else { truncated = true }
            case .s?:
                if let v = Varint.readU(bc, &pos) { operands = [Int(Varint.unzigzag(v))] } else { truncated = true }
            case .j?:
                if pos + 2 <= bc.count {
                    let rel = Varint.readJump(bc, pos)
                    pos += 2
                    operands = [pos + rel]
                } else {
                    truncated = true
                }
            case .uu?:
                if let a = Varint.readU(bc, &pos), let b = Varint.readU(bc, &pos) {
                    operands = [Int(truncatingIfNeeded: a), Int(truncatingIfNeeded: b)]
                } else {
                    truncated = true
                }
            }
            if truncated { pos = bc.count }
            result.append(Instruction(offset: start, op: op, operands: operands, truncated: truncated))
        }
        return result
    }

    /// The line of every bytecode offset, from the line table.
    public static func lines(_ code: CodeObject) -> [Int] {
        var entries: [(Int, Int)] = []
        var pos = 0, off = 0, line = code.firstLine
        while pos < code.lineTable.count {
            guard let d1 = Varint.readU(code.lineTable, &pos), let z = Varint.readU(code.lineTable, &pos) else { break }
            let d2 = Int(Varint.unzigzag(UInt64(z)))
            off += Int(d1)
            line += Int(d2)
            entries.append((off, line))
        }
        var result = [Int](repeating: code.firstLine, count: code.bytecode.count)
        var k = 0
        var current = code.firstLine
        for o in 0..<code.bytecode.count {
            while k < entries.count && entries[k].0 <= o {
                current = entries[k].1
                k += 1
            }
            result[o] = current
        }
        return result
    }

    public static func exceptionEntries(_ code: CodeObject) -> [ExceptionEntry] {
        var result: [ExceptionEntry] = []
        var pos = 0
        for _ in 0..<code.nExcEntries {
            guard let s = Varint.readU(code.excTable, &pos), let e = Varint.readU(code.excTable, &pos),
                let h = Varint.readU(code.excTable, &pos), let d = Varint.readU(code.excTable, &pos),
                let he = Varint.readU(code.excTable, &pos)
            else { break }
            result.append(ExceptionEntry(start: Int(s), end: Int(e), handler: Int(h), depth: Int(d), handlerEnd: Int(he)))
        }
        return result
    }
}
