// The files a command reads and writes, checked before use, so that a
// missing, unreadable or misplaced file is one `mpy-native: error:` line
// naming it (exit status 1), never a Foundation error or a tool's command
// line.
import Foundation

public enum FileErrors {
    /// The system's reason for `errno`, lower-cased as clang prints it.
    static func reason(_ code: Int32) -> String {
        let s = String(cString: strerror(code))
        return s.prefix(1).lowercased() + s.dropFirst()
    }

    static func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }

    /// The bytes of an input file, or an error naming it and the reason.
    public static func read(_ path: String, what: String = "") throws -> [UInt8] {
        let name = what.isEmpty ? "'\(path)'" : "\(what) '\(path)'"
        if isDirectory(path) { throw DriverError(description: "cannot read \(name): it is a folder, not a file") }
        guard access(path, R_OK) == 0 else { throw DriverError(description: "cannot read \(name): \(reason(errno))") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DriverError(description: "cannot read \(name)")
        }
        return [UInt8](data)
    }

    /// Checks that `path` can be written as an output file: its folder
    /// exists and is writable, and it is not itself a folder.
    public static func checkOutput(_ path: String) throws {
        if isDirectory(path) { throw DriverError(description: "cannot write '\(path)': it is a folder (name a file with -o)") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var dir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &dir) else {
            throw DriverError(description: "cannot write '\(path)': no folder '\(folder)'")
        }
        guard dir.boolValue else { throw DriverError(description: "cannot write '\(path)': '\(folder)' is not a folder") }
        if FileManager.default.fileExists(atPath: path) {
            guard access(path, W_OK) == 0 else { throw DriverError(description: "cannot write '\(path)': \(reason(errno))") }
        } else {
            guard access(folder, W_OK) == 0 else { throw DriverError(description: "cannot write '\(path)': \(reason(errno))") }
        }
    }

    /// Checks that `path` is, or can be created as, an output folder
    /// (missing parents included).
    public static func checkOutputFolder(_ path: String) throws {
        var existing = URL(fileURLWithPath: path)
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            existing.deleteLastPathComponent()
        }
        guard isDirectory(existing.path) else {
            let what = existing.path == URL(fileURLWithPath: path).path ? "it" : "'\(existing.path)'"
            throw DriverError(description: "cannot create the folder '\(path)': \(what) is not a folder")
        }
        guard access(existing.path, W_OK) == 0 else {
            throw DriverError(description: "cannot write into the folder '\(path)': \(reason(errno))")
        }
    }

    /// Writes an output file, with the same errors as `checkOutput`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try checkOutput(path)
        do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch {
            throw DriverError(description: "cannot write '\(path)'")
        }
    }
}
