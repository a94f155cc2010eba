// Spellings the command line accepts beyond swift-argument-parser's own,
// rewritten to the long options before parsing:
// - clang's -O0 .. -O3 and -Os: LLVM's optimisation level (--opt-level);
// - mpy-cross's -march=ARCH (--arch) and -X emit=MODE (--emit); on a
//   command line in this mpy-cross form (it uses -march= or -X), -O<n> is
//   mpy-cross's too: MicroPython's level (--mpy-opt n), with a note on stderr.
// Nothing after a `--` separator (the program's own arguments) is touched.

/// A spelling that is refused (one line, no usage).
struct SpellingError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

struct CommandLineSpelling {
    /// The arguments to parse.
    var arguments: [String] = []
    /// One-line notes for stderr (how an ambiguous spelling was read).
    var notes: [String] = []

    /// mpy-cross options that have no equivalent here, and why.
    static let unmapped: [(prefix: String, reason: String)] = [
        ("-msmall-int-bits", "small ints are fixed per target here (31 bits on the boards, 63 on the host)"),
        ("-march-flags", "no target here takes architecture flags"),
    ]

    init(_ given: [String]) throws {
        let end = given.firstIndex(of: "--") ?? given.endIndex
        let options = given[..<end]
        let mpyCrossForm = options.contains { $0 == "-X" || $0.hasPrefix("-march=") }
        var i = options.startIndex
        while i < end {
            let a = given[i]
            i += 1
            if a == "-Os" || (!mpyCrossForm && ["-O0", "-O1", "-O2", "-O3"].contains(a)) {
                arguments += ["--opt-level", String(a.dropFirst())]
            } else if mpyCrossForm, let level = CommandLineSpelling.mpyCrossLevel(a) {
                arguments += ["--mpy-opt", String(level)]
                notes.append(
                    "mpy-native: note: \(a) is MicroPython's optimisation level here (--mpy-opt \(level), as in mpy-cross, since -march=/-X are used); LLVM's level is --opt-level"
                )
            } else if a.hasPrefix("-march=") {
                arguments += ["--arch", String(a.dropFirst("-march=".count))]
            } else if a == "-X" {
                guard i < end else { throw SpellingError("-X expects an option, as in mpy-cross: -X emit=native") }
                arguments += try CommandLineSpelling.implementationOption(given[i])
                i += 1
            } else if let m = CommandLineSpelling.unmapped.first(where: { a.hasPrefix($0.prefix) }) {
                throw SpellingError("mpy-cross's \(m.prefix) is not accepted: \(m.reason)")
            } else {
                arguments.append(a)
            }
        }
        arguments += given[end...]
    }

    /// mpy-cross's -O[N]: -O0 .. -O3, and -O, -OO, -OOO counting the letters.
    static func mpyCrossLevel(_ a: String) -> Int? {
        guard a.hasPrefix("-O") else { return nil }
        let rest = a.dropFirst(2)
        if rest.count == 1, let n = Int(rest), (0...3).contains(n) { return n }
        if rest.allSatisfy({ $0 == "O" }) && rest.count <= 2 { return rest.count + 1 }
        return nil
    }

    /// mpy-cross's `-X NAME=VALUE` implementation options that map to ours.
    static func implementationOption(_ x: String) throws -> [String] {
        if x.hasPrefix("emit=") { return ["--emit", String(x.dropFirst("emit=".count))] }
        if x.hasPrefix("heapsize=") {
            throw SpellingError("mpy-cross's -X heapsize= sizes mpy-cross's own heap while compiling; the program's heap is --heap SIZE")
        }
        throw SpellingError("unknown -X option '\(x)' (accepted, as in mpy-cross: -X emit=bytecode|native|viper)")
    }
}
