// `build --objects DIR`: a program's object files written into a folder
// instead of linked (one module image per module and the module table),
// with the objects of a manifest's frozen image beside them.
import Foundation
import MPYDriver
import MPYLLVM

extension Driver {
    /// Writes the objects of the program `main` into `dir` (created if
    /// needed) and returns their paths: with `manifest`, the frozen image's
    /// objects too, and its modules are not looked for next to `main`.
    public func writeProgramObjects(
        main: String, into dir: URL, manifest: String? = nil, variables: [String: String] = [:]
    ) throws -> [URL] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var frozen: [URL] = []
        var names: Set<String> = []
        if let manifest {
            let m = try Manifest.load(
                manifest, defaults: ModuleOptions(emit: emit, optLevel: optLevel, mpyOpt: mpyOpt), variables: variables)
            let image = try Freezer(arch: arch).compile(m.modules)
            frozen = try image.writeObjects(to: dir)
            names = Set(image.names)
        }
        let tm = try TargetMachine(arch: arch, optLevel: optLevel)
        return try compileProgram(main: main, into: dir, tm: tm, frozen: names) + frozen
    }
}
