// `mpy-native size FILE.py`: what a module costs in flash and RAM. Per
// function, its bytecode bytes against its native machine-code bytes (the
// same module compiled twice, once in each mode); per mode, the loaded
// sections of the module's object; with --runtime, the footprint of the
// runtime itself (a firmware holding it and a hello-world module). With
// --json, the same figures for scripts (the benchmark harness).
import ArgumentParser
import Foundation
import MPYDriver
import MPYBytecode
import MPYLLVM

struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Report code size per function (bytecode against native) and the runtime's footprint.")

    @Argument(help: "The Python module (optional with --runtime).") var file: String?
    @Option(help: "Target architecture: x64 (x86_64), armv7m, armv7emsp.") var arch: String = "armv7m"
    @Option(name: .customLong("opt-level"), help: "LLVM optimisation of the native code: O0, O1, O2, O3, Os (also -O0 .. -Os; default Os).")
    var optLevel: OptLevel = .Os
    @Option(name: .customLong("mpy-opt"), help: "MicroPython optimisation level 0-3.") var mpyOpt: Int = 0
    @Flag(help: "Also report the runtime's footprint (a firmware with a hello-world module, --gc-sections).") var runtime = false
    @Flag(help: "Print JSON instead of tables.") var json = false

    func validate() throws {
        guard TargetArch(name: arch) != nil else {
            throw ValidationError("unknown architecture '\(arch)' (expected x64, x86_64, armv7m or armv7emsp)")
        }
        guard file != nil || runtime else { throw ValidationError("name a module, or ask for --runtime") }
    }

    func run() throws {
        try runDriver {
            let a = TargetArch(name: arch)!
            var report: [String: Any] = ["arch": a.rawValue, "opt_level": optLevel.rawValue]
            var text = ""
            if let file {
                let m = try ModuleSize.measure(file, arch: a, optLevel: optLevel, mpyOpt: mpyOpt)
                report["module"] = m.json
                text += m.table
            }
            if runtime {
                let r = try RuntimeFootprint.measure(arch: a)
                report["runtime"] = r.json
                text += (text.isEmpty ? "" : "\n") + r.table
            }
            if json {
                let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(text, terminator: "")
            }
        }
    }
}

/// One module compiled in bytecode mode and in native mode.
struct ModuleSize {
    struct Function {
        let name: String
        let line: Int
        /// Opcodes, line table and exception table of the function.
        let bytecode: Int
        /// Machine code of the function's native entry.
        let native: Int
    }
    let file: String
    let arch: TargetArch
    let optLevel: OptLevel
    let functions: [Function]
    /// Machine code outside the functions' own symbols (outlined sequences).
    let shared: Int
    /// Loaded sections of the module object, per mode.
    let sections: [String: [String: Int]]

    static func measure(_ path: String, arch: TargetArch, optLevel: OptLevel, mpyOpt: Int) throws -> ModuleSize {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let source = try FrontEnd.readSource(path)
        let model = try FrontEnd.analyze(source, emit: .native, mpyOpt: mpyOpt)
        let bc: BytecodeModule
        do { bc = try BytecodeCompiler.compile(model) } catch let e {
            FrontEnd.printError(e.render(in: source), newline: false)
            throw FrontEndFailure.reported
        }
        let tm = try TargetMachine(arch: arch, optLevel: optLevel)
        var objects: [String: ObjectFile] = [:]
        for emit in [EmitOption.bytecode, .native] {
            var d = Driver(arch: arch, emit: emit, mpyOpt: mpyOpt, heap: nil)
            d.optLevel = optLevel
            objects[emit.rawValue] = try ObjectFile(bytes: d.compileModule(path, name: name, tm: tm).object)
        }
        // Native entries are named PREFIX.native.INDEX.NAME (NativeEmitter).
        // Other machine code is shared: sequences LLVM's machine outliner
        // moved out of several functions (at -Os), and helpers.
        var nativeBytes: [Int: Int] = [:]
        var shared = 0
        for s in objects["native"]!.symbols where ObjectFile.kind(ofSection: s.section) == "text" && s.size > 0 {
            if let r = s.name.range(of: ".native."), let i = Int(s.name[r.upperBound...].prefix(while: \.isNumber)) {
                nativeBytes[i, default: 0] += s.size
            } else {
                shared += s.size
            }
        }
        let names = qualifiedNames(bc)
        let functions = bc.codes.enumerated().map { i, c in
            Function(
                name: names[i], line: c.firstLine,
                bytecode: c.bytecode.count + c.lineTable.count + c.excTable.count,
                native: nativeBytes[i] ?? 0)
        }
        return ModuleSize(
            file: path, arch: arch, optLevel: optLevel, functions: functions, shared: shared,
            sections: objects.mapValues(\.footprint))
    }

    /// `<module>`, `f`, `C.method`, `f.g`: names by nesting
    /// (a function's code is a constant of the code that defines it).
    static func qualifiedNames(_ bc: BytecodeModule) -> [String] {
        var names = bc.codes.map(\.name)
        func walk(_ i: Int, _ prefix: String?) {
            let c = bc.codes[i]
            let q = prefix.map { $0 + "." + c.name } ?? c.name
            names[i] = q
            for case .code(let j) in c.consts where j != i { walk(j, i == bc.top ? nil : q) }
        }
        walk(bc.top, nil)
        return names
    }

    var totalBytecode: Int { functions.reduce(0) { $0 + $1.bytecode } }
    var totalNative: Int { functions.reduce(shared) { $0 + $1.native } }

    static func ratio(_ n: Int, _ d: Int) -> String { d == 0 ? "—" : String(format: "%.2fx", Double(n) / Double(d)) }

    var table: String {
        var rows = [["function", "line", "bytecode", "native", "native/bytecode"]]
        for f in functions {
            rows.append([f.name, "\(f.line)", "\(f.bytecode)", "\(f.native)", ModuleSize.ratio(f.native, f.bytecode)])
        }
        if shared > 0 { rows.append(["(outlined, shared)", "", "", "\(shared)", ""]) }
        rows.append(["total", "", "\(totalBytecode)", "\(totalNative)", ModuleSize.ratio(totalNative, totalBytecode)])
        var out = "\(file): code size on \(arch.rawValue), native code at -\(optLevel.rawValue) (bytes)\n"
        out += renderTable(rows, rightAligned: [1, 2, 3, 4])
        out += "\nmodule object, loaded sections (bytes):\n"
        var srows = [["mode", "text", "rodata", "data", "bss"]]
        for mode in ["bytecode", "native"] {
            let s = sections[mode] ?? [:]
            srows.append([mode] + ["text", "rodata", "data", "bss"].map { "\(s[$0] ?? 0)" })
        }
        out += renderTable(srows, rightAligned: [1, 2, 3, 4])
        return out
    }

    var json: [String: Any] {
        [
            "file": file,
            "functions": functions.map { ["name": $0.name, "line": $0.line, "bytecode": $0.bytecode, "native": $0.native] },
            "shared_native": shared,
            "total": ["bytecode": totalBytecode, "native": totalNative],
            "sections": sections,
        ]
    }
}

/// The runtime's own cost: a firmware (or host executable) holding the
/// runtime and `print("hello")`, linked with --gc-sections.
struct RuntimeFootprint {
    let arch: TargetArch
    let loaded: [String: Int]
    /// Sections that take RAM but are not loaded: the stacks and the heap.
    let reserved: [(name: String, size: Int)]

    static func measure(arch: TargetArch) throws -> RuntimeFootprint {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mpy-native-size-\(getpid())")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let main = work.appendingPathComponent("hello.py")
        try Data("print(\"hello\")\n".utf8).write(to: main)
        let exe = work.appendingPathComponent("hello.elf").path
        try Driver(arch: arch, emit: .bytecode, mpyOpt: 0, heap: nil).build(main: main.path, output: exe)
        guard let data = fm.contents(atPath: exe) else { throw DriverError(description: "cannot read \(exe)") }
        let obj = try ObjectFile(bytes: [UInt8](data))
        let reserved = obj.sections.filter { [".stack", ".noinit"].contains($0.name) }.map { ($0.name, $0.size) }
        return RuntimeFootprint(arch: arch, loaded: obj.footprint, reserved: reserved)
    }

    var flash: Int { (loaded["text"] ?? 0) + (loaded["rodata"] ?? 0) + (loaded["data"] ?? 0) }
    var ram: Int { (loaded["data"] ?? 0) + (loaded["bss"] ?? 0) }

    var table: String {
        var out = "runtime footprint on \(arch.rawValue) (hello-world program, --gc-sections; bytes):\n"
        let k = ["text", "rodata", "data", "bss"]
        out += renderTable(
            [k + ["flash", "RAM"], k.map { "\(loaded[$0] ?? 0)" } + ["\(flash)", "\(ram)"]],
            rightAligned: Set(0..<6))
        if !reserved.isEmpty {
            let what = [".stack": "stacks", ".noinit": "heap"]
            out += "reserved RAM: " + reserved.map { "\(what[$0.name] ?? $0.name) \($0.size)" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    var json: [String: Any] {
        var j: [String: Any] = loaded
        j["flash"] = flash
        j["ram"] = ram
        j["reserved"] = Dictionary(uniqueKeysWithValues: reserved.map { ($0.name, $0.size) })
        return j
    }
}

/// Plain-text table with columns padded to their widest cell.
func renderTable(_ rows: [[String]], rightAligned: Set<Int>) -> String {
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    var out = ""
    for r in rows {
        let cells = r.enumerated().map { i, c in
            let pad = String(repeating: " ", count: widths[i] - c.count)
            return rightAligned.contains(i) ? pad + c : c + pad
        }
        out += cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
    }
    return out
}
