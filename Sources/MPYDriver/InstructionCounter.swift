// `run --count-instructions` on a board: the project's QEMU plugin
// (Targets/qemu-plugin/insncount.c, embedded in the compiler with the
// runtime), built into the cache once per content of its source, counts
// every executed guest instruction from reset to exit.
// QEMU runs with `-icount shift=0` beside it, so that virtual time (SysTick,
// the clocks the program reads) advances by the instruction, not by the
// host's clock: interrupts fall at the same instruction on every run and
// the count is the same from run to run. `sleep=off` lets virtual time jump
// to the next timer deadline while the core sleeps (WFI) instead of
// following the host's clock, so a sleeping program's count repeats too
// (and a long sleep takes no real time).
import Foundation

enum InstructionCounter {
    static let source = "Targets/qemu-plugin/insncount.c"

    /// QEMU options that make the run deterministic and count it into `output`.
    static func qemuArgs(plugin: URL, output: URL) -> [String] {
        [
            "-icount", "shift=0,sleep=off",
            "-plugin", QEMURunner.escape(plugin.path) + ",out=" + QEMURunner.escape(output.path),
        ]
    }

    /// The plugin as a shared library for the host's QEMU, built once per
    /// content of its source (FNV-1a 64, as the runtime library).
    static func plugin() throws -> URL {
        let fm = FileManager.default
        let src = try Driver.root.appendingPathComponent(source)
        guard let text = fm.contents(atPath: src.path) else {
            throw DriverError(description: "\(src.path) not found (the instruction-counting plugin)")
        }
        let flags = ["-shared", "-fPIC", "-O2", "-Wall", "-Wextra"]
        var h: UInt64 = 0xcbf29ce484222325
        for b in [UInt8](text) + Array(flags.joined(separator: " ").utf8) { h ^= UInt64(b); h = h &* 0x100000001b3 }
        let dir = Driver.cacheDir.appendingPathComponent("insncount-\(String(h, radix: 16))")
        let lib = dir.appendingPathComponent("insncount.so")
        if fm.fileExists(atPath: lib.path) { return lib }
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        // Build under a private name and publish with an atomic rename.
        let tmp = dir.appendingPathComponent("tmp-\(getpid()).so")
        defer { try? fm.removeItem(at: tmp) }
        try Driver.runTool(Driver.clang, flags + [src.path, "-o", tmp.path])
        guard rename(tmp.path, lib.path) == 0 else { throw DriverError(description: "cannot create \(lib.path)") }
        return lib
    }

    /// The count the plugin wrote at exit, or nil if it wrote none.
    static func read(_ output: URL) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: output.path) else { return nil }
        return UInt64(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
