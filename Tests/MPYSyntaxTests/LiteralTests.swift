// Literal decoding decides the values the compiled program sees: these
// tests check decoded ints, floats, imaginaries, strings and bytes exactly.
import Testing
@testable import MPYSyntax

@Suite struct LiteralTests {
    func intText(_ text: String) throws -> String? {
        if case .int(let v) = try constant(text) { return "\(v)" }
        return nil
    }

    @Test func decimalIntegers() throws {
        #expect(try intText("0") == "0")
        #expect(try intText("00") == "0")
        #expect(try intText("0_0") == "0")
        #expect(try intText("7") == "7")
        #expect(try intText("1_000_000") == "1000000")
        #expect(try intText("999999999999999999") == "999999999999999999")
        #expect(try intText("9223372036854775807") == "9223372036854775807")
        #expect(try intText("9223372036854775808") == "9223372036854775808")
        #expect(try intText("18446744073709551616") == "18446744073709551616")
        #expect(try intText("340282366920938463463374607431768211456") == "340282366920938463463374607431768211456")
    }

    @Test func radixIntegers() throws {
        #expect(try intText("0x1F") == "31")
        #expect(try intText("0XdeadBEEF") == "3735928559")
        #expect(try intText("0x_ff") == "255")
        #expect(try intText("0o17") == "15")
        #expect(try intText("0O7_7") == "63")
        #expect(try intText("0b1010") == "10")
        #expect(try intText("0B_1") == "1")
        #expect(try intText("0xFFFFFFFFFFFFFFFFFFFFFFFF") == "79228162514264337593543950335")
        #expect(try intText("0b" + String(repeating: "1", count: 100)) == "1267650600228229401496703205375")
    }

    @Test func negativeLiteralsAreUnaryMinus() throws {
        guard case .unary(.minus, let inner) = try firstExpr("-9223372036854775808").kind else {
            Issue.record("expected a unary minus"); return
        }
        guard case .constant(.int(let v)) = inner.kind else { Issue.record("expected an int"); return }
        #expect("\(v)" == "9223372036854775808")
    }

    @Test func floats() throws {
        #expect(try constant("1.5") == .float(1.5))
        #expect(try constant("1.") == .float(1.0))
        #expect(try constant(".5") == .float(0.5))
        #expect(try constant("1e10") == .float(1e10))
        #expect(try constant("1E-5") == .float(1e-5))
        #expect(try constant("1.5e+3") == .float(1500))
        #expect(try constant("1_0.2_5e1_0") == .float(10.25e10))
        #expect(try constant("0.1") == .float(0.1))
        #expect(try constant("5e-324") == .float(5e-324))
        #expect(try constant("1.7976931348623157e308") == .float(1.7976931348623157e308))
        #expect(try constant("1e400") == .float(.infinity))
        #expect(try constant("1e-400") == .float(0))
        #expect(try constant("0.0") == .float(0))
        // The nearest double, correctly rounded.
        #expect(try constant("9007199254740993.0") == .float(9007199254740992))
        #expect(try constant("2.2250738585072011e-308") == .float(2.225073858507201e-308))
    }

    @Test func imaginaries() throws {
        #expect(try constant("3j") == .imaginary(3))
        #expect(try constant("1.5J") == .imaginary(1.5))
        #expect(try constant(".5j") == .imaginary(0.5))
        #expect(try constant("1e3j") == .imaginary(1000))
        #expect(try constant("0j") == .imaginary(0))
        #expect(try constant("1_2j") == .imaginary(12))
        // Integers that look octal are fine as imaginaries and floats.
        #expect(try constant("012j") == .imaginary(12))
        #expect(try constant("012.5") == .float(12.5))
    }

    @Test func simpleEscapes() throws {
        #expect(try string(#"'\a\b\f\n\r\t\v'"#) == "\u{07}\u{08}\u{0C}\n\r\t\u{0B}")
        #expect(try string(#"'\\ \' \"'"#) == "\\ ' \"")
        #expect(try string(#""\"quoted\"""#) == "\"quoted\"")
    }

    @Test func numericEscapes() throws {
        #expect(try string(#"'\x41\x7a'"#) == "Az")
        #expect(try string(#"'\xe9'"#) == "é")
        #expect(try string(#"'\u00e9\u20AC'"#) == "é€")
        #expect(try string(#"'\U0001F600'"#) == "😀")
        #expect(try string(#"'\101\60\0\7'"#) == "A0\u{0}\u{7}")
        #expect(try string(#"'\1234'"#) == "S4")  // at most three octal digits
        #expect(try string(#"'\777'"#) == "\u{1FF}")
        #expect(try string(#"'\08'"#) == "\u{0}8")
    }

    @Test func namedEscapes() throws {
        #expect(try string(#"'\N{LATIN SMALL LETTER E WITH ACUTE}'"#) == "é")
        #expect(try string(#"'\N{GREEK SMALL LETTER ALPHA}\N{EURO SIGN}'"#) == "α€")
        #expect(try string(#"'\N{latin small letter a}'"#) == "a")
        #expect(try string(#"'\N{DIGIT ONE}x'"#) == "1x")
        #expect(parseError(#"'\N{NO SUCH CHARACTER}'"#)?.message == "unknown Unicode character name 'NO SUCH CHARACTER' in \\N escape")
        #expect(parseError(#"'\N'"#)?.message == "malformed \\N character escape")
    }

    @Test func badEscapes() {
        #expect(parseError(#"'\x4'"#)?.message == "truncated \\xXX escape")
        #expect(parseError(#"'\u12'"#)?.message == "truncated \\uXXXX escape")
        #expect(parseError(#"'\U0000004'"#)?.message == "truncated \\UXXXXXXXX escape")
        #expect(parseError(#"'\U00110000'"#)?.message == "illegal Unicode character in \\U escape")
        #expect(
            parseError(#"'\ud800'"#) == CompileError("lone surrogate escape is not supported: MicroPython strings are UTF-8", at: 1))
        #expect(parseError(#"x = 'ok\x4'"#)?.offset == 7)
    }

    @Test func unknownEscapesKeepTheBackslash() throws {
        #expect(try string(#"'\d\q\ '"#) == "\\d\\q\\ ")
        #expect(try string(#"'\8'"#) == "\\8")
    }

    @Test func rawStrings() throws {
        #expect(try string(#"r'\n\d'"#) == "\\n\\d")
        #expect(try string(#"r'\''"#) == "\\'")
        #expect(try string(#"R"\"""#) == "\\\"")
        #expect(try string(#"r'\x41\N{DIGIT ONE}'"#) == "\\x41\\N{DIGIT ONE}")
        #expect(try string("r'a\\\nb'") == "a\\\nb")
    }

    @Test func lineContinuationInsideStrings() throws {
        #expect(try string("'line \\\ncontinued'") == "line continued")
        #expect(try string("'''a\\\nb'''") == "ab")
        #expect(try string("'''a\nb'''") == "a\nb")
        // Line ends inside literals always decode as "\n".
        #expect(try string("'''a\r\nb\rc'''") == "a\nb\nc")
        #expect(try string("'a\\\r\nb'") == "ab")
    }

    @Test func unicodeText() throws {
        #expect(try string("'é€😀'") == "é€😀")
        #expect(try string("''") == "")
        #expect(try string("''''''") == "")
        #expect(try string("u'prefix'") == "prefix")
    }

    @Test func bytesLiterals() throws {
        #expect(try bytesValue("b'abc'") == Array("abc".utf8))
        #expect(try bytesValue(#"b'\x00\xff\n\0\377'"#) == [0, 255, 10, 0, 255])
        #expect(try bytesValue(#"b'\u1234'"#) == Array(#"\u1234"#.utf8))
        #expect(try bytesValue(#"b'\N{DIGIT ONE}'"#) == Array(#"\N{DIGIT ONE}"#.utf8))
        #expect(try bytesValue(#"rb'\x00'"#) == Array(#"\x00"#.utf8))
        #expect(try bytesValue(#"BR"\n""#) == Array(#"\n"#.utf8))
        #expect(try bytesValue("b''") == [])
        let err = parseError("b'caf\u{E9}'")
        #expect(err?.message == "bytes can only contain ASCII literal characters")
        #expect(err?.offset == 5)
    }

    @Test func implicitConcatenation() throws {
        #expect(try string("'a' \"b\" '''c'''") == "abc")
        #expect(try string("('a'\n 'b')") == "ab")
        #expect(try string(#"'\x41' r'\x41'"#) == "A\\x41")
        #expect(try bytesValue("b'a' B'b' rb'\\c'") == Array("ab\\c".utf8))
        #expect(parseError("b'a' 'b'")?.message == "cannot mix bytes and nonbytes literals")
        #expect(parseError("'a' b'b'")?.offset == 4)
        // Concatenation with an f-string makes one JoinedStr.
        guard case .joinedStr(let parts) = try firstExpr("'a' f'{x}' 'b' 'c'").kind else {
            Issue.record("expected a JoinedStr"); return
        }
        #expect(parts.count == 3)
        if case .constant(.string(let s)) = parts.last?.kind { #expect(s == "bc") } else { Issue.record("expected 'bc'") }
    }

    @Test func fStringParts() throws {
        guard case .joinedStr(let parts) = try firstExpr("f'a{x!r:>{w}}b{{c}}'").kind, parts.count == 3 else {
            Issue.record("expected three parts"); return
        }
        if case .constant(.string(let s)) = parts[0].kind { #expect(s == "a") } else { Issue.record("part 0") }
        guard case .formattedValue(let v, let conv, let spec) = parts[1].kind else { Issue.record("part 1"); return }
        guard case .name("x") = v.kind else { Issue.record("value"); return }
        #expect(conv == "r")
        guard case .joinedStr(let specParts)? = spec?.kind, specParts.count == 2 else { Issue.record("spec"); return }
        if case .constant(.string(let s)) = parts[2].kind { #expect(s == "b{c}") } else { Issue.record("part 2") }
        // Self-documenting fields keep their text and default to repr.
        guard case .joinedStr(let doc) = try firstExpr("f'{x = }'").kind, doc.count == 2 else { Issue.record("doc"); return }
        if case .constant(.string(let s)) = doc[0].kind { #expect(s == "x = ") } else { Issue.record("doc text") }
        if case .formattedValue(_, let c, nil) = doc[1].kind { #expect(c == "r") } else { Issue.record("doc field") }
        // \N{...} braces are not a field; doubled braces are one brace.
        guard case .joinedStr(let named) = try firstExpr(#"f'\N{DIGIT ONE}{{'"#).kind, named.count == 1,
            case .constant(.string(let text)) = named[0].kind
        else { Issue.record("named escape"); return }
        #expect(text == "1{")
    }
}
