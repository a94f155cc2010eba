// Inputs at the parser's nesting limit and truncated programs must give a
// model or a CompileError, never a crash or a hang.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct RobustnessTests {
    /// Analyzes `source` if it parses; returns whether it parsed.
    @discardableResult
    func survive(_ source: String) -> Bool {
        guard let module = try? Parser.parse(Fixture.file(source)) else { return false }
        do {
            let m = try SemanticAnalyzer.analyze(module)
            _ = ScopeDump.render(m)
        } catch {
            _ = error.message
        }
        return true
    }

    /// The most deeply nested program `make(n)` the parser still accepts.
    func deepest(_ make: (Int) -> String) -> String {
        var lo = 1, hi = 3000
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if (try? Parser.parse(Fixture.file(make(mid)))) != nil { lo = mid } else { hi = mid - 1 }
        }
        return make(lo)
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
        // Entry points run the compiler on a large stack (LargeStack); so do these tests.
        let results = LargeStack.run { shapes.map { survive(deepest($0)) } }
        for ok in results { #expect(ok) }
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
        // Entry points run the compiler on a large stack (LargeStack); so do these tests.
        let results = LargeStack.run { shapes.map { survive(deepest($0)) } }
        for ok in results { #expect(ok) }
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
                    def m(self):
                        nonlocal a
                        return super().m(lambda: [j async for j in a])
                async def h():
                    yield [(y := k) for k in a]
                    return y
                return (g := 1)
            """
        let lines = program.split(separator: "\n", omittingEmptySubsequences: false)
        for n in 0...lines.count {
            survive(lines.prefix(n).joined(separator: "\n") + "\n")
            if n > 0 {
                // Drop one line from the middle too.
                var copy = Array(lines)
                copy.remove(at: n - 1)
                survive(copy.joined(separator: "\n") + "\n")
            }
        }
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
