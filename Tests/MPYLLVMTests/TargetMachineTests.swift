// Every target mpy-native names must give a working LLVM target machine
// with the right (normalized) triple, and emit an object and the assembly
// of that architecture for a tiny module.
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
        let fn = LLVMAddFunction(module, "combine", fnType)
        let b = LLVMCreateBuilderInContext(ctx)!
        defer { LLVMDisposeBuilder(b) }
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, fn, "entry"))
        LLVMBuildRet(b, LLVMBuildAdd(b, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1), "s"))
        let obj = try tm.emit(module)
        #expect(obj.starts(with: [0x7f, 0x45, 0x4c, 0x46]))  // ELF
        #expect(obj.count > 64 && obj[18] == (arch == .x64 ? 62 : 40))  // e_machine: EM_X86_64 or EM_ARM
        let asm = String(decoding: try tm.emit(module, assembly: true), as: UTF8.self)
        // One word-sized add of the two argument registers, then the return.
        let expected = arch == .x64 ? ["leaq (%rdi,%rsi), %rax", "retq"] : ["add r0, r1", "bx lr"]
        #expect(TargetMachineTests.instructions(of: "combine", in: asm) == expected)
        LLVMDisposeModule(module)
    }

    /// The instructions of one function in an assembly listing, operands
    /// separated by single spaces (labels, directives and comments dropped).
    static func instructions(of function: String, in asm: String) -> [String] {
        var body: [String] = []
        var inside = false
        for raw in asm.split(separator: "\n") {
            let line = raw.trimmingPrefix(while: \.isWhitespace)
            if line.hasPrefix(function + ":") {
                inside = true
                continue
            }
            guard inside else { continue }
            if line.hasPrefix(".Lfunc_end") || line.hasPrefix(".size") { break }
            if line.isEmpty || line.hasPrefix(".") || line.hasPrefix("#") || line.hasPrefix("@") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            body.append(words.joined(separator: " "))
        }
        return body
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
