// `mpy-native [--dump ast|scopes|tokens] FILE.py`: the compiler proper.
// Code generation arrives with the runtime and back-end issues; until then
// compiling answers "not yet available" (exit status 2) after checking the file.
import ArgumentParser
import Foundation
import MPYDriver
import MPYSyntax
import MPYLLVM
import MPYBytecode

enum DumpKind: String, ExpressibleByArgument, CaseIterable {
    case tokens, ast, scopes, bytecode
}

extension EmitOption: ExpressibleByArgument {}

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a module (default), or dump a front-end stage.")

    @Argument(help: "The Python module to compile.")
    var file: String

    @Option(help: "Print a front-end stage instead of compiling: \(DumpKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var dump: DumpKind?

    @Option(help: "Target architecture: x64 (x86_64), armv7m, armv7emsp.")
    var arch: String = "x64"

    @Option(help: "Code mode for the whole module: bytecode, native, viper.")
    var emit: EmitOption = .bytecode

    @Option(name: .customLong("mpy-opt"), help: "MicroPython optimisation level 0-3.")
    var mpyOpt: Int = 0

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String?

    @Option(name: .customLong("opt-level"), help: "LLVM optimisation of native code: O0, O1, O2, O3, Os (also -O0 .. -Os).")
    var optLevel: OptLevel = .O2

    @Flag(name: .customShort("S"), help: "Write assembly (FILE.s) instead of an object file.")
    var assembly = false

    @Flag(name: .customLong("emit-llvm"), help: "Write LLVM IR (FILE.ll, optimized at the -O level) instead of an object file.")
    var emitLLVM = false

    @Flag(name: .customLong("viper-float32"), help: "Viper floats as binary32 on the Cortex-M4F's FPU (armv7emsp only).")
    var viperFloat32 = false

    func validate() throws {
        guard TargetArch(name: arch) != nil else {
            throw ValidationError("unknown architecture '\(arch)' (expected x64, x86_64, armv7m or armv7emsp)")
        }
        guard (0...3).contains(mpyOpt) else { throw ValidationError("--mpy-opt must be 0..3") }
        if viperFloat32 && TargetArch(name: arch) != .armv7emsp {
            throw ValidationError("--viper-float32 is for armv7emsp (the Cortex-M4F's single-precision FPU)")
        }
    }

    func run() throws {
        do {
            let source = try FrontEnd.readSource(file)
            switch dump {
            case .tokens:
                let tokens: [Token]
                do { tokens = try Lexer.tokenize(source) } catch let e {
                    FrontEnd.printError(e.render(in: source), newline: false)
                    throw FrontEndFailure.reported
                }
                for t in tokens {
                    let pos = source.position(of: Int(t.start))
                    let text =
                        t.kind == .newline || t.kind == .indent || t.kind == .dedent || t.kind == .endOfFile
                        ? "" : " " + source.text(t.range)
                    print("\(pos) \(t.kind)\(text)")
                }
            case .ast:
                let module = try FrontEnd.parse(source)
                print(ASTDump.render(module), terminator: "")
            case .scopes:
                let model = try FrontEnd.analyze(source, emit: emit, mpyOpt: mpyOpt)
                print(FrontEnd.renderScopes(model), terminator: "")
            case .bytecode:
                let model = try FrontEnd.analyze(source, emit: emit, mpyOpt: mpyOpt)
                do {
                    print(Disassembler.render(try BytecodeCompiler.compile(model)), terminator: "")
                } catch let e {
                    FrontEnd.printError(e.render(in: source), newline: false)
                    throw FrontEndFailure.reported
                }
            case nil:
                // The module image as a relocatable object for the target.
                let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                let kind: ModuleOutput = emitLLVM ? .llvmIR : assembly ? .assembly : .object
                let out = output ?? name + (kind == .llvmIR ? ".ll" : kind == .assembly ? ".s" : ".o")
                var driver = Driver(arch: TargetArch(name: arch)!, emit: emit, mpyOpt: mpyOpt, heap: nil)
                driver.viperFloat32 = viperFloat32
                driver.optLevel = optLevel
                try runDriver {
                    let tm = try TargetMachine(arch: driver.arch, optLevel: optLevel)
                    let (bytes, _) = try driver.compileModule(file, name: name, tm: tm, output: kind)
                    if out == "-" {
                        FileHandle.standardOutput.write(Data(bytes))
                    } else {
                        try Data(bytes).write(to: URL(fileURLWithPath: out))
                    }
                }
            }
        } catch FrontEndFailure.reported {
            throw ExitCode(1)
        } catch FrontEndFailure.diagnostic(let text) {
            FrontEnd.printError(text, newline: false)
            throw ExitCode(1)
        }
    }
}
