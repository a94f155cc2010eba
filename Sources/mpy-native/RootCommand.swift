// Entry point of the `mpy-native` command: the root command and its
// subcommands. `mpy-native FILE.py` compiles (the default subcommand).
// Options are recognised anywhere before a `--` separator; what follows it
// is the program's (`run FILE.py -- ARGS`). Errors are one
// `mpy-native: error:` line (and the usage for a command-line error), with
// exit status 1.
import ArgumentParser
import Foundation
import MPYDriver
import MPYLLVM
import MPYSyntax

extension OptLevel: ExpressibleByArgument {}

@main
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mpy-native",
        abstract: "Ahead-of-time compiler for MicroPython programs (bytecode, native and viper code via LLVM).",
        version: Version.line,
        subcommands: [CompileCommand.self, CheckCommand.self, BuildCommand.self, RunCommand.self, FreezeCommand.self, SizeCommand.self],
        defaultSubcommand: CompileCommand.self
    )

    /// Parses arguments and runs the command on a large stack (see LargeStack).
    static func main() {
        LargeStack.run {
            let given = Array(CommandLine.arguments.dropFirst())
            do {
                // clang's and mpy-cross's spellings (CommandLineSpelling.swift).
                let spelling = try CommandLineSpelling(given)
                for note in spelling.notes { FrontEnd.printError(note) }
                var command = try parseAsRoot(spelling.arguments)
                try command.run()
                exit(withError: nil)
            } catch {
                fail(error, given: given)
            }
        }
    }

    /// Exits for `error`: help, --version and exit codes as swift-argument-parser
    /// does; anything else is a user error, reported on one line (with the
    /// usage for a command-line mistake) and exit status 1.
    static func fail(_ error: Error, given: [String]) -> Never {
        if error is CleanExit || error is ExitCode { exit(withError: error) }
        if let e = error as? SpellingError {
            FrontEnd.printError("mpy-native: error: \(e.description)")
            Foundation.exit(1)
        }
        if exitCode(for: error) == .success { exit(withError: error) }
        var message = fullMessage(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        var lines = message.components(separatedBy: "\n")
        if let first = lines.first { lines[0] = "mpy-native: error: " + first.prefix(1).lowercased() + first.dropFirst() }
        let misplaced = lines[0].contains("unknown option") || lines[0].contains("unexpected argument")
        if given.first == "run" && misplaced && !given.contains("--") {
            lines.insert("note: the program's own arguments go after '--': mpy-native run FILE.py -- ARGS...", at: 1)
        }
        FrontEnd.printError(lines.joined(separator: "\n"))
        Foundation.exit(1)
    }
}
