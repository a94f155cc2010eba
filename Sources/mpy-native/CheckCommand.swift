// `mpy-native check FILE...`: compiles many files as `run` and `build` do
// (front end, bytecode compiler, module image, native lowering), writes
// nothing, and reports every error, so that check and run agree on what
// compiles. `--syntax-only` runs the front end alone (the standard-library
// corpus uses it with `--summary`, which prints one line per file and counts).
import ArgumentParser
import Foundation
import MPYDriver
import MPYLLVM
import MPYSyntax

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compile modules as build and run do, reporting every error without writing code.")

    @Argument(help: "Python files to check.")
    var files: [String] = []

    @Option(name: .customLong("files-from"), help: "Read the list of files, one per line, from this file.")
    var filesFrom: String?

    @Flag(help: "Print one line per file (OK or the first line of its error) and a summary.")
    var summary = false

    @Flag(name: .customLong("syntax-only"), help: "Run the front end only (parse and analyze), as clang's -fsyntax-only.")
    var syntaxOnly = false

    @Option(help: "Target architecture: x64 (x86_64), armv7m, armv7emsp.")
    var arch: String = "x64"

    @Option(help: "Code mode for every module: bytecode, native, viper.")
    var emit: EmitOption = .bytecode

    @Option(name: .customLong("mpy-opt"), help: "MicroPython optimisation level 0-3.")
    var mpyOpt: Int = 0

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
        guard let targetArch = TargetArch(name: arch) else {
            throw ValidationError("unknown architecture '\(arch)' (expected x64, x86_64, armv7m or armv7emsp)")
        }
        guard (0...3).contains(mpyOpt) else { throw ValidationError("--mpy-opt must be 0..3") }
        let driver = Driver(arch: targetArch, emit: emit, mpyOpt: mpyOpt)
        let tm = syntaxOnly ? nil : try TargetMachine(arch: targetArch)
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
            } else if let tm, let diagnostic = Self.compileError(driver, path: path, tm: tm) {
                failed += 1
                if summary {
                    let first = diagnostic.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? diagnostic
                    print("FAIL \(first.replacingOccurrences(of: " error: ", with: " "))")
                } else {
                    FrontEnd.printError(diagnostic, newline: !diagnostic.hasSuffix("\n"))
                }
            } else if summary {
                print("OK \(path)")
            }
        }
        if summary { print("\(paths.count - failed) parsed, \(failed) failed") }
        if failed > 0 { throw ExitCode(1) }
    }

    /// The rendered error of compiling `path` past the front end (the
    /// bytecode compiler's limits and unsupported constructs, the image, the
    /// native and viper lowering), or nil when it compiles.
    static func compileError(_ driver: Driver, path: String, tm: TargetMachine) -> String? {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            _ = try driver.compileModule(path, name: name, tm: tm, output: .checkOnly)
            return nil
        } catch FrontEndFailure.diagnostic(let text) {
            return text
        } catch {
            return "mpy-native: error: \(error)\n"
        }
    }
}
