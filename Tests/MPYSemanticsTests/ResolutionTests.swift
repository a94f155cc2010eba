// Name resolution rules (CPython 3.11 symtable semantics): locals, globals,
// cells and free variables, class scopes, comprehensions, walrus, __class__.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct ResolutionTests {
    typealias F = Fixture

    @Test func moduleNames() throws {
        let m = try F.model("x = 1\nprint(x)\n")
        #expect(F.resolution(m, "<module>", "x") == "local")
        #expect(F.resolution(m, "<module>", "print") == "global implicit")
        #expect(m.moduleScope.symbols.map(\.name) == ["x", "print"])
    }

    @Test func functionLocalsAndGlobals() throws {
        let m = try F.model("def f(a):\n    b = a\n    return c\n")
        #expect(F.resolution(m, "f", "a") == "local")
        #expect(F.scope(m, "f")?.symbol("a")?.isParameter == true)
        #expect(F.resolution(m, "f", "b") == "local")
        #expect(F.resolution(m, "f", "c") == "global implicit")
        #expect(F.resolution(m, "<module>", "f") == "local")
    }

    @Test func closureMakesCellAndFree() throws {
        let m = try F.model("def f():\n    x = 1\n    def g():\n        return x\n    return g\n")
        #expect(F.resolution(m, "f", "x") == "cell")
        #expect(F.resolution(m, "g", "x") == "free")
        #expect(F.scope(m, "f")?.cellVars == ["x"])
        #expect(F.scope(m, "g")?.freeVars == ["x"])
    }

    @Test func parameterCapturedIsCell() throws {
        let m = try F.model("def f(a, b):\n    return lambda: b\n")
        #expect(F.resolution(m, "f", "a") == "local")
        #expect(F.resolution(m, "f", "b") == "cell")
        #expect(F.resolution(m, "<lambda>", "b") == "free")
    }

    @Test func freeVariablePassesThroughMiddleFunction() throws {
        let m = try F.model("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n")
        #expect(F.resolution(m, "g", "x") == "free")
        #expect(F.scope(m, "g")?.freeVars == ["x"])
        #expect(F.scope(m, "g")?.symbol("x")?.flags.contains(.passThrough) == true)
        #expect(F.resolution(m, "h", "x") == "free")
        #expect(F.resolution(m, "f", "x") == "cell")
    }

    @Test func classScopeIsSkippedByMethods() throws {
        let m = try F.model("class C:\n    x = 1\n    def m(self):\n        return x\n")
        #expect(F.resolution(m, "C", "x") == "local")
        #expect(F.resolution(m, "m", "x") == "global implicit")
    }

    @Test func classBetweenBinderAndUserCarriesFreeVar() throws {
        let src = "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n"
        let m = try F.model(src)
        #expect(F.resolution(m, "f", "x") == "cell")
        #expect(F.resolution(m, "C", "x") == "local")
        #expect(F.scope(m, "C")?.freeVars == ["x"])
        #expect(F.resolution(m, "m", "x") == "free")
    }

    @Test func classBodyReadsEnclosingFunctionLocal() throws {
        let m = try F.model("def f():\n    y = 1\n    class C:\n        z = y\n")
        #expect(F.resolution(m, "C", "y") == "free")
        #expect(F.resolution(m, "f", "y") == "cell")
    }

    @Test func globalInEnclosingFunctionHidesOuterBinding() throws {
        let src = "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n"
        let m = try F.model(src)
        #expect(F.resolution(m, "g", "x") == "global explicit")
        #expect(F.resolution(m, "h", "x") == "global implicit")
        #expect(F.resolution(m, "f", "x") == "local")
    }

    @Test func nonlocalBindsEnclosingFunction() throws {
        let m = try F.model("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n")
        #expect(F.resolution(m, "g", "x") == "free")
        #expect(F.resolution(m, "f", "x") == "cell")
    }

    @Test func nonlocalInClassBody() throws {
        let m = try F.model("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n")
        #expect(F.resolution(m, "C", "x") == "free")
        #expect(F.resolution(m, "f", "x") == "cell")
    }

    @Test func comprehensionHasOwnScope() throws {
        let m = try F.model("def f(y):\n    return [x * k for x in y]\n")
        let comp = try #require(F.scope(m, "<listcomp>"))
        #expect(comp.kind == .comprehension)
        #expect(comp.symbol("x")?.resolution == .local)
        #expect(comp.symbol("y") == nil)  // first iterable runs in f
        #expect(comp.symbol("k")?.resolution == .globalImplicit)
        #expect(F.resolution(m, "f", "y") == "local")
    }

    @Test func laterIterablesRunInsideComprehension() throws {
        let m = try F.model("def f(a):\n    return {x: z for x in a for z in x}\n")
        let comp = try #require(F.scope(m, "<dictcomp>"))
        #expect(comp.symbols.map(\.name) == ["x", "z"])
        #expect(F.resolution(m, "f", "a") == "local")
    }

    @Test func comprehensionVariableCapturedByLambda() throws {
        let m = try F.model("fs = [lambda: i for i in range(3)]\n")
        #expect(F.resolution(m, "<listcomp>", "i") == "cell")
        #expect(F.resolution(m, "<lambda>", "i") == "free")
        #expect(F.resolution(m, "<module>", "range") == "global implicit")
    }

    @Test func generatorExpressionScope() throws {
        let m = try F.model("g = (x for x in y)\n")
        let s = try #require(F.scope(m, "<genexpr>"))
        #expect(s.isGenerator)
        #expect(s.comprehensionKind == .generator)
    }

    @Test func walrusInComprehensionBindsInFunction() throws {
        let m = try F.model("def f(z):\n    [(y := x) for x in z]\n    return y\n")
        #expect(F.resolution(m, "f", "y") == "cell")
        #expect(F.resolution(m, "<listcomp>", "y") == "free")
        #expect(F.resolution(m, "<listcomp>", "x") == "local")
    }

    @Test func walrusInComprehensionAtModuleIsGlobal() throws {
        let m = try F.model("[(y := x) for x in z]\n")
        #expect(F.resolution(m, "<listcomp>", "y") == "global explicit")
        #expect(F.resolution(m, "<module>", "y") == "local")
    }

    @Test func walrusInNestedComprehensionSkipsBothComprehensions() throws {
        let m = try F.model("def f(a):\n    [[(t := j) for j in i] for i in a]\n")
        #expect(F.resolution(m, "f", "t") == "cell")
        let comps = m.scopes.filter { $0.name == "<listcomp>" }
        #expect(comps.count == 2)
        for c in comps { #expect(c.symbol("t")?.resolution == .free) }
    }

    @Test func walrusRespectsGlobalDeclaration() throws {
        let m = try F.model("def f(a):\n    global t\n    [(t := j) for j in a]\n")
        #expect(F.resolution(m, "<listcomp>", "t") == "global explicit")
        #expect(F.resolution(m, "f", "t") == "global explicit")
    }

    @Test func superNeedsClassCell() throws {
        let m = try F.model("class C(B):\n    def m(self):\n        return super().m()\n")
        let c = try #require(F.scope(m, "C"))
        #expect(c.needsClassCell)
        #expect(c.cellVars == ["__class__"])
        #expect(F.resolution(m, "m", "__class__") == "free")
        #expect(F.resolution(m, "m", "super") == "global implicit")
    }

    @Test func dunderClassInLambdaInsideMethod() throws {
        let m = try F.model("class C:\n    def m(self):\n        return lambda: __class__\n")
        #expect(F.scope(m, "C")?.needsClassCell == true)
        #expect(F.resolution(m, "m", "__class__") == "free")
        #expect(F.resolution(m, "<lambda>", "__class__") == "free")
    }

    @Test func superOutsideClassIsGlobal() throws {
        let m = try F.model("def f():\n    return super()\n")
        #expect(F.resolution(m, "f", "__class__") == "global implicit")
    }

    @Test func classWithoutSuperHasNoCell() throws {
        let m = try F.model("class C:\n    def m(self):\n        return 1\n")
        #expect(F.scope(m, "C")?.needsClassCell == false)
        #expect(F.scope(m, "C")?.cellVars == [])
    }

    @Test func importBindings() throws {
        let m = try F.model("def f():\n    import a.b.c\n    import d.e as g\n    from h import i, j as k\n")
        let f = try #require(F.scope(m, "f"))
        #expect(f.symbols.map(\.name) == ["a", "g", "i", "k"])
        #expect(f.symbols.allSatisfy { $0.resolution == .local && $0.flags.contains(.imported) })
    }

    @Test func importStarAtModule() throws {
        let m = try F.model("from os import *\n")
        #expect(m.moduleScope.hasImportStar)
    }

    @Test func annotationOnlyMakesLocal() throws {
        let m = try F.model("def f():\n    x: int\n    return x\n")
        #expect(F.resolution(m, "f", "x") == "local")
        #expect(F.resolution(m, "f", "int") == "global implicit")
    }

    @Test func parenthesizedAnnotationTargetDoesNotBind() throws {
        let m = try F.model("def f():\n    (x): int\n    return x\n")
        #expect(F.resolution(m, "f", "x") == "global implicit")
    }

    @Test func defaultsDecoratorsAndAnnotationsRunInEnclosingScope() throws {
        let src = "def f():\n    d = 1\n    t = 2\n    @dec\n    def g(a=d, b: t = 0) -> r:\n        pass\n"
        let m = try F.model(src)
        #expect(F.resolution(m, "f", "d") == "local")
        #expect(F.resolution(m, "f", "t") == "local")
        #expect(F.resolution(m, "f", "dec") == "global implicit")
        #expect(F.resolution(m, "f", "r") == "global implicit")
        #expect(F.scope(m, "g")?.symbols.map(\.name) == ["a", "b"])
    }

    @Test func classBasesRunInEnclosingScope() throws {
        let m = try F.model("def f():\n    B = object\n    class C(B, metaclass=M):\n        pass\n")
        #expect(F.resolution(m, "f", "B") == "local")
        #expect(F.resolution(m, "f", "M") == "global implicit")
        #expect(F.scope(m, "C")?.symbols.isEmpty == true)
    }

    @Test func otherBindingForms() throws {
        let src = """
            def f():
                for a, (b, *c) in x:
                    pass
                with open() as d:
                    pass
                try:
                    pass
                except E as e:
                    pass
                del g
                h += 1
            """
        let m = try F.model(src)
        for n in ["a", "b", "c", "d", "e", "g", "h"] {
            #expect(F.resolution(m, "f", n) == "local", "\(n)")
        }
        #expect(F.resolution(m, "f", "E") == "global implicit")
    }

    @Test func generatorAndAsyncFlags() throws {
        let src = "def g():\n    yield 1\nasync def a():\n    await x\nasync def ag():\n    yield 1\n"
        let m = try F.model(src)
        let g = try #require(F.scope(m, "g"))
        #expect(g.isGenerator && !g.isAsync && !g.isCoroutine)
        let a = try #require(F.scope(m, "a"))
        #expect(!a.isGenerator && a.isAsync && a.isCoroutine)
        let ag = try #require(F.scope(m, "ag"))
        #expect(ag.isGenerator && ag.isAsync)
    }

    @Test func asyncComprehensionInsideAsyncFunction() throws {
        let m = try F.model("async def f(a):\n    return [await x for x in a]\n")
        #expect(F.scope(m, "<listcomp>")?.isCoroutine == true)
        let m2 = try F.model("async def f(a):\n    return [x async for x in a]\n")
        #expect(F.scope(m2, "<listcomp>")?.isCoroutine == true)
    }

    @Test func lambdaYieldIsGenerator() throws {
        let m = try F.model("f = lambda: (yield)\n")
        #expect(F.scope(m, "<lambda>")?.isGenerator == true)
    }

    @Test func scopeTreeAndParents() throws {
        let m = try F.model("def f():\n    class C:\n        def m(self):\n            pass\n")
        #expect(m.scopes.map(\.name) == ["<module>", "f", "C", "m"])
        #expect(m.scopes.map(\.parent) == [nil, 0, 1, 2])
        #expect(m.scopes[0].children == [1])
        #expect(m.scopes[1].kind == .function && m.scopes[2].kind == .class)
    }

    @Test func parameterKinds() throws {
        let m = try F.model("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    pass\n")
        let f = try #require(F.scope(m, "f"))
        #expect(f.params.map(\.name) == ["a", "b", "c", "args", "d", "e", "kw"])
        #expect(
            f.params.map(\.kind) == [.positionalOnly, .positionalOnly, .positional, .varArgs, .keywordOnly, .keywordOnly, .varKeywords])
        #expect(f.params.map(\.hasDefault) == [false, true, true, false, false, true, false])
    }
}
