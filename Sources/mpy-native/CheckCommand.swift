// `mpy-native check FILE...`: runs the front end over many files and reports
// every error; `--summary` prints counts (used for the standard-library corpus).
import ArgumentParser
import Foundation
import MPYDriver
import MPYSyntax

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and analyze modules, reporting errors without generating code.")

    @Argument(help: "Python files to check.")
    var files: [String] = []

    @Option(name: .customLong("files-from"), help: "Read the list of files, one per line, from this file.")
    var filesFrom: String?

    @Flag(help: "Print one line per file (OK or the first line of its error) and a summary.")
    var summary = false

    func run() throws {
        var paths = files
        if let list = filesFrom {
            let text: String
            do { text = String(decoding: try FileErrors.read(list), as: UTF8.self) } catch {
                FrontEnd.printError("mpy-native: error: \(error)")
                throw ExitCode(1)
            }
            paths += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        var failed = 0
        for path in paths {
            let source: SourceFile
            do { source = try FrontEnd.readSource(path) } catch {
                FrontEnd.printError("mpy-native: error: \(error)")
                failed += 1
                continue
            }
            if let error = FrontEnd.check(source) {
                failed += 1
                if summary {
                    let pos = source.position(of: error.offset)
                    print("FAIL \(path):\(pos.line):\(pos.column): \(error.message)")
                } else {
                    FrontEnd.printError(error.render(in: source), newline: false)
                }
            } else if summary {
                print("OK \(path)")
            }
        }
        if summary { print("\(paths.count - failed) parsed, \(failed) failed") }
        if failed > 0 { throw ExitCode(1) }
    }
}
