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
// The plugin also marks each call of the runtime's `time.ticks_us` (its
// function `t_ticks_us`, found in the firmware's symbol table), and the
// driver reports the instructions between the first and the last call:
// the timed section, counted as MicroPython's mpboard.py counts it on
// MicroPython's firmware, so the two compare directly.
import Foundation

enum InstructionCounter {
    static let source = "Targets/qemu-plugin/insncount.c"

    /// QEMU options that make the run deterministic and count it into `output`.
    static func qemuArgs(plugin: URL, output: URL, mark: UInt64?) -> [String] {
        let markArg = mark.map { ",mark=0x" + String($0, radix: 16) } ?? ""
        return [
            "-icount", "shift=0,sleep=off",
            "-plugin", QEMURunner.escape(plugin.path) + ",out=" + QEMURunner.escape(output.path) + markArg,
        ]
    }

    /// The function the timed section is marked by.
    static let markSymbol = "t_ticks_us"

    /// The address of `symbol` in the ELF file `elf` (llvm-nm), nil if absent.
    static func symbolAddress(_ symbol: String, in elf: String) -> UInt64? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/lib/llvm-19/bin/llvm-nm")
        p.arguments = [elf]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ")
            if f.count == 3 && f[2] == symbol, let a = UInt64(f[0], radix: 16) { return a }
        }
        return nil
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

    /// What the plugin wrote at exit: the count from reset to exit, the
    /// number of marks and the count between the first and the last; nil
    /// if it wrote nothing.
    static func read(_ output: URL) -> (total: UInt64, marks: UInt64, section: UInt64)? {
        guard let data = FileManager.default.contents(atPath: output.path) else { return nil }
        let words = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count == 3, let t = UInt64(words[0]), let m = UInt64(words[1]), let s = UInt64(words[2]) else {
            return nil
        }
        return (t, m, s)
    }
}
