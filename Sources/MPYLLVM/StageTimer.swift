// Per-stage compile times on stderr when MPY_TIME_PASSES=1 (parse,
// semantic analysis, bytecode, image and native lowering, IR check, the -O
// pipeline, code generation): the measurement behind the compile-time
// limits in HugeCode.swift and Benchmarks/compiletime. For LLVM's own
// per-pass figures, write the module with `--emit-llvm -O0` and run LLVM 19's
// `opt -O2 -time-passes` and `llc -time-passes` on it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum StageTimer {
    static let setting: String? = {
        guard let p = getenv("MPY_TIME_PASSES") else { return nil }
        return String(cString: p)
    }()

    public static var enabled: Bool { setting != nil && setting != "0" && setting != "" }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body`, printing `stage: N.NNN s` when enabled.
    public static func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let t = start()
        defer { t.stop(stage) }
        return try body()
    }

    /// A stage's start; `stop` prints its time (for code that throws
    /// typed errors, which `measure` would erase).
    public struct Mark {
        let start: Double?
        public func stop(_ stage: String) {
            guard let start else { return }
            let line = "mpy-native: time: \(stage): " + StageTimer.format3(StageTimer.now() - start) + " s\n"
            _ = line.withCString { write(2, $0, strlen($0)) }
        }
    }

    public static func start() -> Mark { Mark(start: enabled ? now() : nil) }

    static func format3(_ v: Double) -> String {
        let ms = Int((v * 1000).rounded())
        let frac = String(ms % 1000)
        return "\(ms / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
