// The bytecode back end's output: one code object per module body, def,
// lambda, class body and comprehension, mirroring `mpy_code` in
// mpy_format.h. Pure data: the image writer turns it into LLVM globals.
import BigInt
import MPYSemantics
import MPYSyntax
import CMPYFormat

/// A compile-time constant of a code object's pool.
public indirect enum ConstValue: Hashable, Sendable {
    /// Any size; the image writer tags the ones that fit a small int.
    case int(BigInt)
    case float(Double)
    /// A complex number with a zero real part (an imaginary literal).
    case complex(Double)
    case str(String)
    case bytes([UInt8])
    case tuple([ConstValue])
    /// A nested code object: an index into `BytecodeModule.codes`.
    case code(Int)
    case none
    case bool(Bool)
    case ellipsis

    // Equality is identity of the value as Python sees it for deduplication:
    // 1, 1.0 and True stay distinct, floats compare by bit pattern (so -0.0
    // and 0.0 are two constants, and a NaN equals itself).
    public static func == (a: ConstValue, b: ConstValue) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)), let (.complex(x), .complex(y)): return x.bitPattern == y.bitPattern
        case let (.str(x), .str(y)): return x == y
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.tuple(x), .tuple(y)): return x == y
        case let (.code(x), .code(y)): return x == y
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(x), .bool(y)): return x == y
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .int(let v): h.combine(0); h.combine(v)
        case .float(let d): h.combine(1); h.combine(d.bitPattern)
        case .complex(let d): h.combine(2); h.combine(d.bitPattern)
        case .str(let s): h.combine(3); h.combine(s)
        case .bytes(let b): h.combine(4); h.combine(b)
        case .tuple(let t): h.combine(5); h.combine(t)
        case .code(let i): h.combine(6); h.combine(i)
        case .none: h.combine(7)
        case .bool(let b): h.combine(8); h.combine(b)
        case .ellipsis: h.combine(9)
        }
    }
}

/// One compiled function, lambda, comprehension, class body or module body.
/// Fields follow `mpy_code`; `localNames` is extra (disassembly, debugging).
public struct CodeObject: Sendable {
    public var name: String
    public var bytecode: [UInt8] = []
    public var consts: [ConstValue] = []
    public var names: [String] = []
    /// Pairs of varints (U bytecode offset delta, S line delta), starting from
    /// offset 0 at `firstLine`; an entry gives the line of every instruction
    /// from its offset up to the next entry's.
    public var lineTable: [UInt8] = []
    /// Fast slots: parameters first (positional, keyword-only, *args,
    /// **kwargs), then the other locals.
    public var nLocals: Int = 0
    /// Own cells: slots nLocals ..< nLocals + nCells.
    public var nCells: Int = 0
    /// Closure cells: slots nLocals + nCells ..< nLocals + nCells + nFree.
    public var nFree: Int = 0
    public var maxStack: Int = 0
    /// Positional parameters, positional-only included.
    public var nPosArgs: Int = 0
    public var nKwOnlyArgs: Int = 0
    /// The first `nPosOnlyArgs` positional parameters are positional-only
    /// (never bound by keyword).
    public var nPosOnlyArgs: Int = 0
    public var firstLine: Int = 1
    /// `mpy_code_flags`.
    public var flags: UInt16 = 0
    /// Whether `flags` has `flag`.
    public func has(_ flag: mpy_code_flags) -> Bool { flags & UInt16(flag.rawValue) != 0 }
    /// Positional then keyword-only parameter names.
    public var argNames: [String] = []
    /// For each own cell: the parameter slot it is initialised from, or 0xFFFF.
    public var cellArgs: [UInt16] = []
    /// Exception table: `nExcEntries` entries of five U varints (start, end,
    /// handler offset, stack depth, end of the handler code), as
    /// mpy_format.h describes.
    public var excTable: [UInt8] = []
    public var nExcEntries: Int = 0
    /// Name of every slot (locals, cells, free), for the disassembler.
    public var localNames: [String] = []
    /// The scope's emitter (`@micropython.native`, `--emit`): a native or
    /// viper back end lowers this code object to machine code; the bytecode
    /// stays in the image beside it (line numbers, debugging, fallback).
    public var emitter: EmitMode = .bytecode
    /// Source byte offset of the expression or statement each instruction
    /// (by bytecode offset) came from: back-end diagnostics point there.
    /// Not part of the image.
    public var sourceOffsets: [Int: Int] = [:]
    /// A viper function's declared types (annotations), nil otherwise.
    public var viper: ViperSignature?

    public init(name: String) { self.name = name }

    /// The interpreter's inline caches this code needs (mpy_code.n_caches):
    /// one per name index up to the highest that an instruction with a cache
    /// (`Op.cacheRole`) uses.
    public var cacheCount: Int {
        var n = 0
        for ins in BytecodeDecoder.instructions(self) where Op.cacheRole(ins.op) != 0 && !ins.operands.isEmpty {
            n = max(n, ins.operands[0] + 1)
        }
        return n
    }
}

public struct BytecodeModule: Sendable {
    public var codes: [CodeObject]
    /// Index of the module body in `codes`.
    public var top: Int
    /// The source file's path.
    public var file: String

    public init(codes: [CodeObject], top: Int, file: String) {
        self.codes = codes
        self.top = top
        self.file = file
    }
}

/// The annotations of a `@micropython.viper` function, as written: one
/// type name per parameter (positional, then keyword-only; "object" where
/// there is none) and the return type, with where each was written.
public struct ViperSignature: Sendable {
    public var params: [(name: String, offset: Int)] = []
    public var returns: (name: String, offset: Int) = ("object", -1)
    public init() {}

    /// The type names viper code knows.
    public static let typeNames: Set<String> = ["object", "int", "uint", "bool", "float", "ptr", "ptr8", "ptr16", "ptr32"]

    static func typeName(_ annotation: Expr?, default: String = "object") throws(CompileError) -> (String, Int) {
        guard let annotation else { return (`default`, -1) }
        if case .name(let n) = annotation.kind, typeNames.contains(n) { return (n, Int(annotation.range.start)) }
        if case .constant(.none) = annotation.kind { return ("object", Int(annotation.range.start)) }
        throw CompileError(
            "unknown viper type annotation (expected one of \(typeNames.sorted().joined(separator: ", ")))",
            at: annotation.range)
    }

    static func parse(_ d: FunctionDef) throws(CompileError) -> ViperSignature {
        var sig = ViperSignature()
        for p in d.params.posOnly + d.params.args + d.params.kwOnly {
            let (n, o) = try typeName(p.annotation)
            sig.params.append((n, o))
        }
        for p in [d.params.vararg, d.params.kwarg].compactMap({ $0 }) where p.annotation != nil {
            throw CompileError("a viper function's *args and **kwargs are objects: no annotation", at: p.annotation!.range)
        }
        sig.returns = try typeName(d.returns)
        return sig
    }
}
