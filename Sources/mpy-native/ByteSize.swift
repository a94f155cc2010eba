// Sizes in bytes on the command line (`--heap`): a count of bytes, or one
// with a binary unit, k/K (KiB) or m/M (MiB), as in `--heap 64k`,
// `--heap 2M` or `--heap 512KiB`. Anything else is refused with a message.
import ArgumentParser

enum ByteSize {
    static let units: [(suffixes: [String], factor: Int)] = [
        (["k", "K", "KiB"], 1024),
        (["m", "M", "MiB"], 1024 * 1024),
    ]

    static func parse(_ text: String) throws -> Int {
        let t = text
        var digits = Substring(t)
        var factor = 1
        for u in units {
            if let s = u.suffixes.first(where: { t.hasSuffix($0) }) {
                digits = t.dropLast(s.count)
                factor = u.factor
                break
            }
        }
        if digits.hasPrefix("-") { throw ValidationError("a size must be positive") }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError("expected a size in bytes, optionally with a unit: 65536, 64k, 2M")
        }
        guard let n = Int(digits) else { throw ValidationError("the size is too large") }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw ValidationError("the size is too large") }
        guard bytes > 0 else { throw ValidationError("a size must be positive") }
        return bytes
    }
}
