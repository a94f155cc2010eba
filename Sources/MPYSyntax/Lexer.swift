// Turns UTF-8 source bytes into tokens: INDENT/DEDENT from indentation (with
// CPython's tab rules), implicit joining inside brackets and backslash
// joining, every number and string form. Literal contents are checked for
// shape here and decoded later by LiteralDecoder.

public struct Lexer {
    /// The source, borrowed for the lexer's lifetime (no bounds checks or
    /// reference counting in the hot loops of optimized builds).
    let bytes: UnsafeBufferPointer<UInt8>
    let n: Int
    var i = 0
    var tokens: [Token] = []
    /// Indentation levels as (columns with tabs to multiples of 8, columns with tabs as 1).
    var indents: [(Int, Int)] = [(0, 0)]
    /// Open brackets: the byte and its offset, for "never closed" errors.
    var brackets: [(UInt8, Int)] = []
    var atLineStart = true

    public static let maxBracketDepth = 200
    public static let maxIndentDepth = 100

    /// True while lexing the expression part of an f-string replacement field.
    var fragment = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int? = nil) {
        self.bytes = bytes
        n = limit ?? bytes.count
    }

    /// Tokens of bytes[from..<to] as if inside brackets (an f-string
    /// replacement field): no NEWLINE/INDENT, ends with endOfFile.
    public static func tokenizeFragment(_ source: [UInt8], from: Int, to: Int) throws(CompileError) -> [Token] {
        try source.withUnsafeBufferPointer { (bytes) throws(CompileError) -> [Token] in
            var lx = Lexer(bytes, limit: to)
            lx.i = from
            lx.atLineStart = false
            lx.fragment = true
            lx.brackets = [(0x7B, from - 1)]
            try lx.run()
            return lx.tokens
        }
    }

    public static func tokenize(_ file: SourceFile) throws(CompileError) -> [Token] {
        try file.bytes.withUnsafeBufferPointer { (bytes) throws(CompileError) -> [Token] in
            var lx = Lexer(bytes)
            try lx.checkEncoding()
            try lx.run()
            return lx.tokens
        }
    }

    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }

    @inline(__always) static func isIdentASCII(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || (c >= 0x30 && c <= 0x39)
    }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end)))
    }

    // MARK: encoding

    /// Source must be UTF-8 (as in MicroPython). A declaration of another
    /// encoding is accepted only while the file is plain ASCII, where every
    /// ASCII-compatible encoding reads the same.
    mutating func checkEncoding() throws(CompileError) {
        if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        var declared: String?
        var lineStart = i
        for _ in 0..<2 {
            var e = lineStart
            while e < n && bytes[e] != 0x0A && bytes[e] != 0x0D { e += 1 }
            let line = bytes[lineStart..<e]
            var k = line.startIndex
            while k < line.endIndex && (line[k] == 0x20 || line[k] == 0x09 || line[k] == 0x0C) { k += 1 }
            if k < line.endIndex && line[k] == 0x23 {
                if let enc = Lexer.codingName(Array(line[k...])) { declared = enc; break }
            } else if k < line.endIndex {
                break  // a code line ends the search
            }
            if e < n && bytes[e] == 0x0D && e + 1 < n && bytes[e + 1] == 0x0A { e += 1 }
            lineStart = e + 1
            if lineStart >= n { break }
        }
        // Fast scan for the first non-ASCII or NUL byte, eight at a time.
        var k = 0
        do {
            let raw = UnsafeRawBufferPointer(bytes)
            while k + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                // High bit set in any byte, or any zero byte.
                let zero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
                if (w & 0x8080_8080_8080_8080) != 0 || zero != 0 { break }
                k += 8
            }
        }
        while k < n {
            let c = bytes[k]
            if c < 0x80 {
                if c == 0 { throw CompileError("source code cannot contain null bytes", at: k) }
                k += 1
                continue
            }
            if let enc = declared, !Lexer.isUTF8Name(enc) {
                throw CompileError("source encoding '\(enc)' is not supported: MicroPython source must be UTF-8", at: k)
            }
            let len = Lexer.utf8SequenceLength(bytes, k)
            if len == 0 {
                throw CompileError(
                    "source is not valid UTF-8 (byte 0x\(String(c, radix: 16, uppercase: true))); MicroPython source must be UTF-8", at: k)
            }
            k += len
        }
    }

    static func isUTF8Name(_ enc: String) -> Bool {
        let e = String(enc.lowercased().map { $0 == "_" ? "-" : $0 })
        return e == "utf-8" || e == "utf8" || e.hasPrefix("utf-8-")
    }

    /// The name in a `coding[:=] name` comment, as PEP 263 defines it.
    static func codingName(_ line: [UInt8]) -> String? {
        let key = Array("coding".utf8)
        var k = 0
        while k + key.count < line.count {
            if Array(line[k..<k + key.count]) == key, line[k + key.count] == 0x3A || line[k + key.count] == 0x3D {
                var s = k + key.count + 1
                while s < line.count && (line[s] == 0x20 || line[s] == 0x09) { s += 1 }
                var e = s
                while e < line.count && (isIdentASCII(line[e]) || line[e] == 0x2D || line[e] == 0x2E) { e += 1 }
                if e > s { return String(decoding: line[s..<e], as: UTF8.self) }
            }
            k += 1
        }
        return nil
    }

    /// Length of the valid UTF-8 sequence at k, or 0 when invalid.
    static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        let c = b[k]
        let n = b.count
        func cont(_ j: Int) -> Bool { j < n && b[j] & 0xC0 == 0x80 }
        if c < 0x80 { return 1 }
        if c >= 0xC2 && c <= 0xDF { return cont(k + 1) ? 2 : 0 }
        if c >= 0xE0 && c <= 0xEF {
            guard cont(k + 1) && cont(k + 2) else { return 0 }
            if c == 0xE0 && b[k + 1] < 0xA0 { return 0 }
            if c == 0xED && b[k + 1] >= 0xA0 { return 0 }  // surrogates
            return 3
        }
        if c >= 0xF0 && c <= 0xF4 {
            guard cont(k + 1) && cont(k + 2) && cont(k + 3) else { return 0 }
            if c == 0xF0 && b[k + 1] < 0x90 { return 0 }
            if c == 0xF4 && b[k + 1] >= 0x90 { return 0 }
            return 4
        }
        return 0
    }

    /// Decodes the scalar at k of already validated UTF-8.
    func scalar(at k: Int) -> (Unicode.Scalar, Int) {
        let c = UInt32(bytes[k])
        if c < 0x80 { return (Unicode.Scalar(c)!, 1) }
        if c < 0xE0 { return (Unicode.Scalar((c & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)) ?? "?", 2) }
        if c < 0xF0 {
            let v = (c & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "?", 3)
        }
        let v = (c & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6 | UInt32(bytes[k + 3] & 0x3F)
        return (Unicode.Scalar(v) ?? "?", 4)
    }

    // MARK: main loop

    mutating func run() throws(CompileError) {
        tokens.reserveCapacity(n / 4 + 16)
        while true {
            if atLineStart && brackets.isEmpty {
                if try !lineStart() { break }
            }
            // Skip blanks between tokens.
            while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0C { i += 1 }
            if i >= n { break }
            let c = bytes[i]
            switch c {
            case 0x23:  // '#'
                while i < n && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
            case 0x0A, 0x0D:
                let s = i
                i += (c == 0x0D && at(i + 1) == 0x0A) ? 2 : 1
                if brackets.isEmpty {
                    emit(.newline, s, s + 1)
                    atLineStart = true
                }
            case 0x5C:  // '\'
                let nx = at(i + 1)
                if nx == 0x0A || nx == 0x0D {
                    i += (nx == 0x0D && at(i + 2) == 0x0A) ? 3 : 2
                    if i >= n { throw CompileError("unexpected end of file after line continuation character", at: i - 1) }
                } else if i + 1 >= n {
                    throw CompileError("unexpected end of file after line continuation character", at: i)
                } else {
                    throw CompileError("unexpected character after line continuation character", at: i + 1)
                }
            case 0x22, 0x27:
                try string(start: i, quote: i, raw: false, fString: false)
            case 0x30...0x39:
                try number()
            case 0x2E where Lexer.isDigit(at(i + 1)):
                try number()
            default:
                if Lexer.isIdentASCII(c) || c >= 0x80 {
                    try identifier()
                } else {
                    try op(c)
                }
            }
        }
        // End of file.
        if fragment {
            if brackets.count > 1, let (b, off) = brackets.last {
                throw CompileError("'\(Character(Unicode.Scalar(b)))' was never closed", at: off)
            }
            emit(.endOfFile, n, n)
            return
        }
        if let (b, off) = brackets.last {
            throw CompileError("'\(Character(Unicode.Scalar(b)))' was never closed", at: off)
        }
        if let last = tokens.last, last.kind != .newline && last.kind != .dedent && last.kind != .indent {
            emit(.newline, n, n)
        }
        while indents.count > 1 {
            indents.removeLast()
            emit(.dedent, n, n)
        }
        emit(.endOfFile, n, n)
    }

    /// Measures indentation at the start of a logical line and emits
    /// INDENT/DEDENT. Returns false at end of file.
    mutating func lineStart() throws(CompileError) -> Bool {
        while true {
            var col8 = 0, col1 = 0
            var j = i
            while j < n {
                let c = bytes[j]
                if c == 0x20 {
                    col8 += 1; col1 += 1
                } else if c == 0x09 {
                    col8 = (col8 / 8 + 1) * 8; col1 += 1
                } else if c == 0x0C {
                    col8 = 0; col1 = 0
                } else {
                    break
                }
                j += 1
            }
            if j >= n { i = j; return false }
            let c = bytes[j]
            if c == 0x23 || c == 0x0A || c == 0x0D {
                // Blank or comment-only line: no tokens, no indentation change.
                while j < n && bytes[j] != 0x0A && bytes[j] != 0x0D { j += 1 }
                if j < n { j += (bytes[j] == 0x0D && at(j + 1) == 0x0A) ? 2 : 1 }
                i = j
                continue
            }
            if c == 0x5C && (at(j + 1) == 0x0A || at(j + 1) == 0x0D) {
                // A continuation line with nothing on it yet: indentation is
                // taken from where the code really starts.
                i = j
                atLineStart = false
                try applyIndent(col8: col8, col1: col1, at: j)
                return true
            }
            i = j
            atLineStart = false
            try applyIndent(col8: col8, col1: col1, at: j)
            return true
        }
    }

    mutating func applyIndent(col8: Int, col1: Int, at j: Int) throws(CompileError) {
        let (top8, top1) = indents[indents.count - 1]
        if col8 == top8 {
            if col1 != top1 { throw CompileError("inconsistent use of tabs and spaces in indentation", at: j) }
        } else if col8 > top8 {
            if col1 <= top1 { throw CompileError("inconsistent use of tabs and spaces in indentation", at: j) }
            if indents.count > Lexer.maxIndentDepth { throw CompileError("too many levels of indentation", at: j) }
            indents.append((col8, col1))
            emit(.indent, j, j)
        } else {
            while indents.count > 1 && col8 < indents[indents.count - 1].0 {
                indents.removeLast()
                emit(.dedent, j, j)
            }
            if col8 != indents[indents.count - 1].0 {
                throw CompileError("unindent does not match any outer indentation level", at: j)
            }
            if col1 != indents[indents.count - 1].1 {
                throw CompileError("inconsistent use of tabs and spaces in indentation", at: j)
            }
        }
    }

    // MARK: names and strings

    mutating func identifier() throws(CompileError) {
        let s = i
        var allASCII = true
        while i < n {
            let c = bytes[i]
            if Lexer.isIdentASCII(c) { i += 1; continue }
            if c < 0x80 { break }
            let (u, len) = scalar(at: i)
            let ok = i == s ? u.properties.isXIDStart : u.properties.isXIDContinue
            if !ok { break }
            allASCII = false
            i += len
        }
        if i == s {
            let (u, _) = scalar(at: i)
            if !PythonRepr.isPrintable(u) {
                throw CompileError("invalid non-printable character U+\(Lexer.hex4(u.value))", at: i)
            }
            throw CompileError("invalid character '\(Character(u))' (U+\(Lexer.hex4(u.value)))", at: i)
        }
        if Lexer.isDigit(bytes[s]) { throw CompileError("invalid decimal literal", at: s) }
        let len = i - s
        let q = at(i)
        if allASCII && len <= 2 && (q == 0x22 || q == 0x27) {
            var raw = false, bytesP = false, f = false, u = false, t = false, ok = true
            for k in s..<i {
                switch bytes[k] | 0x20 {
                case 0x72: raw = true
                case 0x62: bytesP = true
                case 0x66: f = true
                case 0x75: u = true
                case 0x74: t = true
                default: ok = false
                }
            }
            if ok && t && !bytesP && !f && !u {
                throw CompileError("t-strings (template strings) are not supported by MicroPython", at: s)
            }
            if ok && !t && !(u && len > 1) && !(bytesP && f) {
                _ = raw
                try string(start: s, quote: i, raw: raw, fString: f)
                return
            }
        }
        if allASCII && len <= 8 {
            var key: UInt64 = 0
            for k in 0..<len { key |= UInt64(bytes[s + k]) << (8 * UInt64(k)) }
            if let kw = TokenKind.keyword(packed: key) {
                emit(kw, s, i)
                return
            }
        }
        emit(.name, s, i)
    }

    /// Scans a string literal whose prefix starts at `start` and whose
    /// opening quote is at `quote`. Escapes are checked by LiteralDecoder.
    mutating func string(start: Int, quote: Int, raw: Bool, fString: Bool) throws(CompileError) {
        let q = bytes[quote]
        let triple = at(quote + 1) == q && at(quote + 2) == q
        i = quote + (triple ? 3 : 1)
        while true {
            if i >= n {
                // The last line that has text, as CPython counts.
                var last = n
                while last > 0 && (bytes[last - 1] == 0x0A || bytes[last - 1] == 0x0D) { last -= 1 }
                let line = SourceFile(path: "", bytes: Array(bytes[0..<n])).line(of: max(0, last - 1))
                throw CompileError(
                    triple
                        ? "unterminated triple-quoted string literal (detected at line \(line))"
                        : "unterminated string literal (detected at line \(line))", at: start)
            }
            let c = bytes[i]
            if c == 0x5C {
                i += 1
                if i < n && bytes[i] == 0x0D && at(i + 1) == 0x0A { i += 2 } else { i += 1 }
                continue
            }
            if c == q {
                if !triple { i += 1; break }
                if at(i + 1) == q && at(i + 2) == q { i += 3; break }
            } else if (c == 0x0A || c == 0x0D) && !triple {
                let line = SourceFile(path: "", bytes: Array(bytes[0..<i])).lineStarts.count
                throw CompileError("unterminated string literal (detected at line \(line))", at: start)
            }
            i += 1
        }
        emit(.string, start, i)
    }

    // MARK: numbers

    mutating func number() throws(CompileError) {
        let s = i
        let c0 = bytes[i]
        let c1 = at(i + 1) | 0x20
        if c0 == 0x30 && (c1 == 0x78 || c1 == 0x6F || c1 == 0x62) {
            let (radix, kind): (UInt8, String) = c1 == 0x78 ? (16, "hexadecimal") : c1 == 0x6F ? (8, "octal") : (2, "binary")
            i += 2
            var digits = 0
            while true {
                var c = at(i)
                if c == 0x5F {
                    i += 1; c = at(i);
                    if Lexer.digitValue(c) == nil || Lexer.digitValue(c)! >= radix {
                        throw CompileError("invalid \(kind) literal", at: i - 1)
                    }
                }
                guard let d = Lexer.digitValue(c) else { break }
                if d >= radix {
                    if radix == 16 { break }
                    throw CompileError("invalid digit '\(Character(Unicode.Scalar(c)))' in \(kind) literal", at: i)
                }
                digits += 1
                i += 1
            }
            if digits == 0 { throw CompileError("invalid \(kind) literal", at: s) }
            try endOfNumber(s, kind: kind)
            emit(.number, s, i)
            return
        }
        var isInt = true
        if c0 != 0x2E { try decimalDigits() }
        if at(i) == 0x2E {
            isInt = false
            i += 1
            if Lexer.isDigit(at(i)) { try decimalDigits() }
        }
        let e = at(i) | 0x20
        if e == 0x65 {
            let sgn = at(i + 1)
            if Lexer.isDigit(sgn) || ((sgn == 0x2B || sgn == 0x2D) && Lexer.isDigit(at(i + 2))) {
                isInt = false
                i += (sgn == 0x2B || sgn == 0x2D) ? 2 : 1
                try decimalDigits()
            } else if !startsKeyword(at: i) {
                throw CompileError("invalid decimal literal", at: i)
            }
        }
        if at(i) | 0x20 == 0x6A {
            i += 1
            isInt = false
        }
        if isInt && c0 == 0x30 {
            for k in s..<i where bytes[k] != 0x30 && bytes[k] != 0x5F {
                throw CompileError(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: s)
            }
        }
        try endOfNumber(s, kind: "decimal")
        emit(.number, s, i)
    }

    mutating func decimalDigits() throws(CompileError) {
        while true {
            let c = at(i)
            if Lexer.isDigit(c) { i += 1; continue }
            if c == 0x5F {
                if !Lexer.isDigit(at(i + 1)) { throw CompileError("invalid decimal literal", at: i) }
                i += 1
                continue
            }
            return
        }
    }

    /// A number may not run straight into a name, except (as CPython 3.11
    /// still allows) into one of a few keywords.
    func endOfNumber(_ s: Int, kind: String) throws(CompileError) {
        let c = at(i)
        guard Lexer.isIdentASCII(c) || c >= 0x80 else { return }
        if startsKeyword(at: i) { return }
        throw CompileError("invalid \(kind) literal", at: i)
    }

    func startsKeyword(at i: Int) -> Bool {
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            let k = Array(kw.utf8)
            if i + k.count <= n && Array(bytes[i..<i + k.count]) == k { return true }
        }
        return false
    }

    static func digitValue(_ c: UInt8) -> UInt8? {
        if c >= 0x30 && c <= 0x39 { return c - 0x30 }
        let l = c | 0x20
        if l >= 0x61 && l <= 0x66 { return l - 0x61 + 10 }
        return nil
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    // MARK: operators

    mutating func op(_ c: UInt8) throws(CompileError) {
        let s = i
        let c1 = at(i + 1), c2 = at(i + 2)
        var kind: TokenKind
        var len = 1
        switch c {
        case 0x28, 0x5B, 0x7B:  // ( [ {
            if brackets.count >= Lexer.maxBracketDepth { throw CompileError("too many nested parentheses", at: s) }
            brackets.append((c, s))
            kind = c == 0x28 ? .lparen : c == 0x5B ? .lbracket : .lbrace
        case 0x29, 0x5D, 0x7D:  // ) ] }
            let open: UInt8 = c == 0x29 ? 0x28 : c == 0x5D ? 0x5B : 0x7B
            guard let (top, _) = brackets.last else {
                throw CompileError("unmatched '\(Character(Unicode.Scalar(c)))'", at: s)
            }
            if top != open {
                throw CompileError(
                    "closing parenthesis '\(Character(Unicode.Scalar(c)))' does not match opening parenthesis '\(Character(Unicode.Scalar(top)))'",
                    at: s)
            }
            brackets.removeLast()
            kind = c == 0x29 ? .rparen : c == 0x5D ? .rbracket : .rbrace
        case 0x2C: kind = .comma
        case 0x3B: kind = .semicolon
        case 0x7E: kind = .tilde
        case 0x3A:
            if c1 == 0x3D { kind = .walrus; len = 2 } else { kind = .colon }
        case 0x2E:
            if c1 == 0x2E && c2 == 0x2E { kind = .ellipsis; len = 3 } else { kind = .dot }
        case 0x2B: (kind, len) = c1 == 0x3D ? (.plusAssign, 2) : (.plus, 1)
        case 0x2D:
            if c1 == 0x3D { (kind, len) = (.minusAssign, 2) } else if c1 == 0x3E { (kind, len) = (.arrow, 2) } else { kind = .minus }
        case 0x2A:
            if c1 == 0x2A {
                (kind, len) = c2 == 0x3D ? (.doubleStarAssign, 3) : (.doubleStar, 2)
            } else {
                (kind, len) = c1 == 0x3D ? (.starAssign, 2) : (.star, 1)
            }
        case 0x2F:
            if c1 == 0x2F {
                (kind, len) = c2 == 0x3D ? (.doubleSlashAssign, 3) : (.doubleSlash, 2)
            } else {
                (kind, len) = c1 == 0x3D ? (.slashAssign, 2) : (.slash, 1)
            }
        case 0x25: (kind, len) = c1 == 0x3D ? (.percentAssign, 2) : (.percent, 1)
        case 0x40: (kind, len) = c1 == 0x3D ? (.atAssign, 2) : (.at, 1)
        case 0x26: (kind, len) = c1 == 0x3D ? (.ampAssign, 2) : (.amp, 1)
        case 0x7C: (kind, len) = c1 == 0x3D ? (.pipeAssign, 2) : (.pipe, 1)
        case 0x5E: (kind, len) = c1 == 0x3D ? (.caretAssign, 2) : (.caret, 1)
        case 0x3D: (kind, len) = c1 == 0x3D ? (.equal, 2) : (.assign, 1)
        case 0x21:
            guard c1 == 0x3D else { throw CompileError("invalid syntax: '!' is not an operator (did you mean 'not' or '!='?)", at: s) }
            (kind, len) = (.notEqual, 2)
        case 0x3C:
            if c1 == 0x3C {
                (kind, len) = c2 == 0x3D ? (.lshiftAssign, 3) : (.lshift, 2)
            } else if c1 == 0x3D {
                (kind, len) = (.lessEqual, 2)
            } else if c1 == 0x3E {
                throw CompileError("invalid syntax: '<>' is not an operator; use '!='", at: s)
            } else {
                kind = .less
            }
        case 0x3E:
            if c1 == 0x3E {
                (kind, len) = c2 == 0x3D ? (.rshiftAssign, 3) : (.rshift, 2)
            } else {
                (kind, len) = c1 == 0x3D ? (.greaterEqual, 2) : (.greater, 1)
            }
        default:
            throw CompileError("invalid character '\(Character(Unicode.Scalar(c)))' (U+\(Lexer.hex4(UInt32(c))))", at: s)
        }
        i += len
        emit(kind, s, i)
    }
}
