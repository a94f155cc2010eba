// The opcode contract (mpy_opcodes.h): every opcode of the C enum has one
// row with a unique mnemonic, and the stack effects of the table describe
// the code the compiler emits: a depth flow over the decoded instructions
// of a corpus (snippets and the program tests) finds one depth per
// instruction, never below zero, and exactly the compiler's max_stack.
import Foundation
import Testing
import MPYSyntax
import MPYSemantics
import CMPYFormat
@testable import MPYBytecode

@Suite struct OpcodeTableTests {
    @Test func everyOpcodeHasOneRow() {
        var names: Set<String> = []
        for op in 0..<UInt32(MPY_OP_COUNT.rawValue) {
            let row = mpy_opcode_lookup(op)
            #expect(row != nil, "opcode \(op) has no row")
            guard let row else { continue }
            let name = String(cString: row.pointee.name)
            #expect(!name.isEmpty && names.insert(name).inserted, "mnemonic \(name) of opcode \(op)")
            var pops: Int32 = -1
            var pushes: Int32 = -1
            #expect(mpy_opcode_stack_effect(op, 0, 0, 0, &pops, &pushes) == 1 && pops >= 0 && pushes >= 0)
        }
        var pops: Int32 = 0
        var pushes: Int32 = 0
        #expect(mpy_opcode_lookup(MPY_OP_COUNT.rawValue) == nil)
        #expect(mpy_opcode_stack_effect(MPY_OP_COUNT.rawValue, 0, 0, 0, &pops, &pushes) == 0)
        #expect(Op.table.count == Op.count)
    }

    @Test func swiftConstantsNameTheirRows() {
        #expect(Op.mnemonic(Op.nop) == "NOP")
        #expect(Op.mnemonic(Op.loadFast) == "LOAD_FAST")
        #expect(Op.mnemonic(Op.forIter) == "FOR_ITER")
        #expect(Op.mnemonic(Op.makeFunction) == "MAKE_FUNCTION")
        #expect(Op.mnemonic(Op.yieldFrom) == "YIELD_FROM")
        #expect(Op.isJump(Op.forIter) && !Op.isJump(Op.call))
        #expect([Op.jump, Op.returnValue, Op.raise, Op.reraise].allSatisfy(Op.endsBlock))
        #expect(Op.table.filter(\.stops).count == 4)
    }

    @Test func variableEffectsFollowTheirOperands() {
        #expect(Op.stackEffect(Op.call, 2, 1).fallthrough == (5, 1))
        #expect(Op.stackEffect(Op.callMethod, 0, 0).fallthrough == (2, 1))
        #expect(Op.stackEffect(Op.buildMap, 3, 0).fallthrough == (6, 1))
        #expect(Op.stackEffect(Op.unpackEx, 1, 2).fallthrough == (1, 4))
        let closure = Int(MPY_MAKE_CLOSURE.rawValue), defaults = Int(MPY_MAKE_DEFAULTS.rawValue)
        #expect(Op.stackEffect(Op.makeFunction, 0, closure | defaults).fallthrough == (2, 1))
        let forIter = Op.stackEffect(Op.forIter, 0, 0)
        #expect(forIter.fallthrough == (1, 2) && forIter.jump! == (1, 0))
        let orPop = Op.stackEffect(Op.jumpIfTrueOrPop, 0, 0)
        #expect(orPop.fallthrough == (1, 0) && orPop.jump! == (1, 1))
        #expect(Op.stackEffect(Op.binary, 0, 0).jump == nil)
    }

    static let snippets = [
        "x = 1\ndel x\ny = -5\nz = 1 << 40\n",
        "def f(a, *args, b=2, **kw):\n    global g\n    g = a\n    del g\n    return a[b], args, kw\n",
        "def outer(x):\n    def inner(y=1, *, z=2):\n        nonlocal x\n        x += y\n        del x\n    return inner\n",
        "class C(B, metaclass=M):\n    a = 1\n    def m(self):\n        return super().m()\n    del a\n",
        "import a.b as c\nfrom d import e, f\nfrom g import *\n",
        "x = [i * j for i in a if i for j in b]\ny = {k: v for k, v in d.items()}\nz = {s for s in t}\n",
        "f(*a, **k)\nf(1, *a, b=2, **k)\no.m(1, x=2)\na, *b, c = d\n[a, *b] = c\nx = (*a, *b)\ny = {**a, 'k': 1}\n",
        "try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    raise\nelse:\n    h()\nfinally:\n    i()\n",
        "with a as b, c:\n    f()\nraise E from None\n",
        "def g():\n    x = yield 1\n    y = yield from x\n    return y\n",
        "for i in range(10):\n    if i:\n        continue\n    break\nelse:\n    x = a if b else c\n    while x and y or not z:\n        x -= 1\n",
        "x = a < b <= c\ny = a[1:2, ::3]\ndel a[0], o.attr\no.attr = ~x\nl = lambda q: q\nassert x, 'm'\n",
        "a[i] += 1\no.x *= 2\nx, y = y, x\nx, y, z = z, y, x\n",
    ]

    /// The program tests' sources (Tests/programs).
    static func programs() -> [String] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("programs")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.sorted().compactMap {
            try? String(contentsOfFile: dir.appendingPathComponent($0).path, encoding: .utf8)
        }
    }

    /// The deepest stack the table's effects give on any path through the
    /// code, checking that every instruction has one depth.
    static func flowDepth(_ code: CodeObject) -> Int? {
        let ins = BytecodeDecoder.instructions(code)
        var index: [Int: Int] = [:]
        for (i, x) in ins.enumerated() { index[x.offset] = i }
        let handlers = BytecodeDecoder.exceptionEntries(code)
        var depth = [Int?](repeating: nil, count: ins.count)
        var deepest = 0
        var work = [0]
        depth[0] = 0
        func reach(_ offset: Int, _ d: Int) -> Bool {
            guard let i = index[offset], d >= 0 else { return false }
            deepest = max(deepest, d)
            if let old = depth[i] { return old == d }
            depth[i] = d
            work.append(i)
            return true
        }
        while let i = work.popLast() {
            let x = ins[i], d = depth[i]!
            guard !x.truncated, !x.isUnknown else { return nil }
            let a = x.operands.first ?? 0, b = x.operands.count > 1 ? x.operands[1] : 0
            let effect = Op.stackEffect(x.op, a, b)
            guard d >= effect.fallthrough.0 else { return nil }
            deepest = max(deepest, d - effect.fallthrough.0 + effect.fallthrough.1)
            if !Op.endsBlock(x.op) {
                guard i + 1 < ins.count, reach(ins[i + 1].offset, d - effect.fallthrough.0 + effect.fallthrough.1)
                else { return nil }
            }
            if let j = effect.jump, !reach(a, d - j.0 + j.1) { return nil }
            if let h = handlers.first(where: { $0.start <= x.offset && x.offset < $0.end }), !reach(h.handler, h.depth + 1) {
                return nil
            }
        }
        return depth.contains(where: { $0 == nil }) ? nil : deepest
    }

    @Test func compilerDepthsAgreeWithTheTable() throws {
        var seen = Set<UInt8>()
        var checked = 0
        for source in Self.snippets + Self.programs() {
            let file = SourceFile(path: "t.py", text: source)
            guard let module = try? Parser.parse(file), let model = try? SemanticAnalyzer.analyze(module),
                let bc = try? BytecodeCompiler.compile(model)
            else {
                #expect(!Self.snippets.contains(source), "snippet does not compile: \(source)")
                continue
            }
            for code in bc.codes {
                #expect(Self.flowDepth(code) == code.maxStack, "\(code.name) in \(source.prefix(60))")
                BytecodeDecoder.instructions(code).forEach { seen.insert($0.op) }
                checked += 1
            }
        }
        #expect(checked > 300)
        // The corpus exercises every opcode the compiler emits.
        let unused = (0..<UInt8(Op.count)).filter { !seen.contains($0) }.map(Op.mnemonic)
        #expect(unused == ["NOP"])
    }
}
