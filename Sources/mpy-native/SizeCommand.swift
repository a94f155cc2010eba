// `mpy-native size FILE.py`: what a module costs in flash and RAM, as a
// table or, with --json, as JSON for scripts (the benchmark harness). The
// measuring is the driver's (SizeReport.swift: ModuleSize and
// RuntimeFootprint); this is its command line and its printing.
import ArgumentParser
import Foundation
import MPYDriver
import MPYLLVM

struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Report code size per function (bytecode against native) and the runtime's footprint.")

    @Argument(help: "The Python module (optional with --runtime).") var file: String?
    @Option(help: "Target architecture: x64 (x86_64), armv7m, armv7emsp.") var arch: String = "armv7m"
    @Option(name: .customLong("opt-level"), help: "LLVM optimisation of the native code: O0, O1, O2, O3, Os (also -O0 .. -Os; default Os).")
    var optLevel: OptLevel = .Os
    @Option(name: .customLong("mpy-opt"), help: "MicroPython optimisation level 0-3.") var mpyOpt: Int = 0
    @Flag(help: "Also report the runtime's footprint (a firmware with a hello-world module, --gc-sections).") var runtime = false
    @Flag(help: "Print JSON instead of tables.") var json = false

    func validate() throws {
        guard TargetArch(name: arch) != nil else {
            throw ValidationError("unknown architecture '\(arch)' (expected x64, x86_64, armv7m or armv7emsp)")
        }
        guard file != nil || runtime else { throw ValidationError("name a module, or ask for --runtime") }
    }

    func run() throws {
        try runDriver {
            let a = TargetArch(name: arch)!
            var report: [String: Any] = ["arch": a.rawValue, "opt_level": optLevel.rawValue]
            var text = ""
            if let file {
                let m = try ModuleSize.measure(file, arch: a, optLevel: optLevel, mpyOpt: mpyOpt)
                report["module"] = m.json
                text += m.table
            }
            if runtime {
                let r = try RuntimeFootprint.measure(arch: a)
                report["runtime"] = r.json
                text += (text.isEmpty ? "" : "\n") + r.table
            }
            if json {
                let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(text, terminator: "")
            }
        }
    }
}

/// The text and JSON forms of a module's sizes.
extension ModuleSize {
    static func ratio(_ n: Int, _ d: Int) -> String { d == 0 ? "—" : String(format: "%.2fx", Double(n) / Double(d)) }

    var table: String {
        var rows = [["function", "line", "bytecode", "native", "native/bytecode"]]
        for f in functions {
            rows.append([f.name, "\(f.line)", "\(f.bytecode)", "\(f.native)", ModuleSize.ratio(f.native, f.bytecode)])
        }
        if shared > 0 { rows.append(["(outlined, shared)", "", "", "\(shared)", ""]) }
        rows.append(["total", "", "\(totalBytecode)", "\(totalNative)", ModuleSize.ratio(totalNative, totalBytecode)])
        var out = "\(file): code size on \(arch.rawValue), native code at -\(optLevel.rawValue) (bytes)\n"
        out += renderTable(rows, rightAligned: [1, 2, 3, 4])
        out += "\nmodule object, loaded sections (bytes):\n"
        var srows = [["mode", "text", "rodata", "data", "bss"]]
        for mode in ["bytecode", "native"] {
            let s = sections[mode] ?? [:]
            srows.append([mode] + ["text", "rodata", "data", "bss"].map { "\(s[$0] ?? 0)" })
        }
        out += renderTable(srows, rightAligned: [1, 2, 3, 4])
        return out
    }

    var json: [String: Any] {
        [
            "file": file,
            "functions": functions.map { ["name": $0.name, "line": $0.line, "bytecode": $0.bytecode, "native": $0.native] },
            "shared_native": shared,
            "total": ["bytecode": totalBytecode, "native": totalNative],
            "sections": sections,
        ]
    }
}

/// The text and JSON forms of the runtime's footprint.
extension RuntimeFootprint {
    var table: String {
        var out = "runtime footprint on \(arch.rawValue) (hello-world program, --gc-sections; bytes):\n"
        let k = ["text", "rodata", "data", "bss"]
        out += renderTable(
            [k + ["flash", "RAM"], k.map { "\(loaded[$0] ?? 0)" } + ["\(flash)", "\(ram)"]],
            rightAligned: Set(0..<6))
        if !reserved.isEmpty {
            let what = [".stack": "stacks", ".noinit": "heap"]
            out += "reserved RAM: " + reserved.map { "\(what[$0.name] ?? $0.name) \($0.size)" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    var json: [String: Any] {
        var j: [String: Any] = loaded
        j["flash"] = flash
        j["ram"] = ram
        j["reserved"] = Dictionary(uniqueKeysWithValues: reserved.map { ($0.name, $0.size) })
        return j
    }
}

/// Plain-text table with columns padded to their widest cell.
func renderTable(_ rows: [[String]], rightAligned: Set<Int>) -> String {
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    var out = ""
    for r in rows {
        let cells = r.enumerated().map { i, c in
            let pad = String(repeating: " ", count: widths[i] - c.count)
            return rightAligned.contains(i) ? pad + c : c + pad
        }
        out += cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
    }
    return out
}
