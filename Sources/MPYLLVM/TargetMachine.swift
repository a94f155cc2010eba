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
        var err: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(triple, &target, &err) != 0 {
            throw LLVMError("no LLVM target for \(triple): \(takeMessage(err))")
        }
        ref = try TargetMachine.make(target, triple, arch, optLevel.codeGenLevel)
    }

    private var target: LLVMTargetRef?
    /// Code generation without optimisation (fast instruction selection and
    /// register allocation), for modules holding a function too large for
    /// the optimising code generator, whose register allocator is
    /// superlinear in the size of one function.
    private var unoptimizedRef: LLVMTargetMachineRef?

    private static func make(
        _ target: LLVMTargetRef?, _ triple: String, _ arch: TargetArch, _ level: LLVMCodeGenOptLevel
    ) throws -> LLVMTargetMachineRef {
        guard
            let tm = LLVMCreateTargetMachine(
                target, triple, arch.cpu, arch.features, level,
                arch == .x64 ? LLVMRelocPIC : LLVMRelocStatic, LLVMCodeModelDefault)
        else { throw LLVMError("cannot create a target machine for \(triple)") }
        return tm
    }

    deinit {
        LLVMDisposeTargetMachine(ref)
        if let unoptimizedRef { LLVMDisposeTargetMachine(unoptimizedRef) }
    }

    /// The machine that generates code for `module`: this one, or one at
    /// -O0 when a function of the module is marked `optnone` (only functions
    /// too large to optimise are, see MPYNative's HugeCode).
    func codeGenerator(for module: LLVMModuleRef) throws -> LLVMTargetMachineRef {
        guard optLevel != .O0, TargetMachine.hasUnoptimizedFunction(module) else { return ref }
        if unoptimizedRef == nil { unoptimizedRef = try TargetMachine.make(target, triple, arch, LLVMCodeGenLevelNone) }
        return unoptimizedRef!
    }

    static func hasUnoptimizedFunction(_ module: LLVMModuleRef) -> Bool {
        let kind = LLVMGetEnumAttributeKindForName("optnone", 7)
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            if LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeIndex(bitPattern: -1), kind) != nil { return true }
            f = LLVMGetNextFunction(fn)
        }
        return false
    }

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
        let generator = try codeGenerator(for: module)
        let failed = StageTimer.measure("code generation") {
            LLVMTargetMachineEmitToMemoryBuffer(generator, module, assembly ? LLVMAssemblyFile : LLVMObjectFile, &err, &buf) != 0
        }
        if failed { throw LLVMError("code generation failed: \(takeMessage(err))") }
        guard let buf else { throw LLVMError("code generation produced nothing") }
        defer { LLVMDisposeMemoryBuffer(buf) }
        let size = LLVMGetBufferSize(buf)
        guard let start = LLVMGetBufferStart(buf) else { return [] }
        return start.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
    }

    /// Checks the IR, then runs the level's pass pipeline.
    public func verifyAndOptimize(_ module: LLVMModuleRef) throws {
        var err: UnsafeMutablePointer<CChar>?
        if StageTimer.measure("verify IR", { LLVMVerifyModule(module, LLVMReturnStatusAction, &err) != 0 }) {
            throw LLVMError("invalid IR: \(takeMessage(err))")
        }
        LLVMDisposeMessage(err)
        try optimize(module)
    }

    /// Runs the new pass manager's default pipeline for the level.
    public func optimize(_ module: LLVMModuleRef) throws {
        try StageTimer.measure("optimize (\(optLevel.rawValue))") { try run(optLevel.pipeline, on: module) }
    }

    /// Promotes allocas to SSA registers in every function (mem2reg alone),
    /// before functions too large to optimise are marked `optnone`, which
    /// every later pass then skips.
    public func promoteLocals(_ module: LLVMModuleRef) throws {
        try run("function(mem2reg)", on: module)
    }

    func run(_ pipeline: String, on module: LLVMModuleRef) throws {
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        if let e = LLVMRunPasses(module, pipeline, ref, options) {
            throw LLVMError("pass pipeline failed: \(takeMessage(LLVMGetErrorMessage(e)))")
        }
    }
}
