// `mpy-native [compile] FILE.py`: one module compiled to a module-image
// object (or its assembly, or its LLVM IR) for the target, or with
// `--dump tokens|ast|scopes|bytecode` one front-end stage printed. The work
// is the driver's (Driver.compileModule, FrontEnd.dump).
import ArgumentParser
import Foundation
import MPYDriver
import MPYLLVM

extension DumpStage: ExpressibleByArgument {}

extension EmitOption: ExpressibleByArgument {}

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a module (default), or dump a front-end stage.")

    @Argument(help: "The Python module to compile.")
    var file: String

    @Option(help: "Print a front-end stage instead of compiling: \(DumpStage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var dump: DumpStage?

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
        if let dump {
            try runDriver { print(try FrontEnd.dump(dump, file: file, emit: emit, mpyOpt: mpyOpt), terminator: "") }
            return
        }
        // The module image as a relocatable object for the target.
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let kind: ModuleOutput = emitLLVM ? .llvmIR : assembly ? .assembly : .object
        let out = output ?? name + (kind == .llvmIR ? ".ll" : kind == .assembly ? ".s" : ".o")
        var driver = Driver(arch: TargetArch(name: arch)!, emit: emit, mpyOpt: mpyOpt, heap: nil)
        driver.viperFloat32 = viperFloat32
        driver.optLevel = optLevel
        try runDriver {
            if out != "-" { try FileErrors.checkOutput(out) }
            let tm = try TargetMachine(arch: driver.arch, optLevel: optLevel)
            let (bytes, _) = try driver.compileModule(file, name: name, tm: tm, output: kind)
            if out == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try FileErrors.write(bytes, to: out)
            }
        }
    }
}
