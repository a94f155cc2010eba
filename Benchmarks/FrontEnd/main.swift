// Front-end throughput: lex + parse + scope analysis over a list of files,
// timed in-process after all files are read, repeated; prints the median
// rate. Benchmarks/harness/bench-frontend.py runs it beside CPython's ast.parse.
//
//   frontend-bench --files-from list.txt [--repeat 5]
import Foundation
import MPYSyntax
import MPYSemantics

var listPath: String?
var repeats = 5
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--files-from": listPath = args.next()
    case "--repeat": repeats = Int(args.next() ?? "") ?? repeats
    default:
        FileHandle.standardError.write("usage: frontend-bench --files-from LIST [--repeat N]\n".data(using: .utf8)!)
        exit(2)
    }
}
guard let listPath, let list = try? String(contentsOfFile: listPath, encoding: .utf8) else {
    FileHandle.standardError.write("frontend-bench: need --files-from LIST\n".data(using: .utf8)!)
    exit(2)
}
let files: [SourceFile] = list.split(separator: "\n").compactMap { path in
    FileManager.default.contents(atPath: String(path)).map { SourceFile(path: String(path), bytes: [UInt8]($0)) }
}
let lines = files.reduce(0) { $0 + $1.lineStarts.count }
let bytes = files.reduce(0) { $0 + $1.bytes.count }
var times: [Double] = []
var failures = 0
for _ in 0..<repeats {
    failures = 0
    let clock = ContinuousClock()
    let t = clock.measure {
        for f in files {
            do {
                let m = try Parser.parse(f)
                _ = try SemanticAnalyzer.analyze(m)
            } catch {
                failures += 1
            }
        }
    }
    times.append(Double(t.components.seconds) + Double(t.components.attoseconds) * 1e-18)
}
times.sort()
let median = times[times.count / 2]
print(
    "files=\(files.count) lines=\(lines) bytes=\(bytes) failures=\(failures) median_s=\(median) lines_per_s=\(Int(Double(lines) / median))")
