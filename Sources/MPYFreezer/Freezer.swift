// The freezer: compiles a set of modules (each with its own code mode and
// optimisation levels) into one frozen image for a target: every module's
// image (code, constants and interned names as read-only data, so they
// stay in flash) and `mpy_frozen_table`, the table `import` searches after
// the program's own modules. Firmware builds link the image's object with
// their program (`mpy-native build --manifest`, or their own linker).
//
//     import MPYFreezer
//
//     let manifest = try Manifest.load("firmware/manifest.py")
//     let image = try Freezer(arch: .armv7m).compile(manifest.modules)
//     try image.writeObject(to: "build/frozen.o")   // one relocatable object
//
// Errors in a manifest or a module's source throw
// `FrontEndFailure.diagnostic` (the rendered diagnostic); a failing tool
// throws `DriverError`. Like every entry point of the compiler, callers
// should run it on a large stack (`LargeStack.run`, see docs/ARCHITECTURE.md).
import Foundation
import MPYDriver
import MPYImage
import MPYLLVM

/// Compiles frozen modules for one target.
public struct Freezer {
    public let arch: TargetArch

    public init(arch: TargetArch) { self.arch = arch }

    /// Compiles every module into a frozen image. Module names must be
    /// distinct.
    public func compile(_ modules: [FrozenModule]) throws -> FrozenImage {
        var seen: Set<String> = []
        for m in modules where !seen.insert(m.name).inserted {
            throw DriverError(description: "module '\(m.name)' is frozen twice")
        }
        var machines: [OptLevel: TargetMachine] = [:]
        var objects: [FrozenImage.Object] = []
        for m in modules {
            let tm: TargetMachine
            if let t = machines[m.options.optLevel] {
                tm = t
            } else {
                tm = try TargetMachine(arch: arch, optLevel: m.options.optLevel)
                machines[m.options.optLevel] = tm
            }
            let driver = Driver(arch: arch, emit: m.options.emit, mpyOpt: m.options.mpyOpt, optLevel: m.options.optLevel)
            let (bytes, _) = try driver.compileModule(
                m.path, name: m.name, package: m.package, tm: tm,
                symbol: ImageWriter.frozenImageSymbol(for: m.name))
            objects.append(.init(module: m.name, bytes: bytes))
        }
        let table = try ProgramTable.frozenObject(
            target: machines.values.first ?? TargetMachine(arch: arch),
            modules: modules.map(\.name))
        return FrozenImage(arch: arch, modules: objects, table: table)
    }

    /// Reads the manifest and compiles its modules.
    public func compile(
        manifest path: String, defaults: ModuleOptions = ModuleOptions(),
        variables: [String: String] = [:]
    ) throws -> FrozenImage {
        try compile(Manifest.load(path, defaults: defaults, variables: variables).modules)
    }
}

/// A compiled frozen image: one object per module image and the frozen
/// table's object.
public struct FrozenImage {
    public struct Object {
        /// The module's dotted name.
        public let module: String
        /// A relocatable object file whose image symbol is
        /// `ImageWriter.frozenImageSymbol(for: module)`.
        public let bytes: [UInt8]
    }

    public let arch: TargetArch
    public let modules: [Object]
    /// The object defining `mpy_frozen_table`.
    public let table: [UInt8]

    /// The frozen modules' names, in table order.
    public var names: [String] { modules.map(\.module) }

    /// Writes each object into `dir`; returns their paths (modules, then the table).
    public func writeObjects(to dir: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var urls: [URL] = []
        for m in modules {
            let u = dir.appendingPathComponent(ImageWriter.frozenImageSymbol(for: m.module) + ".o")
            try Data(m.bytes).write(to: u)
            urls.append(u)
        }
        let t = dir.appendingPathComponent("mpy_frozen_table.o")
        try Data(table).write(to: t)
        urls.append(t)
        return urls
    }

    /// Writes the whole image as one relocatable object (`ld.lld -r`: equal
    /// interned strings of different modules are merged into one copy).
    public func writeObject(to path: String) throws {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mpy-freeze-\(getpid())-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        let objects = try writeObjects(to: work)
        try Driver.runTool("/usr/lib/llvm-19/bin/ld.lld", ["-r"] + objects.map(\.path) + ["-o", path])
    }
}

extension Driver {
    /// Builds `main` with the frozen image of `manifest` linked in: the
    /// manifest's modules are not looked for next to `main`, and its
    /// imports find them in the frozen table. The manifest's calls choose
    /// each module's options; where they are silent, this driver's
    /// (`emit`, `mpyOpt`, `optLevel`) apply.
    public func build(main: String, output: String, manifest path: String, variables: [String: String] = [:]) throws {
        let manifest = try Manifest.load(
            path, defaults: ModuleOptions(emit: emit, optLevel: optLevel, mpyOpt: mpyOpt),
            variables: variables)
        let image = try Freezer(arch: arch).compile(manifest.modules)
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mpy-native-frozen-\(getpid())-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        let objects = try image.writeObjects(to: work)
        try build(main: main, output: output, extraObjects: objects, frozen: Set(image.names))
    }
}
