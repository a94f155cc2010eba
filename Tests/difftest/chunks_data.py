"""Chunks over values: ints, ints carried across the small-int limit in
loops, floats, strings, string formatting, lists, dicts and tuples. Each
returns a list of lines; `n` makes its names unique."""
from .exprs import Exprs, FLOAT_SPECS, INT_SPECS, INT_VALUES, STR_LITS, int_lit


class DataChunks(Exprs):
    def c_int(self, n):
        rng, out, names = self.rng, [], []
        for j in range(rng.randint(2, 4)):
            names.append(f"i{n}_{j}")
            self.init(names[-1], self.int_expr(rng.randint(0, 2)), "7", out)
        for j in range(rng.randint(4, 9)):
            e = self.int_expr(rng.randint(1, 3), names)
            if rng.random() < 0.3:
                e = self.bool_expr(1, names)
            self.guarded(f"int{n}.{j}", e, out)
        return out

    def c_int_loop(self, n):
        rng = self.rng
        start = int_lit(rng, self.pick([2**30 - 3, 2**62 - 3, -2**62 + 2, 2**63 - 2, -2**30 + 2, 2**31 - 2, 2**61]))
        step = self.pick(["1", "-1", "2", "3", "k", "-k", "k * k"])
        op = self.pick(["+=", "-=", "+=", "*=" if rng.random() < 0.3 else "+="])
        if op == "*=":
            step = self.pick(["2", "-1", "3"])
        cnt = rng.randint(3, 7)
        out = [f"acc = {start}", "hist = []", f"for k in range({cnt}):",
               f"    acc {op} {step}", "    hist.append(acc)"]
        if rng.random() < 0.5:
            out += [f"    if acc {self.pick(['>', '<', '=='])} {int_lit(rng, self.pick([2**62, -2**62, 2**30, 2**63]))}:",
                    f"        print('cross{n}', k, acc)"]
        out += [f"print('loop{n}', hist)", f"print('loop{n} neg', -acc, acc // 3, acc % 7, acc >> 1, acc << 1, acc & 0xff, abs(acc))"]
        lo = self.pick([2**62 - 3, -2**62 - 2, 2**30 - 2, 2**63 - 8, -2**63, 0])
        out += [f"for j in range({int_lit(rng, lo)}, {int_lit(rng, lo)} + {rng.randint(2, 6)}{self.pick(['', ', 2', ', 1'])}):",
                f"    print('r{n}', j, j + 1, j * 2, -j)"]
        out += [f"w = {start}", "c = 0", f"while c < {cnt}:", f"    w = w * 2 if c % 2 else w - {self.pick(['1', '2**62', '2**30', '7'])}", "    c += 1",
                "    if w == 0:", "        break", "else:", f"    print('while{n} else', w)", f"print('while{n}', c, w)"]
        return out

    def c_float(self, n):
        rng, out, names = self.rng, [], []
        for j in range(rng.randint(2, 3)):
            names.append(f"f{n}_{j}")
            self.init(names[-1], self.float_expr(rng.randint(0, 2)), "0.5", out)
        for j in range(rng.randint(4, 9)):
            r = rng.random()
            if r < 0.6:
                e = self.float_expr(rng.randint(1, 3), (), names)
            elif r < 0.8:
                e = f"int({self.float_expr(2, (), names)})"
            else:
                e = f"({self.float_expr(1, (), names)} {self.pick(['<', '==', '>='])} {self.int_expr(1)})"
            self.guarded(f"flt{n}.{j}", e, out)
        return out

    def c_str(self, n):
        rng, out, names = self.rng, [], []
        for j in range(rng.randint(1, 3)):
            names.append(f"s{n}_{j}")
            self.init(names[-1], self.str_expr(rng.randint(0, 2)), "'abc'", out)
        for j in range(rng.randint(4, 9)):
            r = rng.random()
            if r < 0.55:
                e = self.str_expr(rng.randint(1, 3), (), (), names)
            elif r < 0.7:
                s = self.pick(names)
                e = f"{s}.{self.pick(['find', 'rfind', 'count', 'startswith', 'endswith'])}({self.pick(STR_LITS[1:9])})"
            elif r < 0.8:
                s = self.pick(names)
                e = f"{s}.{self.pick(['split', 'rsplit'])}({self.pick([repr(','), repr(' '), repr('a'), 'None'])}{self.pick(['', ', 1', ', 2'])})"
            elif r < 0.9:
                s = self.pick(names)
                e = f"[{s}.isdigit(), {s}.isalpha(), {s}.isspace(), {s}.isupper(), {s}.islower(), {s}.index({s}[:1]) if {s} else -1]"
            else:
                e = f"[c for c in {self.pick(names)}[:6]] + [ord(c) for c in {self.pick(names)}[-3:]]"
            self.guarded(f"str{n}.{j}", e, out)
        return out

    def c_format(self, n):
        rng, out = self.rng, []
        self.init("xi", self.int_expr(1), "42", out)
        self.init("xf", self.float_expr(1), "2.5", out)
        self.init("xs", self.str_expr(1), "'abc'", out)
        for j in range(rng.randint(4, 8)):
            r = rng.random()
            if r < 0.5:
                e = self.fstring(1, ["xi"], ["xf"], ["xs"])
            elif r < 0.7:
                e = f"format(xi, {self.pick(INT_SPECS)!r}) + '|' + format(xf, {self.pick(FLOAT_SPECS)!r})"
            elif r < 0.85:
                e = f"'{{:{self.pick(INT_SPECS)}}}/{{:{self.pick(FLOAT_SPECS)}}}/{{!r:>{rng.randint(0, 9)}}}'.format(xi, xf, xs)"
            else:
                e = f"'%{self.pick(['', '-', '0', '+'])}{rng.randint(0, 9)}{self.pick(['d', 'x', 'o', 'i'])}|%{self.pick(['', '.2', '.0', '10.3'])}{self.pick(['f', 'e', 'g'])}|%r|%s' % (xi, xf, xs, [xs])"
            self.guarded(f"fmt{n}.{j}", e, out)
        return out

    def c_list(self, n):
        rng = self.rng
        v = lambda: int_lit(rng, self.pick(INT_VALUES[:16] + [2**62, -2**63, 2**64]))
        out = [f"L = [{', '.join(v() for _ in range(rng.randint(0, 6)))}]", f"print('list{n}', L, len(L))"]
        for j in range(rng.randint(6, 12)):
            k = rng.randrange(18)
            if k == 0: op = f"L.append({v()})"
            elif k == 1: op = f"L.extend([{v()}, {v()}])"
            elif k == 2: op = f"L.insert({self.small(-8, 8)}, {v()})"
            elif k == 3: op = f"print('pop', L.pop({self.pick(['', str(self.small(-4, 4))])}))"
            elif k == 4: op = f"L.remove({v()})"
            elif k == 5: op = f"print('index', L.index({v()}))"
            elif k == 6: op = f"L.sort({self.pick(['', 'reverse=True', 'key=abs', 'key=lambda x: -x', 'key=lambda x: x % 10, reverse=True'])})"
            elif k == 7: op = "L.reverse()"
            elif k == 8: op = f"L[{self.small(-3, 2)}:{self.small(-1, 5)}] = [{v()}]{self.pick(['', ' * 2', ' * 0'])}"
            elif k == 9: op = f"del L[{self.small(-3, 2)}:{self.small(-1, 5)}]"
            elif k == 10: op = f"del L[{self.small(-4, 4)}]"
            elif k == 11: op = f"L[{self.small(-4, 4)}] = {v()}"
            elif k == 12: op = f"print('slice', L[::{self.pick([1, 2, -1, -2, 3])}], L[{self.small(-3, 3)}:])"
            elif k == 13: op = f"print('agg', min(L), max(L), sum(L), sorted(L, reverse=True))"
            elif k == 14: op = f"print('count', L.count({v()}), {v()} in L, L * 2 == L + L, L[:2] < L[1:3])"
            elif k == 15: op = f"L = L + [x * {v()} for x in L[:3] if x {self.pick(['>', '<', '!='])} 0]"
            elif k == 16: op = "M = L.copy(); M.append(0); print('copy', L == M, len(M))"
            else: op = f"print('enum', list(enumerate(L[:3], {self.small(0, 3)})), list(zip(L, reversed(L))))"
            out += ["try:", "    " + op, "except Exception as e:", "    print('list err', type(e).__name__)",
                    f"print('list{n}.{j}', L)"]
        return out

    def c_dict(self, n):
        rng = self.rng
        keys = ["'a'", "'b'", "'key'", "''", "1", "2", "-1", "1.0", "True", "(1, 2)", "2**62", "2**64", "'z'", "0", "False"]
        val = lambda: self.pick(["0", "1", "'v'", "None", "[1, 2]", "2**63", "-2.5", "(3,)"])
        out = [f"D = {{{', '.join(f'{self.pick(keys)}: {val()}' for _ in range(rng.randint(0, 5)))}}}", f"print('dict{n}', D)"]
        for j in range(rng.randint(6, 12)):
            k, key = rng.randrange(14), self.pick(keys)
            if k < 3: op = f"D[{key}] = {val()}"
            elif k == 3: op = f"del D[{key}]"
            elif k == 4: op = f"print('get', D.get({key}), D.get({key}, 'dflt'))"
            elif k == 5: op = f"print('setdefault', D.setdefault({key}, {val()}))"
            elif k == 6: op = f"print('pop', D.pop({key}{self.pick(['', ', -9'])}))"
            elif k == 7: op = f"D.update({{{self.pick(keys)}: {val()}, {self.pick(keys)}: {val()}}})"
            elif k == 8: op = f"print('in', {key} in D, len(D), list(D.keys()), list(D.values()))"
            elif k == 9: op = f"print('items', [(k, v) for k, v in D.items()])"
            elif k == 10: op = f"print('sub', D[{key}])"
            elif k == 11: op = f"E = {{k: v for k, v in D.items() if v is not None}}; print('comp', E, E == D)"
            elif k == 12: op = f"D = dict(D, **{{'kw{j}': {val()}}}); print('kw', len(D))"
            else: op = f"print('fromkeys', dict.fromkeys([{key}, {self.pick(keys)}], {val()}), sorted(str(k) for k in D))"
            out += ["try:", "    " + op, "except Exception as e:", "    print('dict err', type(e).__name__)",
                    f"print('dict{n}.{j}', D)"]
        return out

    def c_tuple(self, n):
        rng = self.rng
        elems = [int_lit(rng, self.pick(INT_VALUES)) if rng.random() < 0.6 else self.pick(STR_LITS[1:6]) for _ in range(rng.randint(3, 6))]
        out = [f"T = ({', '.join(elems)},)", f"print('tup{n}', T, len(T), T[1:], T[::-1], T * 2)"]
        out += [f"a, *b, c = T", f"print('star{n}', a, b, c)"]
        out += [f"(p, q), r = (T[0], T[-1]), T[1:3]", f"print('nest{n}', p, q, r)"]
        out += [f"p, q = q, p", f"print('swap{n}', p, q)"]
        out += [f"print('cmp{n}', T < T + (0,), T == tuple(list(T)), (1, 2) < (1, 3), (T[0],) > (T[-1],) if type(T[0]) == type(T[-1]) else None)"]
        out += [f"print('meth{n}', T.count(T[0]), T.index(T[-1]), T[0] in T, {self.pick(elems)} in T)"]
        out += [f"U = tuple(x for x in T if type(x) is int)", f"print('gen{n}', U, sum(U), sorted(U), {{U: 1}}[U] if U else 0)"]
        return out

