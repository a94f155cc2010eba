// Dumps and constant folding print constants the way CPython's repr() does;
// these expectations are CPython 3.11's output for the same values.
import Testing
@testable import MPYSyntax

@Suite struct PythonReprTests {
    @Test(
        arguments: [
            (0.1, "0.1"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1.5e-07, "1.5e-07"),
            (0.0001, "0.0001"), (123456789.123, "123456789.123"), (5e-324, "5e-324"),
            (1.7976931348623157e+308, "1.7976931348623157e+308"), (-0.0, "-0.0"), (0.0, "0.0"),
            (Double.infinity, "inf"), (-Double.infinity, "-inf"), (Double.nan, "nan"),
            (1.0, "1.0"), (-2.5, "-2.5"), (100.0, "100.0"), (1e22, "1e+22"), (1.5e300, "1.5e+300"),
            (9999999999999998.0, "9999999999999998.0"), (0.30000000000000004, "0.30000000000000004"),
            (2.0 / 3.0, "0.6666666666666666"), (1e-310, "1e-310"), (12345.678e-10, "1.2345678e-06"),
        ] as [(Double, String)])
    func float(_ value: Double, _ expected: String) {
        #expect(PythonRepr.float(value) == expected)
    }

    @Test func floatsJustBelowTheFixedRange() {
        // CPython switches to exponent form below 1e-4: repr(1e-05) == '1e-05'.
        #expect(PythonRepr.float(1e-05) == "1e-05")
        #expect(PythonRepr.float(1.234e-05) == "1.234e-05")
        #expect(PythonRepr.float(1e-06) == "1e-06")
        #expect(PythonRepr.float(0.00012) == "0.00012")
    }

    @Test func otherConstants() {
        #expect(PythonRepr.constant(.none) == "None")
        #expect(PythonRepr.constant(.ellipsis) == "Ellipsis")
        #expect(PythonRepr.constant(.bool(true)) == "True")
        #expect(PythonRepr.constant(.bool(false)) == "False")
        #expect(PythonRepr.constant(.imaginary(3)) == "3j")
        #expect(PythonRepr.constant(.imaginary(1.5)) == "1.5j")
        #expect(PythonRepr.constant(.imaginary(1e16)) == "1e+16j")
        #expect(PythonRepr.constant(.tuple([])) == "()")
        #expect(PythonRepr.constant(.tuple([.bool(true)])) == "(True,)")
        #expect(PythonRepr.constant(.tuple([.none, .string("a")])) == "(None, 'a')")
    }

    @Test func stringQuoting() {
        #expect(PythonRepr.string("") == "''")
        #expect(PythonRepr.string("abc") == "'abc'")
        #expect(PythonRepr.string("it's") == "\"it's\"")
        #expect(PythonRepr.string("say \"hi\"") == "'say \"hi\"'")
        #expect(PythonRepr.string("both ' and \"") == "'both \\' and \"'")
    }

    @Test func stringEscapes() {
        #expect(PythonRepr.string("a\\b") == "'a\\\\b'")
        #expect(PythonRepr.string("\n\r\t") == "'\\n\\r\\t'")
        #expect(PythonRepr.string("\u{0}\u{7}\u{1B}\u{7F}") == "'\\x00\\x07\\x1b\\x7f'")
        #expect(PythonRepr.string("\u{80}\u{A0}\u{AD}") == "'\\x80\\xa0\\xad'")
        #expect(PythonRepr.string("é€😀") == "'é€😀'")
        #expect(PythonRepr.string("\u{200B}\u{2028}\u{FEFF}") == "'\\u200b\\u2028\\ufeff'")
        #expect(PythonRepr.string("\u{E0001}\u{10FFFF}") == "'\\U000e0001\\U0010ffff'")
        #expect(PythonRepr.string("\u{3000}") == "'\\u3000'")
    }

    @Test func bytesRepr() {
        #expect(PythonRepr.bytes([]) == "b''")
        #expect(PythonRepr.bytes(Array("abc".utf8)) == "b'abc'")
        #expect(PythonRepr.bytes([0, 9, 10, 13, 0x5C, 0x7F, 0x80, 0xFF]) == "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'")
        #expect(PythonRepr.bytes(Array("it's".utf8)) == "b\"it's\"")
        #expect(PythonRepr.bytes(Array("'\"".utf8)) == "b'\\'\"'")
    }
}
