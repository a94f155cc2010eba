// Structure checks for the parses most easily got wrong: precedence,
// chained comparisons, targets, with-items, dict/lambda/set displays, soft
// keywords, slices. Pattern matching on the AST keeps them exact.
import Testing
@testable import MPYSyntax

@Suite struct ParserTests {
    func name(_ e: Expr) -> String? { if case .name(let n) = e.kind { return n }; return nil }

    @Test func unaryMinusBindsLooserThanPower() throws {
        // -x**2 is -(x**2)
        guard case .unary(.minus, let inner) = try firstExpr("-x**2").kind,
            case .binary(let b, .pow, let e) = inner.kind
        else { Issue.record("-x**2"); return }
        #expect(name(b) == "x")
        #expect(e.range == SourceRange(4, 5))
        // 2**-1 takes a unary exponent; ** is right associative.
        guard case .binary(_, .pow, let exp) = try firstExpr("2**-1").kind, case .unary(.minus, _) = exp.kind else {
            Issue.record("2**-1"); return
        }
        guard case .binary(_, .pow, let right) = try firstExpr("2**3**2").kind, case .binary(_, .pow, _) = right.kind else {
            Issue.record("2**3**2"); return
        }
        // await binds tighter than **.
        let m = try parse("async def f():\n    return await a ** 2\n")
        guard case .functionDef(let f) = m.body[0].kind, case .return(let r?) = f.body[0].kind,
            case .binary(let base, .pow, _) = r.kind, case .await = base.kind
        else { Issue.record("await"); return }
    }

    @Test func notBindsLooserThanComparison() throws {
        guard case .unary(.not, let inner) = try firstExpr("not a == b").kind,
            case .compare(_, let ops) = inner.kind
        else { Issue.record("not a == b"); return }
        #expect(ops.map(\.0) == [.eq])
    }

    @Test func bitwiseAndArithmeticPrecedence() throws {
        // a | b ^ c & d << e + f * g  ==  a | (b ^ (c & (d << (e + (f * g)))))
        var e = try firstExpr("a | b ^ c & d << e + f * g")
        for op in [BinaryOp.bitOr, .bitXor, .bitAnd, .lshift, .add, .mul] {
            guard case .binary(_, let got, let rhs) = e.kind else { Issue.record("missing \(op)"); return }
            #expect(got == op)
            e = rhs
        }
        #expect(name(e) == "g")
        // Same precedence associates to the left: a - b - c == (a - b) - c.
        guard case .binary(let lhs, .sub, let c) = try firstExpr("a - b - c").kind,
            case .binary(_, .sub, _) = lhs.kind
        else { Issue.record("a - b - c"); return }
        #expect(name(c) == "c")
    }

    @Test func booleanOperatorsFlatten() throws {
        guard case .boolOp(.or, let values) = try firstExpr("a or b and c or d").kind else { Issue.record("or"); return }
        #expect(values.count == 3)
        guard case .boolOp(.and, let inner) = values[1].kind else { Issue.record("and"); return }
        #expect(inner.compactMap(name) == ["b", "c"])
        // Parentheses keep a separate node.
        guard case .boolOp(.and, let outer) = try firstExpr("(a and b) and c").kind else { Issue.record("paren"); return }
        #expect(outer.count == 2)
    }

    @Test func chainedComparison() throws {
        guard case .compare(let first, let rest) = try firstExpr("a < b <= c in d not in e is f is not g == h != i > j >= k").kind else {
            Issue.record("compare"); return
        }
        #expect(name(first) == "a")
        #expect(rest.map(\.0) == [.lt, .ltE, .in, .notIn, .is, .isNot, .eq, .notEq, .gt, .gtE])
        #expect(rest.compactMap { name($0.1) } == ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k"])
    }

    @Test func conditionalExpressionNestsToTheRight() throws {
        guard case .ifExp(let test, let body, let orElse) = try firstExpr("a if b else c if d else e").kind,
            case .ifExp = orElse.kind
        else { Issue.record("ifexp"); return }
        #expect(name(test) == "b")
        #expect(name(body) == "a")
    }

    @Test func starredTargets() throws {
        let m = try parse("a, *b, (c, *d) = x\n")
        guard case .assign(let targets, _) = m.body[0].kind, targets.count == 1,
            case .tuple(let elts) = targets[0].kind, elts.count == 3,
            case .starred(let b) = elts[1].kind, case .tuple(let inner) = elts[2].kind,
            case .starred = inner[1].kind
        else { Issue.record("targets"); return }
        #expect(name(b) == "b")
        #expect(parseError("*a = b")?.message == "starred assignment target must be in a list or tuple")
        #expect(parseError("*a, *b = c")?.message == "multiple starred expressions in assignment")
        #expect(parseError("del *a, b")?.message == "cannot delete starred")
        // A starred expression alone is not a statement.
        #expect(parseError("*a")?.message == "can't use starred expression here")
    }

    @Test func chainedAssignmentKeepsEveryTarget() throws {
        guard case .assign(let targets, let value) = try parse("a = b.c = d[0] = 1").body[0].kind else { Issue.record("assign"); return }
        #expect(targets.count == 3)
        guard case .constant(.int) = value.kind else { Issue.record("value"); return }
        if case .attribute(_, let attr) = targets[1].kind { #expect(attr.name == "c") } else { Issue.record("attr") }
    }

    @Test func withItemsParenthesizedVersusTuple() throws {
        // `with (a as b, c as d):` is two items.
        guard case .with(let items, _, false) = try parse("with (a as b, c as d,):\n    pass\n").body[0].kind else {
            Issue.record("with items"); return
        }
        #expect(items.count == 2)
        #expect(items.compactMap { $0.target.flatMap(name) } == ["b", "d"])
        // `with (a, b):` is two items too (as in CPython 3.9+), not a tuple.
        guard case .with(let one, _, _) = try parse("with (a, b):\n    pass\n").body[0].kind else { Issue.record("pair"); return }
        #expect(one.count == 2)
        #expect(one.allSatisfy { $0.target == nil })
        // `with (a, b) as c:` is one item with a tuple context and a target.
        guard case .with(let t, _, _) = try parse("with (a, b) as c:\n    pass\n").body[0].kind else { Issue.record("as"); return }
        #expect(t.count == 1 && t[0].target.flatMap(name) == "c")
        // `with (a) as b, c:` is two items.
        guard case .with(let two, _, _) = try parse("with (a) as b, c:\n    pass\n").body[0].kind else { Issue.record("two"); return }
        #expect(two.count == 2)
        // `with (yield):` is a yield expression.
        let y = try parse("def g():\n    with (yield):\n        pass\n")
        guard case .functionDef(let f) = y.body[0].kind, case .with(let yi, _, _) = f.body[0].kind,
            case .yield(nil) = yi[0].context.kind
        else { Issue.record("yield"); return }
    }

    @Test func lambdaInDictDisplay() throws {
        guard case .dict(let items) = try firstExpr("{'k': lambda: 1, 'j': lambda a, b=2: a}").kind else {
            Issue.record("dict"); return
        }
        #expect(items.count == 2)
        guard case .lambda(_, let ps, _) = items[1].value.kind else { Issue.record("lambda"); return }
        #expect(ps.args.map(\.name.name) == ["a", "b"])
        #expect(ps.defaults.count == 1)
        // A lambda as the first element of a set: its ':' is not a dict colon.
        guard case .set(let elts) = try firstExpr("{lambda: 1, 2}").kind else { Issue.record("set"); return }
        #expect(elts.count == 2)
        guard case .dict(let withLambdaKey) = try firstExpr("{(lambda: 1): 2}").kind else { Issue.record("key"); return }
        #expect(withLambdaKey.count == 1)
        guard case .dict(let unpack) = try firstExpr("{**a, 'b': 1, **c}").kind else { Issue.record("unpack"); return }
        #expect(unpack.map { $0.key == nil } == [true, false, true])
        guard case .dict(let empty) = try firstExpr("{}").kind else { Issue.record("empty"); return }
        #expect(empty.isEmpty)
    }

    @Test func matchIsAnOrdinaryName() throws {
        let m = try parse("match = 1\nmatch.x\nmatch(a)\nmatch[0] = 2\nmatch, case = 1, 2\nprint(match)\n")
        #expect(m.body.count == 6)
        guard case .assign(let t, _) = m.body[0].kind, name(t[0]) == "match" else { Issue.record("assign"); return }
        guard case .expr(let e) = m.body[1].kind, case .attribute(let base, let attr) = e.kind else { Issue.record("attr"); return }
        #expect(name(base) == "match" && attr.name == "x")
        #expect(parseError("match x:\n    case 1:\n        pass\n")?.message == "'match' statements are not supported by MicroPython")
    }

    @Test func printIsACallNotAStatement() throws {
        guard case .call(let f, let args, let kws) = try firstExpr("print(x, end='')").kind else { Issue.record("call"); return }
        #expect(name(f) == "print")
        #expect(args.count == 1)
        #expect(kws.map { $0.name?.name } == ["end"])
        let err = parseError("print 'hello'")
        #expect(err?.message == "Missing parentheses in call to 'print'. Did you mean print(...)?")
        #expect(err?.offset == 0)
    }

    @Test func slices() throws {
        guard case .subscript(_, let s) = try firstExpr("a[1:2:3]").kind,
            case .slice(let lo?, let hi?, let st?) = s.kind
        else { Issue.record("1:2:3"); return }
        #expect(
            [lo, hi, st].allSatisfy {
                if case .constant(.int) = $0.kind { return true }; return false
            })
        guard case .subscript(_, let s2) = try firstExpr("a[::]").kind, case .slice(nil, nil, nil) = s2.kind else {
            Issue.record("::"); return
        }
        guard case .subscript(_, let s3) = try firstExpr("a[::-1]").kind, case .slice(nil, nil, let step?) = s3.kind,
            case .unary(.minus, _) = step.kind
        else { Issue.record("::-1"); return }
        guard case .subscript(_, let multi) = try firstExpr("a[1:2, ::3, i]").kind, case .tuple(let dims) = multi.kind else {
            Issue.record("multi"); return
        }
        #expect(dims.count == 3)
        if case .slice = dims[1].kind {} else { Issue.record("dim 1 is not a slice") }
        if case .name("i") = dims[2].kind {} else { Issue.record("dim 2 is not a name") }
        guard case .subscript(_, let one) = try firstExpr("a[i,]").kind, case .tuple(let e1) = one.kind else {
            Issue.record("a[i,]"); return
        }
        #expect(e1.count == 1)
        guard case .subscript(_, let st) = try firstExpr("a[*b]").kind, case .tuple(let one) = st.kind,
            one.count == 1, case .starred = one[0].kind
        else { Issue.record("a[*b]"); return }
    }

    @Test func callArguments() throws {
        guard case .call(_, let args, let kws) = try firstExpr("f(a, *b, c=1, *d, **e, g=2)").kind else { Issue.record("call"); return }
        #expect(args.count == 3)
        #expect(kws.map { $0.name?.name ?? "**" } == ["c", "**", "g"])
        guard case .call(_, let gen, _) = try firstExpr("f(x for x in y)").kind, case .generator = gen.first?.kind else {
            Issue.record("genexp"); return
        }
        #expect(parseError("f(x for x in y, 1)")?.message == "Generator expression must be parenthesized")
        #expect(parseError("f(a=1, b)")?.message == "positional argument follows keyword argument")
        #expect(parseError("f(**a, *b)")?.message == "iterable argument unpacking follows keyword argument unpacking")
        #expect(parseError("f(a=1, a=2)")?.message == "keyword argument repeated: a")
    }

    @Test func parameters() throws {
        guard case .functionDef(let f) = try parse("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass\n").body[0].kind else {
            Issue.record("def"); return
        }
        #expect(f.params.posOnly.map(\.name.name) == ["a", "b"])
        #expect(f.params.args.map(\.name.name) == ["c"])
        #expect(f.params.vararg?.name.name == "args")
        #expect(f.params.kwOnly.map(\.name.name) == ["d", "e"])
        #expect(f.params.kwDefaults.map { $0 == nil } == [true, false])
        #expect(f.params.kwarg?.name.name == "kw")
        #expect(f.params.defaults.count == 2)
        #expect(f.params.all.count == 7)
        #expect(f.returns != nil)
        #expect(parseError("def f(a=1, b): pass")?.message == "non-default argument follows default argument")
        #expect(parseError("def f(*): pass")?.message == "named arguments must follow bare *")
        #expect(parseError("def f(/): pass")?.message == "at least one argument must precede /")
        #expect(parseError("def f(**k, a): pass")?.message == "arguments cannot follow var-keyword argument")
    }

    @Test func relativeImports() throws {
        let m = try parse("from . import x\nfrom ..a.b import c as d\nfrom .m import (a, b,)\nfrom ....p import q\nimport a.b.c as d\n")
        guard case .importFrom(nil, let n0, 1) = m.body[0].kind else { Issue.record("from ."); return }
        #expect(n0.map(\.name) == ["x"])
        guard case .importFrom("a.b", let n1, 2) = m.body[1].kind else { Issue.record("from .."); return }
        #expect(n1.first?.asName?.name == "d")
        guard case .importFrom("m", let n2, 1) = m.body[2].kind else { Issue.record("from .m"); return }
        #expect(n2.map(\.name) == ["a", "b"])
        guard case .importFrom("p", _, 4) = m.body[3].kind else { Issue.record("from ...."); return }
        guard case .import(let aliases) = m.body[4].kind else { Issue.record("import"); return }
        #expect(aliases.first?.name == "a.b.c" && aliases.first?.asName?.name == "d")
        #expect(parseError("from m import a,")?.message == "trailing comma not allowed without surrounding parentheses")
    }

    @Test func scopesAreNumberedInSourceOrder() throws {
        let m = try parse("def f():\n    g = lambda: [x for x in y]\nclass C:\n    pass\n")
        #expect(m.scopeCount == 5)
        guard case .functionDef(let f) = m.body[0].kind, case .classDef(let c) = m.body[1].kind else { Issue.record("defs"); return }
        #expect(f.scope == 1)
        #expect(c.scope == 4)
    }

    @Test func rangesCoverTheWholeConstruct() throws {
        let text = "x = (a +\n     b)\nif c:\n    pass\nelse:\n    d = 1\n"
        let m = try parse(text)
        guard case .assign(_, let v) = m.body[0].kind else { Issue.record("assign"); return }
        #expect(slice(text, v.range) == "(a +\n     b)")
        #expect(slice(text, m.body[1].range) == "if c:\n    pass\nelse:\n    d = 1")
    }

    @Test func statementErrors() {
        #expect(parseError("if x\n    pass\n")?.message == "expected ':'")
        #expect(parseError("def f():\nreturn 1\n")?.message == "expected an indented block after function definition on line 1")
        #expect(parseError("x = 1\n    y = 2\n")?.message == "unexpected indent")
        #expect(parseError("1 = x")?.message == "cannot assign to literal here. Maybe you meant '==' instead of '='?")
        #expect(parseError("f() = 1")?.message == "cannot assign to function call here. Maybe you meant '==' instead of '='?")
        #expect(parseError("a, b += 1")?.message == "'tuple' is an illegal expression for augmented assignment")
        #expect(
            parseError("try:\n    pass\nexcept* E:\n    pass\n")?.message == "'except*' (exception groups) is not supported by MicroPython")
        #expect(parseError("x := 1") == CompileError("invalid syntax: an assignment expression (:=) must be parenthesized here", at: 2))
        #expect(parseError("f(a.b=1)")?.message == "expression cannot contain assignment, perhaps you meant \"==\"?")
    }
}
