// The opcodes as Swift sees them: `Op.*` byte values from enum mpy_opcode,
// and mnemonic, operand layout and stack effect read from the one opcode
// table (mpy_opcodes.h, through mpy_opcode_lookup and
// mpy_opcode_stack_effect); and the U/S varint and J jump encodings.
import CMPYFormat

/// Operand layout of an opcode (mpy_format.h's U, S, J).
public enum OperandLayout: Sendable {
    case none
    /// One unsigned varint.
    case u
    /// One signed (zigzag) varint.
    case s
    /// A 2-byte little-endian signed offset from the end of the instruction.
    case j
    /// Two unsigned varints (CALL, CALL_METHOD, MAKE_FUNCTION, DICT_MERGE, UNPACK_EX).
    case uu
}

/// What an operand means, for the disassembler's annotations
/// (mpy_opcodes.h's OPERAND column).
enum OperandMeaning: Sendable {
    case plain, const, name, slot, binaryOp, unaryOp, compareOp
}

public enum Op {
    @inline(__always) static func c(_ v: mpy_opcode) -> UInt8 { UInt8(truncatingIfNeeded: v.rawValue) }
    public static let nop = c(MPY_OP_NOP)
    public static let loadNone = c(MPY_OP_LOAD_NONE)
    public static let loadFalse = c(MPY_OP_LOAD_FALSE)
    public static let loadTrue = c(MPY_OP_LOAD_TRUE)
    public static let loadSmallInt = c(MPY_OP_LOAD_SMALL_INT)
    public static let loadConst = c(MPY_OP_LOAD_CONST)
    public static let loadFast = c(MPY_OP_LOAD_FAST)
    public static let storeFast = c(MPY_OP_STORE_FAST)
    public static let deleteFast = c(MPY_OP_DELETE_FAST)
    public static let loadDeref = c(MPY_OP_LOAD_DEREF)
    public static let storeDeref = c(MPY_OP_STORE_DEREF)
    public static let deleteDeref = c(MPY_OP_DELETE_DEREF)
    public static let loadGlobal = c(MPY_OP_LOAD_GLOBAL)
    public static let storeGlobal = c(MPY_OP_STORE_GLOBAL)
    public static let deleteGlobal = c(MPY_OP_DELETE_GLOBAL)
    public static let loadName = c(MPY_OP_LOAD_NAME)
    public static let storeName = c(MPY_OP_STORE_NAME)
    public static let deleteName = c(MPY_OP_DELETE_NAME)
    public static let loadAttr = c(MPY_OP_LOAD_ATTR)
    public static let storeAttr = c(MPY_OP_STORE_ATTR)
    public static let deleteAttr = c(MPY_OP_DELETE_ATTR)
    public static let loadMethod = c(MPY_OP_LOAD_METHOD)
    public static let loadSubscr = c(MPY_OP_LOAD_SUBSCR)
    public static let storeSubscr = c(MPY_OP_STORE_SUBSCR)
    public static let deleteSubscr = c(MPY_OP_DELETE_SUBSCR)
    public static let popTop = c(MPY_OP_POP_TOP)
    public static let dupTop = c(MPY_OP_DUP_TOP)
    public static let dupTopTwo = c(MPY_OP_DUP_TOP_TWO)
    public static let rotTwo = c(MPY_OP_ROT_TWO)
    public static let rotThree = c(MPY_OP_ROT_THREE)
    public static let binary = c(MPY_OP_BINARY)
    public static let inplace = c(MPY_OP_INPLACE)
    public static let unary = c(MPY_OP_UNARY)
    public static let compare = c(MPY_OP_COMPARE)
    public static let jump = c(MPY_OP_JUMP)
    public static let popJumpIfFalse = c(MPY_OP_POP_JUMP_IF_FALSE)
    public static let popJumpIfTrue = c(MPY_OP_POP_JUMP_IF_TRUE)
    public static let jumpIfFalseOrPop = c(MPY_OP_JUMP_IF_FALSE_OR_POP)
    public static let jumpIfTrueOrPop = c(MPY_OP_JUMP_IF_TRUE_OR_POP)
    public static let getIter = c(MPY_OP_GET_ITER)
    public static let forIter = c(MPY_OP_FOR_ITER)
    public static let buildTuple = c(MPY_OP_BUILD_TUPLE)
    public static let buildList = c(MPY_OP_BUILD_LIST)
    public static let buildMap = c(MPY_OP_BUILD_MAP)
    public static let buildSet = c(MPY_OP_BUILD_SET)
    public static let buildSlice = c(MPY_OP_BUILD_SLICE)
    public static let listAppend = c(MPY_OP_LIST_APPEND)
    public static let setAdd = c(MPY_OP_SET_ADD)
    public static let mapAdd = c(MPY_OP_MAP_ADD)
    public static let unpackSequence = c(MPY_OP_UNPACK_SEQUENCE)
    public static let call = c(MPY_OP_CALL)
    public static let callMethod = c(MPY_OP_CALL_METHOD)
    public static let makeFunction = c(MPY_OP_MAKE_FUNCTION)
    public static let returnValue = c(MPY_OP_RETURN_VALUE)
    public static let raise = c(MPY_OP_RAISE)
    public static let importName = c(MPY_OP_IMPORT_NAME)
    public static let importFrom = c(MPY_OP_IMPORT_FROM)
    public static let loadBuildClass = c(MPY_OP_LOAD_BUILD_CLASS)
    public static let yieldValue = c(MPY_OP_YIELD_VALUE)
    public static let reraise = c(MPY_OP_RERAISE)
    public static let callEx = c(MPY_OP_CALL_EX)
    public static let listExtend = c(MPY_OP_LIST_EXTEND)
    public static let listToTuple = c(MPY_OP_LIST_TO_TUPLE)
    public static let dictMerge = c(MPY_OP_DICT_MERGE)
    public static let unpackEx = c(MPY_OP_UNPACK_EX)
    public static let importStar = c(MPY_OP_IMPORT_STAR)
    public static let yieldFrom = c(MPY_OP_YIELD_FROM)
    public static let getAwaitable = c(MPY_OP_GET_AWAITABLE)
    public static let count = Int(MPY_OP_COUNT.rawValue)

    struct Info: Sendable {
        let name: String
        let layout: OperandLayout
        let meaning: OperandMeaning
        /// Execution never goes on with the next instruction.
        let stops: Bool
    }

    /// The opcode table's rows by opcode value (mpy_opcodes.h).
    static let table: [Info] = {
        let layouts: [UInt32: OperandLayout] = [
            MPY_LAYOUT_NONE.rawValue: .none, MPY_LAYOUT_U.rawValue: .u, MPY_LAYOUT_S.rawValue: .s,
            MPY_LAYOUT_J.rawValue: .j, MPY_LAYOUT_UU.rawValue: .uu,
        ]
        let meanings: [UInt32: OperandMeaning] = [
            MPY_OPERAND_PLAIN.rawValue: .plain, MPY_OPERAND_CONST.rawValue: .const, MPY_OPERAND_NAME.rawValue: .name,
            MPY_OPERAND_SLOT.rawValue: .slot, MPY_OPERAND_BINARY_OP.rawValue: .binaryOp,
            MPY_OPERAND_UNARY_OP.rawValue: .unaryOp, MPY_OPERAND_COMPARE_OP.rawValue: .compareOp,
        ]
        return (0..<count).map { op in
            let row = mpy_opcode_lookup(UInt32(op))!.pointee
            return Info(
                name: String(cString: row.name), layout: layouts[UInt32(row.layout)]!,
                meaning: meanings[UInt32(row.operand)]!, stops: row.stops != 0)
        }
    }()

    static func info(_ op: UInt8) -> Info? { Int(op) < table.count ? table[Int(op)] : nil }

    public static func mnemonic(_ op: UInt8) -> String { info(op)?.name ?? "OP_\(op)" }

    /// (pops, pushes) when execution falls through to the next instruction,
    /// and when it takes the jump (J instructions only), from the table's
    /// POPS and PUSHES for operands `a` and `b`.
    public static func stackEffect(_ op: UInt8, _ a: Int, _ b: Int) -> (fallthrough: (Int, Int), jump: (Int, Int)?) {
        func effect(jump: Bool) -> (Int, Int)? {
            var pops: Int32 = 0
            var pushes: Int32 = 0
            guard mpy_opcode_stack_effect(UInt32(op), Int64(a), Int64(b), jump ? 1 : 0, &pops, &pushes) != 0 else {
                return nil
            }
            return (Int(pops), Int(pushes))
        }
        guard let next = effect(jump: false) else { return ((0, 0), nil) }
        return (next, isJump(op) ? effect(jump: true) : nil)
    }

    /// Instructions after which execution never falls through.
    public static func endsBlock(_ op: UInt8) -> Bool { info(op)?.stops ?? false }

    public static func isJump(_ op: UInt8) -> Bool { info(op)?.layout == .j }

    /// The role of a name operand whose instruction has an inline cache in
    /// the interpreter (mpy_code.caches): 1 for the global role (LOAD_GLOBAL,
    /// STORE_GLOBAL, LOAD_NAME, STORE_NAME), 2 for the attribute role
    /// (LOAD_ATTR, LOAD_METHOD, STORE_ATTR), 0 for no cache.
    public static func cacheRole(_ op: UInt8) -> Int {
        switch op {
        case loadGlobal, storeGlobal, loadName, storeName: return 1
        case loadAttr, loadMethod, storeAttr: return 2
        default: return 0
        }
    }
}

/// The varint encodings of mpy_format.h.
public enum Varint {
    /// U: 7 bits per byte, least significant group first, high bit on all but the last.
    public static func appendU(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    public static func appendU(_ value: Int, to out: inout [UInt8]) {
        appendU(UInt64(value), to: &out)
    }

    /// S: zigzag, then U.
    public static func appendS(_ value: Int64, to out: inout [UInt8]) {
        appendU(zigzag(value), to: &out)
    }

    public static func zigzag(_ n: Int64) -> UInt64 { UInt64(bitPattern: (n << 1) ^ (n >> 63)) }
    public static func unzigzag(_ z: UInt64) -> Int64 { Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1) }

    public static func sizeU(_ value: Int) -> Int {
        var v = UInt64(value), n = 1
        while v >= 0x80 { v >>= 7; n += 1 }
        return n
    }

    /// Decodes a U varint at `pos`, advancing it; nil if truncated or over 64 bits.
    public static func readU(_ bytes: [UInt8], _ pos: inout Int) -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            if shift >= 64 { return nil }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
        return nil
    }

    /// The J encoding of a relative jump offset.
    public static func jumpBytes(_ offset: Int) -> [UInt8] {
        let v = UInt16(bitPattern: Int16(truncatingIfNeeded: offset))
        return [UInt8(v & 0xFF), UInt8(v >> 8)]
    }

    public static func readJump(_ bytes: [UInt8], _ pos: Int) -> Int {
        Int(Int16(bitPattern: UInt16(bytes[pos]) | UInt16(bytes[pos + 1]) << 8))
    }
}

/// Names of the operator operands (mpy_binary_op, mpy_unary_op,
/// mpy_compare_op), indexed by their C values.
enum OperatorNames {
    static let binary: [String] = names(
        [
            (MPY_BINARY_ADD.rawValue, "+"), (MPY_BINARY_SUB.rawValue, "-"), (MPY_BINARY_MUL.rawValue, "*"),
            (MPY_BINARY_MATMUL.rawValue, "@"), (MPY_BINARY_TRUEDIV.rawValue, "/"), (MPY_BINARY_FLOORDIV.rawValue, "//"),
            (MPY_BINARY_MOD.rawValue, "%"), (MPY_BINARY_POW.rawValue, "**"), (MPY_BINARY_LSHIFT.rawValue, "<<"),
            (MPY_BINARY_RSHIFT.rawValue, ">>"), (MPY_BINARY_OR.rawValue, "|"), (MPY_BINARY_XOR.rawValue, "^"),
            (MPY_BINARY_AND.rawValue, "&"),
        ], count: MPY_BINARY_COUNT.rawValue)
    static let unary: [String] = names(
        [
            (MPY_UNARY_POSITIVE.rawValue, "+"), (MPY_UNARY_NEGATIVE.rawValue, "-"), (MPY_UNARY_INVERT.rawValue, "~"),
            (MPY_UNARY_NOT.rawValue, "not"),
        ], count: MPY_UNARY_COUNT.rawValue)
    static let compare: [String] = names(
        [
            (MPY_COMPARE_LT.rawValue, "<"), (MPY_COMPARE_LE.rawValue, "<="), (MPY_COMPARE_EQ.rawValue, "=="),
            (MPY_COMPARE_NE.rawValue, "!="), (MPY_COMPARE_GT.rawValue, ">"), (MPY_COMPARE_GE.rawValue, ">="),
            (MPY_COMPARE_IN.rawValue, "in"), (MPY_COMPARE_NOT_IN.rawValue, "not in"), (MPY_COMPARE_IS.rawValue, "is"),
            (MPY_COMPARE_IS_NOT.rawValue, "is not"), (MPY_COMPARE_EXC_MATCH.rawValue, "exception match"),
        ], count: MPY_COMPARE_COUNT.rawValue)

    private static func names(_ pairs: [(UInt32, String)], count: UInt32) -> [String] {
        var r = [String](repeating: "?", count: Int(count))
        for (v, n) in pairs where Int(v) < r.count { r[Int(v)] = n }
        return r
    }
}
