// The freezer library as a firmware build calls it: a manifest evaluated,
// its modules compiled into one frozen image object, the object's symbols
// read back with LLVM's object reader; and a host program linked with a
// frozen image and run.
import Foundation
import Testing
import MPYDriver
import MPYFreezer
import MPYLLVM

/// A scratch folder with a manifest, a package and a module.
private func project() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("freezer-test-\(UUID().uuidString)")
    let files: [String: String] = [
        "manifest.py": """
        # Frozen modules of the test firmware.
        package("drivers", opt=1)
        module("tools.py", base_path="lib", emit="native", opt_level="Os")
        include("more")
        """,
        "drivers/__init__.py": "from .led import blink\nassert False\n",
        "drivers/led.py": "def blink(n):\n    return 'on' * n\n",
        "drivers/fast.py": "import micropython\n@micropython.viper\ndef twice(x: int) -> int:\n    return x * 2\n",
        "lib/tools.py": "def add(a, b):\n    return a + b\n",
        "more/manifest.py": "freeze(\"$(EXTRA)\", script=\"extra.py\", emit=\"viper\")\n",
        "extra_dir/extra.py": "X = 42\n",
        "app.py": """
        import drivers, tools, extra
        from drivers.fast import twice
        print(drivers.blink(2), tools.add(2, 3), extra.X, twice(21))
        """,
    ]
    for (path, text) in files {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return dir
}

@Test func manifestListsModulesWithTheirOptions() throws {
    let dir = try project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let m = try Manifest.load(
        dir.appendingPathComponent("manifest.py").path,
        variables: ["EXTRA": dir.appendingPathComponent("extra_dir").path])
    #expect(m.modules.map(\.name) == ["drivers", "drivers.fast", "drivers.led", "tools", "extra"])
    #expect(m.modules[0].isPackage && m.modules[0].package == "drivers")
    #expect(m.modules[2].package == "drivers" && !m.modules[2].isPackage)
    #expect(m.modules[0].options == ModuleOptions(emit: .bytecode, optLevel: .O2, mpyOpt: 1))
    #expect(m.modules[3].options == ModuleOptions(emit: .native, optLevel: .Os, mpyOpt: 0))
    #expect(m.modules[4].options.emit == .viper)
    #expect(m.files.count == 2)
}

@Test func manifestErrorsAreDiagnostics() throws {
    let dir = try project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("bad.py")
    try Data("module(\"tools.py\", base_path=\"lib\")\nexec(\"import os\")\n".utf8).write(to: bad)
    do {
        _ = try Manifest.load(bad.path)
        Issue.record("a manifest calling exec() was accepted")
    } catch FrontEndFailure.diagnostic(let text) {
        #expect(
            text == "\(bad.path):2:1: error: unknown manifest function 'exec' (expected freeze, module, package or include)\n"
                + "exec(\"import os\")\n^\n")
    }
}

@Test func freezeOfTheManifestsFolderSkipsTheManifest() throws {
    let dir = try project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let lib = dir.appendingPathComponent("lib")
    try Data("freeze(\".\")\n".utf8).write(to: lib.appendingPathComponent("manifest.py"))
    let m = try Manifest.load(lib.appendingPathComponent("manifest.py").path)
    #expect(m.modules.map(\.name) == ["tools"])
}

/// The usage example of docs/ARCHITECTURE.md (the freezer library).
@Test func freezeToOneObject() throws {
    let dir = try project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let output = dir.appendingPathComponent("frozen.o").path

    let manifest = try Manifest.load(
        dir.appendingPathComponent("manifest.py").path,
        variables: ["EXTRA": dir.appendingPathComponent("extra_dir").path])
    let image = try Freezer(arch: .armv7m).compile(manifest.modules)
    try image.writeObject(to: output)

    let object = try ObjectFile(bytes: [UInt8](FileManager.default.contents(atPath: output)!))
    let defined = Dictionary(object.symbols.filter { !$0.section.isEmpty }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(defined["mpy_frozen_table"] != nil)
    // The table: one pointer per module and the NULL at its end (32-bit words).
    #expect(defined["mpy_frozen_table"]?.size == 4 * (manifest.modules.count + 1))
    for name in ["drivers", "drivers.led", "drivers.fast", "tools", "extra"] {
        let sym = defined["mpy_frozen_module." + name]
        #expect(sym != nil, "no image for \(name)")
        // Module images are read-only data: they stay in flash.
        #expect(sym.map { ObjectFile.kind(ofSection: $0.section) } == "rodata")
    }
    #expect(defined["mpy_module_table"] == nil && defined["mpy_main_module"] == nil)
    // Native and viper code is machine code in the object's text.
    #expect(object.symbols.contains { $0.name.hasPrefix("mpy.tools.native.") && ObjectFile.kind(ofSection: $0.section) == "text" })
    #expect(object.symbols.contains { $0.name.hasPrefix("mpy.drivers.fast.native.") })
}

@Test func hostProgramImportsFrozenModules() throws {
    let dir = try project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let exe = dir.appendingPathComponent("app").path
    try Driver(arch: .x64).build(
        main: dir.appendingPathComponent("app.py").path, output: exe,
        manifest: dir.appendingPathComponent("manifest.py").path,
        variables: ["EXTRA": dir.appendingPathComponent("extra_dir").path])
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(out == "onon 5 42 42\n")
}
