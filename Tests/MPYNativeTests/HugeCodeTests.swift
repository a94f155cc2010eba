// The compile-time limits of HugeCode: which native code objects are
// lowered, and which lowered functions skip optimisation, decided by size.
import CLLVM
import MPYBytecode
import MPYImage
import MPYLLVM
import MPYSemantics
import MPYSyntax
import Testing

@testable import MPYNative

@Suite struct HugeCodeTests {
    static func native(_ source: String) throws -> BytecodeModule {
        var options = SemanticOptions()
        options.defaultEmitter = .native
        let model = try SemanticAnalyzer.analyze(try Parser.parse(Snippet.file(source)), options: options)
        return try BytecodeCompiler.compile(model)
    }

    static func calls(_ n: Int) -> String {
        "def f(x):\n    return x\n\ndef g():\n" + (0..<n).map { "    f(\($0))\n" }.joined()
    }

    /// The optimisation-blocking attributes (`optnone`, `noinline`) of each
    /// lowered entry, by code-object name, lowered at `opt`.
    static func lower(_ bc: BytecodeModule, _ opt: OptLevel) throws -> [String: Set<String>] {
        let writer = ImageWriter(target: try TargetMachine(arch: .x64, optLevel: opt), moduleName: "t")
        var out: [String: Set<String>] = [:]
        try writer.emit(bc, moduleName: "t") { w, codes in
            let entries = try NativeEmitter.lower(bc, writer: w, codes: codes)
            for (i, fn) in entries {
                out[bc.codes[i].name] = Set(["optnone", "noinline"].filter { hasAttribute(fn, $0) })
            }
            return entries
        }
        return out
    }

    static func hasAttribute(_ fn: LLVMValueRef, _ name: String) -> Bool {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        return LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeIndex(bitPattern: -1), kind) != nil
    }

    @Test func ordinaryFunctionsAreOptimised() throws {
        let fns = try HugeCodeTests.lower(try HugeCodeTests.native(HugeCodeTests.calls(50)), .O2)
        #expect(fns.count == 3)
        for attrs in fns.values { #expect(attrs.isEmpty) }
    }

    @Test func aHugeFunctionSkipsOptimisationAlone() throws {
        let fns = try HugeCodeTests.lower(try HugeCodeTests.native(HugeCodeTests.calls(1000)), .O2)
        #expect(fns["g"] == ["optnone", "noinline"])
        #expect(fns["f"] == [])
    }

    @Test func atO0NothingIsMarked() throws {
        let fns = try HugeCodeTests.lower(try HugeCodeTests.native(HugeCodeTests.calls(1000)), .O0)
        for attrs in fns.values { #expect(attrs.isEmpty) }
    }

    @Test func codeBeyondTheBudgetStaysBytecode() throws {
        // A module body of about 300 KB of bytecode: over both limits; the
        // functions it defines are still lowered.
        let source = "def h():\n    return 1\n" + String(repeating: "x = y\n", count: 80_000)
        let bc = try HugeCodeTests.native(source)
        let lowered = HugeCode.lowered(bc)
        #expect(bc.codes[bc.top].bytecode.count > HugeCode.moduleNativeBytecode)
        #expect(!lowered.contains(bc.top))
        #expect(lowered.contains(bc.codes.firstIndex { $0.name == "h" }!))
    }

    @Test func smallestCodeObjectsAreLoweredFirst() throws {
        let bc = try HugeCodeTests.native(HugeCodeTests.calls(10))
        #expect(HugeCode.lowered(bc) == Set(bc.codes.indices))
    }
}
