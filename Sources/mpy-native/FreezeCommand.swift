// `mpy-native freeze manifest.py --arch armv7m -o frozen.o`: the modules a
// MicroPython-style manifest names, compiled into one frozen image (every
// module image and the frozen-module table) for a firmware build to link.
// The work is the MPYFreezer library's; this is its command line.
import ArgumentParser
import Foundation
import MPYDriver
import MPYFreezer
import MPYLLVM

/// `NAME=VALUE` pairs of `--var`, for `$(NAME)` in manifest paths.
func manifestVariables(_ pairs: [String]) throws -> [String: String] {
    var out: [String: String] = [:]
    for p in pairs {
        guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
            throw ValidationError("--var expects NAME=VALUE, not '\(p)'")
        }
        out[String(p[..<eq])] = String(p[p.index(after: eq)...])
    }
    return out
}

struct FreezeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze",
        abstract:
            "Compile the modules of a manifest into one frozen image (an object file with every module image and the frozen-module table).")

    @Argument(help: "The manifest (freeze(), module(), package(), include() calls).") var manifest: String
    @Option(name: .shortAndLong, help: "Output object file.") var output: String = "frozen.o"
    @Option(help: "Target architecture: x64 (x86_64), armv7m, armv7emsp.") var arch: String = "x64"
    @Option(help: "Code mode of modules whose manifest call gives no emit=: bytecode, native, viper.") var emit: EmitOption = .bytecode
    @Option(name: .customLong("mpy-opt"), help: "MicroPython optimisation level 0-3 where the manifest gives no opt=.") var mpyOpt: Int = 0
    @Option(
        name: .customLong("opt-level"), help: "LLVM optimisation of native code where the manifest gives no opt_level=: O0, O1, O2, O3, Os."
    )
    var optLevel: OptLevel = .O2
    @Option(
        name: .customLong("var"), help: ArgumentHelp("A path variable for the manifest: $(NAME) becomes VALUE.", valueName: "NAME=VALUE"))
    var variables: [String] = []
    @Flag(help: "Print the frozen modules (name, emit mode, file) instead of compiling.") var list = false

    func validate() throws {
        guard TargetArch(name: arch) != nil else {
            throw ValidationError("unknown architecture '\(arch)' (expected x64, x86_64, armv7m or armv7emsp)")
        }
        guard (0...3).contains(mpyOpt) else { throw ValidationError("--mpy-opt must be 0..3") }
    }

    func run() throws {
        let vars = try manifestVariables(variables)
        try runDriver {
            if !list { try FileErrors.checkOutput(output) }
            let defaults = ModuleOptions(emit: emit, optLevel: optLevel, mpyOpt: mpyOpt)
            let m = try Manifest.load(manifest, defaults: defaults, variables: vars)
            if list {
                for f in m.modules {
                    print(
                        "\(f.name)\(f.isPackage ? " (package)" : "") emit=\(f.options.emit.rawValue) opt=\(f.options.mpyOpt) opt_level=\(f.options.optLevel.rawValue) \(f.path)"
                    )
                }
                return
            }
            try Freezer(arch: TargetArch(name: arch)!).compile(m.modules).writeObject(to: output)
        }
    }
}
