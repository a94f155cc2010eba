// Emitter selection: @micropython.native/viper/bytecode markers (consumed,
// never called), inheritance by nested scopes, the module default, invalid
// micropython decorators, and the optimisation level's __debug__ value.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct EmitterTests {
    typealias F = Fixture

    @Test func defaultEmitter() throws {
        let m = try F.model("def f():\n    pass\n")
        #expect(F.scope(m, "f")?.emitter == .bytecode)
        var o = SemanticOptions()
        o.defaultEmitter = .native
        let n = try F.model("def f():\n    pass\nclass C:\n    pass\n", options: o)
        #expect(F.scope(n, "f")?.emitter == .native)
        #expect(n.moduleScope.emitter == .native)
        #expect(F.scope(n, "C")?.emitter == .native)
    }

    @Test func decoratorMarkersAreConsumed() throws {
        let m = try F.model("import micropython\n@dec\n@micropython.viper\ndef f():\n    pass\n")
        let f = try #require(F.scope(m, "f"))
        #expect(f.emitter == .viper)
        #expect(f.consumedDecorators == [1])
        #expect(F.resolution(m, "<module>", "dec") == "global implicit")
        // The marker does not read `micropython` at run time.
        #expect(m.moduleScope.symbol("micropython")?.flags.contains(.used) != true)
    }

    @Test func eachMarkerKind() throws {
        let m = try F.model(
            "@micropython.native\ndef a():\n    pass\n@micropython.bytecode\ndef b():\n    pass\n@micropython.viper\ndef c():\n    pass\n")
        #expect(["a", "b", "c"].map { F.scope(m, $0)?.emitter } == [.native, .bytecode, .viper])
    }

    @Test func lastMarkerWins() throws {
        let m = try F.model("@micropython.native\n@micropython.viper\ndef f():\n    pass\n")
        #expect(F.scope(m, "f")?.emitter == .viper)
        #expect(F.scope(m, "f")?.consumedDecorators == [0, 1])
    }

    @Test func nestedScopesInheritTheEmitter() throws {
        let src = """
            @micropython.viper
            def f(y):
                def g():
                    pass
                h = lambda: 0
                @micropython.bytecode
                def k():
                    def inner():
                        pass
                return [x for x in y]
            """
        let m = try F.model(src)
        #expect(F.scope(m, "g")?.emitter == .viper)
        #expect(F.scope(m, "<lambda>")?.emitter == .viper)
        #expect(F.scope(m, "<listcomp>")?.emitter == .viper)
        #expect(F.scope(m, "k")?.emitter == .bytecode)
        #expect(F.scope(m, "inner")?.emitter == .bytecode)
    }

    @Test func bareImportedNameIsAnOrdinaryDecorator() throws {
        let m = try F.model("from micropython import native\n@native\ndef f():\n    pass\n")
        #expect(F.scope(m, "f")?.emitter == .bytecode)
        #expect(F.scope(m, "f")?.consumedDecorators == [])
    }

    @Test func classMarkerAppliesToMethods() throws {
        let m = try F.model("@micropython.native\nclass C:\n    def m(self):\n        pass\n")
        let c = try #require(F.scope(m, "C"))
        #expect(c.emitter == .bytecode)
        #expect(c.consumedDecorators == [0])
        #expect(F.scope(m, "m")?.emitter == .native)
    }

    @Test func invalidMicropythonDecorators() {
        #expect(F.error("@micropython.foo\ndef f():\n    pass\n") == "invalid micropython decorator @ 1:14")
        #expect(F.error("@micropython\ndef f():\n    pass\n") == "invalid micropython decorator @ 1:2")
        #expect(F.error("@micropython.native.x\ndef f():\n    pass\n") == "invalid micropython decorator @ 1:2")
        #expect(F.error("@micropython.native()\ndef f():\n    pass\n") == "invalid micropython decorator @ 1:2")
        #expect(
            F.error("@micropython.asm_thumb\ndef f():\n    pass\n")
                == "inline assembler (@micropython.asm_thumb) is not supported @ 1:14")
    }

    @Test func debugFoldsByOptimisationLevel() throws {
        func debugFold(_ level: Int) throws -> Constant? {
            var o = SemanticOptions()
            o.mpyOptLevel = level
            let m = try F.model("if __debug__:\n    pass\n", options: o)
            guard case .if(let test, _, _) = m.module.body[0].kind else { return nil }
            return ConstFolder.fold(test, in: m, scope: 0)
        }
        #expect(try debugFold(0) == .bool(true))
        #expect(try debugFold(1) == .bool(false))
        #expect(try debugFold(3) == .bool(false))
    }
}
