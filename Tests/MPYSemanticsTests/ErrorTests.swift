// Every compile error scope analysis raises, with CPython's wording and the
// exact line:column it points at.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct ErrorTests {
    func err(_ s: String) -> String? { Fixture.error(s) }

    @Test func returnOutsideFunction() {
        #expect(err("return 1\n") == "'return' outside function @ 1:1")
        #expect(err("class C:\n    return\n") == "'return' outside function @ 2:5")
        #expect(err("def f():\n    return 1\n") == nil)
    }

    @Test func yieldOutsideFunction() {
        #expect(err("yield 1\n") == "'yield' outside function @ 1:1")
        #expect(err("class C:\n    x = yield\n") == "'yield' outside function @ 2:9")
        #expect(err("x = (yield from y)\n") == "'yield' outside function @ 1:5")
    }

    @Test func awaitOutsideFunction() {
        #expect(err("await x\n") == "'await' outside function @ 1:1")
        #expect(err("class C:\n    await x\n") == "'await' outside function @ 2:5")
    }

    @Test func awaitOutsideAsyncFunction() {
        #expect(err("def f():\n    await x\n") == "'await' outside async function @ 2:5")
        #expect(err("async def f():\n    g = lambda: await x\n") == "'await' outside async function @ 2:17")
        #expect(err("async def f():\n    await x\n") == nil)
    }

    @Test func asyncComprehensionOutsideAsyncFunction() {
        #expect(
            err("def f():\n    return [await x for x in y]\n")
                == "asynchronous comprehension outside of an asynchronous function @ 2:12")
        #expect(
            err("def f():\n    return {x async for x in y}\n")
                == "asynchronous comprehension outside of an asynchronous function @ 2:12")
        #expect(err("[await x for x in y]\n") == "asynchronous comprehension outside of an asynchronous function @ 1:1")
        // An awaiting generator expression is an async generator: allowed.
        #expect(err("def f():\n    return (await x for x in y)\n") == nil)
        // Nested comprehensions inside an async def are fine.
        #expect(err("async def f():\n    return [[await z for z in x] for x in y]\n") == nil)
    }

    @Test func asyncStatementsOutsideAsyncFunction() {
        #expect(err("def f():\n    async for x in y:\n        pass\n") == "'async for' outside async function @ 2:5")
        #expect(err("def f():\n    async with x:\n        pass\n") == "'async with' outside async function @ 2:5")
        #expect(err("async def f():\n    async for x in y:\n        pass\n    async with z:\n        pass\n") == nil)
    }

    @Test func breakOutsideLoop() {
        #expect(err("break\n") == "'break' outside loop @ 1:1")
        #expect(err("if x:\n    break\n") == "'break' outside loop @ 2:5")
        #expect(err("while x:\n    if y:\n        break\n") == nil)
        #expect(err("for x in y:\n    try:\n        break\n    finally:\n        pass\n") == nil)
    }

    @Test func continueNotInLoop() {
        #expect(err("continue\n") == "'continue' not properly in loop @ 1:1")
        #expect(err("for x in y:\n    continue\n") == nil)
    }

    @Test func loopElseIsNotInsideTheLoop() {
        #expect(err("for x in y:\n    pass\nelse:\n    break\n") == "'break' outside loop @ 4:5")
        #expect(err("while x:\n    pass\nelse:\n    continue\n") == "'continue' not properly in loop @ 4:5")
        #expect(err("while a:\n    for x in y:\n        pass\n    else:\n        break\n") == nil)
    }

    @Test func defInsideLoopResetsLoop() {
        #expect(err("while x:\n    def f():\n        break\n") == "'break' outside loop @ 3:9")
        #expect(err("for x in y:\n    class C:\n        continue\n") == "'continue' not properly in loop @ 3:9")
    }

    @Test func duplicateArgument() {
        #expect(err("def f(a, b, a):\n    pass\n") == "duplicate argument 'a' in function definition @ 1:13")
        #expect(err("def f(a, *, b, **a):\n    pass\n") == "duplicate argument 'a' in function definition @ 1:18")
        #expect(err("g = lambda x, x: 0\n") == "duplicate argument 'x' in function definition @ 1:15")
    }

    /// An `async def` that yields is a plain generator in MicroPython 1.29,
    /// which accepts `return value` and `yield from` in it (CPython does not).
    @Test func asyncGeneratorsAreGenerators() {
        #expect(err("async def f():\n    yield 1\n    return 2\n") == nil)
        #expect(err("async def f():\n    return 2\n    yield 1\n") == nil)
        #expect(err("async def f():\n    yield 1\n    return\n") == nil)
        #expect(err("def f():\n    yield 1\n    return 2\n") == nil)
        #expect(err("async def f():\n    yield from x\n") == nil)
    }

    @Test func yieldInsideComprehensions() {
        #expect(err("def f():\n    return [(yield x) for x in y]\n") == "'yield' inside list comprehension @ 2:13")
        #expect(err("def f():\n    return {(yield x) for x in y}\n") == "'yield' inside set comprehension @ 2:13")
        #expect(err("def f():\n    return {x: (yield) for x in y}\n") == "'yield' inside dict comprehension @ 2:16")
        #expect(err("def f():\n    return ((yield) for x in y)\n") == "'yield' inside generator expression @ 2:13")
        // The first iterable belongs to the enclosing function.
        #expect(err("def f():\n    return [x for x in (yield)]\n") == nil)
    }

    @Test func nonlocalAtModuleLevel() {
        #expect(err("nonlocal x\n") == "nonlocal declaration not allowed at module level @ 1:1")
    }

    @Test func noBindingForNonlocal() {
        #expect(err("def f():\n    nonlocal x\n") == "no binding for nonlocal 'x' found @ 2:5")
        #expect(err("x = 1\ndef f():\n    nonlocal x\n") == "no binding for nonlocal 'x' found @ 3:5")
        #expect(err("class C:\n    nonlocal x\n") == "no binding for nonlocal 'x' found @ 2:5")
        // A class between does not provide a binding.
        #expect(
            err("def f():\n    class C:\n        x = 1\n        def g():\n            nonlocal x\n")
                == "no binding for nonlocal 'x' found @ 5:13")
        // `global x` in the enclosing function hides outer bindings.
        #expect(
            err("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            nonlocal x\n")
                == "no binding for nonlocal 'x' found @ 6:13")
    }

    @Test func parameterAndGlobalOrNonlocal() {
        #expect(err("def f(x):\n    global x\n") == "name 'x' is parameter and global @ 2:5")
        #expect(err("def f():\n    x = 1\n    def g(x):\n        nonlocal x\n") == "name 'x' is parameter and nonlocal @ 4:9")
    }

    @Test func assignedBeforeDeclaration() {
        #expect(err("def f():\n    x = 1\n    global x\n") == "name 'x' is assigned to before global declaration @ 3:5")
        #expect(err("x = 1\nglobal x\n") == "name 'x' is assigned to before global declaration @ 2:1")
        #expect(
            err("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n")
                == "name 'x' is assigned to before nonlocal declaration @ 5:9")
        #expect(err("def f():\n    import x\n    global x\n") == "name 'x' is assigned to before global declaration @ 3:5")
    }

    @Test func usedBeforeDeclaration() {
        #expect(err("def f():\n    print(x)\n    global x\n") == "name 'x' is used prior to global declaration @ 3:5")
        #expect(
            err("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n")
                == "name 'x' is used prior to nonlocal declaration @ 5:9")
    }

    @Test func nonlocalAndGlobal() {
        #expect(
            err("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n")
                == "name 'x' is nonlocal and global @ 4:9")
    }

    @Test func annotatedGlobal() {
        #expect(err("def f():\n    global x\n    x: int = 1\n") == "annotated name 'x' can't be global @ 3:5")
        #expect(err("def f():\n    x: int\n    global x\n") == "annotated name 'x' can't be global @ 3:5")
    }

    @Test func importStarOutsideModule() {
        #expect(err("def f():\n    from os import *\n") == "import * only allowed at module level @ 2:20")
        #expect(err("class C:\n    from os import *\n") == "import * only allowed at module level @ 2:20")
    }

    @Test func walrusRebindsIterationVariable() {
        #expect(
            err("[x := 1 for x in y]\n")
                == "assignment expression cannot rebind comprehension iteration variable 'x' @ 1:2")
        #expect(
            err("[[(x := 1) for j in y] for x in z]\n")
                == "assignment expression cannot rebind comprehension iteration variable 'x' @ 1:4")
    }

    @Test func walrusInComprehensionInClassBody() {
        #expect(
            err("class C:\n    [(y := 1) for x in z]\n")
                == "assignment expression within a comprehension cannot be used in a class body @ 2:6")
        // Directly in a class body it is an ordinary binding.
        #expect(err("class C:\n    (y := 1)\n") == nil)
    }

    @Test func walrusInComprehensionIterable() {
        #expect(
            err("[x for x in (y := z)]\n")
                == "assignment expression cannot be used in a comprehension iterable expression @ 1:13")
        #expect(
            err("[x for a in b for x in (y := a)]\n")
                == "assignment expression cannot be used in a comprehension iterable expression @ 1:24")
    }

    @Test func assignToDebug() {
        #expect(err("def f(__debug__):\n    pass\n") == "cannot assign to __debug__ @ 1:7")
        #expect(err("import __debug__\n") == "cannot assign to __debug__ @ 1:8")
        #expect(err("del __debug__\n") == "cannot delete __debug__ @ 1:5")
    }

    @Test func errorsInsideNestedScopesStillReported() {
        #expect(
            err("class C:\n    def m(self):\n        x = [lambda: (yield) for i in y]\n        break\n")
                == "'break' outside loop @ 4:9")
    }
}
