// The tool of the EmbedRuntime build plugin: writes the runtime's source
// files into one Swift source of MPYDriver, each as a raw string literal
// (base64 for the rare file a raw literal cannot carry exactly), with a
// content hash that names the folder the driver writes them out to.
// Usage: mpy-embed-runtime ROOT OUTPUT.swift RELATIVE-PATH...
import Foundation

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: mpy-embed-runtime ROOT OUTPUT.swift PATH...\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: args[1])
let output = URL(fileURLWithPath: args[2])
let paths = args.dropFirst(3).sorted()

/// The raw-string delimiter; a file that holds it goes as base64.
let hashes = "#####"

/// Whether `text` reads back exactly from a multi-line raw literal: no
/// delimiter or escape of this raw level, no carriage return (literals
/// normalise line ends), no other control character than tab and newline.
func fitsRawLiteral(_ text: String) -> Bool {
    if text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { return false }
    return !text.unicodeScalars.contains { s in
        (s.value < 0x20 && s != "\n" && s != "\t") || s.value == 0x7f
    }
}

// Content hash of paths and contents (FNV-1a 64, as the driver's caches).
var h: UInt64 = 0xcbf2_9ce4_8422_2325
func mix<S: Sequence>(_ h: inout UInt64, _ bytes: S) where S.Element == UInt8 {
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
    }
}

var entries: [String] = []
for path in paths {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
        FileHandle.standardError.write(Data("mpy-embed-runtime: cannot read \(path)\n".utf8))
        exit(1)
    }
    mix(&h, path.utf8)
    mix(&h, [0])
    mix(&h, data)
    mix(&h, [0])
    let literal = "\"" + path + "\""
    if let text = String(data: data, encoding: .utf8), fitsRawLiteral(text) {
        entries.append("        (\n            \(literal), false,\n            \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)\n        ),\n")
    } else {
        entries.append("        (\(literal), true, \"\(data.base64EncodedString())\"),\n")
    }
}

let source =
    "// Generated at build time by mpy-embed-runtime (Plugins/EmbedRuntime) from\n"
    + "// \(paths.count) files of the checkout: the C runtime's sources for RuntimeSources.\n"
    + "extension RuntimeSources {\n"
    + "    static let contentHash = \"\(String(h, radix: 16))\"\n"
    + "    static let files: [(path: String, base64: Bool, text: String)] = [\n"
    + entries.joined()
    + "    ]\n"
    + "}\n"

// Rewrite only on change, so that an unchanged runtime recompiles nothing.
let bytes = Data(source.utf8)
if FileManager.default.contents(atPath: output.path) != bytes {
    do { try bytes.write(to: output, options: .atomic) } catch {
        FileHandle.standardError.write(Data("mpy-embed-runtime: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}
