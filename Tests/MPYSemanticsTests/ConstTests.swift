// MicroPython const(): which statements define a constant, folding of the
// argument, hidden vs global constants, inlining of later loads, and the
// errors for non-constant arguments and reassignment.
import Testing
import BigInt
import MPYSyntax
@testable import MPYSemantics

@Suite struct ConstTests {
    typealias F = Fixture

    @Test func definesAndFoldsConstants() throws {
        let m = try F.model("from micropython import const\nX = const(1)\nY = const(X * 2 + 1)\n")
        #expect(m.constDefinitions.map(\.name) == ["X", "Y"])
        #expect(m.consts["X"] == .int(1))
        #expect(m.consts["Y"] == .int(3))
        #expect(m.hiddenConsts.isEmpty)
        #expect(m.moduleScope.symbol("X")?.flags.contains(.const) == true)
        // The call to const is compile time only: no load of the name.
        #expect(m.moduleScope.symbol("const")?.flags.contains(.used) != true)
    }

    @Test func micropythonDotConstForm() throws {
        let m = try F.model("import micropython\nX = micropython.const(7)\n")
        #expect(m.consts["X"] == .int(7))
    }

    @Test func underscoreConstIsHidden() throws {
        let m = try F.model("_X = const(5)\nY = const(_X + 1)\n")
        #expect(m.hiddenConsts == ["_X"])
        #expect(m.constDefinitions.map(\.isHidden) == [true, false])
        #expect(m.consts["Y"] == .int(6))
    }

    @Test func wideConstantTypes() throws {
        let src = """
            A = const(1.5)
            B = const('ab' * 2)
            C = const(b'x' + b'y')
            D = const((1, 'a', None))
            E = const(2 ** 100)
            G = const(True)
            H = const(3 if A > 1 else 4)
            I = const(not 0)
            J = const(...)
            """
        let m = try F.model(src)
        #expect(m.consts["A"] == .float(1.5))
        #expect(m.consts["B"] == .string("abab"))
        #expect(m.consts["C"] == .bytes(Array("xy".utf8)))
        #expect(m.consts["D"] == .tuple([.int(1), .string("a"), .none]))
        #expect(m.consts["E"] == .int(BigInt(1) << 100))
        #expect(m.consts["G"] == .bool(true))
        #expect(m.consts["H"] == .int(3))
        #expect(m.consts["I"] == .bool(true))
        #expect(m.consts["J"] == .ellipsis)
    }

    @Test func constInsideModuleLevelBlockCounts() throws {
        let m = try F.model("if True:\n    X = const(3)\n")
        #expect(m.consts["X"] == .int(3))
    }

    @Test func loadsInNestedScopesAreInlined() throws {
        let src = "X = const(1)\ndef f():\n    return X + g(X)\nclass C:\n    y = X\n    def m(self):\n        return lambda: X\n"
        let m = try F.model(src)
        let f = try #require(F.scope(m, "f"))
        #expect(f.inlinedConsts == ["X"])
        #expect(m.constValue(for: "X", in: f.id) == .int(1))
        #expect(F.scope(m, "C")?.inlinedConsts == ["X"])
        #expect(F.scope(m, "<lambda>")?.inlinedConsts == ["X"])
        #expect(F.scope(m, "m")?.inlinedConsts == [])
        #expect(m.moduleScope.inlinedConsts == [])
    }

    @Test func moduleLoadsAfterDefinitionAreInlinedPerSite() throws {
        let src = "print(X)\nX = const(2)\nprint(X)\n"
        let m = try F.model(src)
        let second = src.utf8.count - "X)\n".utf8.count
        let first = "print(".utf8.count
        #expect(m.inlinedConst(atOffset: second) == .int(2))
        #expect(m.inlinedConst(atOffset: first) == nil)
        #expect(m.moduleScope.inlinedConsts == ["X"])
    }

    @Test func functionDefinedBeforeConstIsNotInlined() throws {
        let m = try F.model("def f():\n    return X\nX = const(1)\n")
        #expect(F.scope(m, "f")?.inlinedConsts == [])
        #expect(m.constValue(for: "X", in: 1) == nil)
    }

    @Test func localShadowIsNotInlined() throws {
        let m = try F.model("X = const(1)\ndef f(X):\n    return X\ndef g():\n    X = 2\n    return X\nclass C:\n    X = 3\n    y = X\n")
        #expect(F.scope(m, "f")?.inlinedConsts == [])
        #expect(F.scope(m, "g")?.inlinedConsts == [])
        #expect(F.scope(m, "C")?.inlinedConsts == [])
    }

    @Test func constElsewhereIsAnOrdinaryCall() throws {
        let m = try F.model(
            "def f():\n    X = const(1)\n    return X\nclass C:\n    Y = const(2)\nA = B = const(3)\nZ = const(4) + 1\nW = const(1, 2)\nV = const(x=1)\n"
        )
        #expect(m.constDefinitions.isEmpty)
        #expect(F.resolution(m, "f", "const") == "global implicit")
        #expect(F.resolution(m, "f", "X") == "local")
        #expect(F.resolution(m, "<module>", "const") == "global implicit")
    }

    @Test func nonConstantArgument() {
        #expect(F.error("X = const(foo())\n") == "const() argument must be a constant expression @ 1:11")
        #expect(F.error("X = const(1 + y)\n") == "const() argument must be a constant expression @ 1:11")
        #expect(F.error("X = const([1])\n") == "const() argument must be a constant expression @ 1:11")
        #expect(F.error("X = const(f'{1}')\n") == "const() argument must be a constant expression @ 1:11")
        // A const defined later is not yet known.
        #expect(F.error("X = const(Y)\nY = const(1)\n") == "const() argument must be a constant expression @ 1:11")
    }

    @Test func evaluationErrors() {
        #expect(F.error("X = const(1 // 0)\n") == "division by zero in constant expression @ 1:11")
        #expect(F.error("X = const(2 + 1 % 0)\n") == "division by zero in constant expression @ 1:15")
        #expect(F.error("X = const(1.0 / 0)\n") == "division by zero in constant expression @ 1:11")
        #expect(F.error("X = const(0 ** -1)\n") == "division by zero in constant expression @ 1:11")
        #expect(F.error("X = const(1 << -1)\n") == "negative shift count in constant expression @ 1:11")
        #expect(F.error("X = const(1 >> -1)\n") == "negative shift count in constant expression @ 1:11")
        #expect(
            F.error("X = const(1 + 'a')\n")
                == "unsupported operand type(s) for +: 'int' and 'str' in constant expression @ 1:11")
        #expect(F.error("X = const(2 ** 1000000)\n") == "result too large in constant expression @ 1:11")
    }

    @Test func reassigningAConstant() {
        #expect(F.error("X = const(1)\nX = 2\n") == "cannot reassign constant 'X' @ 2:1")
        #expect(F.error("X = const(1)\nX = const(2)\n") == "cannot reassign constant 'X' @ 2:1")
        #expect(F.error("X = const(1)\nX += 1\n") == "cannot reassign constant 'X' @ 2:1")
        #expect(F.error("X = const(1)\nfor X in y:\n    pass\n") == "cannot reassign constant 'X' @ 2:5")
        #expect(F.error("X = const(1)\ndef X():\n    pass\n") == "cannot reassign constant 'X' @ 2:5")
        #expect(F.error("X = const(1)\nimport X\n") == "cannot reassign constant 'X' @ 2:8")
        #expect(F.error("X = const(1)\ndel X\n") == "cannot reassign constant 'X' @ 2:5")
        #expect(F.error("_X = const(1)\n(_X := 2)\n") == "cannot reassign constant '_X' @ 2:2")
        #expect(F.error("X = const(1)\ndef f():\n    global X\n    X = 2\n") == "cannot reassign constant 'X' @ 4:5")
        #expect(F.error("X = const(1)\ndef f(a):\n    [(X := i) for i in a]\n") == nil)
    }

    @Test func bindingBeforeDefinitionIsAllowed() {
        #expect(F.error("X = 1\nX = const(2)\n") == nil)
    }

    @Test func debugConstant() throws {
        var opts = SemanticOptions()
        #expect(try F.model("D = const(__debug__)\n").consts["D"] == .bool(true))
        opts.mpyOptLevel = 1
        let m = try F.model("D = const(__debug__)\n", options: opts)
        #expect(m.consts["D"] == .bool(false))
        #expect(m.assertsRemoved)
        #expect(!m.debugValue)
        let m0 = try F.model("pass\n")
        #expect(!m0.assertsRemoved && m0.debugValue)
    }

    @Test func constDefinitionLookupByStatement() throws {
        let src = "A = 1\n_B = const(2)\n"
        let m = try F.model(src)
        let d = try #require(m.constDefinition(atStatementOffset: 6))
        #expect(d.name == "_B" && d.isHidden && d.value == .int(2))
        #expect(m.constDefinition(atStatementOffset: 0) == nil)
    }
}
