// Viper type inference: the type of every local (from annotations, first
// stores, casts, range loops, typed calls and the word size) and the
// compile errors for what viper cannot express, located in the source.
import MPYBytecode
import Testing
@testable import MPYNative

@Suite struct ViperAnalysisTests {
    @Test func localTypes() throws {
        let src = """
            import micropython
            @micropython.viper
            def f(x: int, p: ptr8, u: uint, o) -> int:
                n = 0
                b = x < 3
                y = 1.5
                q = [x]
                k = int(o)
                w = u + 1
                for i in range(x):
                    n += p[i]
                return n
            """
        #expect(
            try Snippet.viperLocals(src, "f") == [
                "x": "int", "p": "ptr8", "u": "uint", "o": "object", "n": "int", "b": "bool", "y": "float", "q": "object",
                "k": "int", "w": "uint", "i": "int",
            ])
    }

    @Test func unannotatedParametersAndVarargsAreObjects() throws {
        let src = """
            import micropython
            @micropython.viper
            def f(a, *args, **kw):
                t = a
                return t
            """
        #expect(try Snippet.viperLocals(src, "f") == ["a": "object", "args": "object", "kw": "object", "t": "object"])
    }

    @Test func integerLiteralsFitTheWord() throws {
        let src = """
            import micropython
            @micropython.viper
            def f():
                big = 5000000000
                return big
            """
        #expect(try Snippet.viperLocals(src, "f", wordBits: 64)["big"] == "int")
        // Beyond 32 bits on the boards: an object (MicroPython boxes it).
        #expect(try Snippet.viperLocals(src, "f", wordBits: 32)["big"] == "object")
    }

    @Test func typedCallsGiveTheCalleesResult() throws {
        let src = """
            import micropython
            @micropython.viper
            def g(a: int) -> uint:
                return uint(a)
            @micropython.viper
            def h(x: int):
                r = g(x)
                return r
            """
        #expect(try Snippet.viperLocals(src, "h")["r"] == "object")
        #expect(try Snippet.viperLocals(src, "h", typedTargets: ["g": ([.int], .uint)])["r"] == "uint")
    }

    @Test func errorsAreLocated() throws {
        let header = "import micropython\n@micropython.viper\n"
        func error(_ body: String, globals: Set<String>? = nil) throws -> String? {
            try Snippet.viperError(header + body, "f", moduleGlobals: globals)
        }
        #expect(
            try error("def f(x):\n    n = 0\n    n = x\n    return n\n")
                == "local 'n' is int (from its first assignment) but this value is object: convert it with int(...) @ 5:5")
        #expect(
            try error("def f(a: int, b: uint) -> bool:\n    return a < b\n")
                == "comparison of int with uint: convert one side with int(...) or uint(...) @ 4:12")
        #expect(
            try error("def f(buf, x):\n    p = ptr8(buf)\n    p[0] = x\n")
                == "cannot store an object through a ptr8: convert it with int(...) @ 5:5")
        #expect(
            try error("def f(x: float) -> int:\n    return x\n")
                == "this function returns int (its annotation) but the value is a float: convert it with int(...) @ 4:5")
        #expect(try error("def f():\n    n = 1\n    del n\n") == "cannot delete the viper int local 'n' @ 5:5")
        // An undefined global is a warning (NameError at run time, as MicroPython).
        let undefined = header + "def f(n: int) -> int:\n    return n + int(lenght(n))\n"
        #expect(try error("def f(n: int) -> int:\n    return n + int(lenght(n))\n", globals: ["f"]) == nil)
        #expect(
            try Snippet.viperWarnings(undefined, "f", moduleGlobals: ["f"])
                == ["name 'lenght' is not defined: not a global of this module nor a builtin @ 4:20"])
        // Without the module's globals the name may be bound elsewhere.
        #expect(try Snippet.viperWarnings(undefined, "f") == [])
        #expect(try error("def f(n: int):\n    yield n\n")?.hasPrefix("a viper function cannot be a generator") == true)
        // Accepted: the same shapes with the conversions the messages ask for.
        #expect(try error("def f(x):\n    n = 0\n    n = int(x)\n    return n\n") == nil)
        #expect(try error("def f(a: int, b: uint) -> bool:\n    return a < int(b)\n") == nil)
    }
}
