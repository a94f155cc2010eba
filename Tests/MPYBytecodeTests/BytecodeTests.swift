// Unit tests of the bytecode back end: encodings, stack depth, constant
// pools, the shape of each statement, and the "not yet" constructs.
import BigInt
import Testing
import MPYSyntax
import MPYSemantics
import CMPYFormat
@testable import MPYBytecode

enum BC {
    static func compile(_ source: String, optLevel: Int = 0) throws -> BytecodeModule {
        let file = SourceFile(path: "test.py", text: source)
        let module = try Parser.parse(file)
        var options = SemanticOptions()
        options.mpyOptLevel = optLevel
        let model = try SemanticAnalyzer.analyze(module, options: options)
        return try BytecodeCompiler.compile(model)
    }

    /// The code object named `name` (the module body for "<module>").
    static func code(_ source: String, _ name: String = "<module>", optLevel: Int = 0) throws -> CodeObject {
        let m = try compile(source, optLevel: optLevel)
        guard let c = m.codes.first(where: { $0.name == name }) else {
            throw CompileError("no code object \(name)", at: 0)
        }
        return c
    }

    /// The instructions of a code object as text ("LOAD_FAST 0 (x)").
    static func listing(_ source: String, _ name: String = "<module>", optLevel: Int = 0) throws -> [String] {
        Disassembler.decode(try code(source, name, optLevel: optLevel)).map(\.text)
    }

    /// Just the mnemonics.
    static func ops(_ source: String, _ name: String = "<module>", optLevel: Int = 0) throws -> [String] {
        Disassembler.decode(try code(source, name, optLevel: optLevel)).map(\.mnemonic)
    }

    /// The message of the compile error, or nil.
    static func error(_ source: String) -> String? {
        do {
            _ = try compile(source)
            return nil
        } catch let e as CompileError {
            let f = SourceFile(path: "test.py", text: source)
            return "\(e.message) @ \(f.position(of: e.offset))"
        } catch {
            return "\(error)"
        }
    }
}

@Suite struct EncodingTests {
    @Test func unsignedVarints() {
        func enc(_ v: Int) -> [UInt8] { var o: [UInt8] = []; Varint.appendU(v, to: &o); return o }
        #expect(enc(0) == [0])
        #expect(enc(127) == [0x7F])
        #expect(enc(128) == [0x80, 0x01])
        #expect(enc(300) == [0xAC, 0x02])
        #expect(enc(16384) == [0x80, 0x80, 0x01])
        for v in [0, 1, 127, 128, 255, 16383, 16384, 1 << 30, Int(UInt32.max)] {
            var pos = 0
            #expect(Varint.readU(enc(v), &pos) == UInt64(v))
            #expect(Varint.sizeU(v) == enc(v).count)
        }
    }

    @Test func zigzag() {
        #expect(Varint.zigzag(0) == 0)
        #expect(Varint.zigzag(-1) == 1)
        #expect(Varint.zigzag(1) == 2)
        #expect(Varint.zigzag(-2) == 3)
        #expect(Varint.zigzag(Int64.min) == UInt64.max)
        for v: Int64 in [0, 1, -1, 63, -64, 64, -65, 1 << 30, -(1 << 30), Int64.max, Int64.min] {
            #expect(Varint.unzigzag(Varint.zigzag(v)) == v)
        }
        var o: [UInt8] = []
        Varint.appendS(-65, to: &o)
        #expect(o == [0x81, 0x01])
    }

    @Test func jumps() {
        #expect(Varint.jumpBytes(0) == [0, 0])
        #expect(Varint.jumpBytes(-3) == [0xFD, 0xFF])
        #expect(Varint.jumpBytes(258) == [0x02, 0x01])
        #expect(Varint.readJump([0xFD, 0xFF], 0) == -3)
        #expect(Varint.readJump([0xFF, 0x7F], 0) == 32767)
    }

    @Test func smallIntOperandIsZigzag() throws {
        let c = try BC.code("x = -5\ny = 1073741823\nz = 1073741824\n")
        // -5 -> zigzag 9; 2**30 - 1 is the largest small int; 2**30 is a constant.
        #expect(Array(c.bytecode.prefix(2)) == [Op.loadSmallInt, 9])
        #expect(try BC.listing("x = 1073741823\n")[0] == "LOAD_SMALL_INT 1073741823")
        #expect(try BC.listing("x = -1073741824\n")[0] == "LOAD_SMALL_INT -1073741824")
        #expect(try BC.listing("x = 1073741824\n")[0] == "LOAD_CONST 0 (1073741824)")
        #expect(c.consts == [.int(BigInt(1) << 30)])
    }

    @Test func backwardJumpTargets() throws {
        let c = try BC.code("while x:\n    f()\n")
        let d = Disassembler.decode(c)
        // Test at 0, body, then a jump back to the test.
        #expect(
            d.map(\.mnemonic) == [
                "LOAD_NAME", "POP_JUMP_IF_FALSE", "LOAD_NAME", "CALL", "POP_TOP", "JUMP",
                "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(d[5].operands == [0])
        #expect(d[1].operands == [d[6].offset])
        // The raw bytes of the backward jump: relative to its end.
        let j = d[5].offset
        #expect(Varint.readJump(c.bytecode, j + 1) == -(j + 3))
    }
}

@Suite struct StackTests {
    @Test func nestedExpressions() throws {
        #expect(try BC.code("def f(a, b, c, d):\n    return a + (b * (c - d))\n", "f").maxStack == 4)
        #expect(try BC.code("def f(a, b, c, d):\n    return a + b + c + d\n", "f").maxStack == 2)
        #expect(try BC.code("f(a, g(b, c), k=d)\n").maxStack == 5)
        #expect(try BC.code("o.m(a, b)\n").maxStack == 4)
        #expect(try BC.code("x[i] += v\n").maxStack == 4)
        #expect(try BC.code("x = a < b < c\n").maxStack == 3)
        #expect(try BC.code("x = [1, [2, [3, y]]]\n").maxStack == 4)
    }

    @Test func loopsKeepTheIterator() throws {
        // iter + next value + the call's two slots.
        #expect(try BC.code("for x in y:\n    f(x)\n").maxStack == 3)
        #expect(try BC.code("for x in y:\n    for z in x:\n        f(z)\n").maxStack == 4)
        #expect(try BC.code("def f(a):\n    return [x for x in a for y in x]\n", "<listcomp>").maxStack == 4)
    }

    @Test func deepExpressionOnLargeStack() throws {
        // `**` is right-associative: every operand is loaded before the first power.
        let n = 2000
        let source = "def f(x):\n    return x" + String(repeating: " ** x", count: n - 1) + "\n"
        let result: Int? = LargeStack.run { try? BC.code(source, "f").maxStack }
        #expect(result == n)
    }
}

@Suite struct PoolTests {
    @Test func constantsAreDeduplicated() throws {
        let c = try BC.code("a = 'x'\nb = 'x'\nc = 1.5\nd = 1.5\ne = b'x'\nf = 2.0**100\ng = 2.0**100\n")
        #expect(c.consts == [.str("x"), .float(1.5), .bytes([0x78]), .float(1267650600228229401496703205376.0)])
        #expect(c.names == ["a", "b", "c", "d", "e", "f", "g"])
    }

    @Test func distinctValuesStayDistinct() throws {
        let c = try BC.code("a = (1, 1.0, True)\nb = 0.0\nc = -0.0\nd = 1j\n")
        #expect(c.consts == [.tuple([.int(1), .float(1.0), .bool(true)]), .float(0.0), .float(-0.0), .complex(1.0)])
    }

    @Test func namesAreDeduplicatedPerCacheRole() throws {
        // One index per name and role (global, attribute): each role's sites
        // share the interpreter's cache record of that index.
        let c = try BC.code("x = y\ny = x.y\nx.y = y\n")
        #expect(c.names == ["y", "x", "y"])
        #expect(c.cacheCount == 3)
        // Names only imports use come after the cached ones and need no cache.
        let i = try BC.code("import a.b.c\n")
        #expect(i.names == ["a", "a.b.c"] && i.cacheCount == 1)
    }

    @Test func folding() throws {
        #expect(try BC.listing("x = 2 * 3 + 1\n")[0] == "LOAD_SMALL_INT 7")
        #expect(try BC.listing("x = -(1 << 40)\n")[0] == "LOAD_CONST 0 (-1099511627776)")
        #expect(try BC.listing("x = 'ab' * 2\n")[0] == "LOAD_CONST 0 ('abab')")
        #expect(try BC.listing("x = (1, 2 + 3, ('a',))\n")[0] == "LOAD_CONST 0 ((1, 5, ('a',)))")
        // Operations that raise stay for run time.
        #expect(try BC.ops("x = 1 / 0\n").prefix(3) == ["LOAD_SMALL_INT", "LOAD_SMALL_INT", "BINARY"])
        // Results past the size limits are not folded.
        #expect(try BC.ops("x = 2 ** 1000\n").prefix(3) == ["LOAD_SMALL_INT", "LOAD_SMALL_INT", "BINARY"])
        #expect(try BC.ops("x = 'a' * 5000\n").prefix(3) == ["LOAD_CONST", "LOAD_SMALL_INT", "BINARY"])
    }

    @Test func constDefinitions() throws {
        let src = "X = const(3)\n_Y = const(4)\nz = X + _Y\ndef f():\n    return _Y * 2\n"
        #expect(
            try BC.listing(src) == [
                "LOAD_SMALL_INT 3", "STORE_NAME 0 (X)",
                "LOAD_SMALL_INT 7", "STORE_NAME 1 (z)",
                "MAKE_FUNCTION 0 0 (<code 1>)", "STORE_NAME 2 (f)",
                "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(try BC.listing(src, "f") == ["LOAD_SMALL_INT 8", "RETURN_VALUE"])
    }

    @Test func debugFoldsAndDeadBranchesGo() throws {
        #expect(try BC.ops("if __debug__:\n    f()\nelse:\n    g()\n") == ["LOAD_NAME", "CALL", "POP_TOP", "LOAD_NONE", "RETURN_VALUE"])
        #expect(try BC.listing("if __debug__:\n    f()\n", optLevel: 1) == ["LOAD_NONE", "RETURN_VALUE"])
        #expect(try BC.ops("while True:\n    f()\n") == ["LOAD_NAME", "CALL", "POP_TOP", "JUMP"])
    }
}

@Suite struct StatementShapeTests {
    @Test func assignments() throws {
        #expect(try BC.ops("a = b = c\n") == ["LOAD_NAME", "DUP_TOP", "STORE_NAME", "STORE_NAME", "LOAD_NONE", "RETURN_VALUE"])
        #expect(
            try BC.listing("a, (b, c) = x\n").prefix(6) == [
                "LOAD_NAME 0 (x)", "UNPACK_SEQUENCE 2", "STORE_NAME 1 (a)", "UNPACK_SEQUENCE 2", "STORE_NAME 2 (b)",
                "STORE_NAME 3 (c)",
            ])
        #expect(try BC.ops("o.a = 1\n").prefix(3) == ["LOAD_SMALL_INT", "LOAD_NAME", "STORE_ATTR"])
        #expect(try BC.ops("o[i] = 1\n").prefix(4) == ["LOAD_SMALL_INT", "LOAD_NAME", "LOAD_NAME", "STORE_SUBSCR"])
        #expect(
            try BC.ops("o[1:2] = v\n").prefix(6) == [
                "LOAD_NAME", "LOAD_NAME", "LOAD_SMALL_INT", "LOAD_SMALL_INT", "BUILD_SLICE", "STORE_SUBSCR",
            ])
        #expect(try BC.ops("x: int = 1\ny: int\n") == ["LOAD_SMALL_INT", "STORE_NAME", "LOAD_NONE", "RETURN_VALUE"])
    }

    @Test func augmentedAssignments() throws {
        #expect(try BC.listing("x += 1\n").prefix(4) == ["LOAD_NAME 0 (x)", "LOAD_SMALL_INT 1", "INPLACE 0 (+)", "STORE_NAME 0 (x)"])
        #expect(
            try BC.ops("o.a *= 2\n").prefix(7) == [
                "LOAD_NAME", "DUP_TOP", "LOAD_ATTR", "LOAD_SMALL_INT", "INPLACE", "ROT_TWO", "STORE_ATTR",
            ])
        #expect(
            try BC.ops("o[i] -= 2\n").prefix(8) == [
                "LOAD_NAME", "LOAD_NAME", "DUP_TOP_TWO", "LOAD_SUBSCR", "LOAD_SMALL_INT", "INPLACE", "ROT_THREE",
                "STORE_SUBSCR",
            ])
    }

    @Test func deletion() throws {
        #expect(
            try BC.ops("del a, o.b, o[c]\n").prefix(6) == [
                "DELETE_NAME", "LOAD_NAME", "DELETE_ATTR", "LOAD_NAME", "LOAD_NAME", "DELETE_SUBSCR",
            ])
        #expect(try BC.listing("def f(a):\n    del a\n", "f").first == "DELETE_FAST 0 (a)")
        #expect(try BC.listing("def f():\n    global g\n    del g\n", "f").first == "DELETE_GLOBAL 0 (g)")
    }

    @Test func nameResolution() throws {
        let src = """
            g = 1
            def f(a):
                b = a
                def inner():
                    nonlocal b
                    b = g
                return b
            class C:
                x = g
                def m(self):
                    return x
            """
        #expect(
            try BC.listing(src, "f") == [
                "LOAD_FAST 0 (a)", "STORE_DEREF 2 (b)", "LOAD_FAST 2 (b)", "BUILD_TUPLE 1", "MAKE_FUNCTION 0 4 (<code 2>)",
                "STORE_FAST 1 (inner)", "LOAD_DEREF 2 (b)", "RETURN_VALUE",
            ])
        #expect(try BC.listing(src, "inner") == ["LOAD_GLOBAL 0 (g)", "STORE_DEREF 0 (b)", "LOAD_NONE", "RETURN_VALUE"])
        #expect(try BC.listing(src, "C").contains("LOAD_NAME 3 (g)"))
        #expect(try BC.listing(src, "m") == ["LOAD_GLOBAL 0 (x)", "RETURN_VALUE"])
    }

    @Test func controlFlow() throws {
        #expect(
            try BC.ops("if a:\n    f()\nelif b:\n    g()\nelse:\n    h()\n") == [
                "LOAD_NAME", "POP_JUMP_IF_FALSE", "LOAD_NAME", "CALL", "POP_TOP", "JUMP",
                "LOAD_NAME", "POP_JUMP_IF_FALSE", "LOAD_NAME", "CALL", "POP_TOP", "JUMP",
                "LOAD_NAME", "CALL", "POP_TOP", "LOAD_NONE", "RETURN_VALUE",
            ])
        // break pops the iterator; continue jumps to FOR_ITER.
        let d = Disassembler.decode(try BC.code("for x in y:\n    if x:\n        break\n    continue\nelse:\n    f()\n"))
        #expect(
            d.map(\.mnemonic) == [
                "LOAD_NAME", "GET_ITER", "FOR_ITER", "STORE_NAME", "LOAD_NAME", "POP_JUMP_IF_FALSE", "POP_TOP", "JUMP",
                "JUMP", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(d[2].operands == [d[9].offset])  // exhausted: the else clause
        #expect(d[7].operands == [d[12].offset])  // break: past the else clause
        #expect(d[8].operands == [d[2].offset])  // continue
    }

    @Test func conditionsJumpDirectly() throws {
        #expect(try BC.ops("if not a and b:\n    f()\n").prefix(4) == ["LOAD_NAME", "POP_JUMP_IF_TRUE", "LOAD_NAME", "POP_JUMP_IF_FALSE"])
        #expect(try BC.ops("x = a or b\n").prefix(4) == ["LOAD_NAME", "JUMP_IF_TRUE_OR_POP", "LOAD_NAME", "STORE_NAME"])
        #expect(
            try BC.ops("x = a if c else b\n").prefix(6) == [
                "LOAD_NAME", "POP_JUMP_IF_FALSE", "LOAD_NAME", "JUMP", "LOAD_NAME", "STORE_NAME",
            ])
    }

    @Test func chainedComparison() throws {
        let d = Disassembler.decode(try BC.code("x = a < b <= c\n"))
        #expect(
            d.map(\.text).prefix(11) == [
                "LOAD_NAME 0 (a)", "LOAD_NAME 1 (b)", "DUP_TOP", "ROT_THREE", "COMPARE 0 (<)", "JUMP_IF_FALSE_OR_POP -> 18",
                "LOAD_NAME 2 (c)", "COMPARE 1 (<=)", "JUMP -> 20", "ROT_TWO", "POP_TOP",
            ])
        #expect(d[9].offset == 18 && d[11].offset == 20)
    }

    @Test func returnRaiseAssert() throws {
        #expect(try BC.ops("def f():\n    return\n", "f") == ["LOAD_NONE", "RETURN_VALUE"])
        #expect(try BC.listing("raise\n").first == "RAISE 0")
        #expect(try BC.listing("raise E\n").prefix(2) == ["LOAD_NAME 0 (E)", "RAISE 1"])
        #expect(try BC.listing("raise E from C\n").prefix(3) == ["LOAD_NAME 0 (E)", "LOAD_NAME 1 (C)", "RAISE 2"])
        #expect(
            try BC.listing("assert x, 'm'\n") == [
                "LOAD_NAME 0 (x)", "POP_JUMP_IF_TRUE -> 14", "LOAD_GLOBAL 1 (AssertionError)", "LOAD_CONST 0 ('m')",
                "CALL 1 0", "RAISE 1", "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(try BC.ops("assert x\n", optLevel: 1) == ["LOAD_NONE", "RETURN_VALUE"])
    }

    @Test func imports() throws {
        #expect(
            try BC.listing("import a.b.c\n").prefix(4) == ["LOAD_NONE", "LOAD_SMALL_INT 0", "IMPORT_NAME 1 (a.b.c)", "STORE_NAME 0 (a)"])
        #expect(
            try BC.listing("import a.b as c\n").prefix(5) == [
                "LOAD_NONE", "LOAD_SMALL_INT 0", "IMPORT_NAME 2 (a.b)", "LOAD_ATTR 0 (b)", "STORE_NAME 1 (c)",
            ])
        #expect(
            try BC.listing("from ..m import x, y as z\n").prefix(8) == [
                "LOAD_CONST 0 (('x', 'y'))", "LOAD_SMALL_INT 2", "IMPORT_NAME 2 (m)", "IMPORT_FROM 0 (x)",
                "STORE_NAME 0 (x)", "IMPORT_FROM 3 (y)", "STORE_NAME 1 (z)", "POP_TOP",
            ])
    }

    @Test func functions() throws {
        let m = try BC.compile("@d\ndef f(a, b=1, *c, d, e=2, **g):\n    return a\n")
        let f = try #require(m.codes.first { $0.name == "f" })
        #expect(f.nPosArgs == 2 && f.nKwOnlyArgs == 2 && f.nLocals == 6)
        #expect(f.argNames == ["a", "b", "d", "e"])
        #expect(f.localNames == ["a", "b", "d", "e", "c", "g"])
        #expect(f.flags == 3 && f.nPosOnlyArgs == 0)
        let po = try BC.code("def h(a, b, /, c):\n    pass\n", "h")
        #expect(po.nPosArgs == 3 && po.nPosOnlyArgs == 2)
        #expect(
            Disassembler.decode(m.codes[m.top]).map(\.text).prefix(8) == [
                "LOAD_NAME 0 (d)", "LOAD_CONST 0 ((1,))", "LOAD_CONST 1 ('e')", "LOAD_SMALL_INT 2", "BUILD_MAP 1",
                "MAKE_FUNCTION 2 3 (<code 1>)", "CALL 1 0", "STORE_NAME 1 (f)",
            ])
        // Emitter decorators are consumed.
        #expect(try BC.ops("@micropython.native\ndef f():\n    pass\n").prefix(2) == ["MAKE_FUNCTION", "STORE_NAME"])
    }

    @Test func cellParameters() throws {
        let c = try BC.code("def f(a, b):\n    return lambda: b\n", "f")
        #expect(c.nLocals == 2 && c.nCells == 1 && c.cellArgs == [1])
        #expect(Disassembler.decode(c).map(\.text).prefix(3) == ["LOAD_FAST 2 (b)", "BUILD_TUPLE 1", "MAKE_FUNCTION 0 4 (<code 2>)"])
        #expect(try BC.listing("def f(a, b):\n    return lambda: b\n", "<lambda>") == ["LOAD_DEREF 0 (b)", "RETURN_VALUE"])
    }

    @Test func classes() throws {
        let src = "class C(B, metaclass=M):\n    def m(self):\n        return super().m()\n"
        #expect(
            try BC.listing(src).prefix(8) == [
                "LOAD_BUILD_CLASS", "MAKE_FUNCTION 0 0 (<code 1>)", "LOAD_CONST 1 ('C')", "LOAD_NAME 0 (B)",
                "LOAD_CONST 2 ('metaclass')", "LOAD_NAME 1 (M)", "CALL 3 1", "STORE_NAME 2 (C)",
            ])
        let body = try BC.code(src, "C")
        #expect(body.flags == 16 && body.nCells == 1)
        #expect(
            Disassembler.decode(body).map(\.text).suffix(4) == [
                "LOAD_FAST 0 (__class__)", "STORE_NAME 4 (__classcell__)", "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(
            try BC.listing(src, "m").prefix(4) == ["LOAD_GLOBAL 0 (super)", "LOAD_DEREF 1 (__class__)", "LOAD_FAST 0 (self)", "CALL 2 0"])
    }

    @Test func comprehensions() throws {
        #expect(
            try BC.listing("x = {k: v for k, v in d if k}\n", "<dictcomp>") == [
                "BUILD_MAP 0", "LOAD_FAST 0 (.0)", "FOR_ITER -> 27", "UNPACK_SEQUENCE 2", "STORE_FAST 1 (k)",
                "STORE_FAST 2 (v)", "LOAD_FAST 1 (k)", "POP_JUMP_IF_FALSE -> 4", "LOAD_FAST 1 (k)", "LOAD_FAST 2 (v)",
                "MAP_ADD 2", "JUMP -> 4", "RETURN_VALUE",
            ])
        #expect(
            try BC.listing("x = [a for a in b]\n").prefix(5) == [
                "MAKE_FUNCTION 0 0 (<code 1>)", "LOAD_NAME 0 (b)", "GET_ITER", "CALL 1 0", "STORE_NAME 1 (x)",
            ])
    }

    @Test func fstrings() throws {
        #expect(
            try BC.listing("s = f'a{x!r:>{w}}{{b}}{y}'\n").prefix(7) == [
                "LOAD_CONST 0 ('a{0!r:>{1}}{{b}}{2}')", "LOAD_METHOD 0 (format)", "LOAD_NAME 1 (x)", "LOAD_NAME 2 (w)",
                "LOAD_NAME 3 (y)", "CALL_METHOD 3 0", "STORE_NAME 4 (s)",
            ])
        #expect(try BC.listing("s = f'{x=}'\n").first == "LOAD_CONST 0 ('x={0!r}')")
    }

    @Test func lineTable() throws {
        let c = try BC.code("a = 1\n\nb = 2\nif a:\n    c = 3\n")
        // (offset delta, zigzag line delta) pairs from line 1.
        #expect(c.lineTable == [4, 4, 4, 2, 5, 2])  // line deltas are zigzag-signed
        #expect(BytecodeDecoder.lines(c) == [1, 1, 1, 1, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5])
    }
}

@Suite struct GeneratorTests {
    @Test func generatorFunctionsAndExpressionsAreGeneratorCode() throws {
        let m = try BC.compile("def f():\n    yield 1\ng = (a for a in b)\n")
        let gens = m.codes.filter { $0.flags & UInt16(MPY_CODE_GENERATOR.rawValue) != 0 }.map(\.name)
        #expect(gens.sorted() == ["<genexpr>", "f"])
        #expect(
            m.codes.allSatisfy { c in
                c.flags & UInt16(MPY_CODE_GENERATOR.rawValue) != 0 || !c.bytecode.contains(UInt8(MPY_OP_YIELD_VALUE.rawValue))
            })
    }
}

@Suite struct AsyncTests {
    @Test func coroutinesAreGenerators() throws {
        let c = try BC.code("async def f(a):\n    return await a\n", "f")
        #expect(c.flags & UInt16(MPY_CODE_GENERATOR.rawValue) != 0)
        #expect(
            Disassembler.decode(c).map(\.text) == [
                "LOAD_FAST 0 (a)", "GET_AWAITABLE", "LOAD_NONE", "YIELD_FROM", "RETURN_VALUE",
            ])
        let w = try BC.code("async def f():\n    async with a:\n        pass\n", "f")
        #expect(w.flags & UInt16(MPY_CODE_GENERATOR.rawValue) != 0)
    }

    @Test func unsupportedAsyncConstructsAreLocatedErrors() {
        let comp = "asynchronous comprehensions ('async for' or 'await' in a comprehension) are not supported by MicroPython"
        #expect(BC.error("async def f():\n    return [x async for x in y]\n") == comp + " @ 2:12")
        #expect(BC.error("async def f():\n    return [await x for x in y]\n") == comp + " @ 2:12")
        #expect(BC.error("async def f():\n    return [[x async for x in y] for z in w]\n") == comp + " @ 2:12")
        #expect(BC.error("async def f():\n    return [x for x in await y]\n") == nil)
        #expect(
            BC.error("@micropython.viper\nasync def f():\n    pass\n")
                == "native yield: an 'async def' cannot be @micropython.viper @ 1:1")
        #expect(BC.error("x = yield from a\n") == "'yield' outside function @ 1:5")
    }
}

@Suite struct ExceptionTests {
    typealias Entry = BytecodeDecoder.ExceptionEntry

    static func table(_ source: String, _ name: String = "<module>") throws -> [Entry] {
        BytecodeDecoder.exceptionEntries(try BC.code(source, name))
    }

    @Test func tryExceptShape() throws {
        let src = "def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n"
        let c = try BC.code(src, "f")
        #expect(c.localNames == ["e", "$0"])
        #expect(
            Disassembler.decode(c).map(\.text) == [
                "LOAD_GLOBAL 0 (g)", "CALL 0 0", "POP_TOP", "JUMP -> 49",
                "STORE_FAST 1 ($0)", "LOAD_FAST 1 ($0)", "LOAD_GLOBAL 1 (E)", "COMPARE 10 (exception match)",
                "POP_JUMP_IF_FALSE -> 46", "LOAD_FAST 1 ($0)", "STORE_FAST 0 (e)",
                "LOAD_GLOBAL 2 (h)", "LOAD_FAST 0 (e)", "CALL 1 0", "POP_TOP",
                "LOAD_NONE", "STORE_FAST 0 (e)", "DELETE_FAST 0 (e)", "JUMP -> 49",
                "LOAD_NONE", "STORE_FAST 0 (e)", "DELETE_FAST 0 (e)", "RERAISE",
                "LOAD_FAST 1 ($0)", "RERAISE", "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(c.nExcEntries == 2)
        #expect(
            BytecodeDecoder.exceptionEntries(c) == [
                Entry(start: 0, end: 6, handler: 9, depth: 0, handlerEnd: 49),
                Entry(start: 24, end: 32, handler: 40, depth: 0, handlerEnd: 46),
            ])
        #expect(c.maxStack == 2)
    }

    @Test func handlerDepthCountsLoopIterators() throws {
        let t = try ExceptionTests.table("for x in y:\n    for z in x:\n        try:\n            f()\n        except:\n            pass\n")
        #expect(t.count == 1 && t[0].depth == 2)
        // The exception pushed on top of the two iterators.
        #expect(
            try BC.code("for x in y:\n    for z in x:\n        try:\n            f()\n        except:\n            pass\n").maxStack == 3)
    }

    @Test func entriesNeverOverlap() throws {
        let src = """
            try:
                try:
                    a()
                except E:
                    b()
                finally:
                    c()
            except F as e:
                with m:
                    d()
            finally:
                g()
            """
        let t = try ExceptionTests.table(src)
        #expect(t.count >= 5)
        for (x, y) in zip(t, t.dropFirst()) { #expect(x.end <= y.start) }
        for e in t { #expect(e.start < e.end) }
    }

    @Test func bareRaise() throws {
        #expect(try BC.listing("raise\n") == ["RAISE 0"])
        let ops = try BC.listing("def f():\n    try:\n        g()\n    except:\n        h()\n        raise\n", "f")
        #expect(ops.contains("LOAD_FAST 0 ($0)") && ops.contains("RERAISE") && !ops.contains("RAISE 0"))
        // Inside a nested handler: that handler's exception; after it, the outer one again.
        let nested = "try:\n    a()\nexcept:\n    try:\n        b()\n    except:\n        raise\n    raise\n"
        let l = try BC.listing(nested)
        let reraises = l.indices.filter { l[$0] == "RERAISE" }.map { l[$0 - 1] }
        #expect(reraises.contains("LOAD_FAST 1 ($1)") && reraises.contains("LOAD_FAST 0 ($0)"))
    }

    @Test func finallyRunsOnEveryExit() throws {
        let src =
            "def f(a):\n    for x in a:\n        try:\n            if x:\n                break\n            continue\n        finally:\n            k()\n    try:\n        return g()\n    finally:\n        k()\n"
        let ops = try BC.ops(src, "f")
        // break, continue and the exception path; g(), then return and the exception path.
        #expect(ops.filter { $0 == "CALL" }.count == 6)
        let l = try BC.listing(src, "f")
        // break: the finally body, then the iterator is popped.
        #expect(l.contains("STORE_FAST 2 ($ret)"))
        #expect(l.suffix(8).prefix(2) == ["LOAD_FAST 2 ($ret)", "RETURN_VALUE"])
        let c = try BC.code(src, "f")
        #expect(c.localNames == ["a", "x", "$ret", "$0"])
    }

    @Test func constantReturnThroughFinally() throws {
        let l = try BC.listing("def f():\n    try:\n        return 1\n    finally:\n        k()\n", "f")
        #expect(l.prefix(5) == ["LOAD_GLOBAL 0 (k)", "CALL 0 0", "POP_TOP", "LOAD_SMALL_INT 1", "RETURN_VALUE"])
        #expect(try BC.code("def f():\n    try:\n        g()\n    finally:\n        k()\n", "f").localNames == ["$0"])
    }

    @Test func returnInsideHandlerUnbindsName() throws {
        let l = try BC.listing("def f():\n    try:\n        g()\n    except E as e:\n        return e\n", "f")
        let r = try #require(l.firstIndex(of: "RETURN_VALUE"))
        #expect(Array(l[(r - 4)...r]) == ["LOAD_FAST 0 (e)", "LOAD_NONE", "STORE_FAST 0 (e)", "DELETE_FAST 0 (e)", "RETURN_VALUE"])
    }

    @Test func handlerTypes() throws {
        let l = try BC.listing("try:\n    a()\nexcept (A, B):\n    pass\n")
        #expect(l.contains("BUILD_TUPLE 2") && l.contains("COMPARE 10 (exception match)"))
        #expect(BC.error("try:\n    a()\nexcept:\n    pass\nexcept E:\n    pass\n") == "default 'except:' must be last @ 3:1")
    }

    @Test func withShape() throws {
        let c = try BC.code("def f(m):\n    with m as x:\n        g(x)\n", "f")
        #expect(
            Disassembler.decode(c).map(\.text) == [
                "LOAD_FAST 0 (m)", "DUP_TOP", "LOAD_ATTR 0 (__exit__)", "STORE_FAST 2 ($0)",
                "LOAD_METHOD 1 (__enter__)", "CALL_METHOD 0 0", "STORE_FAST 1 (x)",
                "LOAD_GLOBAL 2 (g)", "LOAD_FAST 1 (x)", "CALL 1 0", "POP_TOP",
                "LOAD_FAST 2 ($0)", "LOAD_NONE", "LOAD_NONE", "LOAD_NONE", "CALL 3 0", "POP_TOP", "JUMP -> 57",
                "STORE_FAST 3 ($1)", "LOAD_FAST 2 ($0)", "LOAD_FAST 3 ($1)", "LOAD_ATTR 3 (__class__)",
                "LOAD_FAST 3 ($1)", "LOAD_FAST 3 ($1)", "LOAD_ATTR 4 (__traceback__)", "CALL 3 0",
                "POP_JUMP_IF_TRUE -> 57", "LOAD_FAST 3 ($1)", "RERAISE",
                "LOAD_NONE", "RETURN_VALUE",
            ])
        #expect(BytecodeDecoder.exceptionEntries(c) == [Entry(start: 14, end: 22, handler: 34, depth: 0, handlerEnd: 57)])
    }

    @Test func withSeveralItemsNest() throws {
        let c = try BC.code("with a as x, b as y:\n    f()\n")
        #expect(c.localNames == ["$0", "$1", "$2", "$3"])
        #expect(Disassembler.decode(c).filter { $0.text.hasSuffix("(__exit__)") }.count == 2)
        #expect(c.nExcEntries == 3)
    }

    @Test func hiddenSlotsInClassBodies() throws {
        let c = try BC.code("class C:\n    try:\n        x = 1\n    except E:\n        x = 2\n", "C")
        #expect(c.nLocals == 1 && c.localNames.first == "$0")
    }
}
