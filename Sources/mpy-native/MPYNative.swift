// Entry point of the `mpy-native` command: the root command and its
// subcommands. `mpy-native FILE.py` compiles (the default subcommand).
import ArgumentParser

@main
struct MPYNative: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mpy-native",
        abstract: "Ahead-of-time compiler for MicroPython programs (bytecode, native and viper code via LLVM).",
        subcommands: [CompileCommand.self, CheckCommand.self],
        defaultSubcommand: CompileCommand.self
    )
}
