// No input may crash the front end: random bytes, random token soups and
// mutations of valid programs must parse or throw CompileError, never trap.
import Testing
@testable import MPYSyntax

/// SplitMix64: small, fast and fully determined by its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RobustnessTests {
    /// Parses and, on success, renders the dump (which walks every node).
    static func survive(_ bytes: [UInt8]) -> Bool {
        let f = SourceFile(path: "fuzz.py", bytes: bytes)
        do {
            let m = try Parser.parse(f)
            _ = ASTDump.render(m)
            return true
        } catch {
            // The diagnostic must render too, whatever the offset.
            _ = error.render(in: f)
            return false
        }
    }

    @Test func prngIsDeterministic() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = SplitMix64(seed: 0)
        #expect(c.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func randomBytes() {
        let results = onBigStack { () -> Int in
            var rng = SplitMix64(seed: 0x5EED)
            var parsed = 0
            for _ in 0..<3000 {
                let n = Int.random(in: 0..<80, using: &rng)
                // Bias toward ASCII so some inputs get past the lexer.
                let bytes = (0..<n).map { _ -> UInt8 in
                    rng.next() % 4 == 0 ? UInt8.random(in: 0...255, using: &rng) : UInt8.random(in: 0x09...0x7E, using: &rng)
                }
                if RobustnessTests.survive(bytes) { parsed += 1 }
            }
            return parsed
        }
        #expect(results >= 0)
    }

    static let pieces: [String] = [
        "x", "y", "match", "print", "1", "0x1F", "1.5e3", "3j", "'s'", "b'b'", "f'{x}'", "f'{x!r:>{w}}'", "'''t'''",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "->", "...", ":=", "=", "+", "-", "*", "**", "/", "//",
        "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "==", "!=", "+=", "**=", "not", "and", "or", "in",
        "is", "if", "else", "elif", "for", "while", "def", "class", "lambda", "return", "yield", "from", "import",
        "async", "await", "with", "as", "try", "except", "finally", "raise", "del", "global", "nonlocal", "assert",
        "pass", "break", "continue", "None", "True", "\n", "\n    ", "\n\t", "\\\n", " ", "#c\n",
    ]

    @Test func tokenSoups() {
        let parsed = onBigStack { () -> Int in
            var rng = SplitMix64(seed: 0xC0FFEE)
            var parsed = 0
            for _ in 0..<4000 {
                let count = Int.random(in: 1..<40, using: &rng)
                var text = ""
                for _ in 0..<count {
                    text += RobustnessTests.pieces[Int(rng.next() % UInt64(RobustnessTests.pieces.count))]
                    if rng.next() % 2 == 0 { text += " " }
                }
                if RobustnessTests.survive(Array(text.utf8)) { parsed += 1 }
            }
            return parsed
        }
        #expect(parsed > 0)
    }

    static let program = """
        import a.b as c
        from . import (d, e,)
        @deco(1)
        async def f(x, /, y=2, *args, z, **kw) -> int:
            async with g() as (h, *i):
                v = [j async for j in k if j] + {**m, 'n': lambda o=1: o}
            try:
                yield from p[1:2, ::3]
            except (E, F) as err:
                raise G() from err
            else:
                q: int = r if s else t
            finally:
                del u
            return f'{v!r:{w}.{x}} {y=}' b'' if 0 else -x ** 2
        class K(L, metaclass=M):
            def __init__(self): self.a = (yield)
        """

    @Test func mutationsOfAValidProgram() {
        #expect(RobustnessTests.survive(Array(RobustnessTests.program.utf8)) == false)  // mixes bytes and str
        let valid = RobustnessTests.program.replacingOccurrences(of: " b'' ", with: " '' ")
        #expect(RobustnessTests.survive(Array(valid.utf8)))
        let base = Array(valid.utf8)
        let survivors = onBigStack { () -> Int in
            var rng = SplitMix64(seed: 7)
            var ok = 0
            for _ in 0..<3000 {
                var b = base
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let at = Int.random(in: 0..<b.count, using: &rng)
                    switch rng.next() % 4 {
                    case 0: b.remove(at: at)
                    case 1: b.insert(base[Int.random(in: 0..<base.count, using: &rng)], at: at)
                    case 2: b[at] = UInt8.random(in: 0...255, using: &rng)
                    default:
                        let len = min(Int.random(in: 1...20, using: &rng), b.count - at)
                        b.insert(contentsOf: b[at..<at + len], at: at)
                    }
                    if b.isEmpty { b = [0x78] }
                }
                if RobustnessTests.survive(b) { ok += 1 }
            }
            return ok
        }
        #expect(survivors > 0)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let errors = onBigStack { () -> [String?] in
            let inputs: [String] = [
                String(repeating: "-", count: Parser.maxDepth + 100) + "1",
                String(repeating: "not ", count: Parser.maxDepth + 100) + "x",
                String(repeating: "(", count: 300) + String(repeating: ")", count: 300),
                String(repeating: "[", count: 199) + String(repeating: "]", count: 199),
                String(repeating: "lambda: ", count: 1500) + "0",
                String(repeating: "x if y else ", count: 1500) + "z",
                String(repeating: "await ", count: 1500) + "x",
                "x = " + String(repeating: "2 ** ", count: 1500) + "2",
                String(repeating: "f(", count: 199) + String(repeating: ")", count: 199),
                String(repeating: "{'a': ", count: 199) + String(repeating: "}", count: 199),
                (0..<100).map { String(repeating: " ", count: $0) + "if x:\n" }.joined() + String(repeating: " ", count: 100) + "pass\n",
                "f'" + String(repeating: "{x:", count: 150) + String(repeating: "}", count: 150) + "'",
                "x = " + String(repeating: "a.", count: 5000) + "b",
            ]
            return inputs.map { text -> String? in
                parseError(text)?.message
            }
        }
        #expect(errors[0] == "too deeply nested (limit \(Parser.maxDepth))")
        #expect(errors[1] == "too deeply nested (limit \(Parser.maxDepth))")
        #expect(errors[2] == "too many nested parentheses")
        #expect(errors[3] == nil)
    }
}
