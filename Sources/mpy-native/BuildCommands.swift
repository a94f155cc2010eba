// `mpy-native build FILE.py -o prog` and `mpy-native run FILE.py [-- ARGS...]`:
// whole programs linked with the runtime: a host executable, or firmware
// for an ARM board that `run` starts in QEMU.
import ArgumentParser
import Foundation
import MPYDriver
import MPYFreezer
import MPYLLVM

struct BuildOptions: ParsableArguments {
    @Option(help: "Target architecture: x64 (x86_64), armv7m, armv7emsp.")
    var arch: String = "x64"

    @Option(help: "Code mode for every module: bytecode, native, viper.")
    var emit: EmitOption = .bytecode

    @Option(name: .customLong("mpy-opt"), help: "MicroPython optimisation level 0-3 (mpy-cross's -O<n>).")
    var mpyOpt: Int = 0

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Heap size of the program in bytes, or with a unit: 64k, 2M (default 8 MiB on the host, 2.5 MiB on the boards).",
            valueName: "size"),
        transform: ByteSize.parse)
    var heap: Int?

    @Option(name: .customLong("opt-level"), help: "LLVM optimisation of native code: O0, O1, O2, O3, Os (also -O0 .. -Os).")
    var optLevel: OptLevel = .O2

    @Option(
        help: ArgumentHelp(
            "Freeze the modules of this manifest into the image (imports find them in its frozen-module table).", valueName: "manifest.py"))
    var manifest: String?

    @Option(
        name: .customLong("var"), help: ArgumentHelp("A path variable for the manifest: $(NAME) becomes VALUE.", valueName: "NAME=VALUE"))
    var variables: [String] = []

    @Flag(
        name: .customLong("viper-float32"),
        help: "Viper floats as binary32 on the Cortex-M4F's FPU (armv7emsp only; results then differ from CPython's).")
    var viperFloat32 = false

    func driver() throws -> Driver {
        guard let a = TargetArch(name: arch) else {
            throw ValidationError("unknown architecture '\(arch)' (expected x64, x86_64, armv7m or armv7emsp)")
        }
        guard (0...3).contains(mpyOpt) else { throw ValidationError("--mpy-opt must be 0..3") }
        if viperFloat32 && a != .armv7emsp {
            throw ValidationError("--viper-float32 is for armv7emsp (the Cortex-M4F's single-precision FPU)")
        }
        var d = Driver(arch: a, emit: emit, mpyOpt: mpyOpt, heap: heap, optLevel: optLevel)
        d.viperFloat32 = viperFloat32
        return d
    }

    /// Builds `main` with the driver, and the frozen image of `--manifest` if given.
    func build(_ driver: Driver, main: String, output: String) throws {
        if let manifest {
            try driver.build(main: main, output: output, manifest: manifest, variables: manifestVariables(variables))
        } else {
            try driver.build(main: main, output: output)
        }
    }
}

/// Runs a driver action, turning reported errors into exit statuses.
func runDriver(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch FrontEndFailure.reported {
        throw ExitCode(1)
    } catch FrontEndFailure.diagnostic(let text) {
        FrontEnd.printError(text, newline: false)
        throw ExitCode(1)
    } catch let e as ExitCodeError {
        throw ExitCode(e.code)
    } catch let e as DriverError {
        FrontEnd.printError("mpy-native: error: \(e.description)")
        throw ExitCode(1)
    } catch let e as ExitCode {
        throw e
    } catch let e as ValidationError {
        throw e
    } catch {
        // A system error the driver did not foresee: its text, on one line.
        FrontEnd.printError("mpy-native: error: \(error.localizedDescription)")
        throw ExitCode(1)
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Compile a program and link it with the runtime.")

    @Argument(help: "The main module.") var file: String
    @Option(name: .shortAndLong, help: "Output executable (firmware ELF for an ARM arch).") var output: String?
    @Option(
        name: .customLong("objects"),
        help: ArgumentHelp(
            "Write the program's object files (one module image per module and the module table) into this folder instead of linking.",
            valueName: "dir"))
    var objectsDir: String?
    @OptionGroup var options: BuildOptions

    func run() throws {
        if let objectsDir {
            try runDriver {
                try FileErrors.checkOutputFolder(objectsDir)
                let objects = try options.driver().writeProgramObjects(
                    main: file, into: URL(fileURLWithPath: objectsDir), manifest: options.manifest,
                    variables: manifestVariables(options.variables))
                for url in objects { print(url.path) }
            }
            return
        }
        let out = output ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        try runDriver {
            try FileErrors.checkOutput(out)
            try options.build(options.driver(), main: file, output: out)
        }
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Build a program into the cache and run it (in QEMU for an ARM arch).")

    @Argument(help: "The main module.") var file: String
    @Argument(parsing: .postTerminator, help: "Arguments for the program (sys.argv[1:]), after '--'.") var args: [String] = []
    @OptionGroup var options: BuildOptions
    @Flag(
        name: .customLong("count-instructions"),
        help: ArgumentHelp(
            "ARM boards: count the executed instructions (QEMU plugin, deterministic virtual time) and print the count on stderr after the program ends."
        ))
    var countInstructions = false

    func run() throws {
        var status: Int32 = 0
        try runDriver {
            let driver = try options.driver()
            status = try driver.buildAndRun(args: args, countInstructions: countInstructions) { exe in
                // The executable is a scratch file: errors name the program instead.
                do { try options.build(driver, main: file, output: exe) } catch let e as DriverError {
                    throw DriverError(description: e.description.replacingOccurrences(of: "'\(exe)'", with: "'\(file)'"))
                }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
