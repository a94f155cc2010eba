// Owns an LLVMTargetMachineRef for one TargetArch and turns modules into
// object code or assembly. Every back end goes through this one type so the
// triple normalization and back-end initialization happen in one place.
import CLLVM

public struct LLVMError: Error, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { description = message }
}

public enum OptLevel: String, CaseIterable, Sendable {
    case O0, O1, O2, O3, Os

    var codeGenLevel: LLVMCodeGenOptLevel {
        switch self {
        case .O0: return LLVMCodeGenLevelNone
        case .O1: return LLVMCodeGenLevelLess
        case .O2, .Os: return LLVMCodeGenLevelDefault
        case .O3: return LLVMCodeGenLevelAggressive
        }
    }

    /// The new pass manager's pipeline for this level. -O0 still promotes
    /// locals to SSA registers (mem2reg): native code's locals are never
    /// memory slots, at any level.
    public var pipeline: String { self == .O0 ? "function(mem2reg)" : "default<\(rawValue)>" }
}

private let initializeBackends: Void = {
    LLVMInitializeX86TargetInfo()
    LLVMInitializeX86Target()
    LLVMInitializeX86TargetMC()
    LLVMInitializeX86AsmPrinter()
    LLVMInitializeX86AsmParser()
    LLVMInitializeARMTargetInfo()
    LLVMInitializeARMTarget()
    LLVMInitializeARMTargetMC()
    LLVMInitializeARMAsmPrinter()
    LLVMInitializeARMAsmParser()
}()

/// Takes ownership of an LLVM-allocated C string.
func takeMessage(_ p: UnsafeMutablePointer<CChar>?) -> String {
    guard let p else { return "" }
    defer { LLVMDisposeMessage(p) }
    return String(cString: p)
}

public final class TargetMachine {
    public let arch: TargetArch
    public let triple: String
    public let ref: LLVMTargetMachineRef
    public let optLevel: OptLevel

    public init(arch: TargetArch, optLevel: OptLevel = .O2) throws {
        _ = initializeBackends
        self.arch = arch
        self.optLevel = optLevel
        triple = takeMessage(LLVMNormalizeTargetTriple(arch.triple))
        var target: LLVMTargetRef?
        var err: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(triple, &target, &err) != 0 {
            throw LLVMError("no LLVM target for \(triple): \(takeMessage(err))")
        }
        guard
            let tm = LLVMCreateTargetMachine(
                target, triple, arch.cpu, arch.features, optLevel.codeGenLevel,
                arch == .x64 ? LLVMRelocPIC : LLVMRelocStatic, LLVMCodeModelDefault)
        else { throw LLVMError("cannot create a target machine for \(triple)") }
        ref = tm
    }

    deinit { LLVMDisposeTargetMachine(ref) }

    /// The data layout string modules must carry before any IR is built.
    public var dataLayout: String {
        let td = LLVMCreateTargetDataLayout(ref)
        defer { LLVMDisposeTargetData(td) }
        return takeMessage(LLVMCopyStringRepOfTargetData(td))
    }

    /// Sets a module's triple and data layout from this machine.
    public func configure(_ module: LLVMModuleRef) {
        LLVMSetTarget(module, triple)
        LLVMSetDataLayout(module, dataLayout)
    }

    /// Verifies, optimizes at this machine's level, and emits.
    public func emit(_ module: LLVMModuleRef, assembly: Bool = false) throws -> [UInt8] {
        try verifyAndOptimize(module)
        var err: UnsafeMutablePointer<CChar>?
        var buf: LLVMMemoryBufferRef?
        if LLVMTargetMachineEmitToMemoryBuffer(ref, module, assembly ? LLVMAssemblyFile : LLVMObjectFile, &err, &buf) != 0 {
            throw LLVMError("code generation failed: \(takeMessage(err))")
        }
        guard let buf else { throw LLVMError("code generation produced nothing") }
        defer { LLVMDisposeMemoryBuffer(buf) }
        let size = LLVMGetBufferSize(buf)
        guard let start = LLVMGetBufferStart(buf) else { return [] }
        return start.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
    }

    /// Checks the IR, then runs the level's pass pipeline.
    public func verifyAndOptimize(_ module: LLVMModuleRef) throws {
        var err: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &err) != 0 {
            throw LLVMError("invalid IR: \(takeMessage(err))")
        }
        LLVMDisposeMessage(err)
        try optimize(module)
    }

    /// Runs the new pass manager's default pipeline for the level.
    public func optimize(_ module: LLVMModuleRef) throws {
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        if let e = LLVMRunPasses(module, optLevel.pipeline, ref, options) {
            throw LLVMError("pass pipeline failed: \(takeMessage(LLVMGetErrorMessage(e)))")
        }
    }
}
