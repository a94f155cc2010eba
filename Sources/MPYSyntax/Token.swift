// Token kinds and the compact token the lexer produces: a kind and a byte
// range. Literal values are decoded by the parser from the source bytes.

public enum TokenKind: UInt8, Sendable {
    case name, number, string, newline, indent, dedent, endOfFile
    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak
    case kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally
    case kwFor, kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal
    case kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield
    // Brackets and punctuation.
    case lparen, rparen, lbracket, rbracket, lbrace, rbrace
    case comma, colon, dot, semicolon, arrow, ellipsis, walrus, assign
    // Operators.
    case plus, minus, star, slash, doubleSlash, percent, at, doubleStar
    case lshift, rshift, amp, pipe, caret, tilde
    case less, greater, lessEqual, greaterEqual, equal, notEqual
    // Augmented assignment.
    case plusAssign, minusAssign, starAssign, slashAssign, doubleSlashAssign, percentAssign
    case atAssign, doubleStarAssign, lshiftAssign, rshiftAssign, ampAssign, pipeAssign, caretAssign

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue && rawValue <= TokenKind.kwYield.rawValue }
    public var isAugAssign: Bool { rawValue >= TokenKind.plusAssign.rawValue }

    /// How the token reads in source, for messages ("expected ':'").
    public var spelling: String {
        switch self {
        case .name: return "name"
        case .number: return "number"
        case .string: return "string"
        case .newline: return "newline"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .endOfFile: return "end of file"
        default: return TokenKind.spellings[self] ?? "\(self)"
        }
    }

    static let spellings: [TokenKind: String] = {
        var m: [TokenKind: String] = [:]
        for (text, kind) in keywordList { m[kind] = text }
        let ops: [(String, TokenKind)] = [
            ("(", .lparen), (")", .rparen), ("[", .lbracket), ("]", .rbracket), ("{", .lbrace), ("}", .rbrace),
            (",", .comma), (":", .colon), (".", .dot), (";", .semicolon), ("->", .arrow), ("...", .ellipsis),
            (":=", .walrus), ("=", .assign), ("+", .plus), ("-", .minus), ("*", .star), ("/", .slash),
            ("//", .doubleSlash), ("%", .percent), ("@", .at), ("**", .doubleStar), ("<<", .lshift),
            (">>", .rshift), ("&", .amp), ("|", .pipe), ("^", .caret), ("~", .tilde), ("<", .less),
            (">", .greater), ("<=", .lessEqual), (">=", .greaterEqual), ("==", .equal), ("!=", .notEqual),
            ("+=", .plusAssign), ("-=", .minusAssign), ("*=", .starAssign), ("/=", .slashAssign),
            ("//=", .doubleSlashAssign), ("%=", .percentAssign), ("@=", .atAssign), ("**=", .doubleStarAssign),
            ("<<=", .lshiftAssign), (">>=", .rshiftAssign), ("&=", .ampAssign), ("|=", .pipeAssign), ("^=", .caretAssign),
        ]
        for (text, kind) in ops { m[kind] = text }
        return m
    }()

    static let keywordList: [(String, TokenKind)] = [
        ("False", .kwFalse), ("None", .kwNone), ("True", .kwTrue), ("and", .kwAnd), ("as", .kwAs),
        ("assert", .kwAssert), ("async", .kwAsync), ("await", .kwAwait), ("break", .kwBreak),
        ("class", .kwClass), ("continue", .kwContinue), ("def", .kwDef), ("del", .kwDel), ("elif", .kwElif),
        ("else", .kwElse), ("except", .kwExcept), ("finally", .kwFinally), ("for", .kwFor), ("from", .kwFrom),
        ("global", .kwGlobal), ("if", .kwIf), ("import", .kwImport), ("in", .kwIn), ("is", .kwIs),
        ("lambda", .kwLambda), ("nonlocal", .kwNonlocal), ("not", .kwNot), ("or", .kwOr), ("pass", .kwPass),
        ("raise", .kwRaise), ("return", .kwReturn), ("try", .kwTry), ("while", .kwWhile), ("with", .kwWith),
        ("yield", .kwYield),
    ]

    /// Keywords packed little-endian into a UInt64 (all are at most 8
    /// bytes), in an open-addressing table with a multiplicative hash: the
    /// lexer looks up every identifier, so this avoids Hasher entirely.
    static let keywordSlots: [(UInt64, TokenKind?)] = {
        var slots = [(UInt64, TokenKind?)](repeating: (0, nil), count: 128)
        for (text, kind) in keywordList {
            var key: UInt64 = 0
            for (i, b) in text.utf8.enumerated() { key |= UInt64(b) << (8 * UInt64(i)) }
            var h = Int((key &* 0x9E37_79B9_7F4A_7C15) >> 57)
            while slots[h].1 != nil { h = (h + 1) & 127 }
            slots[h] = (key, kind)
        }
        return slots
    }()

    @inline(__always) static func keyword(packed key: UInt64) -> TokenKind? {
        var h = Int((key &* 0x9E37_79B9_7F4A_7C15) >> 57)
        while true {
            let (k, kind) = keywordSlots[h]
            guard let kind else { return nil }
            if k == key { return kind }
            h = (h + 1) & 127
        }
    }
}

public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int32
    public var end: Int32
    public var range: SourceRange { SourceRange(start: start, end: end) }
}
