// Entry point of the `mpy-native` command: the root command and its
// subcommands. `mpy-native FILE.py` compiles (the default subcommand).
import ArgumentParser
import MPYDriver
import MPYLLVM
import MPYSyntax

extension OptLevel: ExpressibleByArgument {}

@main
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mpy-native",
        abstract: "Ahead-of-time compiler for MicroPython programs (bytecode, native and viper code via LLVM).",
        subcommands: [CompileCommand.self, CheckCommand.self, BuildCommand.self, RunCommand.self, FreezeCommand.self, SizeCommand.self],
        defaultSubcommand: CompileCommand.self
    )

    /// Parses arguments and runs the command on a large stack (see LargeStack).
    static func main() {
        LargeStack.run {
            do {
                // Clang's spelling of the optimisation level (-O0 .. -O3, -Os);
                // for `run`, not among the program's own arguments (after its file).
                var args: [String] = []
                let given = Array(CommandLine.arguments.dropFirst())
                var programArgs = false
                var previous = ""
                for a in given {
                    defer { previous = a }
                    if !programArgs, ["-O0", "-O1", "-O2", "-O3", "-Os"].contains(a) {
                        args += ["--opt-level", String(a.dropFirst())]
                    } else {
                        args.append(a)
                    }
                    if given.first == "run", a.hasSuffix(".py"), previous != "--manifest" { programArgs = true }
                }
                var command = try parseAsRoot(args)
                try command.run()
                exit(withError: nil)
            } catch {
                exit(withError: error)
            }
        }
    }
}
