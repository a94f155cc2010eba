// Golden tests of the `--dump scopes` text: exact layout, ordering and
// markers, since other tools diff it.
import Testing
import MPYSyntax
@testable import MPYSemantics

@Suite struct DumpTests {
    func dump(_ src: String, options: SemanticOptions = .init()) throws -> String {
        ScopeDump.render(try Fixture.model(src, options: options))
    }

    @Test func emptyModule() throws {
        #expect(try dump("") == "scope 0 module <module>\n")
    }

    @Test func fullExample() throws {
        let src = """
            from micropython import const
            X = const(1)
            _Y = const(X + 0.5)
            @micropython.native
            def f(a, b=2, /, c=3, *args, d, **kw):
                print(X, _Y)
                g = lambda: b
                yield g
            class C(Base):
                X = 2
                def m(self):
                    return super().m(X)
            async def h(xs):
                return [await x for x in xs if (n := x)]
            """
        let expected = """
            scope 0 module <module>
              consts: X=1 (global), _Y=1.5 (hidden)
              symbols:
                const: local import
                X: local const global
                _Y: local const hidden
                f: local def
                C: local class
                Base: global implicit
                h: local def
            scope 1 function f (parent 0) emitter=native generator
              consumed decorators: 0
              params: a, b=..., /, c=..., *args, d, **kw
              symbols:
                a: param local
                b: param cell
                c: param local
                args: param local
                d: param local
                kw: param local
                print: global implicit
                X: global implicit
                _Y: global implicit
                g: local
              inlined: X=1, _Y=1.5
              cellvars: b
            scope 2 lambda <lambda> (parent 1) emitter=native
              params: (none)
              symbols:
                b: free
              freevars: b
            scope 3 class C (parent 0) class-cell
              symbols:
                X: local
                m: local def
              cellvars: __class__
            scope 4 function m (parent 3) emitter=bytecode
              params: self
              symbols:
                self: param local
                super: global implicit
                __class__: free
                X: global implicit
              inlined: X=1
              freevars: __class__
            scope 5 function h (parent 0) emitter=bytecode async coroutine
              params: xs
              symbols:
                xs: param local
                n: cell
              cellvars: n
            scope 6 comprehension <listcomp> (parent 5) emitter=bytecode coroutine
              symbols:
                x: local
                n: free
              freevars: n

            """
        #expect(try dump(src) == expected)
    }

    @Test func passThroughAndClassFreeVars() throws {
        let src = """
            from m import *
            def f():
                x = 1
                @micropython.viper
                class C:
                    x = 2
                    def g(self):
                        return lambda: x
            """
        let expected = """
            scope 0 module <module> import-star
              symbols:
                f: local def
            scope 1 function f (parent 0) emitter=bytecode
              params: (none)
              symbols:
                x: cell
                C: local class
              cellvars: x
            scope 2 class C (parent 1) methods-emitter=viper
              consumed decorators: 0
              symbols:
                x: local (also free)
                g: local def
              freevars: x
            scope 3 function g (parent 2) emitter=viper
              params: self
              symbols:
                self: param local
                x: free
              freevars: x
            scope 4 lambda <lambda> (parent 3) emitter=viper
              params: (none)
              symbols:
                x: free
              freevars: x

            """
        #expect(try dump(src) == expected)
    }

    @Test func globalsNonlocalsAndComprehensionOrder() throws {
        let src = """
            def f(*, k=1):
                global g
                g = {v: w for v in k for w in v}
                def inner():
                    nonlocal k
            """
        let expected = """
            scope 0 module <module>
              symbols:
                f: local def
            scope 1 function f (parent 0) emitter=bytecode
              params: *, k=...
              symbols:
                k: param cell
                g: global explicit
                inner: local def
              cellvars: k
            scope 2 comprehension <dictcomp> (parent 1) emitter=bytecode
              symbols:
                v: local
                w: local
            scope 3 function inner (parent 1) emitter=bytecode
              params: (none)
              symbols:
                k: free
              freevars: k

            """
        #expect(try dump(src) == expected)
    }

    @Test func dumpIsDeterministic() throws {
        let src = "def a():\n    x = y = z = 1\n    return lambda: (z, y, x)\n"
        let first = try dump(src)
        for _ in 0..<5 { #expect(try dump(src) == first) }
        #expect(first.contains("  cellvars: x, y, z\n"))
        #expect(first.contains("  freevars: z, y, x\n"))
    }
}
