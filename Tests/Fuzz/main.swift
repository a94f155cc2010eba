// Front-end fuzzer: feeds random bytes, token soups and mutations of valid
// programs through lexer, parser, scope analysis and the AST dump. No input
// may trap or overflow the stack; on a crash the input is written to
// fuzz-crash.py (a signal handler saves it) so it can become a test.
//
//   mpy-fuzz --count 1000000 --seed 1 --corpus-from files.txt
import Foundation
import MPYSyntax
import MPYSemantics

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Fragments that steer random inputs into interesting parser states.
let dictionary: [String] = [
    "def ", "class ", "lambda", "if ", "elif ", "else", "while ", "for ", " in ", "try", "except", "finally",
    "with ", " as ", "yield", "yield from ", "await ", "async ", "return", "raise ", " from ", "global ",
    "nonlocal ", "import ", "from . import ", "del ", "pass", "break", "continue", "assert ", "not ", " and ",
    " or ", " is ", "None", "True", "False", "match ", "case ", "const(", "@micropython.native\n",
    "@micropython.viper\n", "(", ")", "[", "]", "{", "}", ":", ",", ".", "...", ";", "=", ":=", "->", "*", "**",
    "/", "//", "%", "@", "+", "-", "~", "<<", ">>", "&", "|", "^", "<", ">", "==", "!=", "<=", ">=", "+=",
    "\n", "\n    ", "\n\t", "\\\n", "#", "x", "y", "_X", "f", "0", "1_000", "0x1F", "0o7", "0b1", "1.5e-3",
    "3j", "99999999999999999999999", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "}", "{x!r:>{w}}", "{x=}",
    "rb'", "b'\\x00'", "'\\N{BULLET}'", "'\\u00e9'", "é", "变量", "\u{FEFF}", "\r\n", "\0", "\u{7F}",
]

nonisolated(unsafe) let crashBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 20)
nonisolated(unsafe) var crashLength = 0

func installCrashHandler() {
    // Run handlers on their own stack so a stack overflow can be reported.
    let altSize = 1 << 16
    var ss = stack_t()
    ss.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: altSize, alignment: 16)
    ss.ss_size = altSize
    ss.ss_flags = 0
    sigaltstack(&ss, nil)
    for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { sig in
            let fd = open("fuzz-crash.py", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd >= 0 {
                _ = write(fd, crashBuffer, crashLength)
                close(fd)
            }
            let msg = "mpy-fuzz: CRASH (signal); input saved to fuzz-crash.py\n"
            _ = msg.withCString { write(2, $0, strlen($0)) }
            _exit(70)
        }
        action.sa_flags = Int32(SA_ONSTACK)
        sigaction(sig, &action, nil)
    }
}

struct Options {
    var count = 100_000
    var seed: UInt64 = 1
    var corpusFrom: String?
    var quiet = false
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--count": o.count = Int(args.next() ?? "") ?? o.count
        case "--seed": o.seed = UInt64(args.next() ?? "") ?? o.seed
        case "--corpus-from": o.corpusFrom = args.next()
        case "--quiet": o.quiet = true
        default:
            FileHandle.standardError.write("usage: mpy-fuzz [--count N] [--seed S] [--corpus-from LIST] [--quiet]\n".data(using: .utf8)!)
            exit(2)
        }
    }
    return o
}

func loadCorpus(_ list: String?) -> [[UInt8]] {
    var corpus: [[UInt8]] = []
    if let list, let text = try? String(contentsOfFile: list, encoding: .utf8) {
        for path in text.split(separator: "\n") {
            if let d = FileManager.default.contents(atPath: String(path)) { corpus.append([UInt8](d)) }
        }
    }
    if corpus.isEmpty {
        corpus.append(
            Array(
                """
                from micropython import const
                _N = const(10)
                @micropython.native
                def f(a, b=2, *c, d, **e):
                    x = [i * i for i in range(a) if i % 2]
                    try:
                        return {k: v for k, v in e.items()}
                    except (ValueError, KeyError) as err:
                        raise RuntimeError(f"{err!r:>{b}}") from err
                    finally:
                        del x
                class C(object):
                    def m(self, *, k=1):
                        nonlocal_ok = lambda y=_N: y + k
                        return super().m(), (yield from g()), (z := 3)

                """.utf8))
    }
    return corpus
}

func randomInput(_ rng: inout SplitMix64, corpus: [[UInt8]]) -> [UInt8] {
    switch rng.below(10) {
    case 0, 1:
        // Random bytes, mostly printable.
        let n = rng.below(256)
        return (0..<n).map { _ in
            rng.chance(85) ? UInt8(32 + rng.below(95)) : (rng.chance(50) ? 0x0A : UInt8(rng.below(256)))
        }
    case 2, 3:
        // Token soup from the dictionary.
        var out: [UInt8] = []
        for _ in 0..<rng.below(60) { out += Array(dictionary[rng.below(dictionary.count)].utf8) }
        return out
    default:
        // Mutations of a window of a valid program: whole top-level
        // statements, so that most inputs get past the first line.
        let src = corpus[rng.below(corpus.count)]
        var starts: [Int] = [0]
        var k = 0
        while k < src.count {
            if src[k] == 0x0A && k + 1 < src.count && src[k + 1] != 0x20 && src[k + 1] != 0x09 && src[k + 1] != 0x0A {
                starts.append(k + 1)
            }
            k += 1
        }
        let s = rng.below(starts.count)
        let e = min(starts.count - 1, s + 1 + rng.below(8))
        let start = starts[s]
        let end = e > s ? starts[e] : src.count
        var out = Array(src[start..<max(start, end)])
        if out.count > 4096 { out = Array(out[0..<4096]) }
        for _ in 0..<rng.below(4) {
            let at = out.isEmpty ? 0 : rng.below(out.count + 1)
            switch rng.below(6) {
            case 0 where !out.isEmpty && at < out.count:
                out[at] = UInt8(rng.below(256))
            case 1:
                out.insert(contentsOf: Array(dictionary[rng.below(dictionary.count)].utf8), at: at)
            case 2 where !out.isEmpty:
                let e = min(out.count, at + rng.below(32))
                if at < e { out.removeSubrange(at..<e) }
            case 3 where !out.isEmpty:
                let e = min(out.count, at + rng.below(64))
                if at < e { out.insert(contentsOf: Array(out[at..<e]), at: at) }
            case 4:
                out.insert(contentsOf: [UInt8](repeating: UInt8(ascii: rng.chance(50) ? "(" : "["), count: rng.below(300)), at: at)
            default:
                out.insert(contentsOf: Array("\n" + String(repeating: " ", count: rng.below(12))).map { UInt8($0.asciiValue!) }, at: at)
            }
        }
        return out
    }
}

let options = parseOptions()
installCrashHandler()
let corpus = loadCorpus(options.corpusFrom)
/// The fuzz loop; nonisolated so it can run on the large-stack thread.
func fuzz(_ options: Options, _ corpus: [[UInt8]]) -> (parsed: Int, syntaxErrors: Int, semanticErrors: Int) {
    var parsed = 0, syntaxErrors = 0, semanticErrors = 0
    let started = Date()
    var rng = SplitMix64(state: options.seed)
    for k in 0..<options.count {
        let input = randomInput(&rng, corpus: corpus)
        crashLength = min(input.count, 1 << 20)
        input.withUnsafeBufferPointer { crashBuffer.update(from: $0.baseAddress!, count: crashLength) }
        let file = SourceFile(path: "fuzz.py", bytes: input)
        do throws(CompileError) {
            let module = try Parser.parse(file)
            parsed += 1
            if k % 64 == 0 { _ = ASTDump.render(module) }
            do throws(CompileError) {
                let model = try SemanticAnalyzer.analyze(module)
                if k % 64 == 0 { _ = ScopeDump.render(model) }
            } catch let e {
                semanticErrors += 1
                _ = e.render(in: file)
            }
        } catch let e {
            syntaxErrors += 1
            _ = e.render(in: file)
        }
        if !options.quiet && (k + 1) % 100_000 == 0 {
            print("  \(k + 1) inputs, \(Int(Date().timeIntervalSince(started)))s")
        }
    }
    return (parsed, syntaxErrors, semanticErrors)
}

let started = Date()
let counts = LargeStack.run { fuzz(options, corpus) }
let (parsed, syntaxErrors, semanticErrors) = counts
let secs = Date().timeIntervalSince(started)
print(
    "mpy-fuzz: \(options.count) inputs (seed \(options.seed)) in \(String(format: "%.1f", secs))s: \(parsed) parsed (\(semanticErrors) with semantic errors), \(syntaxErrors) syntax errors, 0 crashes"
)
