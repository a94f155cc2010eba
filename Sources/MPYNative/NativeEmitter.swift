// The native back end's entry point: lowers the code objects of a module
// whose emitter is native (`@micropython.native`, `--emit native`) into
// LLVM functions in the module image's own LLVM module, so native code
// refers to the image's constants, names and code objects directly. The
// image writer stores each entry in its code object (mpy_code.native).
import CLLVM
import MPYBytecode
import MPYImage
import MPYSemantics
import CMPYFormat
import MPYLLVM

public enum NativeEmitter {
    /// Entry functions by code-object index, for `ImageWriter.emit(_:native:)`.
    /// Every native code object is lowered, or the module fails to compile
    /// with the construct named.
    /// `viperFloat32`: viper's float type is binary32 (a module option for
    /// the Cortex-M4F, whose FPU is single precision); binary64 otherwise.
    /// `warn` receives each warning (compilation goes on), in code order.
    public static func lower(
        _ bc: BytecodeModule, writer: ImageWriter, codes: [LLVMValueRef],
        viperFloat32: Bool = false, warn: (NativeError) -> Void = { _ in }
    ) throws -> [Int: LLVMValueRef] {
        let rt = RuntimeABI(writer)
        var entries: [Int: LLVMValueRef] = [:]
        guard bc.codes.contains(where: { $0.emitter != .bytecode }) else { return entries }
        let debug = DebugInfo(rt, path: bc.file, optimized: writer.tm.optLevel != .O0)
        // Every entry exists before any body is lowered, so bodies can call
        // each other directly.
        let lowered = HugeCode.lowered(bc)
        for (i, code) in bc.codes.enumerated() where lowered.contains(i) {
            let name = "\(writer.prefix).native.\(i).\(ImageWriterNames.symbolPart(code.name))"
            let fn = LLVMAddFunction(rt.module, name, rt.entryType)!
            LLVMSetLinkage(fn, LLVMInternalLinkage)
            rt.addAttribute(fn, "nounwind")
            if writer.tm.optLevel == .Os {
                // Size first, down to instruction selection (on Thumb-2:
                // literal pools instead of movw/movt pairs).
                rt.addAttribute(fn, "optsize")
                rt.addAttribute(fn, "minsize")
            }
            entries[i] = fn
        }
        // Direct calls trade code (a guard and a frame per call site) for
        // speed: not at -Os.
        let direct = writer.tm.optLevel == .Os ? [:] : directTargets(bc, entries)
        let globals = moduleGlobals(bc)
        var huge: [LLVMValueRef] = []
        for (i, code) in bc.codes.enumerated() {
            guard let fn = entries[i] else { continue }
            let lowering = FunctionLowering(code: code, index: i, writer: writer, rt: rt, codes: codes, function: fn)
            lowering.debug = debug
            lowering.direct = direct
            lowering.moduleGlobals = globals
            lowering.viperFloat32 = viperFloat32
            try lowering.lower()
            lowering.warnings.forEach(warn)
            if writer.tm.optLevel != .O0,
                HugeCode.instructionCount(fn, limit: HugeCode.maxOptimizedInstructions) > HugeCode.maxOptimizedInstructions
            {
                huge.append(fn)
            }
        }
        debug.finalize()
        if !huge.isEmpty { try unoptimized(huge, rt: rt, tm: writer.tm) }
        return entries
    }

    /// Promotes the locals of every function to SSA registers now, then
    /// excludes `huge` from the optimisation pipeline and the code
    /// generator's optimising passes (see `HugeCode`).
    static func unoptimized(_ huge: [LLVMValueRef], rt: RuntimeABI, tm: TargetMachine) throws {
        try tm.promoteLocals(rt.module)
        for fn in huge {
            for attr in ["optsize", "minsize"] {
                LLVMRemoveEnumAttributeAtIndex(
                    fn, LLVMAttributeIndex(bitPattern: -1), LLVMGetEnumAttributeKindForName(attr, attr.utf8.count))
            }
            rt.addAttribute(fn, "optnone")
            rt.addAttribute(fn, "noinline")
        }
    }

    /// Every name the module binds as a global (stores at module level,
    /// `global` stores in functions, imports), or nil when it cannot be
    /// known (`from m import *`). Viper code reports a load of any other
    /// name that is not a builtin as undefined.
    static func moduleGlobals(_ bc: BytecodeModule) -> Set<String>? {
        var names: Set<String> = []
        for (i, c) in bc.codes.enumerated() {
            for ins in BytecodeDecoder.instructions(c) {
                if ins.op == Op.importStar && i == bc.top { return nil }
                if ins.op == Op.storeGlobal || ins.op == Op.deleteGlobal || (i == bc.top && ins.op == Op.storeName) {
                    names.insert(c.names[ins.operands[0]])
                }
            }
        }
        return names
    }

    /// Module-level functions that native call sites may enter directly:
    /// `def NAME` at the top of the module (no defaults, decorators or
    /// closure) whose code is native, not a generator, with plain positional
    /// parameters and no cells. A call site still checks at run time that
    /// the global NAME holds a function of exactly that code.
    static func directTargets(_ bc: BytecodeModule, _ entries: [Int: LLVMValueRef]) -> [String: DirectTarget] {
        let top = bc.codes[bc.top]
        let ins = BytecodeDecoder.instructions(top)
        var out: [String: DirectTarget] = [:]
        for (k, i) in ins.enumerated() where i.op == Op.makeFunction && i.operands[1] == 0 && k + 1 < ins.count {
            let store = ins[k + 1]
            guard store.op == Op.storeName || store.op == Op.storeGlobal,
                case .code(let ci) = top.consts[i.operands[0]], let fn = entries[ci]
            else { continue }
            let c = bc.codes[ci]
            guard !c.has(MPY_CODE_VARARGS), !c.has(MPY_CODE_VARKEYWORDS), !c.has(MPY_CODE_GENERATOR), c.nCells == 0, c.nFree == 0,
                c.nKwOnlyArgs == 0
            else { continue }
            var target = DirectTarget(codeIndex: ci, function: fn, nArgs: c.nPosArgs)
            if c.emitter == .viper, let sig = c.viper {
                let params = sig.params.map { ViperType.named($0.name) ?? .object }
                let returns = ViperType.named(sig.returns.name) ?? .object
                // Typed calls pass and return raw words: not floats (a
                // double does not fit a word on 32-bit targets).
                if !params.contains(.float) && returns != .float { target.viper = (params, returns) }
            }
            out[top.names[store.operands[0]]] = target
        }
        return out
    }
}

/// A native function a call site may enter without the generic call path.
struct DirectTarget {
    let codeIndex: Int
    let function: LLVMValueRef
    let nArgs: Int
    /// A viper callee's parameter and result types: viper callers pass
    /// machine words unboxed and get its result unboxed (a typed call).
    var viper: (params: [ViperType], returns: ViperType)?
}

enum ImageWriterNames {
    /// A function name as a symbol fragment (for readable IR and backtraces).
    static func symbolPart(_ s: String) -> String {
        String(
            s.unicodeScalars.map { c -> Character in
                (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "_" ? Character(c) : "_"
            })
    }
}
