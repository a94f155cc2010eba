// Keeps compile time and memory proportional to program size. LLVM's
// optimiser and register allocator are superlinear in the size of one
// function (InstCombine, SimplifyCFG and the register coalescer dominate a
// function of thousands of calls), and the IR of a code object costs about
// 10 KB of compiler memory per bytecode instruction. Two limits, per code
// object, decided from its own size only, so ordinary functions compile
// exactly as before:
//  - bytecode beyond `maxNativeBytecode` bytes (a generated table module,
//    a module body of 100,000 lines) is not lowered: it runs in the
//    interpreter, as it would without the decorator (same function object,
//    same semantics; viper code is always lowered);
//  - a lowered function beyond `maxOptimizedInstructions` IR instructions
//    gets `optnone` + `noinline`: its locals are still promoted to SSA
//    registers (mem2reg, as at -O0), then the -O pipeline and the code
//    generator's expensive passes skip it.
import CLLVM
import MPYBytecode

enum HugeCode {
    /// Native code objects with more bytecode than this run as bytecode.
    static let maxNativeBytecode = 256 * 1024
    /// Lowered functions with more IR instructions than this are not optimised.
    static let maxOptimizedInstructions = 20_000

    static func lowersToBytecode(_ code: CodeObject) -> Bool {
        code.emitter == .native && code.bytecode.count > maxNativeBytecode
    }

    /// IR instructions in a function (linear walk).
    static func instructionCount(_ fn: LLVMValueRef, limit: Int) -> Int {
        var n = 0
        var bb = LLVMGetFirstBasicBlock(fn)
        while let b = bb, n <= limit {
            var i = LLVMGetFirstInstruction(b)
            while let ins = i {
                n += 1
                i = LLVMGetNextInstruction(ins)
            }
            bb = LLVMGetNextBasicBlock(b)
        }
        return n
    }
}
