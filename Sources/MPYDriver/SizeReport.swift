// What a module costs in flash and RAM, measured (`mpy-native size` prints
// it): per function, its bytecode bytes against its native machine-code
// bytes (the same module compiled twice, once in each mode, the machine
// code read from the object's symbols); per mode, the loaded sections of the
// module's object; and the footprint of the runtime itself (a program
// holding it and a hello-world module, linked with --gc-sections).
import Foundation
import MPYBytecode
import MPYLLVM

/// One module compiled in bytecode mode and in native mode.
public struct ModuleSize {
    public struct Function {
        /// `<module>`, `f`, `C.method`, `f.g`: the name by nesting.
        public let name: String
        public let line: Int
        /// Opcodes, line table and exception table of the function.
        public let bytecode: Int
        /// Machine code of the function's native entry.
        public let native: Int
    }
    public let file: String
    public let arch: TargetArch
    public let optLevel: OptLevel
    public let functions: [Function]
    /// Machine code outside the functions' own symbols (outlined sequences).
    public let shared: Int
    /// Loaded sections of the module object ("text", "rodata", "data",
    /// "bss"), per mode ("bytecode", "native").
    public let sections: [String: [String: Int]]

    public var totalBytecode: Int { functions.reduce(0) { $0 + $1.bytecode } }
    public var totalNative: Int { functions.reduce(shared) { $0 + $1.native } }

    public static func measure(_ path: String, arch: TargetArch, optLevel: OptLevel, mpyOpt: Int) throws -> ModuleSize {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let source = try FrontEnd.readSource(path)
        let model = try FrontEnd.analyze(source, emit: .native, mpyOpt: mpyOpt)
        let bc: BytecodeModule
        do { bc = try BytecodeCompiler.compile(model) } catch let e {
            throw FrontEndFailure.diagnostic(e.render(in: source))
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
}

/// The runtime's own cost: a firmware (or host executable) holding the
/// runtime and `print("hello")`, linked with --gc-sections.
public struct RuntimeFootprint {
    public let arch: TargetArch
    /// Loaded sections ("text", "rodata", "data", "bss").
    public let loaded: [String: Int]
    /// Sections that take RAM but are not loaded: the stacks and the heap.
    public let reserved: [(name: String, size: Int)]

    public var flash: Int { (loaded["text"] ?? 0) + (loaded["rodata"] ?? 0) + (loaded["data"] ?? 0) }
    public var ram: Int { (loaded["data"] ?? 0) + (loaded["bss"] ?? 0) }

    public static func measure(arch: TargetArch) throws -> RuntimeFootprint {
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
}
