// Stable text form of a bytecode module for `--dump bytecode` and golden
// tests. It prints what BytecodeDecoder reads back from the encoded bytes
// (not the compiler's symbolic form), so it also checks the encoding:
// every code object is a block with its metadata, constants and names,
// then one instruction per line:
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
        let lineOf = BytecodeDecoder.lines(code)
        for ins in decode(code) {
            out += "  " + pad(String(ins.offset), 6) + " " + pad(String(lineOf[ins.offset]), 4) + "  " + ins.text + "\n"
        }
        if code.nExcEntries > 0 {
            out += "  exception table:\n"
            for e in BytecodeDecoder.exceptionEntries(code) {
                out += "    \(e.start) to \(e.end) -> \(e.handler) depth \(e.depth), handler to \(e.handlerEnd)\n"
            }
        }
    }

    /// One instruction of the listing: the decoded instruction and its text
    /// (mnemonic, operands and what they name).
    public struct Line: Sendable {
        public let instruction: BytecodeDecoder.Instruction
        public let text: String
        public var offset: Int { instruction.offset }
        public var op: UInt8 { instruction.op }
        public var operands: [Int] { instruction.operands }
        public var mnemonic: String { instruction.mnemonic }
    }

    public static func decode(_ code: CodeObject) -> [Line] {
        BytecodeDecoder.instructions(code).map { Line(instruction: $0, text: text($0, code)) }
    }

    static func text(_ ins: BytecodeDecoder.Instruction, _ code: CodeObject) -> String {
        var text = ins.mnemonic
        guard let info = Op.info(ins.op) else { return text + " <unknown opcode>" }
        if ins.truncated { return text + " <truncated>" }
        switch info.layout {
        case .none: break
        case .u, .s: text += " \(ins.operands[0])" + annotation(info.meaning, ins.operands[0], code)
        case .j: text += " -> \(ins.operands[0])"
        case .uu: text += " \(ins.operands[0]) \(ins.operands[1])" + annotation(info.meaning, ins.operands[0], code)
        }
        return text
    }

    static func annotation(_ meaning: OperandMeaning, _ v: Int, _ code: CodeObject) -> String {
        switch meaning {
        case .plain: return ""
        case .const: return v < code.consts.count ? " (\(constRepr(code.consts[v])))" : " (?)"
        case .name: return v < code.names.count ? " (\(code.names[v]))" : " (?)"
        case .slot: return v < code.localNames.count ? " (\(code.localNames[v]))" : " (?)"
        case .binaryOp: return v < OperatorNames.binary.count ? " (\(OperatorNames.binary[v]))" : " (?)"
        case .unaryOp: return v < OperatorNames.unary.count ? " (\(OperatorNames.unary[v]))" : " (?)"
        case .compareOp: return v < OperatorNames.compare.count ? " (\(OperatorNames.compare[v]))" : " (?)"
        }
    }
}
