// CodeAnalysis is what the native lowering trusts about a code object: the
// stack depth at each instruction, where blocks start, which handler covers
// each instruction, which locals are definitely assigned, and source lines.
import MPYBytecode
import Testing
@testable import MPYNative

@Suite struct CodeAnalysisTests {
    static let source = """
        def add(a, b):
            c = a + b
            return c

        def branch(c):
            if c:
                x = 1
            else:
                x = 2
            return x

        def maybe(c):
            if c:
                y = 1
            return y

        def guard(a, b):
            try:
                r = a // b
            except ZeroDivisionError:
                r = 0
            return r

        def loop(n):
            s = 0
            for i in range(n):
                s += i
            return s

        def gen(n):
            yield n
            yield [n, n, n, n, n]

        def dropped():
            z = 1
            del z
            return z

        def call(f, a, b, c):
            return f(a, b, k=c)

        def undo(r):
            try:
                del r
            except NameError:
                return r
            return 0

        """

    func analysis(_ name: String) throws -> CodeAnalysis { try Snippet.analysis(CodeAnalysisTests.source, name) }

    func mnemonics(_ a: CodeAnalysis) -> [String] { a.instructions.map { Op.mnemonic($0.op) } }

    /// (offset, depth) of every instruction.
    func depths(_ a: CodeAnalysis) -> [String] {
        zip(a.instructions, a.depth).map { "\($0.offset):\($1.map(String.init) ?? "-")" }
    }

    @Test func straightLineDepths() throws {
        let a = try analysis("add")
        #expect(mnemonics(a) == ["LOAD_FAST", "LOAD_FAST", "BINARY", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"])
        #expect(depths(a) == ["0:0", "2:1", "4:2", "6:1", "8:0", "10:1"])
        #expect(a.leaders == [0])
        #expect(a.handler.allSatisfy { $0 == nil })
        #expect(!a.yields)
    }

    @Test func loopDepthsKeepTheIterator() throws {
        let a = try analysis("loop")
        // 12 FOR_ITER with the iterator under it; 15 stores the next value;
        // 28 is the exit, where FOR_ITER has popped the iterator.
        #expect(
            depths(a) == [
                "0:0", "2:1", "4:0", "6:1", "8:2", "11:1", "12:1", "15:2", "17:1", "19:2", "21:3", "23:2", "25:1", "28:0",
                "30:1",
            ])
        let code = try Snippet.code(CodeAnalysisTests.source, "loop")
        #expect(a.depth.compactMap { $0 }.max() == code.maxStack)
    }

    @Test func blocksStartAtJumpTargetsAndAfterJumps() throws {
        // 2 POP_JUMP_IF_FALSE -> 12, 9 JUMP -> 16.
        #expect(try analysis("branch").leaders == [0, 5, 12, 16])
        // 12 FOR_ITER -> 28, 25 JUMP -> 12.
        #expect(try analysis("loop").leaders == [0, 12, 15, 28])
    }

    @Test func generatorsResumeAfterEachYield() throws {
        let a = try analysis("gen")
        #expect(a.yields)
        // Each YIELD_VALUE (2, 16) and the instruction after it start blocks.
        #expect(a.leaders == [0, 2, 3, 16, 17])
        // Five list items are passed to the runtime as one array.
        #expect(a.scratchWords == 5)
    }

    @Test func scratchArrayFitsTheLargestCall() throws {
        // f(a, b, k=c): two positional words and a (name, value) pair.
        #expect(try analysis("call").scratchWords == 4)
        #expect(try analysis("add").scratchWords == 1)
    }

    @Test func handlerCoversTheTryBodyOnly() throws {
        let a = try analysis("guard")
        let covered = zip(a.instructions, a.handler).filter { $1 != nil }.map(\.0.offset)
        #expect(covered == [0, 2, 4, 6])
        let h = try #require(a.handler[0])
        #expect(h.start == 0 && h.end == 8 && h.handler == 11 && h.depth == 0)
        // The handler starts a block and is entered with the exception pushed.
        #expect(a.leaders.contains(11))
        #expect(a.depth[try Snippet.index(a, 11)] == 1)
        // After the try: the normal path and the handler's path meet at 32.
        #expect(a.depth[try Snippet.index(a, 32)] == 0)
    }

    @Test func definiteAssignment() throws {
        let src = CodeAnalysisTests.source
        func assigned(_ name: String, _ local: String, at offset: Int) throws -> Bool? {
            let a = try analysis(name)
            let slot = try Snippet.slot(try Snippet.code(src, name), local)
            return a.assigned[try Snippet.index(a, offset)]?[slot]
        }
        // Parameters are assigned on entry.
        #expect(try assigned("branch", "c", at: 0) == true)
        #expect(try assigned("branch", "x", at: 0) == false)
        // Both arms store x: assigned where they meet (16).
        #expect(try assigned("branch", "x", at: 16) == true)
        // Only one arm stores y: its load (9) needs the check.
        #expect(try assigned("maybe", "y", at: 9) == false)
        // The handler is entered before the store of r that raised...
        #expect(try assigned("guard", "r", at: 11) == false)
        // ...and both ways out of the try store r.
        #expect(try assigned("guard", "r", at: 32) == true)
        // A handler is entered before the instruction that raised has its
        // effect: r is still bound in the handler when `del r` raises.
        let u = try analysis("undo")
        let handler = try #require(u.handler.compactMap { $0 }.first)
        #expect(u.assigned[try Snippet.index(u, handler.handler)]?[0] == true)
        // del unbinds.
        let d = try analysis("dropped")
        let z = try Snippet.slot(try Snippet.code(src, "dropped"), "z")
        let load = try #require(d.instructions.lastIndex { $0.op == Op.loadFast })
        #expect(d.assigned[load]?[z] == false)
        let del = try #require(d.instructions.firstIndex { $0.op == Op.deleteFast })
        #expect(d.assigned[del]?[z] == true)
    }

    @Test func linesOfEveryOffset() throws {
        let a = try analysis("add")
        let code = try Snippet.code(CodeAnalysisTests.source, "add")
        #expect(a.lines.count == code.bytecode.count)
        // `c = a + b` is line 2 (offsets 0 ..< 8), `return c` line 3.
        #expect(a.instructions.map { a.lines[$0.offset] } == [2, 2, 2, 2, 3, 3])
        let g = try analysis("guard")
        // The handler's test is on the `except` line, its body below it.
        #expect(g.lines[0] == 19 && g.lines[11] == 20 && g.lines[22] == 21 && g.lines[32] == 22)
    }
}
