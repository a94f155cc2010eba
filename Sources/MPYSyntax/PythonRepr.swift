// Python's repr() of the constant kinds the front end knows: shortest
// round-trip floats with Python's switch to exponent form, str and bytes
// with Python's quoting and escapes. Used by dumps and constant folding.
import BigInt

public enum PythonRepr {
    public static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let v): return v.description
        case .float(let d): return float(d)
        case .imaginary(let d):
            let r = float(d)
            return (r.hasSuffix(".0") ? String(r.dropLast(2)) : r) + "j"
        case .string(let s): return string(s)
        case .bytes(let b): return bytes(b)
        case .tuple(let items):
            if items.count == 1 { return "(" + constant(items[0]) + ",)" }
            return "(" + items.map(constant).joined(separator: ", ") + ")"
        }
    }

    /// repr(float): the shortest digits that round-trip (Swift computes
    /// those), laid out as Python does: fixed for 1e-4 <= |x| < 1e16.
    public static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Split Swift's shortest representation into digits and exponent.
        let text = "\(abs(d))"
        var mantissa = text
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var frac = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            frac = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = intPart + frac
        var point = intPart.count + exp  // position of the decimal point within digits
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let sign = d < 0 ? "-" : ""
        let exp10 = point - 1
        if exp10 >= -4 && exp10 < 16 {
            if point <= 0 {
                return sign + "0." + String(repeating: "0", count: -point) + digits
            }
            if point >= digits.count {
                return sign + digits + String(repeating: "0", count: point - digits.count) + ".0"
            }
            let idx = digits.index(digits.startIndex, offsetBy: point)
            return sign + digits[..<idx] + "." + digits[idx...]
        }
        var m = String(digits.first!)
        if digits.count > 1 { m += "." + digits.dropFirst() }
        let es = exp10 < 0 ? "-" : "+"
        let ev = abs(exp10)
        return sign + m + "e" + es + (ev < 10 ? "0" : "") + String(ev)
    }

    public static func string(_ s: String) -> String {
        let hasSingle = s.contains("'")
        let hasDouble = s.contains("\"")
        let q: Character = hasSingle && !hasDouble ? "\"" : "'"
        var out = String(q)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == q { out += "\\" + String(q); continue }
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + hex(u.value, 2)
                } else if u.value >= 0x80 && !isPrintable(u) {
                    out +=
                        u.value < 0x100
                        ? "\\x" + hex(u.value, 2)
                        : u.value < 0x10000 ? "\\u" + hex(u.value, 4) : "\\U" + hex(u.value, 8)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out.append(q)
        return out
    }

    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return u == " "
        default:
            return true
        }
    }

    public static func bytes(_ b: [UInt8]) -> String {
        let q: UInt8 = b.contains(0x27) && !b.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(q))
        for c in b {
            switch c {
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case q: out += "\\" + String(UnicodeScalar(q))
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += "\\x" + hex(UInt32(c), 2)
            }
        }
        out += String(UnicodeScalar(q))
        return out
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
}
