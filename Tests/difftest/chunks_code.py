"""Chunks over code: loops with break/continue/else, functions with
defaults, keywords, *args and **kwargs, closures and nonlocal, classes,
exceptions, generators, comprehensions, random nests of control flow over
int locals, and the rest (subscripts, attributes, unpacking, walrus,
global). Each returns a list of lines; `n` makes its names unique."""
from .exprs import Exprs, INT_VALUES, STR_LITS, int_lit


class CodeChunks(Exprs):
    # a, b, c of a control-flow chunk as printed: loops of *= can grow them
    # past the 4,300 digits str() allows, so huge values show reduced.
    bounded_abc = ", ".join(f"({x} if -10**300 < {x} < 10**300 else {x} % 10**300)" for x in "abc")

    def c_loops(self, n):
        rng = self.rng
        A, B = rng.randint(2, 7), rng.randint(1, 6)
        P, Q, R, S, T = rng.randint(2, 4), rng.randint(0, 1), rng.randint(2, 5), rng.randint(0, 2), rng.randint(3, 15)
        out = ["out = []", f"for i in {self.pick([f'range({A})', f'range({A}, -1, -1)', f'[{A}, 3, 1, 4]', f'reversed(range({A}))'])}:",
               f"    if i % {P} == {Q}:", "        continue", "    j = 0", f"    while j < {B}:", "        j += 1",
               f"        if (i * j) % {R} == {S}:", f"            {self.pick(['break', 'continue'])}", "        out.append(i * j)",
               "    else:", "        out.append(-i)", f"    if len(out) > {T}:", "        break", "else:", "    out.append('done')",
               f"print('loops{n}', out)"]
        if self.maybe(): out += ["total = 0", f"for x, y in zip(range({A}), '{'abcdefg'[:B]}'):", "    for z in range(x):",
                "        if z == 2:", "            break", "        total += z", "    else:", "        total += 100",
                f"print('zip{n}', total)"]
        if self.maybe(): out += ["k = 0", "found = None", f"while k < {A * 3}:", "    k += 1", f"    if k % {R} == 0 and k > {S}:",
                "        found = k", "        break", "else:", "    found = -1", f"print('search{n}', k, found)"]
        if self.maybe(): out += [f"for i, ch in enumerate('{self.pick(['hello', 'xy', 'loop', 'abcabc'])}'):", f"    if ch == '{self.pick('hlaxc')}':",
                f"        print('hit{n}', i)", "        break", "else:", f"    print('miss{n}')"]
        return out

    def c_funcs(self, n):
        rng = self.rng
        B, C = int_lit(rng, self.pick(INT_VALUES)), self.pick(STR_LITS[1:5])
        out = [f"def fa{n}(a, b={B}, *args, c={C}, **kw):", "    return (a, b, args, c, kw)",
               f"def fb{n}(x, y=[], z=None):", "    y.append(x)", "    return len(y), z",
               f"def fc{n}(*args):", "    return sum(args) if args else 0",
               f"def fd{n}(a, b, /, c=3, *, d=4):", "    return a - b + c * d"]
        pos = lambda: int_lit(rng, self.pick(INT_VALUES[:20]))
        for j in range(rng.randint(5, 10)):
            k = rng.randrange(9)
            if k == 0: e = f"fa{n}({pos()})"
            elif k == 1: e = f"fa{n}({', '.join(pos() for _ in range(rng.randint(1, 5)))})"
            elif k == 2: e = f"fa{n}({pos()}, c={pos()}, {self.pick(['z', 'q'])}={pos()}, y={pos()})"
            elif k == 3: e = f"fa{n}(*[{pos()}, {pos()}, {pos()}], **{{'c': {pos()}, 'w': 1}})"
            elif k == 4: e = f"fb{n}({pos()}), fb{n}({pos()}, z={pos()}), fb{n}(0, [])"
            elif k == 5: e = f"fc{n}({', '.join(pos() for _ in range(rng.randint(0, 5)))}), fc{n}(*range({rng.randint(0, 5)}))"
            elif k == 6: e = f"fd{n}({pos()}, {pos()}{self.pick(['', ', ' + pos(), ', d=' + pos(), ', c=1, d=2'])})"
            elif k == 7: e = f"fd{n}(1, b=2)"  # TypeError: positional-only passed by keyword
            else: e = f"fa{n}(b={pos()})"  # TypeError: missing a
            self.guarded(f"call{n}.{j}", e, out)
        out += [f"print('lam{n}', list(map(lambda x, k={pos()}: x * k, [1, 2, 3])), (lambda *a, **k: (a, k))(1, x=2))"]
        out += [f"def rec{n}(m):", "    return 1 if m <= 1 else m * rec{n}(m - 1)".replace("{n}", str(n)),
                f"print('rec{n}', rec{n}({rng.randint(5, 30)}))"]
        return out

    def c_closure(self, n):
        rng = self.rng
        start = int_lit(rng, self.pick([0, 5, 2**62 - 2, 2**30 - 1, -2**62]))
        out = [f"def make{n}(start):", "    total = start", "    log = []", "    def add(k=1):", "        nonlocal total",
               "        total += k", "        log.append(total)", "        return total", "    def get():", "        return total, len(log)",
               "    return add, get",
               f"add{n}, get{n} = make{n}({start})"]
        for j in range(rng.randint(2, 5)):
            out.append(f"print('add{n}', add{n}({self.pick(['', '1', '3', '-2', '2**62'])}))")
        out.append(f"print('get{n}', get{n}())")
        if self.maybe(): out += [f"fs = [lambda x, i=i: x + i for i in range({rng.randint(1, 4)})]", f"gs = [lambda x: x * i for i in range({rng.randint(1, 4)})]",
                f"print('late{n}', [f(10) for f in fs], [g(10) for g in gs])"]
        if self.maybe(): out += [f"def outer{n}():", "    x = 1", "    def mid():", "        nonlocal x", f"        x += {rng.randint(1, 9)}",
                "        def inner():", "            return x * 2", "        return inner", "    r = mid()()", "    x += 100", "    return r, x",
                f"print('nest{n}', outer{n}())"]
        if self.maybe(): out += [f"def counter{n}():", "    c = [0]", "    def inc():", "        c[0] += 1", "        return c[0]", "    return inc",
                f"ca, cb = counter{n}(), counter{n}()", f"print('counters{n}', ca(), ca(), cb(), ca())"]
        return out

    def c_class(self, n):
        rng = self.rng
        K = int_lit(rng, self.pick(INT_VALUES))
        out = [f"class Base{n}:", "    count = 0", f"    def __init__(self, x, y={rng.randint(0, 5)}):",
               "        self.x = x", "        self._y = y", f"        Base{n}.count += 1",
               "    @property", "    def y(self):", "        return self._y", "    @y.setter", "    def y(self, v):",
               f"        self._y = v {self.pick(['*', '+', '-'])} {rng.randint(1, 3)}",
               "    def area(self):", f"        return self.x * self._y + {K}",
               "    def __repr__(self):", f"        return 'Base{n}(%r, %r)' % (self.x, self._y)",
               "    def __eq__(self, other):", "        return isinstance(other, Base%d) and self.x == other.x" % n,
               "    def __lt__(self, other):", "        return self.area() < other.area()",
               "    def __add__(self, other):", f"        return Base{n}(self.x + other.x, self._y)",
               "    def describe(self):", "        return type(self).__name__ + ':' + str(self.area())",
               f"class Sub{n}(Base{n}):", "    def __init__(self, x, y, z):", "        super().__init__(x, y)", "        self.z = z",
               "    def area(self):", f"        return super().area() {self.pick(['+', '-', '*'])} self.z",
               "    def __str__(self):", "        return 'Sub(' + str(self.z) + ')'",
               "    def __len__(self):", f"        return abs(self.z) % {rng.randint(2, 9)}",
               "    def __iter__(self):", "        yield self.x", "        yield self.z"]
        if rng.random() < 0.5:
            out += [f"class Leaf{n}(Sub{n}):", "    tag = 'leaf'", "    def describe(self):", "        return 'L/' + super().describe()"]
            leaf = f"Leaf{n}"
        else:
            leaf = f"Sub{n}"
        v = lambda: int_lit(rng, self.pick(INT_VALUES[:22]))
        objs = [f"Base{n}({v()})", f"Base{n}({v()}, {v()})", f"Sub{n}({v()}, {v()}, {v()})", f"{leaf}({v()}, {v()}, {v()})"]
        rng.shuffle(objs)
        out += [f"objs = [{', '.join(objs)}]", f"print('objs{n}', objs, Base{n}.count)",
                f"print('areas{n}', [o.area() for o in objs])", f"print('desc{n}', [o.describe() for o in objs])",
                f"print('sorted{n}', sorted(objs), max(objs).x)", f"print('eq{n}', objs[0] == objs[1], objs[0] == objs[0], objs[0] != 3)",
                f"o = objs[{rng.randint(0, 3)}]", f"o.y = {v()}", f"print('prop{n}', o.y, o.area(), str(o), repr(o))",
                f"s = {leaf}({v()}, 2, {v()})", f"print('sub{n}', str(s), len(s), list(s), bool(s), isinstance(s, Base{n}), issubclass({leaf}, Sub{n}))",
                f"print('add{n}', objs[0] + objs[1], getattr(s, 'tag', 'none'), hasattr(o, 'z'))",
                f"print('cls{n}', type(s).__name__, Base{n}.count, {leaf}.count)"]
        return out

    def c_exc(self, n):
        rng = self.rng
        out = [f"class E{n}(Exception):", "    pass", f"class F{n}(E{n}):", "    def __init__(self, code):",
               "        super().__init__('F', code)", "        self.code = code",
               f"def risky{n}(k):"]
        cases = [f"raise E{n}('e', k)", f"raise F{n}(k * 2)", "return 10 // (k - k)", "return [1, 2][k]",
                 "return {'a': 1}['b']", "return int('xyz')", "raise TypeError", "return k ** 2", "raise ValueError(k)",
                 "return 2**62 * k", "raise KeyError(k)", "return None + k" if rng.random() < 0.5 else "return 'ab' * k"]
        rng.shuffle(cases)
        for i, c in enumerate(cases[:8]):
            out += [f"    if k == {i}:", f"        {c}"]
        out += ["    return -k"]
        handlers = [("F%d" % n, "print('F', e.args, e.code)"), ("E%d" % n, "print('E', e.args)"),
                    ("(ZeroDivisionError, IndexError)", "print('zi', type(e).__name__)"), ("LookupError", "print('lookup', type(e).__name__)"),
                    ("ValueError", "print('value', type(e).__name__)"), ("ArithmeticError", "print('arith', type(e).__name__)")]
        hs = rng.sample(handlers, rng.randint(1, 4))
        ks = [rng.randint(0, 9) for _ in range(rng.randint(4, 8))]
        out += [f"def drive{n}(k):", "    try:", f"        r = risky{n}(k)"]
        for h, body in hs:
            out += [f"    except {h} as e:", f"        {body}"]
        if rng.random() < 0.7:
            out += ["    else:", "        print('ok', r)"]
        if rng.random() < 0.7:
            out += ["    finally:", "        print('fin', k)"]
        out += ["    return k", f"for k in {ks}:", "    try:", f"        print('drive{n}', drive{n}(k))",
                "    except Exception as e:", f"        print('outer{n}', type(e).__name__)"]
        # finally interacting with return/break/continue, re-raise, raise from, context.
        use_fin = self.maybe()
        if use_fin: out += [f"def fin{n}(k):", "    for i in range(3):", "        try:", "            if i == k:",
                f"                {self.pick(['break', 'continue', 'return i * 10', 'raise E%d(i)' % n])}",
                "        finally:", f"            print('finally{n}', i)", "    return -1"]
        if use_fin: out += [f"for k in range(4):", "    try:", f"        print('fin{n}', fin{n}(k))", f"    except E{n} as e:", f"        print('finE{n}', e.args)"]
        if self.maybe(): out += [f"def chain{n}():", "    try:", "        [][1]", "    except IndexError as e:",
                f"        raise E{n}('wrapped') from e", f"try:", f"    chain{n}()", f"except E{n} as e:",
                f"    print('from{n}', type(e.__cause__).__name__, e.args)"]
        if self.maybe(): out += [f"def rer{n}(k):", "    try:", f"        risky{n}(k)", "    except Exception:", f"        print('rer{n}', k)", "        raise",
                "try:", f"    rer{n}({rng.randint(0, 8)})", "except Exception as e:", f"    print('reraised{n}', type(e).__name__)"]
        if self.maybe(): out += [f"def retfin{n}():", "    try:", "        return 'try'", "    finally:", f"        print('retfin{n} runs')",
                f"print(retfin{n}())"]
        if self.maybe(): out += ["try:", "    try:", "        1 / 0", "    except ZeroDivisionError:", "        {}['x']", "except KeyError as e:",
                f"    print('ctx{n}', type(e.__context__).__name__)"]
        return out

    def c_gen(self, n):
        rng = self.rng
        K = self.pick([1, 2, 3, 2**62, -1])
        out = [f"def gen{n}(a, b):", "    i = a", "    while i < b:", f"        if i % {rng.randint(2, 4)} == 0:", "            i += 1",
               "            continue", f"        x = yield i * {K}", "        if x is not None:", "            i += x", "        i += 1", "    return i",
               f"print('gen{n}', list(gen{n}(0, {rng.randint(3, 12)})))",
               f"g = gen{n}({rng.randint(0, 3)}, {rng.randint(6, 20)})"]
        for j in range(rng.randint(2, 5)):
            step = 'next(g)' if j == 0 else self.pick(['next(g)', 'g.send(1)', 'g.send(None)', 'g.send(2)'])
            out += ["try:", f"    print('step{n}', {step})",
                    "except StopIteration as e:", f"    print('stop{n}', e.value)"]
        if self.maybe(): out += [f"def outer{n}():", f"    r = yield from gen{n}(1, {rng.randint(3, 8)})", "    yield ('ret', r)", "    yield from [7, 8]",
                f"print('yf{n}', list(outer{n}()))"]
        if self.maybe(): out += [f"print('genexp{n}', sum(x * x for x in range({rng.randint(0, 10)}) if x % 2), list(x for x in 'abc'), any(x > 3 for x in range(5)), all(x for x in [1, 0]))"]
        if self.maybe(): out += [f"def fib{n}():", "    a, b = 0, 1", "    while True:", "        yield a", "        a, b = b, a + b",
                f"for i, v in enumerate(fib{n}()):", f"    if i >= {rng.randint(5, 95)}:", "        break",
                f"print('fib{n}', i, v)"]
        if self.maybe(): out += [f"it = iter(gen{n}(0, 5))", f"print('iter{n}', next(it), next(it, 'dflt'), list(it), next(it, 'end'))"]
        if self.maybe(): out += [f"def closer{n}():", "    try:", "        yield 1", "        yield 2", "    finally:", f"        print('closed{n}')",
                f"c = closer{n}()", "print(next(c))", "c.close()", "print('after close')"]
        return out

    def c_comp(self, n):
        rng = self.rng
        N = rng.randint(0, 8)
        out = []
        self.init("base", self.int_expr(1), "3", out)
        out += [f"sq = [x * x + base for x in range({N}) if x % {rng.randint(2, 3)}]", f"print('lc{n}', sq)",
               f"pairs = [(i, j) for i in range({rng.randint(0, 4)}) for j in range(i) if (i + j) % 2 == {rng.randint(0, 1)}]", f"print('pairs{n}', pairs)",
               f"dc = {{str(k): v for k, v in enumerate(sq)}}", f"print('dc{n}', dc)",
               f"sc = {{x % {rng.randint(2, 7)} for x in sq}}", f"print('sc{n}', sorted(sc), len(sc))",
               f"nested = [[c * k for c in 'ab'] for k in range({rng.randint(0, 3)})]", f"print('nested{n}', nested)",
               f"def scaled{n}(m):", "    return [x * m for x in sq if x > m]", f"print('scaled{n}', scaled{n}({rng.randint(0, 50)}))",
               f"print('agg{n}', sum(sq), max(sq, default=None), min([abs(x) for x in sq], default=0), sorted(sq, key=lambda v: -v)[:3])",
               f"words = {self.str_expr(1)}.split()", f"print('words{n}', {{w: len(w) for w in words}}, [w.upper() for w in words if w])",
               f"flat = [y for x in [[1, 2], [], [3]] for y in x]", f"print('flat{n}', flat, [x if x % 2 else -x for x in flat])"]
        return out

    def c_flow(self, n):
        """Random nests of if/for/while/try over a few int locals (the
        native back end keeps locals in SSA values across all of these)."""
        rng = self.rng
        vars_ = ["a", "b", "c"]
        out = [f"a, b, c = {int_lit(rng, self.pick(INT_VALUES))}, {int_lit(rng, self.pick(INT_VALUES[:14]))}, 0"]
        budget = [rng.randint(8, 16)]
        counter = [0]

        def block(ind, depth, loops):
            lines = []
            for _ in range(rng.randint(1, 3)):
                if budget[0] <= 0:
                    break
                budget[0] -= 1
                k = rng.randrange(11 if depth < 3 else 4)
                pad = "    " * ind
                v = self.pick(vars_)
                if k == 0:
                    lines.append(f"{pad}{v} = {self.int_expr(rng.randint(0, 2), vars_)}")
                elif k == 1:
                    lines.append(f"{pad}{v} {self.pick(['+=', '-=', '*=', '^=', '|='])} {self.int_expr(rng.randint(0, 1), vars_)}")
                elif k == 2:
                    counter[0] += 1
                    lines.append(f"{pad}print('flow{n}.{counter[0]}', {CodeChunks.bounded_abc})")
                elif k == 3 and loops:
                    lines += [f"{pad}if {self.pick(vars_)} {self.pick(['>', '<', '==', '!='])} {self.int_expr(0, vars_)}:",
                              f"{pad}    {self.pick(['break', 'continue'])}"]
                elif k in (4, 5):
                    lines.append(f"{pad}if {self.bool_expr(0, vars_)}:")
                    lines += block(ind + 1, depth + 1, loops) or [pad + "    pass"]
                    if self.maybe(0.5):
                        lines.append(f"{pad}else:")
                        lines += block(ind + 1, depth + 1, loops) or [pad + "    pass"]
                elif k == 6:
                    lines.append(f"{pad}for i{depth} in range({self.pick(['3', '4', '2', str(rng.randint(0, 6))])}):")
                    lines.append(f"{pad}    c += i{depth}")
                    lines += block(ind + 1, depth + 1, True)
                    if self.maybe(0.3):
                        lines += [f"{pad}else:", f"{pad}    c -= 1"]
                elif k == 7:
                    w = f"w{depth}"
                    lines += [f"{pad}{w} = 0", f"{pad}while {w} < {rng.randint(1, 5)}:", f"{pad}    {w} += 1"]
                    lines += block(ind + 1, depth + 1, True)
                elif k in (8, 9):
                    lines.append(f"{pad}try:")
                    risky = self.pick([f"{v} = {v} // ({self.pick(vars_)} - {self.pick(vars_)})",
                                       f"{v} = [1, 2, 3][{self.pick(vars_)} % 5]", f"{v} = int('{self.pick(['12', 'x', '-3', ''])}')",
                                       f"{v} = {v} % ({self.pick(vars_)} & 3)"])
                    lines.append(f"{pad}    {risky}")
                    lines += block(ind + 1, depth + 1, loops)
                    if self.maybe(0.8):
                        lines += [f"{pad}except {self.pick(['ZeroDivisionError', 'IndexError', 'ValueError', 'Exception', '(ValueError, ZeroDivisionError)'])} as e:",
                                  f"{pad}    print('caught{n}', type(e).__name__, {CodeChunks.bounded_abc})"]
                        lines += block(ind + 1, depth + 1, loops)
                        if self.maybe(0.3):
                            lines += [f"{pad}else:", f"{pad}    {v} += 1"]
                        if self.maybe(0.3):
                            lines += [f"{pad}finally:", f"{pad}    {self.pick(vars_)} -= 1"]
                    else:
                        lines += [f"{pad}finally:", f"{pad}    print('finally{n}', {CodeChunks.bounded_abc})"]
                else:
                    lines.append(f"{pad}{v} = {self.pick(vars_)} if {self.bool_expr(0, vars_)} else {self.int_expr(0, vars_)}")
            return lines

        out.append("try:")
        body = block(1, 0, False)
        out += body or ["    pass"]
        out += ["except Exception as e:", f"    print('flow{n} escaped', type(e).__name__)",
                f"print('flow{n} end', {CodeChunks.bounded_abc})"]
        return out

    def c_misc(self, n):
        """Augmented assignment to subscripts and attributes, star unpacking,
        dict merging, walrus, global, special methods of user classes."""
        rng = self.rng
        v = lambda: int_lit(rng, self.pick(INT_VALUES))
        out = [f"L = [{v()}, {v()}, {v()}]", f"D = {{'k': {v()}, 'j': [{v()}]}}",
               f"class Box{n}:", "    total = 0", "    def __init__(self, v):", "        self.v = v",
               "    def __getitem__(self, i):", "        return self.v * i", "    def __contains__(self, x):", "        return x == self.v",
               "    def __bool__(self):", "        return self.v != 0", "    def __call__(self, *a, **k):", "        return (self.v, a, sorted(k))",
               "    @classmethod", "    def make(cls, v):", f"        cls.total += 1", "        return cls(v)",
               "    @staticmethod", "    def twice(x):", "        return x * 2",
               f"global G{n}", f"G{n} = {v()}", f"def bump{n}(k):", f"    global G{n}", f"    G{n} += k", f"    return G{n}"]
        steps = [f"L[{self.small(-3, 2)}] += {v()}", f"L[{self.small(-3, 2)}] *= {self.small(-3, 3)}", f"D['k'] -= {v()}",
                 f"D['j'] += [{v()}]", f"D['j'][0] <<= {self.small(0, 65)}", f"bx = Box{n}.make({v()}); bx.v += {v()}",
                 f"bx = Box{n}({v()}); print('box', bx[{self.small(-2, 3)}], {v()} in bx, bool(bx), bx(1, 2, z=3, a=4), Box{n}.twice(bx.v), Box{n}.total)",
                 f"print('star', [*L, *D['j']], (*L[:1], 0), {{**D, 'k': 0, **{{'n': 1}}}})",
                 f"first, *rest = [*range({self.small(1, 5)}), {v()}]; print('unpack', first, rest)",
                 f"print('walrus', [y for x in L if (y := x % 10) > {self.small(0, 5)}], (z := {v()}) + 1, z)",
                 f"print('bump', bump{n}({v()}), bump{n}({self.small()}), G{n})",
                 f"print('chain', L[0] < L[1] < L[2], L[0] == L[0] != L[1], {v()} <= {v()} > {v()})",
                 f"x = {v()}; x //= {self.pick(['3', '-7', '2**31', '2**62'])}; x **= 2; x %= {self.pick(['10**9 + 7', '97', '-5'])}; print('aug', x)",
                 f"print('conv', int('{self.pick(['0x1f', '-0b101', '0o17', '  42 ', '1_000'])}', 0), int('{self.pick(['zz', '7f', 'ff', '10'])}', 36), float('{self.pick(['1e5', '-0.5', '  3.25 ', 'inf'])}'), bool({v()}))"]
        for j in range(rng.randint(5, 10)):
            out += ["try:", "    " + self.pick(steps), "except Exception as e:", "    print('misc err', type(e).__name__)",
                    f"print('misc{n}.{j}', L, D)"]
        return out
