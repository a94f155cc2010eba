// Decodes number and string literal tokens into constants: underscores,
// radix prefixes, arbitrarily large ints, floats and imaginaries; string
// prefixes, escapes (\x, \u, \U, \N{...}, octal), raw and bytes literals.
import BigInt

public struct StringPrefix: Sendable {
    public var isRaw = false
    public var isBytes = false
    public var isF = false
    /// Byte range of the contents between the quotes.
    public var bodyStart = 0
    public var bodyEnd = 0
    public var quote: UInt8 = 0x22
}

public enum LiteralDecoder {
    public static func stringPrefix(_ bytes: [UInt8], _ t: Token) throws(CompileError) -> StringPrefix {
        var sp = StringPrefix()
        var k = Int(t.start)
        while bytes[k] != 0x22 && bytes[k] != 0x27 {
            switch bytes[k] | 0x20 {
            case 0x72: sp.isRaw = true
            case 0x62: sp.isBytes = true
            case 0x66: sp.isF = true
            default: break
            }
            k += 1
        }
        sp.quote = bytes[k]
        let end = Int(t.end)
        // The only non-triple literal that starts with two quotes is '' itself.
        let triple = end - k >= 6 && bytes[k + 1] == sp.quote && bytes[k + 2] == sp.quote
        let ql = triple ? 3 : 1
        sp.bodyStart = k + ql
        sp.bodyEnd = end - ql
        return sp
    }

    public static func string(_ bytes: [UInt8], _ t: Token, _ sp: StringPrefix) throws(CompileError) -> Constant {
        if !sp.isBytes {
            // Most literals have no escapes and no CR: take the text as it is.
            var plain = true
            bytes.withUnsafeBufferPointer { b in
                for k in sp.bodyStart..<sp.bodyEnd where b[k] == 0x5C || b[k] == 0x0D {
                    plain = false
                    break
                }
            }
            if plain { return .string(String(decoding: bytes[sp.bodyStart..<sp.bodyEnd], as: UTF8.self)) }
        }
        let body = try decode(bytes, from: sp.bodyStart, to: sp.bodyEnd, raw: sp.isRaw, isBytes: sp.isBytes)
        if sp.isBytes { return .bytes(body) }
        return .string(String(decoding: body, as: UTF8.self))
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out += [UInt8(0xC0 | (v >> 6)), UInt8(0x80 | (v & 0x3F))]
        } else if v < 0x10000 {
            out += [UInt8(0xE0 | (v >> 12)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))]
        } else {
            out += [UInt8(0xF0 | (v >> 18)), UInt8(0x80 | ((v >> 12) & 0x3F)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))]
        }
    }

    /// Decodes the escapes of bytes[from..<to] (already known to be inside a
    /// well-formed literal). Returns UTF-8 for str, raw bytes for bytes.
    public static func decode(_ bytes: [UInt8], from: Int, to: Int, raw: Bool, isBytes: Bool) throws(CompileError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(to - from)
        var i = from
        while i < to {
            let c = bytes[i]
            if isBytes && c >= 0x80 {
                throw CompileError("bytes can only contain ASCII literal characters", at: i)
            }
            if c == 0x0D {
                // Newlines in literals are always "\n".
                out.append(0x0A)
                i += (i + 1 < to && bytes[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            if c != 0x5C || raw {
                out.append(c)
                if c == 0x5C && i + 1 < to {
                    // A raw string keeps backslash pairs as they are.
                    let d = bytes[i + 1]
                    if d == 0x0D { out.append(0x0A); i += (i + 2 < to && bytes[i + 2] == 0x0A) ? 3 : 2; continue }
                    out.append(d)
                    i += 2
                    continue
                }
                i += 1
                continue
            }
            let s = i
            i += 1
            guard i < to else { out.append(0x5C); break }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x0A: break
            case 0x0D: if i < to && bytes[i] == 0x0A { i += 1 }
            case 0x5C: out.append(0x5C)
            case 0x27: out.append(0x27)
            case 0x22: out.append(0x22)
            case 0x61: out.append(0x07)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x76: out.append(0x0B)
            case 0x30...0x37:
                var v = UInt32(e - 0x30)
                var count = 1
                while count < 3 && i < to && bytes[i] >= 0x30 && bytes[i] <= 0x37 {
                    v = v * 8 + UInt32(bytes[i] - 0x30)
                    i += 1
                    count += 1
                }
                if isBytes { out.append(UInt8(v & 0xFF)) } else { appendUTF8(v, to: &out) }
            case 0x78:
                let v = try hexDigits(bytes, &i, to, count: 2, escapeStart: s, what: "\\xXX")
                if isBytes { out.append(UInt8(v)) } else { appendUTF8(v, to: &out) }
            case 0x75 where !isBytes, 0x55 where !isBytes:
                let count = e == 0x75 ? 4 : 8
                let v = try hexDigits(bytes, &i, to, count: count, escapeStart: s, what: e == 0x75 ? "\\uXXXX" : "\\UXXXXXXXX")
                try appendScalar(v, at: s, to: &out)
            case 0x4E where !isBytes:
                guard i < to && bytes[i] == 0x7B, let close = bytes[i..<to].firstIndex(of: 0x7D) else {
                    throw CompileError("malformed \\N character escape", at: s)
                }
                let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                guard let v = UnicodeNames.lookup(name) else {
                    throw CompileError("unknown Unicode character name '\(name)' in \\N escape", at: s)
                }
                appendUTF8(v, to: &out)
                i = close + 1
            default:
                // Unknown escapes keep their backslash (CPython warns).
                out.append(0x5C)
                i -= 1
            }
        }
        return out
    }

    static func appendScalar(_ v: UInt32, at s: Int, to out: inout [UInt8]) throws(CompileError) {
        if v > 0x10FFFF { throw CompileError("illegal Unicode character in \\U escape", at: s) }
        if v >= 0xD800 && v <= 0xDFFF {
            throw CompileError("lone surrogate escape is not supported: MicroPython strings are UTF-8", at: s)
        }
        appendUTF8(v, to: &out)
    }

    static func hexDigits(
        _ bytes: [UInt8], _ i: inout Int, _ to: Int, count: Int, escapeStart: Int, what: String
    ) throws(CompileError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<count {
            guard i < to, let d = Lexer.digitValue(bytes[i]) else {
                throw CompileError("truncated \(what) escape", at: escapeStart)
            }
            v = v &* 16 &+ UInt32(d)
            i += 1
        }
        return v
    }

    /// The value of a number token.
    public static func number(_ bytes: [UInt8], _ t: Token) throws(CompileError) -> Constant {
        var digits: [UInt8] = []
        digits.reserveCapacity(Int(t.end - t.start))
        for k in Int(t.start)..<Int(t.end) where bytes[k] != 0x5F { digits.append(bytes[k]) }
        let last = digits.last! | 0x20
        if digits.count > 2 && digits[0] == 0x30 {
            let r = digits[1] | 0x20
            let radix = r == 0x78 ? 16 : r == 0x6F ? 8 : r == 0x62 ? 2 : 0
            if radix != 0 {
                let text = String(decoding: digits[2...], as: UTF8.self)
                guard let v = BigInt(text, radix: radix) else { throw CompileError("invalid number literal", at: t.range) }
                return .int(v)
            }
        }
        if last == 0x6A {
            let text = String(decoding: digits.dropLast(), as: UTF8.self)
            return .imaginary(parseDouble(text))
        }
        if digits.contains(where: { $0 == 0x2E || $0 | 0x20 == 0x65 }) {
            return .float(parseDouble(String(decoding: digits, as: UTF8.self)))
        }
        if digits.count <= 18 {
            var v: Int64 = 0
            for d in digits { v = v * 10 + Int64(d - 0x30) }
            return .int(BigInt(v))
        }
        guard let v = BigInt(String(decoding: digits, as: UTF8.self), radix: 10) else {
            throw CompileError("invalid number literal", at: t.range)
        }
        return .int(v)
    }

    static func parseDouble(_ text: String) -> Double {
        if let d = Double(text) { return d }
        // Forms such as "1." or ".5e3" that Double(String) may refuse.
        var t: [UInt8] = []
        var prev: UInt8 = 0
        for c in text.utf8 {
            if prev == 0x2E && !Lexer.isDigit(c) { t.append(0x30) }
            if c == 0x2E && !Lexer.isDigit(prev) { t.append(0x30) }
            t.append(c)
            prev = c
        }
        if prev == 0x2E { t.append(0x30) }
        return Double(String(decoding: t, as: UTF8.self)) ?? .nan
    }
}
