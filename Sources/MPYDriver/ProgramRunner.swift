// `run`: a program built into the cache and started at once, on the host as
// a process or on an ARM board in QEMU, its exit status becoming ours.
import Foundation

extension Driver {
    /// Builds a program with `build` (which writes the executable or firmware
    /// to the path it is given, a scratch file in the cache removed after the
    /// run) and runs it with `args` (sys.argv[1:]). Returns its exit status
    /// (128 + the signal when a host program is killed by one).
    /// `countInstructions` counts the executed instructions under QEMU
    /// (ARM boards only).
    public func buildAndRun(args: [String], countInstructions: Bool, build: (_ executable: String) throws -> Void) throws -> Int32 {
        let dir = Driver.cacheDir.appendingPathComponent("programs")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let exe = dir.appendingPathComponent("prog-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: exe) }
        if countInstructions && !board.isFirmware {
            throw DriverError(
                description:
                    "--count-instructions counts under QEMU: it needs an ARM arch (--arch armv7m or armv7emsp); on the host use valgrind --tool=callgrind"
            )
        }
        try build(exe)
        if board.isFirmware {
            return try QEMURunner.run(board: board, firmware: exe, args: args, countInstructions: countInstructions)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        try p.run()
        p.waitUntilExit()
        return p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
    }
}
