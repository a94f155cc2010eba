// Inputs at the parser's nesting limit and truncated programs must give a
// model or a CompileError, never a crash or a hang.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct RobustnessTests {
    /// What the front end made of one program.
    enum Outcome: Equatable {
        /// Parsed and analyzed; the scope dump rendered.
        case analyzed
        /// A parse error ("parse: ...") or an analysis error, located in the source.
        case rejected(String)
        /// A diagnostic located outside the source.
        case broken(String)
    }

    func outcome(_ source: String) -> Outcome {
        let file = Fixture.file(source)
        func located(_ e: CompileError, _ prefix: String) -> Outcome {
            guard e.offset >= 0 && e.offset <= file.bytes.count else {
                return .broken("\(e.message) at offset \(e.offset) of \(file.bytes.count)")
            }
            return .rejected(prefix + e.message)
        }
        let module: Module
        do { module = try Parser.parse(file) } catch { return located(error, "parse: ") }
        do {
            _ = ScopeDump.render(try SemanticAnalyzer.analyze(module))
            return .analyzed
        } catch {
            return located(error, "")
        }
    }

    /// The largest n (below 10000) for which the parser accepts `make(n)`.
    func deepest(_ make: (Int) -> String) -> Int {
        var lo = 1, hi = 10000
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if (try? Parser.parse(Fixture.file(make(mid)))) != nil { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    static let depthErrors: Set<String> = [
        "parse: too deeply nested (limit \(Parser.maxDepth))", "parse: too many nested parentheses",
        "parse: too many levels of indentation",
    ]

    /// The deepest accepted program analyzes; one level deeper is a
    /// located nesting diagnostic. Returns (depth, outcome one deeper) per shape.
    func checkLimits(_ shapes: [(Int) -> String], sourceLocation: SourceLocation = #_sourceLocation) -> [Int] {
        // Entry points run the compiler on a large stack (LargeStack); so do these tests.
        let results = LargeStack.run {
            shapes.map { make -> (Int, Outcome, Outcome) in
                let n = deepest(make)
                return (n, outcome(make(n)), outcome(make(n + 1)))
            }
        }
        for (i, (n, atLimit, beyond)) in results.enumerated() {
            #expect(n > 1 && n < 10000, "shape \(i): no limit found", sourceLocation: sourceLocation)
            #expect(atLimit == .analyzed, "shape \(i) at depth \(n)", sourceLocation: sourceLocation)
            guard case .rejected(let message) = beyond else {
                Issue.record("shape \(i) at depth \(n + 1): \(beyond)", sourceLocation: sourceLocation)
                continue
            }
            #expect(RobustnessTests.depthErrors.contains(message), "shape \(i): \(message)", sourceLocation: sourceLocation)
        }
        return results.map(\.0)
    }

    @Test func expressionsAtTheDepthLimit() {
        let shapes: [(Int) -> String] = [
            { "x = " + String(repeating: "-", count: $0) + "1\n" },
            { "x = " + String(repeating: "[", count: $0) + String(repeating: "]", count: $0) + "\n" },
            { "x = " + String(repeating: "f(", count: $0) + String(repeating: ")", count: $0) + "\n" },
            { "x = " + Array(repeating: "a", count: $0).joined(separator: " + ") + "\n" },
            { "x = " + Array(repeating: "a", count: $0).joined(separator: " ** ") + "\n" },
            { "x = a" + String(repeating: ".b", count: $0) + "\n" },
            { "X = const(" + String(repeating: "-", count: $0) + "1)\n" },
            { "X = const(" + Array(repeating: "1", count: $0).joined(separator: " + ") + ")\n" },
            { "X = const(" + String(repeating: "(", count: $0) + "1" + String(repeating: ",)", count: $0) + ")\n" },
        ]
        // 3000 parser nesting units, 200 open brackets (lexer).
        #expect(checkLimits(shapes) == [2999, 200, 200, 3000, 3000, 2999, 2998, 2999, 199])
    }

    @Test func scopesAtTheDepthLimit() {
        let shapes: [(Int) -> String] = [
            { "f = " + String(repeating: "lambda: ", count: $0) + "x\n" },
            { "z = " + String(repeating: "[", count: $0) + "x" + String(repeating: " for x in y]", count: $0) + "\n" },
            { "z = " + String(repeating: "(lambda: [", count: $0) + "x" + String(repeating: " for x in y])", count: $0) + "\n" },
            { n in
                var src = ""
                for i in 0..<n { src += String(repeating: " ", count: i) + "def f\(i)():\n" }
                return src + String(repeating: " ", count: n) + "return x\n"
            },
        ]
        // 3000 nesting units, 200 open brackets, 100 indentation levels.
        #expect(checkLimits(shapes) == [2999, 200, 100, 100])
    }

    @Test func truncatedPrograms() {
        let program = """
            from micropython import const
            X = const(1 << 4)
            @micropython.native
            def f(a, *b, c=X, **d):
                global g
                for i in a:
                    if i:
                        continue
                    else:
                        break
                else:
                    pass
                class C(B):
                    async def m(self):
                        nonlocal a
                        return super().m([j async for j in a])
                async def h():
                    yield [(y := k) for k in a]
                return (g := 1)
            """
        let lines = program.split(separator: "\n", omittingEmptySubsequences: false)
        var outcomes: [Outcome] = []
        for n in 0...lines.count {
            outcomes.append(outcome(lines.prefix(n).joined(separator: "\n") + "\n"))
            if n > 0 {
                // Drop one line from the middle too.
                var copy = Array(lines)
                copy.remove(at: n - 1)
                outcomes.append(outcome(copy.joined(separator: "\n") + "\n"))
            }
        }
        #expect(outcome(program + "\n") == .analyzed)
        #expect(!outcomes.contains { if case .broken = $0 { true } else { false } }, "\(outcomes)")
        // Which variants are programs (A) and which are errors (R): the
        // same as CPython's compile() says for each.
        let pattern = String(outcomes.map { $0 == .analyzed ? "A" : "R" })
        #expect(pattern == "AAAAARARRAARRRRARRAARRAARRARRAAAARRARAA")
    }

    @Test func hugeConstantsStayBounded() {
        #expect(Fixture.error("X = const('ab' * (1 << 40))\n") == "result too large in constant expression @ 1:11")
        #expect(Fixture.error("X = const((1,) * (1 << 40))\n") == "result too large in constant expression @ 1:11")
        #expect(Fixture.error("X = const(1 << (1 << 40))\n") == "result too large in constant expression @ 1:11")
        #expect(Fixture.error("X = const(10.0 ** 400)\n") == "float overflow in constant expression @ 1:11")
        #expect(Fixture.error("X = const(2 ** 2000 / 1.0)\n") == "int too large to convert to float in constant expression @ 1:11")
        #expect(
            Fixture.error("X = const(2 ** 5000 / 3)\n") == "integer division result too large for a float in constant expression @ 1:11")
    }
}
