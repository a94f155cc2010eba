// The lexer is where indentation, line joining and literal boundaries are
// decided; these tests pin token kinds and exact byte ranges for each class.
import Testing
@testable import MPYSyntax

@Suite struct LexerTests {
    /// (kind, source text) of every token, without the trailing NEWLINE/EOF.
    func pairs(_ text: String) throws -> [(TokenKind, String)] {
        let f = source(text)
        return try Lexer.tokenize(f).filter { $0.kind != .newline && $0.kind != .endOfFile }.map { ($0.kind, f.text($0.range)) }
    }

    func expectTokens(_ text: String, _ expected: [(TokenKind, String)], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let got = try pairs(text)
        #expect(got.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(got.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    }

    @Test func names() throws {
        try expectTokens(
            "abc _x x1 été 名前 None True False",
            [
                (.name, "abc"), (.name, "_x"), (.name, "x1"), (.name, "été"), (.name, "名前"),
                (.kwNone, "None"), (.kwTrue, "True"), (.kwFalse, "False"),
            ])
    }

    @Test func everyKeywordIsRecognized() throws {
        for (text, kind) in TokenKind.keywordList {
            #expect(try kinds(text) == [kind, .newline, .endOfFile], "\(text)")
        }
        // Soft keywords and near misses stay names.
        for text in ["match", "case", "_", "type", "print", "iff", "Class", "nonlocals"] {
            #expect(try kinds(text) == [.name, .newline, .endOfFile], "\(text)")
        }
    }

    @Test func operators() throws {
        try expectTokens(
            "+ - * / // % @ ** << >> & | ^ ~ < > <= >= == !=",
            [
                (.plus, "+"), (.minus, "-"), (.star, "*"), (.slash, "/"), (.doubleSlash, "//"),
                (.percent, "%"), (.at, "@"), (.doubleStar, "**"), (.lshift, "<<"), (.rshift, ">>"),
                (.amp, "&"), (.pipe, "|"), (.caret, "^"), (.tilde, "~"), (.less, "<"), (.greater, ">"),
                (.lessEqual, "<="), (.greaterEqual, ">="), (.equal, "=="), (.notEqual, "!="),
            ])
    }

    @Test func augmentedAssignmentOperators() throws {
        try expectTokens(
            "+= -= *= /= //= %= @= **= <<= >>= &= |= ^=",
            [
                (.plusAssign, "+="), (.minusAssign, "-="), (.starAssign, "*="), (.slashAssign, "/="),
                (.doubleSlashAssign, "//="), (.percentAssign, "%="), (.atAssign, "@="),
                (.doubleStarAssign, "**="), (.lshiftAssign, "<<="), (.rshiftAssign, ">>="),
                (.ampAssign, "&="), (.pipeAssign, "|="), (.caretAssign, "^="),
            ])
        // Exactly the augmented assignments are augmented assignments.
        #expect(try lex("a += 1").map(\.kind.isAugAssign) == [false, true, false, false, false])
        #expect(try lex("a = b == c <= d").contains { $0.kind.isAugAssign } == false)
    }

    @Test func punctuation() throws {
        try expectTokens(
            "( ) [ ] { } , : . ; -> ... := =",
            [
                (.lparen, "("), (.rparen, ")"), (.lbracket, "["), (.rbracket, "]"), (.lbrace, "{"),
                (.rbrace, "}"), (.comma, ","), (.colon, ":"), (.dot, "."), (.semicolon, ";"),
                (.arrow, "->"), (.ellipsis, "..."), (.walrus, ":="), (.assign, "="),
            ])
        // Maximal munch: '....' is an ellipsis and a dot, '**=' one token.
        try expectTokens("....", [(.ellipsis, "..."), (.dot, ".")])
        try expectTokens("a.b", [(.name, "a"), (.dot, "."), (.name, "b")])
        try expectTokens("x:=1", [(.name, "x"), (.walrus, ":="), (.number, "1")])
        try expectTokens("a<-1", [(.name, "a"), (.less, "<"), (.minus, "-"), (.number, "1")])
    }

    @Test func tokenRangesAreByteOffsets() throws {
        let toks = try lex("é = 'ü'\n")
        #expect(toks.map(\.kind) == [.name, .assign, .string, .newline, .endOfFile])
        #expect(toks[0].start == 0 && toks[0].end == 2)
        #expect(toks[1].start == 3 && toks[1].end == 4)
        #expect(toks[2].start == 5 && toks[2].end == 9)
        #expect(toks[3].start == 9 && toks[3].end == 10)
        #expect(toks[4].start == 10 && toks[4].end == 10)
    }

    @Test func numberBoundaries() throws {
        try expectTokens(
            "0 00 1_000 0x_fF 0o17 0b1 1.5 1. .5 1e10 1E-5 1.5e+3 3j 1.5J .5j 1e3j",
            [
                (.number, "0"), (.number, "00"), (.number, "1_000"), (.number, "0x_fF"), (.number, "0o17"),
                (.number, "0b1"), (.number, "1.5"), (.number, "1."), (.number, ".5"), (.number, "1e10"),
                (.number, "1E-5"), (.number, "1.5e+3"), (.number, "3j"), (.number, "1.5J"),
                (.number, ".5j"), (.number, "1e3j"),
            ])
        // A number may run into a few keywords (CPython 3.11 allows it).
        try expectTokens("1if x else 2", [(.number, "1"), (.kwIf, "if"), (.name, "x"), (.kwElse, "else"), (.number, "2")])
        try expectTokens("0x1for", [(.number, "0x1f"), (.kwOr, "or")])
        // Attribute access on an int needs a space; '1.real' is a float then a name.
        try expectTokens("1 .real", [(.number, "1"), (.dot, "."), (.name, "real")])
        try expectTokens("1..real", [(.number, "1."), (.dot, "."), (.name, "real")])
        try expectTokens("x[1:2]", [(.name, "x"), (.lbracket, "["), (.number, "1"), (.colon, ":"), (.number, "2"), (.rbracket, "]")])
    }

    @Test func stringBoundaries() throws {
        try expectTokens(
            #"'a' "b" '''c'd''' """e"f""" r'\'' rb"x" Br'y' u'z' f'{x}' Rf"{y}" b''"#,
            [
                (.string, "'a'"), (.string, "\"b\""), (.string, "'''c'd'''"), (.string, "\"\"\"e\"f\"\"\""),
                (.string, #"r'\''"#), (.string, "rb\"x\""), (.string, "Br'y'"), (.string, "u'z'"),
                (.string, "f'{x}'"), (.string, "Rf\"{y}\""), (.string, "b''"),
            ])
        // '' followed by a quote is the empty string then another string.
        try expectTokens("'''''' ''", [(.string, "''''''"), (.string, "''")])
        // Escaped quotes and a backslash-newline stay inside the literal.
        try expectTokens("'a\\'b' 'c\\\nd'", [(.string, "'a\\'b'"), (.string, "'c\\\nd'")])
        // Prefixes that are not string prefixes make names.
        try expectTokens("ur'x'", [(.name, "ur"), (.string, "'x'")])
        try expectTokens("bf'x'", [(.name, "bf"), (.string, "'x'")])
        try expectTokens("abc'x'", [(.name, "abc"), (.string, "'x'")])
    }

    @Test func indentAndDedent() throws {
        let text = "if a:\n    b\n    if c:\n        d\ne\n"
        #expect(
            try kinds(text) == [
                .kwIf, .name, .colon, .newline,
                .indent, .name, .newline,
                .kwIf, .name, .colon, .newline,
                .indent, .name, .newline,
                .dedent, .dedent, .name, .newline, .endOfFile,
            ])
        // Dedents at end of file come after the final NEWLINE.
        #expect(try kinds("if a:\n  b") == [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .endOfFile])
    }

    @Test func blankAndCommentLinesDoNotIndent() throws {
        let text = "if a:\n    b\n\n        # deeper comment\n  \n    c\n"
        #expect(
            try kinds(text) == [
                .kwIf, .name, .colon, .newline, .indent, .name, .newline,
                .name, .newline, .dedent, .endOfFile,
            ])
        #expect(try kinds("# only a comment") == [.endOfFile])
        #expect(try kinds("") == [.endOfFile])
        #expect(try kinds("\n\n  \n") == [.endOfFile])
    }

    @Test func tabsIndentToMultiplesOfEight() throws {
        // A tab and eight spaces differ in tab-as-one columns: inconsistent.
        let err = parseError("if a:\n\tb\n        c\n")
        #expect(err?.message == "inconsistent use of tabs and spaces in indentation")
        #expect(err?.offset == 17)
        // Tabs used consistently are fine, and a tab after spaces counts to 8.
        #expect(parseError("if a:\n\tb\n\tif c:\n\t\td\n") == nil)
        #expect(parseError("if a:\n  \tb\n  \tc\n") == nil)
    }

    @Test func dedentMustMatchAnOuterLevel() {
        let err = parseError("if a:\n    b\n  c\n")
        #expect(err?.message == "unindent does not match any outer indentation level")
        #expect(err?.offset == 14)
    }

    @Test func bracketsJoinLines() throws {
        #expect(try kinds("x = (1,\n  2)\n") == [.name, .assign, .lparen, .number, .comma, .number, .rparen, .newline, .endOfFile])
        #expect(try kinds("[\n# comment\n]\n") == [.lbracket, .rbracket, .newline, .endOfFile])
    }

    @Test func backslashJoinsLines() throws {
        #expect(try kinds("x = 1 + \\\n  2\n") == [.name, .assign, .number, .plus, .number, .newline, .endOfFile])
        #expect(try kinds("x = 1 + \\\r\n  2\r\n") == [.name, .assign, .number, .plus, .number, .newline, .endOfFile])
        let err = parseError("x = 1 \\ 2\n")
        #expect(err?.message == "unexpected character after line continuation character")
        #expect(err?.offset == 7)
    }

    @Test func crlfAndCRLineEnds() throws {
        let toks = try lex("a\r\nb\rc\n")
        #expect(toks.map(\.kind) == [.name, .newline, .name, .newline, .name, .newline, .endOfFile])
        #expect(toks[1].start == 1 && toks[1].end == 2)
        #expect(toks[2].start == 3)
        let f = source("a\r\nb\rc\n")
        #expect(f.position(of: 3) == SourcePosition(line: 2, column: 1))
        #expect(f.position(of: 5) == SourcePosition(line: 3, column: 1))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let toks = try lex("\u{FEFF}x = 1\n")
        #expect(toks.first?.kind == .name)
        #expect(toks.first?.start == 3)
    }

    @Test func commentsProduceNoTokens() throws {
        try expectTokens("x # comment 'not a string' (\ny", [(.name, "x"), (.name, "y")])
    }

    @Test func errorOffsets() {
        let cases: [(String, String, Int)] = [
            ("x = 1 $ 2", "invalid character '$' (U+0024)", 6),
            ("x = 'abc\n", "unterminated string literal (detected at line 1)", 4),
            ("x = (1,\n 2\n", "'(' was never closed", 4),
            ("x = [1)", "closing parenthesis ')' does not match opening parenthesis '['", 6),
            ("x = 1)", "unmatched ')'", 5),
            ("x = 1abc", "invalid decimal literal", 5),
            ("x = 012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 4),
            ("x = 0o8", "invalid digit '8' in octal literal", 6),
            ("x = 0b2", "invalid digit '2' in binary literal", 6),
            ("x = 0x", "invalid hexadecimal literal", 4),
            ("x = 1_", "invalid decimal literal", 5),
            ("x = 1e", "invalid decimal literal", 5),
            ("x = a ! b", "invalid syntax: '!' is not an operator (did you mean 'not' or '!='?)", 6),
            ("t'x'", "t-strings (template strings) are not supported by MicroPython", 0),
        ]
        for (text, message, offset) in cases {
            let err = parseError(text)
            #expect(err?.message == message, "\(text)")
            #expect(err?.offset == offset, "\(text)")
        }
    }

    @Test func encodingErrors() {
        let bad = parseError(bytes: Array("x = '".utf8) + [0xE9, 0x27, 0x0A])
        #expect(bad?.message == "source is not valid UTF-8 (byte 0xE9); MicroPython source must be UTF-8")
        #expect(bad?.offset == 5)
        let latin = parseError(bytes: Array("# -*- coding: latin-1 -*-\nx = '".utf8) + [0xE9, 0x27, 0x0A])
        #expect(latin?.message == "source encoding 'latin-1' is not supported: MicroPython source must be UTF-8")
        // A declaration is harmless while the file is ASCII; utf-8 is always fine.
        #expect(parseError("# coding: latin-1\nx = 1\n") == nil)
        #expect(parseError("# -*- coding: utf-8 -*-\nx = 'é'\n") == nil)
        #expect(parseError(bytes: [0x78, 0x00])?.message == "source code cannot contain null bytes")
        // Overlong encodings and surrogates are not UTF-8.
        #expect(
            parseError(bytes: [0x27, 0xC0, 0x80, 0x27])
                == CompileError("source is not valid UTF-8 (byte 0xC0); MicroPython source must be UTF-8", at: 1))
        #expect(
            parseError(bytes: [0x27, 0xED, 0xA0, 0x80, 0x27])
                == CompileError("source is not valid UTF-8 (byte 0xED); MicroPython source must be UTF-8", at: 1))
    }

    @Test func bracketDepthLimit() {
        let ok = String(repeating: "(", count: Lexer.maxBracketDepth) + String(repeating: ")", count: Lexer.maxBracketDepth)
        #expect((try? lex(ok)) != nil)
        let deep = String(repeating: "[", count: Lexer.maxBracketDepth + 1)
        let err = parseError(deep)
        #expect(err?.message == "too many nested parentheses")
        #expect(err?.offset == Lexer.maxBracketDepth)
    }
}
