// ConstFolder arithmetic against Python's semantics (floor division and
// modulo signs, true division rounding, big ints, shifts, two's-complement
// bitwise ops, exact int/float comparison), and its lenient nil results.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct ConstFolderTests {
    /// Folds the expression statement `source` and returns its Python repr.
    func fold(_ source: String) -> String? {
        guard let module = try? Parser.parse(Fixture.file(source + "\n")),
            let stmt = module.body.first, case .expr(let e) = stmt.kind
        else { return "parse error" }
        return ConstFolder.fold(e)?.pythonRepr
    }

    @Test func floorDivisionAndModulo() {
        #expect(fold("7 // 2") == "3")
        #expect(fold("-7 // 2") == "-4")
        #expect(fold("7 // -2") == "-4")
        #expect(fold("-7 % 3") == "2")
        #expect(fold("7 % -3") == "-2")
        #expect(fold("7.5 // 2") == "3.0")
        #expect(fold("-7.5 % 2") == "0.5")
        #expect(fold("5 % -2.0") == "-1.0")
        #expect(fold("-1.5 // 1") == "-2.0")
    }

    @Test func trueDivision() {
        #expect(fold("1 / 3") == "0.3333333333333333")
        #expect(fold("10 / 2") == "5.0")
        #expect(fold("2 ** 200 / 3") == "5.356460147529967e+59")
        #expect(fold("10 ** 30 / 7") == "1.4285714285714285e+29")
        #expect(fold("(2 ** 64 + 1) / 2") == "9.223372036854776e+18")
        #expect(fold("12345678901234567890 / 1") == "1.2345678901234567e+19")
        #expect(fold("0 / -5") == "-0.0")
    }

    @Test func powers() {
        #expect(fold("2 ** -1") == "0.5")
        #expect(fold("10 ** -2") == "0.01")
        #expect(fold("(-2) ** 3") == "-8")
        #expect(fold("2 ** 100") == "1267650600228229401496703205376")
        #expect(fold("(-1) ** 12345678901234567890") == "1")
        #expect(fold("2.0 ** 0.5") == "1.4142135623730951")
        #expect(fold("(-8.0) ** 0.5") == nil)  // complex result
        #expect(fold("2 ** 100000") == nil)  // beyond the size cap
    }

    @Test func shiftsAndBitwise() {
        #expect(fold("1 << 70") == "1180591620717411303424")
        #expect(fold("-1 >> 3") == "-1")
        #expect(fold("-9 >> 1") == "-5")
        #expect(fold("5 >> 100") == "0")
        #expect(fold("~5") == "-6")
        #expect(fold("-5 & 3") == "3")
        #expect(fold("-5 | 3") == "-5")
        #expect(fold("-5 ^ 3") == "-8")
        #expect(fold("-(2 ** 64) & (2 ** 64 + 5)") == "18446744073709551616")
        #expect(fold("True & False") == "False")
        #expect(fold("True | 2") == "3")
        #expect(fold("1 << -1") == nil)
    }

    @Test func sequences() {
        #expect(fold("'ab' * 3") == "'ababab'")
        #expect(fold("3 * 'ab'") == "'ababab'")
        #expect(fold("'a' * -1") == "''")
        #expect(fold("b'x' + b'y'") == "b'xy'")
        #expect(fold("(1,) * 2") == "(1, 1)")
        #expect(fold("(1, 2) + (3,)") == "(1, 2, 3)")
        #expect(fold("'a' * 10 ** 9") == nil)
        #expect(fold("'%d' % 3") == nil)
    }

    @Test func comparisons() {
        #expect(fold("1 < 2 < 3") == "True")
        #expect(fold("1 < 3 < 2") == "False")
        #expect(fold("2 ** 53 + 1 == 2.0 ** 53") == "False")
        #expect(fold("1 == 1.0") == "True")
        #expect(fold("'a' < 'b'") == "True")
        #expect(fold("(1, 2) < (1, 3)") == "True")
        #expect(fold("'b' in 'abc'") == "True")
        #expect(fold("2 not in (1, 2)") == "False")
        #expect(fold("None is None") == "True")
        #expect(fold("'a' < 1") == nil)
        #expect(fold("(1,) is (1,)") == nil)
    }

    @Test func booleanAndConditional() {
        #expect(fold("0 or 'x'") == "'x'")
        #expect(fold("1 and 0") == "0")
        #expect(fold("None or 0 or 5") == "5")
        #expect(fold("0 and undefined") == "0")
        #expect(fold("1 if 0 else 2") == "2")
        #expect(fold("not ()") == "True")
        #expect(fold("-True") == "-1")
    }

    @Test func notConstant() {
        #expect(fold("x + 1") == nil)
        #expect(fold("1 + 'a'") == nil)
        #expect(fold("1 / 0") == nil)
        #expect(fold("[1]") == nil)
        #expect(fold("1j * 2") == nil)
    }

    @Test func foldingWithModelSeesInlinedConstants() throws {
        let m = try Fixture.model("X = const(4)\ndef f():\n    return X * 2\n")
        guard let f = Fixture.scope(m, "f"), case .functionDef(let d) = m.module.body[1].kind,
            case .return(let v?) = d.body[0].kind
        else {
            Issue.record("unexpected tree")
            return
        }
        #expect(ConstFolder.fold(v, in: m, scope: f.id) == .int(8))
        // The module itself never reads X, so nothing is inlined there.
        #expect(ConstFolder.fold(v, in: m, scope: 0) == nil)
    }
}

@Suite struct ReprTests {
    @Test func floats() {
        #expect(PythonRepr.float(1e16) == "1e+16")
        #expect(PythonRepr.float(1.5e-7) == "1.5e-07")
        #expect(PythonRepr.float(1e15) == "1000000000000000.0")
        #expect(PythonRepr.float(0.0001) == "0.0001")
        #expect(PythonRepr.float(0.00001) == "1e-05")
        #expect(PythonRepr.float(123.456) == "123.456")
        #expect(PythonRepr.float(-0.0) == "-0.0")
        #expect(PythonRepr.float(.leastNonzeroMagnitude) == "5e-324")
        #expect(PythonRepr.float(1.7976931348623157e308) == "1.7976931348623157e+308")
        #expect(PythonRepr.float(.infinity) == "inf")
        #expect(PythonRepr.float(-.infinity) == "-inf")
        #expect(PythonRepr.float(.nan) == "nan")
        #expect(PythonRepr.float(2.0) == "2.0")
        #expect(Constant.imaginary(1).pythonRepr == "1j")
        #expect(Constant.imaginary(1.5).pythonRepr == "1.5j")
    }

    @Test func strings() {
        #expect(PythonRepr.string("it's") == "\"it's\"")
        #expect(PythonRepr.string("a\"b") == "'a\"b'")
        #expect(PythonRepr.string("both'\"") == "'both\\'\"'")
        #expect(
            PythonRepr.string("\n\t\u{0}\u{e9}\u{200b}\u{1F600}\u{7f}\u{a0}")
                == "'\\n\\t\\x00\u{e9}\\u200b\u{1F600}\\x7f\\xa0'")
    }

    @Test func bytesAndOthers() {
        #expect(PythonRepr.bytes([0, 0xFF, 0x27]) == "b\"\\x00\\xff'\"")
        #expect(PythonRepr.bytes([0x27, 0x22]) == "b'\\'\"'")
        #expect(Constant.tuple([.int(1)]).pythonRepr == "(1,)")
        #expect(Constant.tuple([]).pythonRepr == "()")
        #expect(Constant.tuple([.none, .bool(false), .ellipsis]).pythonRepr == "(None, False, Ellipsis)")
    }
}
