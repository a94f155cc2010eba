// What differs per target when the driver builds the runtime, links a
// program and runs it: C flags, the board-support folders under Targets/,
// the libraries (libgcc and newlib's libm on ARM), the linker and the QEMU
// board. The board-support code itself is C under Targets/.
import Foundation
import MPYLLVM

public struct Board {
    public let arch: TargetArch

    public init(arch: TargetArch) { self.arch = arch }

    /// Folders (under `Driver.root`) whose .c files join the runtime.
    var supportDirs: [String] {
        switch arch {
        case .x64: return ["Targets/x64"]
        case .armv7m, .armv7emsp: return ["Targets/arm-common", "Targets/\(arch.rawValue)"]
        }
    }

    /// Folders of headers the runtime build depends on (for the cache key).
    var headerDirs: [String] {
        var d = ["Sources/MPYRuntime/include/mpy", "Sources/CMPYFormat/include"]
        if arch != .x64 { d.append("Targets/arm-common") }
        return d
    }

    public var isFirmware: Bool { arch != .x64 }

    /// The CPU and float ABI, in gcc's spelling (clang accepts the same).
    var cpuFlags: [String] {
        switch arch {
        case .x64: return []
        case .armv7m: return ["-mcpu=cortex-m3", "-mthumb"]
        case .armv7emsp: return ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"]
        }
    }

    /// C flags of the runtime for this target (beyond the common ones).
    /// Firmware is freestanding, optimised for size, one section per
    /// function and object so that --gc-sections drops what a program does
    /// not use.
    var runtimeCFlags: [String] {
        switch arch {
        case .x64: return ["-O2"]
        case .armv7m, .armv7emsp:
            return ["--target=\(arch.triple)"] + cpuFlags + [
                "-Os", "-ffreestanding", "-fno-common", "-ffunction-sections", "-fdata-sections",
                "-DMPY_PLATFORM=\"qemu\"",
                // newlib's pow is not correctly rounded: float ** int is computed exactly (objfloat.c).
                "-DMPY_EXACT_INT_POW",
            ]
        }
    }

    var linkerScript: URL {
        get throws { try Driver.root.appendingPathComponent("Targets/arm-common/firmware.ld") }
    }

    /// newlib's libm for the CPU's multilib (double math functions).
    var libm: String {
        switch arch {
        case .x64: return "-lm"
        case .armv7m: return "/usr/lib/arm-none-eabi/newlib/thumb/v7-m/nofp/libm.a"
        case .armv7emsp: return "/usr/lib/arm-none-eabi/newlib/thumb/v7e-m+fp/hard/libm.a"
        }
    }

    /// libgcc of gcc-arm-none-eabi for the CPU: soft-float double arithmetic
    /// and 64-bit division (Debian ships no compiler-rt for ARM).
    func libgcc() throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/arm-none-eabi-gcc")
        p.arguments = cpuFlags + ["-print-libgcc-file-name"]
        let pipe = Pipe()
        p.standardOutput = pipe
        do { try p.run() } catch {
            throw DriverError(description: "arm-none-eabi-gcc not found (scripts/bootstrap.sh installs gcc-arm-none-eabi)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard p.terminationStatus == 0, FileManager.default.fileExists(atPath: path) else {
            throw DriverError(
                description: "no libgcc for \(arch.rawValue) (arm-none-eabi-gcc \(cpuFlags.joined(separator: " ")) -print-libgcc-file-name)"
            )
        }
        return path
    }

    /// Links module objects and the runtime into an executable or firmware.
    public func link(objects: [URL], runtime: URL, output: String) throws {
        switch arch {
        case .x64:
            try Driver.runTool(Driver.clang, objects.map(\.path) + [runtime.path, "-lm", "-o", output], what: "cannot link '\(output)'")
        case .armv7m, .armv7emsp:
            guard FileManager.default.fileExists(atPath: libm) else {
                throw DriverError(description: "\(libm) missing (scripts/bootstrap.sh installs libnewlib-arm-none-eabi)")
            }
            try Driver.runTool(
                "/usr/lib/llvm-19/bin/ld.lld",
                ["--gc-sections", "-T", try linkerScript.path] + objects.map(\.path) + [runtime.path, libm, try libgcc(), "-o", output],
                what: "cannot link '\(output)'")
        }
    }

    /// SRAM of the board and what the firmware takes from it besides the
    /// heap (Targets/arm-common/firmware.ld and startup.c): the 1 MiB
    /// thread stack, the 4 KiB handler stack, and room for the runtime's
    /// and the program's .data and .bss.
    static let boardRAM = 4 * 1024 * 1024
    static let boardStacks = 1024 * 1024 + 4096
    static let boardDataReserve = 64 * 1024

    /// The largest heap the target can hold (nil: the host, limited by malloc).
    public var maxHeap: Int? {
        isFirmware ? Board.boardRAM - Board.boardStacks - Board.boardDataReserve : nil
    }

    /// A heap size the target can hold, or a one-line error saying why not.
    public func checkHeap(_ heap: Int) throws {
        guard heap > 0 else { throw DriverError(description: "--heap \(heap): the heap size must be a positive number of bytes") }
        if let maxHeap, heap > maxHeap {
            throw DriverError(
                description:
                    "--heap \(heap) does not fit the \(arch.rawValue) board's RAM: at most \(maxHeap) bytes (4 MiB SRAM less the 1 MiB stack and room for data)"
            )
        }
    }

    /// QEMU's machine and CPU for the firmware.
    var qemuArgs: [String] {
        switch arch {
        case .x64: return []
        case .armv7m: return ["-M", "mps2-an385", "-cpu", "cortex-m3"]
        case .armv7emsp: return ["-M", "mps2-an386", "-cpu", "cortex-m4"]
        }
    }
}
