// Python's repr() of compile-time constants, so dumps and diagnostics print
// values exactly as Python would: shortest round-trip floats with Python's
// switch to exponent form, quote selection and escapes for str and bytes.
import MPYSyntax

extension Constant {
    /// The value as Python's repr() prints it.
    public var pythonRepr: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return i.description
        case .float(let d): return PythonRepr.float(d)
        case .imaginary(let d): return PythonRepr.imaginary(d)
        case .string(let s): return PythonRepr.string(s)
        case .bytes(let b): return PythonRepr.bytes(b)
        case .tuple(let items):
            if items.count == 1 { return "(" + items[0].pythonRepr + ",)" }
            return "(" + items.map(\.pythonRepr).joined(separator: ", ") + ")"
        }
    }

    /// Python's type name, for error messages.
    public var pythonTypeName: String {
        switch self {
        case .none: return "NoneType"
        case .ellipsis: return "ellipsis"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .imaginary: return "complex"
        case .string: return "str"
        case .bytes: return "bytes"
        case .tuple: return "tuple"
        }
    }
}

public enum PythonRepr {
    /// repr(float): shortest digits that round-trip, fixed notation for
    /// decimal exponents -4 ..< 16, otherwise `1e+16` / `1.5e-07` form.
    public static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        guard let (digits, exp10) = decimalDigits(d.magnitude) else { return sign + "0.0" }
        if exp10 >= -4 && exp10 < 16 {
            if exp10 >= 0 {
                var intPart = String(digits.prefix(exp10 + 1))
                while intPart.count < exp10 + 1 { intPart += "0" }
                let frac = digits.count > exp10 + 1 ? String(digits.dropFirst(exp10 + 1)) : "0"
                return sign + intPart + "." + frac
            }
            return sign + "0." + String(repeating: "0", count: -exp10 - 1) + digits
        }
        var out = sign + String(digits.prefix(1))
        if digits.count > 1 { out += "." + digits.dropFirst() }
        let e = abs(exp10)
        out += (exp10 < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + String(e)
        return out
    }

    /// repr of a pure imaginary literal: `1j`, `1.5j`, `1e+16j`.
    public static func imaginary(_ d: Double) -> String {
        var s = float(d)
        if s.hasSuffix(".0") { s.removeLast(2) }
        if d.isNaN || d.isInfinite { return s + "j" }
        return s + "j"
    }

    /// The shortest round-trip significant digits of a positive finite
    /// double (no leading/trailing zeros) and the decimal exponent of the
    /// first digit; nil for zero. Swift's description is already shortest
    /// round-trip; only its layout differs from Python's.
    static func decimalDigits(_ d: Double) -> (String, Int)? {
        let text = d.description
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = ""
        var pointPos: Int?
        for ch in mantissa {
            if ch == "." { pointPos = digits.count } else if ch.isASCII && ch.isNumber { digits.append(ch) }
        }
        var point = pointPos ?? digits.count
        while let f = digits.first, f == "0" {
            digits.removeFirst()
            point -= 1
        }
        while let l = digits.last, l == "0" { digits.removeLast() }
        if digits.isEmpty { return nil }
        return (digits, point + exp - 1)
    }

    /// repr(str): single quotes unless the text has `'` and no `"`.
    public static func string(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for u in scalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u == quote {
                    out += "\\" + String(quote)
                } else if u.value < 0x20 || u.value == 0x7F {
                    out += hexEscape(u.value, "x", 2)
                } else if u.value < 0x7F || isPrintable(u) {
                    out.unicodeScalars.append(u)
                } else if u.value < 0x100 {
                    out += hexEscape(u.value, "x", 2)
                } else if u.value < 0x10000 {
                    out += hexEscape(u.value, "u", 4)
                } else {
                    out += hexEscape(u.value, "U", 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// repr(bytes): `b'...'` with the same quote rule, non-ASCII as \xhh.
    public static func bytes(_ b: [UInt8]) -> String {
        let quote: UInt8 = b.contains(0x27) && !b.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        for c in b {
            switch c {
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case quote: out += "\\" + String(UnicodeScalar(quote))
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += hexEscape(UInt32(c), "x", 2)
            }
        }
        out.unicodeScalars.append(UnicodeScalar(quote))
        return out
    }

    static func hexEscape(_ v: UInt32, _ letter: String, _ width: Int) -> String {
        let hex = String(v, radix: 16)
        return "\\" + letter + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }

    /// Python's str.isprintable() for one character.
    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u == " " { return true }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
