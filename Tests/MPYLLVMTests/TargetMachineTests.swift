// Every target mpy-native names must give a working LLVM target machine
// with the right (normalized) triple, and emit an object for a tiny module.
import Testing
import CLLVM
@testable import MPYLLVM

@Suite struct TargetMachineTests {
    @Test(arguments: TargetArch.allCases)
    func emitsAnObjectForEveryArch(arch: TargetArch) throws {
        let tm = try TargetMachine(arch: arch, optLevel: .O2)
        let ctx = LLVMContextCreate()
        defer { LLVMContextDispose(ctx) }
        let module = LLVMModuleCreateWithNameInContext("t", ctx)!
        tm.configure(module)
        let word = LLVMIntTypeInContext(ctx, UInt32(arch.wordSize * 8))!
        var params: [LLVMTypeRef?] = [word, word]
        let fnType = LLVMFunctionType(word, &params, 2, 0)
        let fn = LLVMAddFunction(module, "add", fnType)
        let b = LLVMCreateBuilderInContext(ctx)!
        defer { LLVMDisposeBuilder(b) }
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, fn, "entry"))
        LLVMBuildRet(b, LLVMBuildAdd(b, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1), "s"))
        let obj = try tm.emit(module)
        #expect(obj.starts(with: [0x7f, 0x45, 0x4c, 0x46]))  // ELF
        let asm = String(decoding: try tm.emit(module, assembly: true), as: UTF8.self)
        #expect(asm.contains("add"))
        LLVMDisposeModule(module)
    }

    @Test func armTriplesAreNormalized() throws {
        #expect(try TargetMachine(arch: .armv7emsp).triple == "thumbv7em-unknown-none-eabihf")
        #expect(try TargetMachine(arch: .armv7m).triple == "thumbv7m-unknown-none-eabi")
    }

    @Test func archNames() {
        #expect(TargetArch(name: "x86_64") == .x64)
        #expect(TargetArch(name: "armv7m") == .armv7m)
        #expect(TargetArch(name: "riscv") == nil)
    }
}
