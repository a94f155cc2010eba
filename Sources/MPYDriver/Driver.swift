// Builds programs: compiles the main module and the modules it imports
// (found next to it) to module-image objects, generates the module table,
// builds the C runtime for the target (cached by content), and links
// (Boards.swift: what differs per target). Shared by the CLI and the
// freezer library (MPYFreezer).
import Foundation
import MPYSyntax
import MPYSemantics
import MPYBytecode
import MPYImage
import MPYNative
import MPYLLVM
import CLLVM

/// A failure of the driver itself (a tool failed, a file is missing);
/// diagnostics in a module's source are `FrontEndFailure.diagnostic`.
public struct DriverError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}

/// Compiles modules and programs for one target with one set of options.
public struct Driver {
    public let arch: TargetArch
    /// Default code mode of a module (decorators choose per function).
    public let emit: EmitOption
    /// MicroPython's optimisation level 0-3 (`--mpy-opt`).
    public let mpyOpt: Int
    /// Heap bytes of the runtime (nil: the target's default).
    public let heap: Int?
    /// LLVM optimisation of native code (-O0 .. -O3, -Os).
    public var optLevel: OptLevel = .O2
    /// Viper floats as binary32 on the Cortex-M4F's FPU (`--viper-float32`;
    /// armv7emsp only), instead of binary64 in software.
    public var viperFloat32 = false

    public init(arch: TargetArch, emit: EmitOption = .bytecode, mpyOpt: Int = 0, heap: Int? = nil, optLevel: OptLevel = .O2) {
        self.arch = arch
        self.emit = emit
        self.mpyOpt = mpyOpt
        self.heap = heap
        self.optLevel = optLevel
    }

    /// Root of the runtime sources, laid out as in the repository
    /// (Sources/MPYRuntime, Sources/CMPYFormat/include, Targets/...): the
    /// copy embedded in the compiler, written out into the cache on first
    /// use (RuntimeSources.swift). `MPY_NATIVE_ROOT` points the compiler at
    /// a checkout's sources instead (to work on the runtime without
    /// rebuilding the compiler).
    public static var root: URL {
        get throws { try rootOnce.get() }
    }
    private static let rootOnce: Result<URL, DriverError> = {
        if let r = ProcessInfo.processInfo.environment["MPY_NATIVE_ROOT"] { return .success(URL(fileURLWithPath: r)) }
        do { return .success(try RuntimeSources.materialise(into: cacheDir)) } catch let e as DriverError {
            return .failure(e)
        } catch { return .failure(DriverError(description: "\(error)")) }
    }()

    /// `MPY_NATIVE_CACHE`, else `$HOME/.cache/mpy-native` (Foundation's
    /// home directory on Linux is the password database's, not `$HOME`).
    public static var cacheDir: URL {
        let env = ProcessInfo.processInfo.environment
        if let c = env["MPY_NATIVE_CACHE"] { return URL(fileURLWithPath: c) }
        let home = env["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/mpy-native")
    }

    // MARK: compiling modules

    /// Compiles one module to a module-image object. `package` is where its
    /// relative imports start (see `SemanticOptions.package`); `symbol`
    /// names the image global (default `ImageWriter.imageSymbol(for: name)`);
    /// `displayPath` is the file name its tracebacks and diagnostics give.
    /// Returns the absolute names of the modules it may import. Errors in
    /// the source throw `FrontEndFailure.diagnostic` with the rendered text.
    public func compileModule(
        _ path: String, name: String, package: String = "", tm: TargetMachine,
        output: ModuleOutput = .object, symbol: String? = nil, displayPath: String? = nil
    ) throws -> (object: [UInt8], imports: [String]) {
        let source =
            try displayPath.map { SourceFile(path: $0, bytes: try FileErrors.read(path)) } ?? FrontEnd.readSource(path)
        let model = try FrontEnd.analyze(source, emit: emit, mpyOpt: mpyOpt, package: package)
        let bc: BytecodeModule
        let t = StageTimer.start()
        do { bc = try BytecodeCompiler.compile(model) } catch let e {
            throw FrontEndFailure.diagnostic(e.render(in: source))
        }
        t.stop("bytecode")
        let writer = ImageWriter(target: tm, moduleName: name)
        do {
            let image = try StageTimer.measure("image and native lowering") {
                try writer.emit(bc, moduleName: name) { w, codes in
                    try NativeEmitter.lower(bc, writer: w, codes: codes, viperFloat32: viperFloat32) { warning in
                        let text =
                            warning.offset.map { CompileError(warning.description, at: $0).render(in: source, severity: "warning") }
                            ?? "\(path):\(warning.line): warning: \(warning.description)\n"
                        FileHandle.standardError.write(text.data(using: .utf8)!)
                    }
                }
            }
            if let symbol { LLVMSetValueName2(image, symbol, symbol.utf8.count) }
        } catch let e as ImageError {
            throw FrontEndFailure.diagnostic("\(path): error: \(e.description)\n")
        } catch let e as NativeError {
            if let offset = e.offset {
                throw FrontEndFailure.diagnostic(CompileError(e.description, at: offset).render(in: source))
            }
            throw FrontEndFailure.diagnostic("\(path):\(e.line): error: \(e.description)\n")
        }
        let bytes: [UInt8]
        switch output {
        case .object: bytes = try writer.objectCode()
        case .assembly: bytes = try writer.assembly()
        case .llvmIR: bytes = Array(try writer.optimizedIR().utf8)
        case .checkOnly: bytes = []
        }
        return (bytes, Driver.imports(of: model))
    }

    /// Every module name an import anywhere in the module may load: each
    /// package on the way down a dotted name, and for `from M import x` also
    /// `M.x` (a submodule, if one exists).
    public static func imports(of model: SemanticModel) -> [String] {
        var out: [String] = []
        func add(_ name: String) {
            var prefix = ""
            for part in name.split(separator: ".") {
                prefix = prefix.isEmpty ? String(part) : prefix + "." + part
                out.append(prefix)
            }
        }
        func walk(_ body: [Stmt]) {
            for s in body {
                switch s.kind {
                case .import(let aliases): aliases.forEach { add($0.name) }
                case .importFrom(let m, let names, let level):
                    guard let base = model.absoluteImport(m, level: level), !base.isEmpty else { break }
                    add(base)
                    for n in names where n.name != "*" { out.append(base + "." + n.name) }
                case .if(_, let b, let e), .while(_, let b, let e): walk(b); walk(e)
                case .for(_, _, let b, let e, _): walk(b); walk(e)
                case .with(_, let b, _): walk(b)
                case .try(let b, let hs, let e, let f): walk(b); hs.forEach { walk($0.body) }; walk(e); walk(f)
                case .functionDef(let f): walk(f.body)
                case .classDef(let c): walk(c.body)
                default: break
                }
            }
        }
        walk(model.module.body)
        return out
    }

    /// The source of module `name` under `base`: a package's
    /// `NAME/__init__.py` first (as CPython), else `NAME.py`.
    public static func locate(_ name: String, under base: URL) -> (path: String, isPackage: Bool)? {
        let rel = name.replacingOccurrences(of: ".", with: "/")
        let fm = FileManager.default
        let pkg = base.appendingPathComponent(rel + "/__init__.py").path
        if fm.fileExists(atPath: pkg) { return (pkg, true) }
        let mod = base.appendingPathComponent(rel + ".py").path
        if fm.fileExists(atPath: mod) { return (mod, false) }
        return nil
    }

    /// Module `name` of the Python library the compiler carries
    /// (`Sources/MPYRuntime/lib`, embedded with the runtime: the asyncio
    /// package), when the program has no module of its top-level name
    /// beside it (`base`). Nil for every other name, without writing out
    /// the embedded tree.
    public static func locateInLibrary(_ name: String, beside base: URL) throws -> (path: String, isPackage: Bool)? {
        let top = name.split(separator: ".").first.map(String.init) ?? name
        if locate(top, under: base) != nil { return nil }
        let lib = "Sources/MPYRuntime/lib/"
        if ProcessInfo.processInfo.environment["MPY_NATIVE_ROOT"] == nil {
            let carried = RuntimeSources.files.contains { $0.path == lib + top + ".py" || $0.path == lib + top + "/__init__.py" }
            if !carried { return nil }
        }
        return locate(name, under: try root.appendingPathComponent(lib))
    }

    /// Compiles the program: the main file and every module and package it
    /// imports that exists next to it (found by `locate`), except the names
    /// in `frozen` (modules frozen into the image, found in its frozen
    /// table instead). Writes one object per module and the module table
    /// into `dir`; returns their paths.
    public func compileProgram(main: String, into dir: URL, tm: TargetMachine, frozen: Set<String> = []) throws -> [URL] {
        let base = URL(fileURLWithPath: main).deletingLastPathComponent()
        var objects: [URL] = []
        var done: Set<String> = []
        // The library's modules are named in tracebacks by their path in
        // the library ("asyncio/core.py", as MicroPython's frozen modules).
        var queue: [(path: String, name: String, package: String, display: String?)] = [(main, "__main__", "", nil)]
        var names: [String] = []
        while !queue.isEmpty {
            let (path, name, package, display) = queue.removeFirst()
            if done.contains(name) || frozen.contains(name) { continue }
            done.insert(name)
            let (obj, imports) = try compileModule(path, name: name, package: package, tm: tm, displayPath: display)
            let url = dir.appendingPathComponent(ImageWriter.imageSymbol(for: name) + ".o")
            try Data(obj).write(to: url)
            objects.append(url)
            names.append(name)
            for imp in imports where !done.contains(imp) {
                var display: String? = nil
                var found = Driver.locate(imp, under: base)
                if found == nil, let lib = try Driver.locateInLibrary(imp, beside: base) {
                    found = lib
                    display = imp.replacingOccurrences(of: ".", with: "/") + (lib.isPackage ? "/__init__.py" : ".py")
                }
                guard let (file, isPackage) = found else { continue }
                let parent = imp.split(separator: ".").dropLast().joined(separator: ".")
                queue.append((file, imp, isPackage ? imp : parent, display))
            }
        }
        let table = try ProgramTable.object(target: tm, modules: names, main: "__main__")
        let tableURL = dir.appendingPathComponent("mpy_program.o")
        try Data(table).write(to: tableURL)
        objects.append(tableURL)
        return objects
    }

    // MARK: runtime and linking

    public static let clang = "/usr/lib/llvm-19/bin/clang"

    var runtimeFlags: [String] {
        get throws {
            let root = try Driver.root
            var f = [
                "-std=c11", "-g", "-Wall", "-Wextra", "-fno-strict-aliasing",
                "-I", root.appendingPathComponent("Sources/MPYRuntime/include").path,
                "-I", root.appendingPathComponent("Sources/CMPYFormat/include").path,
            ]
            f += board.runtimeCFlags
            if let lfs = Driver.littlefsDir,
                FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/MPYRuntime/include/mpy/lfs_config.h").path)
            {
                f += ["-DMPY_HAVE_LITTLEFS", "-DLFS_CONFIG=mpy/lfs_config.h", "-I", lfs.path]
            }
            if let heap {
                try board.checkHeap(heap)
                f.append("-DMPY_HEAP_SIZE=\(heap)")
            }
            return f
        }
    }

    /// littlefs's sources (lfs.c, lfs.h), installed outside the repository
    /// by scripts/bootstrap.sh (`MPY_LITTLEFS_DIR` names another folder);
    /// nil when absent: the runtime is then built without littlefs, and
    /// making a VfsLfs2 (the boards' root file system too) raises an error
    /// naming the bootstrap.
    public static var littlefsDir: URL? {
        let env = ProcessInfo.processInfo.environment["MPY_LITTLEFS_DIR"]
        let dir = URL(fileURLWithPath: env ?? "/usr/local/share/mpy-native/littlefs")
        let fm = FileManager.default
        guard fm.fileExists(atPath: dir.appendingPathComponent("lfs.c").path),
            fm.fileExists(atPath: dir.appendingPathComponent("lfs.h").path)
        else { return nil }
        return dir
    }

    /// The runtime for the target as a static library, built once per
    /// content of its sources and flags.
    public func runtimeLibrary() throws -> URL {
        let fm = FileManager.default
        let root = try Driver.root
        let flags = try runtimeFlags
        let srcDirs = [root.appendingPathComponent("Sources/MPYRuntime")] + board.supportDirs.map { root.appendingPathComponent($0) }
        var sources: [URL] = []
        for d in srcDirs {
            let items = (try? fm.contentsOfDirectory(at: d, includingPropertiesForKeys: nil)) ?? []
            sources += items.filter { $0.pathExtension == "c" }.sorted { $0.path < $1.path }
        }
        guard !sources.isEmpty else { throw DriverError(description: "runtime sources not found under \(root.path)") }
        if let lfs = Driver.littlefsDir, flags.contains("-DMPY_HAVE_LITTLEFS") {
            sources.append(lfs.appendingPathComponent("lfs.c"))
        }
        var headers: [URL] = []
        for d in board.headerDirs {
            let items = (try? fm.contentsOfDirectory(at: root.appendingPathComponent(d), includingPropertiesForKeys: nil)) ?? []
            headers += items.filter { $0.pathExtension == "h" }.sorted { $0.path < $1.path }
        }
        if let lfs = Driver.littlefsDir, flags.contains("-DMPY_HAVE_LITTLEFS") {
            headers += [lfs.appendingPathComponent("lfs.h"), lfs.appendingPathComponent("lfs_util.h")]
        }
        // Content hash of sources, headers and flags (FNV-1a 64).
        var h: UInt64 = 0xcbf29ce484222325
        func mix(_ bytes: [UInt8]) { for b in bytes { h ^= UInt64(b); h = h &* 0x100000001b3 } }
        for u in sources + headers { mix(Array(u.path.utf8)); mix([UInt8](fm.contents(atPath: u.path) ?? Data())) }
        mix(Array(flags.joined(separator: " ").utf8))
        let dir = Driver.cacheDir.appendingPathComponent("runtime-\(arch.rawValue)-\(String(h, radix: 16))")
        let lib = dir.appendingPathComponent("libmpyrt.a")
        if fm.fileExists(atPath: lib.path) { return lib }
        // Build in a private folder and publish with an atomic rename, so
        // concurrent builds of the same runtime never see a partial library.
        let work = dir.appendingPathComponent("tmp-\(getpid())")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        var objects: [String] = []
        for src in sources {
            let obj = work.appendingPathComponent(src.deletingPathExtension().lastPathComponent + ".o").path
            // littlefs's own source: one helper is unused in our configuration.
            let own = src.lastPathComponent == "lfs.c" ? ["-Wno-unused-function"] : []
            try Driver.runTool(Driver.clang, flags + own + ["-c", src.path, "-o", obj])
            objects.append(obj)
        }
        let tmp = work.appendingPathComponent("libmpyrt.a").path
        try Driver.runTool("/usr/lib/llvm-19/bin/llvm-ar", ["rcs", tmp] + objects)
        guard rename(tmp, lib.path) == 0 else { throw DriverError(description: "cannot create \(lib.path)") }
        return lib
    }

    public var board: Board { Board(arch: arch) }

    /// Compiles and links `main` into an executable (host) or a firmware
    /// image (ARM boards) at `output`. `extraObjects` are linked too (a
    /// frozen image); the modules named in `frozen` are not looked for
    /// next to `main`.
    public func build(main: String, output: String, extraObjects: [URL] = [], frozen: Set<String> = []) throws {
        let tm = try TargetMachine(arch: arch, optLevel: optLevel)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("mpy-native-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let objects = try compileProgram(main: main, into: work, tm: tm, frozen: frozen) + extraObjects
        let lib = try runtimeLibrary()
        try board.link(objects: objects, runtime: lib, output: output)
    }

    /// Runs a tool (clang, ld.lld, llvm-ar). Its stderr is passed on when it
    /// succeeds; when it fails, the error is its own first error lines after
    /// `what` (e.g. "cannot link 'prog'"), never our command line.
    @discardableResult
    public static func runTool(_ tool: String, _ args: [String], what: String? = nil) throws -> Int32 {
        let name = URL(fileURLWithPath: tool).lastPathComponent
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let errors = Pipe()
        p.standardError = errors
        do { try p.run() } catch { throw DriverError(description: "\(tool) not found (scripts/bootstrap.sh installs the toolchain)") }
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            let lines = toolErrorLines(String(decoding: text, as: UTF8.self))
            let shown = lines.isEmpty ? ["\(name) ended with status \(p.terminationStatus)"] : Array(lines.prefix(3))
            let more = lines.count > 3 ? ["(\(lines.count - 3) more lines from \(name))"] : []
            throw DriverError(description: "\(what ?? "\(name) failed"): " + (shown + more).joined(separator: "\n  "))
        }
        if !text.isEmpty { FileHandle.standardError.write(text) }
        return p.terminationStatus
    }

    /// The lines of a failed tool's stderr worth showing: its error lines if
    /// it marks them `error:` (without clang's "linker command failed" and
    /// "N errors generated" summaries), else its unindented lines.
    static func toolErrorLines(_ text: String) -> [String] {
        let lines = text.split(separator: "\n").map(String.init).filter {
            !$0.isEmpty && !$0.hasPrefix(" ") && !$0.contains("linker command failed") && !$0.hasSuffix("generated.")
        }
        let marked = lines.filter { $0.contains("error:") }
        return marked.isEmpty ? lines : marked
    }
}

public struct ExitCodeError: Error {
    public let code: Int32
    public init(code: Int32) { self.code = code }
}

/// What compiling one module writes: an object file, or a listing.
/// `checkOnly` runs every stage that can reject a module (front end,
/// bytecode compiler, image writer, native lowering) and writes nothing.
public enum ModuleOutput: Sendable { case object, assembly, llvmIR, checkOnly }
