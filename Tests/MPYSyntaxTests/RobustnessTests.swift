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
    /// What the front end made of one input.
    enum Outcome: Equatable {
        /// Parsed: the dump (which walks every node) rendered.
        case parsed
        /// Rejected with a diagnostic whose offset lies in the source.
        case rejected
        /// A diagnostic pointing outside the source, an empty message, a
        /// rendering without the `file:line:col: error:` header, or a
        /// module whose statements are not ordered ranges inside the source.
        case broken(String)
    }

    static func outcome(_ bytes: [UInt8]) -> Outcome {
        let f = SourceFile(path: "fuzz.py", bytes: bytes)
        do {
            let m = try Parser.parse(f)
            _ = ASTDump.render(m)
            var end: Int32 = 0
            for s in m.body {
                guard s.range.start >= end, s.range.start <= s.range.end, Int(s.range.end) <= bytes.count else {
                    return .broken("statement range \(s.range.start)..<\(s.range.end) in \(bytes.count) bytes")
                }
                end = s.range.end
            }
            return .parsed
        } catch {
            guard error.offset >= 0 && error.offset <= bytes.count else {
                return .broken("offset \(error.offset) outside \(bytes.count) bytes: \(error.message)")
            }
            let pos = f.position(of: error.offset)
            let text = error.render(in: f)
            guard !error.message.isEmpty, text.hasPrefix("fuzz.py:\(pos.line):\(pos.column): error: \(error.message)\n"),
                pos.line <= f.lineStarts.count
            else { return .broken("bad rendering: \(text)") }
            return .rejected
        }
    }

    static func survive(_ bytes: [UInt8]) -> Bool { outcome(bytes) == .parsed }

    /// Tally of outcomes over a run; the first broken one is kept.
    struct Tally: Sendable {
        var parsed = 0, rejected = 0
        var broken: [String] = []
        mutating func add(_ bytes: [UInt8]) {
            switch RobustnessTests.outcome(bytes) {
            case .parsed: parsed += 1
            case .rejected: rejected += 1
            case .broken(let why): broken.append(why)
            }
        }
    }

    @Test func prngIsDeterministic() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = SplitMix64(seed: 0)
        #expect(c.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func randomBytes() {
        let tally = onBigStack { () -> Tally in
            var rng = SplitMix64(seed: 0x5EED)
            var tally = Tally()
            for _ in 0..<3000 {
                let n = Int.random(in: 0..<80, using: &rng)
                // Bias toward ASCII so some inputs get past the lexer.
                let bytes = (0..<n).map { _ -> UInt8 in
                    rng.next() % 4 == 0 ? UInt8.random(in: 0...255, using: &rng) : UInt8.random(in: 0x09...0x7E, using: &rng)
                }
                tally.add(bytes)
            }
            return tally
        }
        #expect(tally.broken.isEmpty, "\(tally.broken.prefix(3))")
        // The seed fixes the inputs: 66 of them are programs (empty ones,
        // comments, lone names...), the rest are errors. The bounds leave
        // room for the grammar to change a little, not for a parser that
        // rejects (or accepts) everything.
        #expect(tally.parsed >= 60)
        #expect(tally.rejected >= 2700)
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
        let tally = onBigStack { () -> Tally in
            var rng = SplitMix64(seed: 0xC0FFEE)
            var tally = Tally()
            for _ in 0..<4000 {
                let count = Int.random(in: 1..<40, using: &rng)
                var text = ""
                for _ in 0..<count {
                    text += RobustnessTests.pieces[Int(rng.next() % UInt64(RobustnessTests.pieces.count))]
                    if rng.next() % 2 == 0 { text += " " }
                }
                tally.add(Array(text.utf8))
            }
            return tally
        }
        #expect(tally.broken.isEmpty, "\(tally.broken.prefix(3))")
        // Fixed by the seed: 41 of the 4000 soups parse.
        #expect(tally.parsed >= 35)
        #expect(tally.rejected >= 3700)
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
        #expect(RobustnessTests.outcome(Array(RobustnessTests.program.utf8)) == .rejected)  // mixes bytes and str
        let valid = RobustnessTests.program.replacingOccurrences(of: " b'' ", with: " '' ")
        #expect(RobustnessTests.survive(Array(valid.utf8)))
        let base = Array(valid.utf8)
        let tally = onBigStack { () -> Tally in
            var rng = SplitMix64(seed: 7)
            var tally = Tally()
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
                tally.add(b)
            }
            return tally
        }
        #expect(tally.broken.isEmpty, "\(tally.broken.prefix(3))")
        // Fixed by the seed: 226 of the 3000 mutants stay valid (a changed
        // name, a duplicated argument), the rest are errors.
        #expect(tally.parsed >= 200)
        #expect(tally.rejected >= 2500)
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
        #expect(errors[4] == nil)
        #expect(errors[5] == nil)
        #expect(errors[6] == "invalid syntax: unexpected keyword 'await'")
        #expect(errors[7] == nil)
        #expect(errors[8] == nil)
        #expect(errors[9] == "invalid syntax")  // the innermost dict has no value
        #expect(errors[10] == nil)
        #expect(errors[11] == nil)
        #expect(errors[12] == "too deeply nested (limit \(Parser.maxDepth))")
    }
}
