// Reverse lookup of Unicode character names for `\N{...}` escapes, built
// once on first use from the Unicode tables of the Swift runtime.

enum UnicodeNames {
    /// Built lazily and thread-safely (static lets are initialized once).
    private static let table: [String: UInt32] = {
        var t: [String: UInt32] = [:]
        t.reserveCapacity(300_000)
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if let n = s.properties.name { t[n] = v }
            if let a = s.properties.nameAlias { t[a] = v }
        }
        return t
    }()

    static func lookup(_ name: String) -> UInt32? {
        table[name.uppercased()]
    }
}
