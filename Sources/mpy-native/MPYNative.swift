// Entry point of the `mpy-native` command: the root command and its
// subcommands. `mpy-native FILE.py` compiles (the default subcommand).
import ArgumentParser
import MPYSyntax

@main
struct MPYNative: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mpy-native",
        abstract: "Ahead-of-time compiler for MicroPython programs (bytecode, native and viper code via LLVM).",
        subcommands: [CompileCommand.self, CheckCommand.self, BuildCommand.self, RunCommand.self],
        defaultSubcommand: CompileCommand.self
    )

    /// Parses arguments and runs the command on a large stack (see LargeStack).
    static func main() {
        LargeStack.run {
            do {
                var command = try parseAsRoot()
                try command.run()
                exit(withError: nil)
            } catch {
                exit(withError: error)
            }
        }
    }
}
