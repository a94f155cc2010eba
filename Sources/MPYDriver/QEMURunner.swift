// Runs ARM firmware on its QEMU board: the program's stdin, stdout and
// stderr are ours (semihosting handles), its exit status becomes ours, a
// fault (the firmware's fault handler exits with 131) or a CPU lockup is
// reported as an error, and a program that does not finish within the
// timeout (MPY_QEMU_TIMEOUT seconds, default 60) is stopped and reported.
// With `countInstructions`, the executed instructions are counted
// (InstructionCounter.swift) and reported on stderr after the program ends.
import Foundation

public enum QEMURunner {
    static let qemu = "/usr/bin/qemu-system-arm"
    /// The firmware's fault handler exits with this status (Targets/arm-common/startup.c).
    static let faultStatus: Int32 = 131
    static let timeoutStatus: Int32 = 124

    static var timeout: Double {
        if let s = ProcessInfo.processInfo.environment["MPY_QEMU_TIMEOUT"], let t = Double(s), t > 0 { return t }
        return 60
    }

    /// QEMU's option syntax doubles a comma inside a value.
    static func escape(_ s: String) -> String { s.replacingOccurrences(of: ",", with: ",,") }

    /// Runs `firmware` with `args` as sys.argv[1:]; returns the status to exit with.
    public static func run(board: Board, firmware: String, args: [String], countInstructions: Bool = false) throws -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: qemu) else {
            throw DriverError(description: "\(qemu) not found (scripts/bootstrap.sh installs qemu-system-arm)")
        }
        // sys.argv reaches the firmware as the semihosting command line,
        // split at spaces there.
        if let bad = args.first(where: { $0.isEmpty || $0.contains(" ") }) {
            throw DriverError(description: "program arguments on a board may not be empty or contain spaces: '\(bad)'")
        }
        // The first word is not sys.argv[0] (the main module's name) but the
        // port's options (Targets/arm-common/port.c).
        let stress = ProcessInfo.processInfo.environment["MPY_GC_STRESS"] == "1"
        let cmdline = ([stress ? "MPY_GC_STRESS=1" : "firmware"] + args).map { "arg=" + escape($0) }.joined(separator: ",")
        var counting: [String] = []
        let countFile = URL(fileURLWithPath: firmware + ".count")
        if countInstructions {
            try? FileManager.default.removeItem(at: countFile)
            counting = InstructionCounter.qemuArgs(
                plugin: try InstructionCounter.plugin(), output: countFile,
                mark: InstructionCounter.symbolAddress(InstructionCounter.markSymbol, in: firmware))
        }
        defer { if countInstructions { try? FileManager.default.removeItem(at: countFile) } }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: qemu)
        p.arguments =
            board.qemuArgs + counting + [
                "-nographic", "-monitor", "none", "-serial", "none",
                "-semihosting-config", "enable=on,target=native," + cmdline,
                "-kernel", firmware,
            ]
        // stdin stays ours: the firmware reads it through semihosting
        // (SYS_OPEN ":tt" mode "r" is QEMU's own stdin), so input() works.
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        try p.run()
        let limit = timeout
        if done.wait(timeout: .now() + limit) == .timedOut {
            p.terminate()
            done.wait()
            FrontEnd.printError(
                "mpy-native: error: the program did not finish within \(limit) s on \(board.arch.rawValue) (QEMU stopped; set MPY_QEMU_TIMEOUT to allow longer)"
            )
            return timeoutStatus
        }
        if p.terminationReason == .uncaughtSignal {
            // QEMU aborts when the CPU locks up (a fault it cannot escalate).
            FrontEnd.printError("mpy-native: error: QEMU ended with signal \(p.terminationStatus) (the board locked up or QEMU failed)")
            return 128 + p.terminationStatus
        }
        if p.terminationStatus == faultStatus {
            FrontEnd.printError("mpy-native: error: the program faulted on \(board.arch.rawValue) (exit status \(faultStatus))")
        }
        if countInstructions {
            guard let c = InstructionCounter.read(countFile) else {
                FrontEnd.printError("mpy-native: error: QEMU's instruction-counting plugin wrote no count")
                return p.terminationStatus == 0 ? 1 : p.terminationStatus
            }
            FrontEnd.printError("mpy-native: \(c.total) instructions executed")
            if c.marks >= 2 {
                FrontEnd.printError(
                    "mpy-native: \(c.section) instructions between the first and the last of \(c.marks) calls of time.ticks_us()")
            }
        }
        return p.terminationStatus
    }
}
