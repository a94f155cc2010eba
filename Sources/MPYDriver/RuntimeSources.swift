// Where the driver finds the C runtime's sources. They travel inside the
// compiler (EmbeddedRuntime.swift, generated at build time by the
// EmbedRuntime plugin), and are written out once per content into the
// cache (`src-<content hash>`), published with an atomic rename; the driver
// builds the runtime and the QEMU plugin from there, so a built
// mpy-native needs no checkout.
import Foundation

enum RuntimeSources {
    /// The folder holding the embedded tree, written on first use.
    static func materialise(into cache: URL) throws -> URL {
        let fm = FileManager.default
        let dir = cache.appendingPathComponent("src-\(contentHash)")
        if fm.fileExists(atPath: dir.path) { return dir }
        // Write a private copy, then rename it into place: concurrent
        // drivers never see a partial tree, and the first rename wins.
        let work = cache.appendingPathComponent("src-\(contentHash).tmp-\(getpid())-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        do {
            for file in files {
                let url = work.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data = file.base64 ? Data(base64Encoded: file.text) : Data(file.text.utf8)
                guard let data else { throw DriverError(description: "embedded \(file.path) is damaged") }
                try data.write(to: url)
            }
        } catch let e as DriverError {
            throw e
        } catch {
            throw DriverError(description: "cannot write the runtime sources to \(work.path): \(error.localizedDescription)")
        }
        if rename(work.path, dir.path) != 0 && !fm.fileExists(atPath: dir.path) {
            throw DriverError(description: "cannot create \(dir.path)")
        }
        return dir
    }
}
