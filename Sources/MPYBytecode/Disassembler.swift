// Stable text form of a bytecode module for `--dump bytecode` and golden
// tests. It decodes the encoded bytes (not the compiler's symbolic form), so
// it also checks the encoding: every code object is a block with its
// metadata, constants and names, then one instruction per line:
//
//   code 1 f (file t.py, line 1)
//     flags: VARARGS
//     args: 1 positional, 0 keyword-only: a
//     slots: 2 locals, 0 cells, 0 free: a, args
//     stack: 2
//     consts:
//       0: 'x'
//     names:
//       0: print
//     offset line  instruction
//          0    2  LOAD_GLOBAL 0 (print)
//          2    2  LOAD_FAST 0 (a)
//          4    2  CALL 1 0
//          7    2  POP_TOP
//          8    2  LOAD_NONE
//          9    2  RETURN_VALUE
//
// Jump operands print as absolute target offsets ("-> 12"). A code object
// with exception handlers ends with its table, one entry a line:
//
//     exception table:
//       4 to 12 -> 14 depth 0, handler to 30

import CMPYFormat
import MPYSyntax

public enum Disassembler {
    public static func render(_ m: BytecodeModule) -> String {
        var out = ""
        for (i, code) in m.codes.enumerated() {
            render(code, index: i, file: m.file, isTop: i == m.top, into: &out)
        }
        return out
    }

    static func flagNames(_ flags: UInt16) -> String {
        var names: [String] = []
        let table: [(mpy_code_flags, String)] = [
            (MPY_CODE_VARARGS, "VARARGS"), (MPY_CODE_VARKEYWORDS, "VARKEYWORDS"), (MPY_CODE_GENERATOR, "GENERATOR"),
            (MPY_CODE_MODULE, "MODULE"), (MPY_CODE_CLASS_BODY, "CLASS_BODY"),
        ]
        var rest = flags
        for (f, n) in table where flags & UInt16(f.rawValue) != 0 {
            names.append(n)
            rest &= ~UInt16(f.rawValue)
        }
        if rest != 0 { names.append("0x" + String(rest, radix: 16)) }
        return names.isEmpty ? "none" : names.joined(separator: "|")
    }

    static func constRepr(_ c: ConstValue) -> String {
        switch c {
        case .int(let v): return v.description
        case .float(let d): return PythonRepr.float(d)
        case .complex(let d): return PythonRepr.constant(.imaginary(d))
        case .str(let s): return PythonRepr.string(s)
        case .bytes(let b): return PythonRepr.bytes(b)
        case .tuple(let items):
            if items.count == 1 { return "(" + constRepr(items[0]) + ",)" }
            return "(" + items.map(constRepr).joined(separator: ", ") + ")"
        case .code(let i): return "<code \(i)>"
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        }
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

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    static func render(_ code: CodeObject, index: Int, file: String, isTop: Bool, into out: inout String) {
        out += "code \(index) \(code.name) (line \(code.firstLine)\(isTop ? ", module body" : ""))\n"
        out += "  flags: \(flagNames(code.flags))\n"
        out += "  args: \(code.nPosArgs) positional"
        if code.nPosOnlyArgs > 0 { out += " (\(code.nPosOnlyArgs) positional-only)" }
        out += ", \(code.nKwOnlyArgs) keyword-only"
        out += code.argNames.isEmpty ? "\n" : ": " + code.argNames.joined(separator: ", ") + "\n"
        out += "  slots: \(code.nLocals) locals, \(code.nCells) cells, \(code.nFree) free"
        out += code.localNames.isEmpty ? "\n" : ": " + code.localNames.joined(separator: ", ") + "\n"
        if code.nCells > 0 {
            let args = code.cellArgs.map { $0 == 0xFFFF ? "-" : String($0) }
            out += "  cell args: " + args.joined(separator: ", ") + "\n"
        }
        out += "  stack: \(code.maxStack)\n"
        if !code.consts.isEmpty {
            out += "  consts:\n"
            for (i, c) in code.consts.enumerated() { out += "    \(i): \(constRepr(c))\n" }
        }
        if !code.names.isEmpty {
            out += "  names:\n"
            for (i, n) in code.names.enumerated() { out += "    \(i): \(n)\n" }
        }
        out += "  offset line  instruction\n"
        let lineOf = lines(code)
        for ins in decode(code) {
            out += "  " + pad(String(ins.offset), 6) + " " + pad(String(lineOf[ins.offset]), 4) + "  " + ins.text + "\n"
        }
        if code.nExcEntries > 0 {
            out += "  exception table:\n"
            for e in exceptionEntries(code) {
                out += "    \(e.start) to \(e.end) -> \(e.handler) depth \(e.depth), handler to \(e.handlerEnd)\n"
            }
        }
    }

    /// One decoded exception table entry; the handler's code is
    /// handler ..< handlerEnd.
    public struct ExceptionEntry: Equatable, Sendable {
        public let start, end, handler, depth, handlerEnd: Int
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

    /// One decoded instruction: offset, opcode, operands (jump operands as
    /// absolute targets) and its text.
    public struct Decoded: Sendable {
        public let offset: Int
        public let op: UInt8
        public let operands: [Int]
        public let text: String
        public var mnemonic: String { Op.mnemonic(op) }
    }

    public static func decode(_ code: CodeObject) -> [Decoded] {
        var result: [Decoded] = []
        var pos = 0
        let bc = code.bytecode
        while pos < bc.count {
            let start = pos
            let op = bc[pos]
            pos += 1
            var text = Op.mnemonic(op)
            var operands: [Int] = []
            if let info = Op.info(op) {
                switch info.layout {
                case .none:
                    break
                case .u:
                    guard let v = Varint.readU(bc, &pos) else { text += " <truncated>"; pos = bc.count; break }
                    operands = [Int(truncatingIfNeeded: v)]
                    text += " \(v)" + annotation(info.meaning, Int(truncatingIfNeeded: v), code)
                case .s:
                    guard let v = Varint.readU(bc, &pos) else { text += " <truncated>"; pos = bc.count; break }
                    operands = [Int(Varint.unzigzag(v))]
                    text += " \(Varint.unzigzag(v))"
                case .j:
                    guard pos + 2 <= bc.count else { text += " <truncated>"; pos = bc.count; break }
                    let rel = Varint.readJump(bc, pos)
                    pos += 2
                    operands = [pos + rel]
                    text += " -> \(pos + rel)"
                case .uu:
                    guard let a = Varint.readU(bc, &pos), let c = Varint.readU(bc, &pos) else {
                        text += " <truncated>"; pos = bc.count; break
                    }
                    operands = [Int(truncatingIfNeeded: a), Int(truncatingIfNeeded: c)]
                    text += " \(a) \(c)"
                    if info.meaning == .makeFunction {
                        text += annotation(.const, Int(truncatingIfNeeded: a), code)
                    }
                }
            } else {
                text += " <unknown opcode>"
            }
            result.append(Decoded(offset: start, op: op, operands: operands, text: text))
        }
        return result
    }

    static func annotation(_ meaning: OperandMeaning, _ v: Int, _ code: CodeObject) -> String {
        switch meaning {
        case .plain, .makeFunction: return ""
        case .const: return v < code.consts.count ? " (\(constRepr(code.consts[v])))" : " (?)"
        case .name: return v < code.names.count ? " (\(code.names[v]))" : " (?)"
        case .slot: return v < code.localNames.count ? " (\(code.localNames[v]))" : " (?)"
        case .binaryOp, .inplaceOp: return v < OperatorNames.binary.count ? " (\(OperatorNames.binary[v]))" : " (?)"
        case .unaryOp: return v < OperatorNames.unary.count ? " (\(OperatorNames.unary[v]))" : " (?)"
        case .compareOp: return v < OperatorNames.compare.count ? " (\(OperatorNames.compare[v]))" : " (?)"
        }
    }
}
