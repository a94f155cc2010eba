// Manifest files in MicroPython's style (`freeze`, `module`, `package`,
// `include`), read by our own front end: the file is parsed as Python by
// MPYSyntax's parser and its AST is walked, never run. Only calls of those
// four functions may appear at the top level (and docstrings and `pass`),
// with literal arguments: str, int, None, True, False, and lists or tuples
// of them. Paths are relative to the manifest's folder; `$(NAME)` in a
// path is replaced by the value of the variable NAME. Anything else is a
// diagnostic at the offending node, rendered as the compiler's own
// (`manifest.py:3:1: error: ...`, the source line, a caret).
import Foundation
import MPYDriver
import MPYLLVM
import MPYSyntax

/// How one module is compiled: its code mode, LLVM's level for its native
/// and viper code, and MicroPython's optimisation level.
public struct ModuleOptions: Sendable, Equatable {
    public var emit: EmitOption
    public var optLevel: OptLevel
    public var mpyOpt: Int

    public init(emit: EmitOption = .bytecode, optLevel: OptLevel = .O2, mpyOpt: Int = 0) {
        self.emit = emit
        self.optLevel = optLevel
        self.mpyOpt = mpyOpt
    }
}

/// One module to freeze: its dotted import name, its source file, whether
/// it is a package (`__init__.py`: its relative imports start at itself)
/// and how it is compiled.
public struct FrozenModule: Sendable, Equatable {
    public var name: String
    public var path: String
    public var isPackage: Bool
    public var options: ModuleOptions

    public init(name: String, path: String, isPackage: Bool = false, options: ModuleOptions = ModuleOptions()) {
        self.name = name
        self.path = path
        self.isPackage = isPackage
        self.options = options
    }

    /// Where the module's relative imports start (`SemanticOptions.package`).
    public var package: String {
        isPackage ? name : name.split(separator: ".").dropLast().joined(separator: ".")
    }
}

/// The modules a manifest (and the manifests it includes) freezes, in order.
public struct Manifest: Sendable {
    public var modules: [FrozenModule]
    /// Every manifest file read, the top one first.
    public var files: [String]

    /// Reads and evaluates the manifest at `path`. `defaults` apply where a
    /// call gives no `opt=`, `emit=` or `opt_level=`; `variables` are the
    /// `$(NAME)` values for paths. Errors throw `FrontEndFailure.diagnostic`.
    public static func load(
        _ path: String, defaults: ModuleOptions = ModuleOptions(),
        variables: [String: String] = [:]
    ) throws -> Manifest {
        var e = Evaluator(defaults: defaults, variables: variables)
        try e.evaluate(URL(fileURLWithPath: path).standardizedFileURL.path, displayPath: path, includedAt: nil)
        return Manifest(modules: e.modules, files: e.files)
    }
}

/// A literal argument of a manifest call.
enum ManifestValue {
    case str(String), int(Int), none, bool(Bool), list([ManifestValue])

    var typeName: String {
        switch self {
        case .str: return "str"
        case .int: return "int"
        case .none: return "None"
        case .bool: return "bool"
        case .list: return "list"
        }
    }
}

private struct ManifestError: Error {
    let message: String
    let offset: Int
}

private struct Evaluator {
    let defaults: ModuleOptions
    let variables: [String: String]
    var modules: [FrozenModule] = []
    var files: [String] = []
    /// Manifests being evaluated (outermost first), to report include cycles.
    var stack: [String] = []

    init(defaults: ModuleOptions, variables: [String: String]) {
        self.defaults = defaults
        self.variables = variables
    }

    /// The signature of each manifest function: positional parameters in
    /// order, and which are required. `opt`, `emit` and `opt_level` are
    /// accepted by all but `include`.
    static let signatures: [String: (params: [String], required: Int)] = [
        "freeze": (["path", "script", "opt", "emit", "opt_level"], 1),
        "module": (["name", "base_path", "opt", "emit", "opt_level"], 1),
        "package": (["name", "files", "base_path", "opt", "emit", "opt_level"], 1),
        "include": (["manifest"], 1),
    ]

    mutating func evaluate(_ path: String, displayPath: String, includedAt: (SourceFile, Int)?) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            if let (file, offset) = includedAt {
                throw FrontEndFailure.diagnostic(CompileError("no such manifest '\(displayPath)'", at: offset).render(in: file))
            }
            throw FrontEndFailure.diagnostic("error: cannot read manifest '\(displayPath)'\n")
        }
        let source = SourceFile(path: displayPath, bytes: [UInt8](data))
        let module = try FrontEnd.parse(source)
        files.append(displayPath)
        stack.append(path)
        defer { stack.removeLast() }
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            for stmt in module.body { try run(stmt, source: source, dir: dir) }
        } catch let e as ManifestError {
            throw FrontEndFailure.diagnostic(CompileError(e.message, at: e.offset).render(in: source))
        }
    }

    mutating func run(_ stmt: Stmt, source: SourceFile, dir: URL) throws {
        let at = Int(stmt.range.start)
        switch stmt.kind {
        case .pass: return
        case .expr(let e):
            if case .constant(.string) = e.kind { return }  // a docstring
            guard case .call(let callee, let args, let keywords) = e.kind else { break }
            guard case .name(let fn) = callee.kind else {
                throw ManifestError(
                    message: "a manifest may only call freeze(), module(), package() and include()", offset: Int(callee.range.start))
            }
            guard let sig = Evaluator.signatures[fn] else {
                throw ManifestError(
                    message: "unknown manifest function '\(fn)' (expected freeze, module, package or include)",
                    offset: Int(callee.range.start))
            }
            // Bind the arguments to the parameters.
            var bound: [String: (value: ManifestValue, offset: Int)] = [:]
            for (i, a) in args.enumerated() {
                if case .starred = a.kind {
                    throw ManifestError(message: "'*' arguments are not allowed in a manifest", offset: Int(a.range.start))
                }
                guard i < sig.params.count else {
                    throw ManifestError(
                        message: "\(fn)() takes at most \(sig.params.count) positional arguments", offset: Int(a.range.start))
                }
                bound[sig.params[i]] = (try literal(a), Int(a.range.start))
            }
            for k in keywords {
                guard let name = k.name?.name else {
                    throw ManifestError(message: "'**' arguments are not allowed in a manifest", offset: Int(k.range.start))
                }
                guard sig.params.contains(name) else {
                    throw ManifestError(message: "\(fn)() got an unexpected keyword argument '\(name)'", offset: Int(k.range.start))
                }
                if bound[name] != nil {
                    throw ManifestError(message: "\(fn)() got multiple values for argument '\(name)'", offset: Int(k.range.start))
                }
                bound[name] = (try literal(k.value), Int(k.value.range.start))
            }
            for p in sig.params.prefix(sig.required) where bound[p] == nil {
                throw ManifestError(message: "\(fn)() missing required argument '\(p)'", offset: at)
            }
            try call(fn, bound, at: at, source: source, dir: dir)
            return
        default: break
        }
        throw ManifestError(
            message: "a manifest may only call freeze(), module(), package() and include() (no other statements)", offset: at)
    }

    /// A literal argument, or an error at the first part that is not one.
    func literal(_ e: Expr) throws -> ManifestValue {
        switch e.kind {
        case .constant(.string(let s)): return .str(s)
        case .constant(.none): return .none
        case .constant(.bool(let b)): return .bool(b)
        case .constant(.int(let v)):
            guard let i = Int(exactly: v) else { break }
            return .int(i)
        case .list(let items), .tuple(let items):
            return .list(
                try items.map { item in
                    let v = try literal(item)
                    if case .list = v {
                        throw ManifestError(
                            message: "lists in a manifest hold only str, int, None, True or False", offset: Int(item.range.start))
                    }
                    return v
                })
        default: break
        }
        throw ManifestError(
            message: "manifest arguments must be literals (str, int, None, True, False, or a list or tuple of them)",
            offset: Int(e.range.start))
    }

    typealias Args = [String: (value: ManifestValue, offset: Int)]

    func string(_ args: Args, _ name: String, default def: String? = nil) throws -> String? {
        guard let (v, off) = args[name] else { return def }
        switch v {
        case .str(let s): return s
        case .none: return def
        default: throw ManifestError(message: "'\(name)' must be a str, not \(v.typeName)", offset: off)
        }
    }

    /// str, a list of str, or None.
    func strings(_ args: Args, _ name: String) throws -> [(String, Int)]? {
        guard let (v, off) = args[name] else { return nil }
        switch v {
        case .none: return nil
        case .str(let s): return [(s, off)]
        case .list(let items):
            return try items.map {
                guard case .str(let s) = $0 else {
                    throw ManifestError(message: "'\(name)' must list str values, not \($0.typeName)", offset: off)
                }
                return (s, off)
            }
        default: throw ManifestError(message: "'\(name)' must be a str or a list of str, not \(v.typeName)", offset: off)
        }
    }

    func options(_ args: Args) throws -> ModuleOptions {
        var o = defaults
        if let (v, off) = args["opt"] {
            switch v {
            case .none: break
            case .int(let n) where (0...3).contains(n): o.mpyOpt = n
            default: throw ManifestError(message: "'opt' must be an int 0-3 or None", offset: off)
            }
        }
        if let s = try string(args, "emit") {
            guard let e = EmitOption(rawValue: s) else {
                throw ManifestError(
                    message: "'emit' must be \"bytecode\", \"native\" or \"viper\", not \"\(s)\"", offset: args["emit"]!.offset)
            }
            o.emit = e
        }
        if let s = try string(args, "opt_level") {
            let level = s.hasPrefix("-") ? String(s.dropFirst()) : s
            guard let l = OptLevel(rawValue: level) else {
                throw ManifestError(
                    message: "'opt_level' must be one of O0, O1, O2, O3, Os, not \"\(s)\"", offset: args["opt_level"]!.offset)
            }
            o.optLevel = l
        }
        return o
    }

    /// A path argument: `$(NAME)` variables expanded, relative to `dir`.
    func resolve(_ path: String, offset: Int, dir: URL) throws -> URL {
        let out = try expand(path, offset: offset)
        let url = out.hasPrefix("/") ? URL(fileURLWithPath: out) : dir.appendingPathComponent(out)
        return url.standardizedFileURL
    }

    /// `path` with its `$(NAME)` variables replaced by their values.
    func expand(_ path: String, offset: Int) throws -> String {
        var out = ""
        var rest = Substring(path)
        while let r = rest.range(of: "$(") {
            out += rest[..<r.lowerBound]
            guard let close = rest[r.upperBound...].firstIndex(of: ")") else {
                throw ManifestError(message: "unterminated '$(' in path '\(path)'", offset: offset)
            }
            let name = String(rest[r.upperBound..<close])
            guard let value = variables[name] else {
                throw ManifestError(
                    message: "unknown variable '$(\(name))' in path '\(path)' (define it with --var \(name)=PATH)", offset: offset)
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    static func isDirectory(_ url: URL) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &d) && d.boolValue
    }

    static func isFile(_ url: URL) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &d) && !d.boolValue
    }

    /// Every .py file under `dir` (relative paths, sorted; no hidden folders
    /// or `__pycache__`).
    static func pythonFiles(under dir: URL) -> [String] {
        var out: [String] = []
        func walk(_ d: URL, _ rel: String) {
            let items = ((try? FileManager.default.contentsOfDirectory(atPath: d.path)) ?? []).sorted()
            for name in items where !name.hasPrefix(".") && name != "__pycache__" {
                let u = d.appendingPathComponent(name)
                let r = rel.isEmpty ? name : rel + "/" + name
                if isDirectory(u) { walk(u, r) } else if name.hasSuffix(".py") { out.append(r) }
            }
        }
        walk(dir, "")
        return out
    }

    /// Adds the module whose source is `file`, named by its path `rel`
    /// (`a/b.py` is `a.b`, `a/__init__.py` the package `a`) under `prefix`.
    mutating func add(rel: String, prefix: String, file: URL, options: ModuleOptions, offset: Int) throws {
        guard rel.hasSuffix(".py") else {
            throw ManifestError(message: "'\(rel)' is not a Python file (.py)", offset: offset)
        }
        var parts =
            (prefix.isEmpty ? [] : prefix.split(separator: ".").map(String.init)) + rel.dropLast(3).split(separator: "/").map(String.init)
        var isPackage = false
        if parts.last == "__init__" { parts.removeLast(); isPackage = true }
        let name = parts.joined(separator: ".")
        guard !parts.isEmpty, parts.allSatisfy(Evaluator.isIdentifier) else {
            throw ManifestError(message: "'\(rel)' does not name a module ('\(name)' is not a dotted name of identifiers)", offset: offset)
        }
        let m = FrozenModule(name: name, path: file.path, isPackage: isPackage, options: options)
        if let old = modules.first(where: { $0.name == name }) {
            if old.path == m.path { return }  // the same file again (a manifest included twice)
            throw ManifestError(message: "module '\(name)' is frozen twice: from '\(old.path)' and '\(m.path)'", offset: offset)
        }
        modules.append(m)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    mutating func call(_ fn: String, _ args: Args, at: Int, source: SourceFile, dir: URL) throws {
        switch fn {
        case "freeze":
            // freeze(path, script=None): every module under the folder
            // `path`, or the listed script files in it.
            let path = try string(args, "path")!
            let off = args["path"]!.offset
            let base = try resolve(path, offset: off, dir: dir)
            guard Evaluator.isDirectory(base) else { throw ManifestError(message: "no such directory '\(path)'", offset: off) }
            let opts = try options(args)
            if let scripts = try strings(args, "script") {
                for (s, soff) in scripts {
                    let file = try resolve(s, offset: soff, dir: base)
                    guard Evaluator.isFile(file) else { throw ManifestError(message: "no such file '\(s)' in '\(path)'", offset: soff) }
                    try add(rel: s, prefix: "", file: file, options: opts, offset: soff)
                }
            } else {
                // Not the manifests themselves (`freeze(".")` beside manifest.py).
                for rel in Evaluator.pythonFiles(under: base)
                where !stack.contains(base.appendingPathComponent(rel).standardizedFileURL.path) {
                    try add(rel: rel, prefix: "", file: base.appendingPathComponent(rel), options: opts, offset: off)
                }
            }
        case "module":
            // module(name, base_path="."): one file; "foo.py" or "foo".
            let off = args["name"]!.offset
            var name = try expand(try string(args, "name")!, offset: off)
            if !name.hasSuffix(".py") { name += ".py" }
            guard !name.hasPrefix("/") else {
                throw ManifestError(message: "module() takes a path relative to base_path, not '\(name)'", offset: off)
            }
            let base = try resolve(try string(args, "base_path", default: ".")!, offset: args["base_path"]?.offset ?? off, dir: dir)
            let file = base.appendingPathComponent(name).standardizedFileURL
            guard Evaluator.isFile(file) else { throw ManifestError(message: "no such module file '\(name)'", offset: off) }
            try add(rel: name, prefix: "", file: file, options: try options(args), offset: off)
        case "package":
            // package(name, files=None, base_path="."): the folder `name`
            // (with its __init__.py), every module in it or the listed files.
            let off = args["name"]!.offset
            let name = try expand(try string(args, "name")!, offset: off)
            let rel = name.replacingOccurrences(of: ".", with: "/")
            let base = try resolve(try string(args, "base_path", default: ".")!, offset: args["base_path"]?.offset ?? off, dir: dir)
            let pkgDir = base.appendingPathComponent(rel).standardizedFileURL
            guard Evaluator.isDirectory(pkgDir) else { throw ManifestError(message: "no such package directory '\(rel)'", offset: off) }
            guard Evaluator.isFile(pkgDir.appendingPathComponent("__init__.py")) else {
                throw ManifestError(message: "package '\(name)' has no __init__.py", offset: off)
            }
            let prefix = rel.split(separator: "/").joined(separator: ".")
            let opts = try options(args)
            if let files = try strings(args, "files") {
                for (f, foff) in files {
                    let file = pkgDir.appendingPathComponent(f).standardizedFileURL
                    guard Evaluator.isFile(file) else {
                        throw ManifestError(message: "no such file '\(f)' in package '\(name)'", offset: foff)
                    }
                    try add(rel: f, prefix: prefix, file: file, options: opts, offset: foff)
                }
                if !files.contains(where: { $0.0 == "__init__.py" }) {
                    try add(
                        rel: "__init__.py", prefix: prefix, file: pkgDir.appendingPathComponent("__init__.py"), options: opts, offset: off)
                }
            } else {
                for f in Evaluator.pythonFiles(under: pkgDir)
                where !stack.contains(pkgDir.appendingPathComponent(f).standardizedFileURL.path) {
                    try add(rel: f, prefix: prefix, file: pkgDir.appendingPathComponent(f), options: opts, offset: off)
                }
            }
        case "include":
            // include(manifest): a manifest file, or a folder's manifest.py.
            let path = try string(args, "manifest")!
            let off = args["manifest"]!.offset
            var url = try resolve(path, offset: off, dir: dir)
            if Evaluator.isDirectory(url) { url = url.appendingPathComponent("manifest.py") }
            guard Evaluator.isFile(url) else { throw ManifestError(message: "no such manifest '\(path)'", offset: off) }
            if let i = stack.firstIndex(of: url.path) {
                let chain = (stack[i...] + [url.path]).map { URL(fileURLWithPath: $0).lastPathComponent }
                throw ManifestError(message: "include cycle: \(chain.joined(separator: " -> "))", offset: off)
            }
            // Diagnostics inside the included manifest name it as the includer wrote it.
            var shown = url.path
            if !path.hasPrefix("/") && !path.contains("$(") {
                let parent = (source.path as NSString).deletingLastPathComponent
                shown = parent.isEmpty ? path : (parent as NSString).appendingPathComponent(path)
                if url.lastPathComponent == "manifest.py" && !shown.hasSuffix(".py") {
                    shown = (shown as NSString).appendingPathComponent("manifest.py")
                }
            }
            try evaluate(url.path, displayPath: shown, includedAt: (source, off))
        default:
            fatalError("unreachable: \(fn)")
        }
    }
}
