#!/usr/bin/env python3
"""Differential testing: random Python programs under CPython 3, mpy-native
bytecode and mpy-native native code (at each LLVM level asked for).

The generator builds each program from 2-4 random *chunks* (int boundary
arithmetic around 2**30/2**62/2**63 and beyond, loops that carry ints across
the small-int limit, floats with + - * / // % and round(), strings, string
formatting and f-strings, lists, dicts, tuples, loops with break/continue/else,
functions with defaults/keywords/*args/**kwargs, closures and nonlocal,
classes with inheritance, super() and properties, exceptions, generators,
comprehensions, random nests of if/for/while/try over int locals, augmented
subscript/attribute assignment, star unpacking, walrus, global). A chunk
runs at module level or inside a function and prints `== chunk N kind` and
then many labelled values, so a mismatch points at a line. Risky expressions are guarded by try/except that prints only the
exception type name. Nothing depends on set order, id(), hash(), time or
exception message texts, nor on what MicroPython lacks (range bounds
beyond 64 bits, generator finalization when dropped). Some programs end with an uncaught exception or
sys.exit(n) on purpose. A program CPython rejects is a generator bug and is
reported as INVALID, not as a mismatch.

Program I of seed S is always the same text (its generator is seeded with
"S:I"). For each program the driver compares stdout, exit status and the
type of an uncaught exception (the contract of scripts/run-programs.py) of
every mode with CPython's. A mismatch is re-run once (a pass the second
time is reported as FLAKY), then saved to DIR/S_I/ (prog.py, the outputs of
every run) and shrunk by deleting chunks and statements (and unwrapping
compound statements) while the same mismatch persists: DIR/S_I/min.py.

Usage:
  scripts/difftest.py [--count N] [--seed S] [--jobs J] [--modes bytecode,native]
                      [--opt-levels O0,O2] [--save DIR] [--binary PATH] [--no-shrink]
  scripts/difftest.py --seed S --print I      # print program I of seed S
  scripts/difftest.py --shrink FILE --modes native --opt-levels O0   # shrink a file
To reproduce a failure: run DIR/S_I/min.py (or prog.py) with
`mpy-native run --emit native -O0 FILE` and with python3, or
`scripts/difftest.py --seed S --start I --count 1`.
CI: scripts/difftest.py --count 200 --jobs 2 --seed 1
Ends with `difftest: N passed, M failed`; exit status 1 if anything failed.
MPY_NATIVE_CACHE is passed through to mpy-native.
"""
import argparse, ast, functools, concurrent.futures, os, random, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- generator

INT_VALUES = [0, 1, -1, 2, 3, -3, 7, -7, 10, 13, 100, -100, 255, 256, 1000, 65535,
              2**30 - 1, 2**30, 2**30 + 1, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31,
              2**62 - 1, 2**62, 2**62 + 1, -2**62, -2**62 - 1, -2**62 + 1,
              2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**64 + 1, 10**20, -10**25, 3**50]
FLOAT_LITS = ["0.0", "-0.0", "0.5", "1.5", "0.1", "0.2", "0.3", "2.5", "-2.75", "3.14159",
              "1e-07", "0.0025", "1e16", "1e22", "123456789.125", "1.7976931348623157e+308",
              "5e-324", "100.0", "-1e300", "7.0", "0.125", "1e100", "float('inf')", "float('nan')"]
STR_LITS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad me  '", "'a,b,,c'", "'xyzzy'",
            "'MiXeD cAsE'", "'12345'", "'line1\\nline2'", "'tab\\there'", "'h\\u00e9llo w\\u00f6rld'",
            "'aaa'", "'-42'", "'x y z'", "'quote\\'s'"]
INT_SPECS = ["", "d", ">10", "<8", "^9", "+d", "x", "X", "#x", "o", "#o", "b", "08d", ",", "_", "*^12", "-", " d"]
FLOAT_SPECS = ["", ".3f", "10.2f", "<12.1f", "e", ".2e", ".4g", "g", "+.1f", "08.3f", ".0f", ".2%", ",.2f"]
STR_SPECS = ["", ">8", "<8", "^10", "*<7", ".3", "10.2"]


def int_lit(rng, v):
    r = rng.random()
    if r < 0.2 and v > 1 and (v & (v - 1)) == 0:
        return f"2**{v.bit_length() - 1}"
    if r < 0.3 and abs(v) > 255:
        return ("-" if v < 0 else "") + hex(abs(v))
    if r < 0.4 and abs(v) >= 2**30:
        b = abs(v).bit_length()
        for p in (b - 1, b):
            d = abs(v) - 2**p
            if abs(d) <= 2:
                e = f"2**{p}" + (f" + {d}" if d > 0 else f" - {-d}" if d < 0 else "")
                return f"-({e})" if v < 0 else f"({e})"
    return str(v) if v >= 0 else f"({v})" if rng.random() < 0.3 else str(v)


class Gen:
    # a, b, c of a control-flow chunk as printed: loops of *= can grow them
    # past the 4,300 digits str() allows, so huge values show reduced.
    bounded_abc = ", ".join(f"({x} if -10**300 < {x} < 10**300 else {x} % 10**300)" for x in "abc")

    def __init__(self, rng):
        self.rng = rng

    def maybe(self, p=0.45):
        return self.rng.random() < p

    def pick(self, xs):
        return self.rng.choice(xs)

    def small(self, lo=-5, hi=12):
        return self.rng.randint(lo, hi)

    # Expressions over the names in `iv` (ints), `fv` (floats), `sv` (strs).
    def int_expr(self, d, iv=(), fv=(), sv=()):
        rng = self.rng
        if d <= 0 or rng.random() < 0.25:
            if iv and rng.random() < 0.5:
                return self.pick(iv)
            return int_lit(rng, self.pick(INT_VALUES))
        a = lambda: self.int_expr(d - 1, iv, fv, sv)
        k = rng.randrange(20)
        if k < 5:
            return f"({a()} {self.pick(['+', '-', '*', '+', '-'])} {a()})"
        if k == 5:
            return f"({a()} {self.pick(['//', '%'])} {a()})"
        if k == 6:
            return f"({a()} {self.pick(['&', '|', '^'])} {a()})"
        if k == 7:
            return f"({a()} << {rng.randint(0, 70)})"
        if k == 8:
            return f"({a()} >> {rng.choice([0, 1, 3, 30, 31, 32, 62, 63, 64, 100])})"
        if k == 9:
            return f"{self.pick(['-', '~', '+'])}{a()}"
        if k == 10:
            return f"abs({a()})"
        if k == 11:
            return f"({a()}) ** {rng.randint(0, 4)}"
        if k == 12:
            return f"pow({a()}, {rng.randint(0, 40)}, {self.pick([7, 10, 97, 2**31 - 1, 2**61 - 1, -13])})"
        if k == 13:
            return f"{self.pick(['min', 'max'])}({a()}, {a()})"
        if k == 14 and d > 1:
            return f"int({self.float_expr(d - 1, iv, fv, sv)})"
        if k == 15:
            return f"len({self.str_expr(d - 1, iv, fv, sv)})"
        if k == 16:
            return f"({a()} if {self.bool_expr(d - 1, iv, fv, sv)} else {a()})"
        if k == 17:
            return f"divmod({a()}, {a()})[{rng.randint(0, 1)}]"
        if k == 18:
            return f"int(str({a()}))" if rng.random() < 0.5 else f"round({self.float_expr(d - 1, iv, fv, sv)})"
        return f"sum([{a()}, {a()}, {a()}])"

    def float_expr(self, d, iv=(), fv=(), sv=()):
        rng = self.rng
        if d <= 0 or rng.random() < 0.25:
            if fv and rng.random() < 0.5:
                return self.pick(fv)
            return self.pick(FLOAT_LITS)
        a = lambda: self.float_expr(d - 1, iv, fv, sv)
        k = rng.randrange(12)
        if k < 4:
            return f"({a()} {self.pick(['+', '-', '*', '/'])} {a()})"
        if k == 4:
            return f"({a()} {self.pick(['+', '-', '*', '/'])} {self.int_expr(d - 1, iv, fv, sv)})"
        if k == 5:
            return f"float({self.int_expr(d - 1, iv, fv, sv)})"
        if k == 6:
            return f"({self.int_expr(d - 1, iv, fv, sv)} / {self.int_expr(d - 1, iv, fv, sv)})"
        if k == 7:
            return f"round({a()}, {rng.randint(0, 4)})"
        if k == 8:
            return f"({a()} {self.pick(['//', '%'])} {a()})"
        if k == 9:
            return f"{self.pick(['-', 'abs'])}({a()})"
        if k == 10:
            return f"{self.pick(['min', 'max'])}({a()}, {a()})"
        return f"float({self.pick(['1.25', '-3', '1e3', '0.1', 'inf', '-0'])!r})"

    def str_expr(self, d, iv=(), fv=(), sv=()):
        rng = self.rng
        if d <= 0 or rng.random() < 0.25:
            if sv and rng.random() < 0.5:
                return self.pick(sv)
            return self.pick(STR_LITS)
        a = lambda: self.str_expr(d - 1, iv, fv, sv)
        k = rng.randrange(16)
        if k < 2:
            return f"({a()} + {a()})"
        if k == 2:
            return f"({a()} * {rng.randint(0, 3)})"
        if k == 3:
            return f"{a()}.{self.pick(['upper', 'lower', 'strip', 'lstrip', 'rstrip'])}()"
        if k == 4:
            return f"{a()}.replace({self.pick(STR_LITS[1:8])}, {self.pick(STR_LITS[:4])})"
        if k == 5:
            sl = [self.pick(['', str(self.small(-6, 8))]) for _ in range(2)]
            st = self.pick(['', '', ':' + str(self.pick([1, 2, 3, -1, -2]))])
            return f"{a()}[{sl[0]}:{sl[1]}{st}]"
        if k == 6:
            return f"str({self.int_expr(d - 1, iv, fv, sv)})"
        if k == 7:
            return f"repr({self.float_expr(d - 1, iv, fv, sv)})"
        if k == 8:
            return f"repr({a()})"
        if k == 9:
            return f"{self.pick(STR_LITS[3:8])}.join({a()}.split({self.pick(['', repr(' '), repr(','), repr('a')])}))".replace(".split()", ".split()")
        if k == 10:
            return self.fstring(d - 1, iv, fv, sv)
        if k == 11:
            return f"{a()}.center({rng.randint(0, 14)}, {self.pick(['*', '-', ' '])!r})"
        if k == 12:
            # At least three characters, so that every index here exists.
            return f"({a()} + 'xyz')[{self.small(-3, 2)}]"
        if k == 13:
            return f"('%s|%5d|%-6s|%.2f|%x' % ({a()}, {self.int_expr(d - 1, iv)}, {a()}, {self.float_expr(d - 1, fv=fv)}, {self.int_expr(d - 1, iv)}))"
        if k == 14:
            return f"'{{0}}-{{1!r}}-{{0}}'.format({a()}, {a()})"
        return f"{a()}.{self.pick(['partition', 'rpartition'])}({self.pick(STR_LITS[1:8])})[{rng.randint(0, 2)}]"

    def fstring(self, d, iv=(), fv=(), sv=()):
        parts = []
        for _ in range(self.rng.randint(1, 3)):
            t = self.rng.randrange(3)
            if t == 0:
                e, spec = self.int_expr(d, iv, fv, sv), self.pick(INT_SPECS)
            elif t == 1:
                e, spec = self.float_expr(d, iv, fv, sv), self.pick(FLOAT_SPECS)
            else:
                e, spec = self.str_expr(d, iv, fv, sv), self.pick(STR_SPECS)
            e = e.replace("'", '"')  # stay inside the f'...' quotes (3.11 syntax)
            if '\\' in e or 'f"' in e:
                e = self.pick(iv) if iv else "7"
                spec = self.pick(INT_SPECS)
            parts.append(self.pick(["", "<", "v=", " "]) + "{" + e + (":" + spec if spec else "") + "}")
        return "f'" + "|".join(parts) + "'"

    def bool_expr(self, d, iv=(), fv=(), sv=()):
        rng = self.rng
        k = rng.randrange(8)
        op = self.pick(['<', '<=', '==', '!=', '>', '>='])
        if k < 2:
            return f"({self.int_expr(d, iv, fv, sv)} {op} {self.int_expr(d, iv, fv, sv)})"
        if k == 2:
            return f"({self.float_expr(d, iv, fv, sv)} {op} {self.int_expr(d, iv, fv, sv)})"
        if k == 3:
            return f"({self.str_expr(d, iv, fv, sv)} {op} {self.str_expr(d, iv, fv, sv)})"
        if k == 4:
            return f"({self.str_expr(d, iv, fv, sv)} in {self.str_expr(d, iv, fv, sv)})"
        if k == 5:
            return f"(not {self.int_expr(d, iv, fv, sv)})"
        if k == 6:
            a = self.int_expr(d, iv, fv, sv)
            return f"({self.int_expr(0, iv)} < {a} <= {self.int_expr(0, iv)})"
        return f"({self.int_expr(d, iv, fv, sv)} {self.pick(['and', 'or'])} {self.float_expr(d, iv, fv, sv)})"

    def init(self, name, expr, fallback, out):
        out += ["try:", f"    {name} = {expr}", "except Exception as e:",
                f"    print('init {name}', type(e).__name__)", f"    {name} = {fallback}"]

    def guarded(self, label, expr, out):
        if self.maybe(0.6):
            out.append(f"show({label!r}, lambda: ({expr}))")
            return
        out += ["try:", f"    print({label!r}, {expr})", "except Exception as e:",
                f"    print({label!r}, 'raised', type(e).__name__)"]

    # ------------------------------------------------------------ chunks
    # Each returns a list of lines; `n` makes its names unique.

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
                    lines.append(f"{pad}print('flow{n}.{counter[0]}', {Gen.bounded_abc})")
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
                                  f"{pad}    print('caught{n}', type(e).__name__, {Gen.bounded_abc})"]
                        lines += block(ind + 1, depth + 1, loops)
                        if self.maybe(0.3):
                            lines += [f"{pad}else:", f"{pad}    {v} += 1"]
                        if self.maybe(0.3):
                            lines += [f"{pad}finally:", f"{pad}    {self.pick(vars_)} -= 1"]
                    else:
                        lines += [f"{pad}finally:", f"{pad}    print('finally{n}', {Gen.bounded_abc})"]
                else:
                    lines.append(f"{pad}{v} = {self.pick(vars_)} if {self.bool_expr(0, vars_)} else {self.int_expr(0, vars_)}")
            return lines

        out.append("try:")
        body = block(1, 0, False)
        out += body or ["    pass"]
        out += ["except Exception as e:", f"    print('flow{n} escaped', type(e).__name__)",
                f"print('flow{n} end', {Gen.bounded_abc})"]
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

    KINDS = ["int", "int_loop", "float", "str", "format", "list", "dict", "tuple", "loops",
             "funcs", "closure", "class", "exc", "gen", "comp", "flow", "flow", "misc"]

    def program(self):
        rng = self.rng
        lines = ["# difftest program", "def show(label, f):", "    try:", "        v = f()", "    except Exception as e:",
                 "        print(label, 'raised', type(e).__name__)", "    else:", "        print(label, v)"]
        nchunks = rng.randint(2, 4)
        for n in range(nchunks):
            kind = self.pick(self.KINDS)
            body = getattr(self, "c_" + kind)(n)
            lines.append(f"print('== chunk {n} {kind}')")
            if rng.random() < 0.6:
                lines.append(f"def chunk{n}():")
                lines += ["    " + l for l in body]
                lines.append(f"chunk{n}()")
            else:
                lines += body
        r = rng.random()
        if r < 0.06:
            lines += ["class Final(Exception):", "    pass", "def boom():", "    raise Final('end')", "print('raising')", "boom()"]
        elif r < 0.1:
            lines.append(self.pick(["[][0]", "{}['k']", "int('z')", "1 // 0", "None.attr", "undefined_name"]))
        elif r < 0.12:
            lines += ["import sys", f"sys.exit({rng.randint(0, 5)})"]
        if r < 0.12:
            lines[0] = "# difftest program (ends early)"
        lines.append("print('end')")
        return "\n".join(lines) + "\n"


def generate(seed, index):
    return Gen(random.Random(f"{seed}:{index}")).program()

# ------------------------------------------------------------------- driver

def last_exception(stderr):
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    return lines[-1].split(":")[0].strip() if lines else None


def run(cmd, cwd, timeout, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return ("", -1, "timeout", "timeout")
    return (p.stdout, p.returncode, last_exception(p.stderr) if p.returncode else None, p.stderr)


def run_cpython(path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=os.path.join(ROOT, "Tests", "cpython-shims"))
    return run([sys.executable, os.path.basename(path)], os.path.dirname(path), 10, env)


def mode_flags(mode):
    if mode == "bytecode":
        return ["--emit", "bytecode"]
    emit, _, opt = mode.partition("-")
    return ["--emit", emit] + (["--opt-level", opt] if opt else [])


def run_mode(binary, mode, path):
    return run([binary, "run"] + mode_flags(mode) + [os.path.basename(path)], os.path.dirname(path), 60)


def signature(want, got):
    """None when `got` matches CPython's `want`; else what kind of mismatch."""
    if got[1] != want[1] or got[2] != want[2]:
        return ("status", got[1], got[2])
    if got[0] != want[0]:
        return ("stdout",)
    return None


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<end>"
        y = bl[i] if i < len(bl) else "<end>"
        if x != y:
            return f"line {i + 1}: expected {x[:70]!r}, got {y[:70]!r}"
    return "same stdout"


def describe(want, got):
    if got[1] != want[1] or got[2] != want[2]:
        tail = [l for l in got[3].strip().splitlines() if l.strip()][-1:] or [""]
        return f"exit {got[1]} ({got[2]}), expected {want[1]} ({want[2]}): {tail[0][:120]}; stdout {first_diff(want[0], got[0])}"
    return "stdout " + first_diff(want[0], got[0])


# Shrinking: statement lists of the AST, deleted in chunks then one by one;
# compound statements are also replaced by their bodies.

def stmt_lists(tree):
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            lst = getattr(node, field, None)
            if isinstance(lst, list) and lst and isinstance(lst[0], ast.stmt):
                yield node, field
        if isinstance(node, ast.Try):
            pass  # handlers' bodies are reached by ast.walk (ExceptHandler.body)


def shrink(source, keep, log=lambda s: None):
    """Greedy reduction of `source` while keep(candidate_source) holds."""
    tested = {}
    tree = ast.parse(source)
    current = [ast.unparse(tree) + "\n"]

    def ok():
        # True only for a new, smaller program that still fails the same way.
        try:
            src = ast.unparse(tree) + "\n"
        except Exception:
            return False
        if src == current[0] or len(src) >= len(current[0]):
            return False
        if src not in tested:
            tested[src] = keep(src)
        if tested[src]:
            current[0] = src
            log(f"  shrink: {len(src.splitlines())} lines")
        return tested[src]

    changed = True
    while changed:
        changed = False
        # Pass 1: delete runs of statements, big runs first (outer lists
        # first, so statements inside deleted code are not tried).
        for node, field in list(stmt_lists(tree)):
            if not attached(tree, node):
                continue
            lst = getattr(node, field)
            size = max(1, len(lst) // 2)
            while size >= 1:
                i = len(lst) - size
                while i >= 0:
                    lst = getattr(node, field)
                    cand = lst[:i] + lst[i + size:]
                    if not cand:
                        cand = [ast.Pass()]
                    setattr(node, field, cand)
                    if ok():
                        changed = True
                    else:
                        setattr(node, field, lst)
                    i -= size
                lst = getattr(node, field)
                size //= 2
        # Pass 2: replace a compound statement by its body.
        for node, field in list(stmt_lists(tree)):
            if not attached(tree, node):
                continue
            lst = getattr(node, field)
            i = 0
            while i < len(lst):
                s = lst[i]
                if isinstance(s, (ast.If, ast.For, ast.While, ast.Try, ast.With)) and s.body:
                    setattr(node, field, lst[:i] + s.body + lst[i + 1:])
                    if ok():
                        changed = True
                        lst = getattr(node, field)
                        continue
                    setattr(node, field, lst)
                i += 1
    return current[0]


def attached(tree, node):
    return any(n is node for n in ast.walk(tree))


def make_keep(binary, mode, want_sig, want_cpython_status, workdir):
    path = os.path.join(workdir, "cand.py")

    def keep(src):
        with open(path, "w") as f:
            f.write(src)
        want = run_cpython(path)
        if (want[1], want[2]) != want_cpython_status:
            return False
        got = run_mode(binary, mode, path)
        return signature(want, got) == want_sig
    return keep


def save_failure(save, name, src, want, results):
    d = os.path.join(save, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "prog.py"), "w") as f:
        f.write(src)
    for mode, res in [("cpython", want)] + list(results.items()):
        with open(os.path.join(d, mode + ".out"), "w") as f:
            f.write(f"# exit {res[1]} exception {res[2]}\n{res[0]}\n# stderr\n{res[3]}")
    return d


def check_program(binary, modes, seed, index, src, workdir):
    d = os.path.join(workdir, f"p{index}")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, f"prog_{seed}_{index}.py")
    with open(path, "w") as f:
        f.write(src)
    want = run_cpython(path)
    results, failing, flaky = {}, {}, []
    planned = src.startswith("# difftest program (ends early)")
    invalid = None
    if want[2] == "timeout":
        invalid = "CPython timed out"
    elif want[1] != 0 and not planned:
        invalid = f"CPython exit {want[1]}: {want[3].strip().splitlines()[-1] if want[3].strip() else ''}"
    if invalid:
        return index, src, want, results, failing, flaky, invalid
    for mode in modes:
        got = run_mode(binary, mode, path)
        results[mode] = got
        if signature(want, got):
            again = run_mode(binary, mode, path)
            if signature(want, again) is None:
                flaky.append(mode)
                continue
            failing[mode] = describe(want, got)
    shutil.rmtree(d, ignore_errors=True)
    return index, src, want, results, failing, flaky, None


print = functools.partial(print, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--start", type=int, default=0, help="index of the first program")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--modes", default="bytecode,native")
    ap.add_argument("--opt-levels", default="O0,O2", help="LLVM levels for native modes")
    ap.add_argument("--save", default="/tmp/difftest-failures")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "mpy-native"))
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--print", type=int, metavar="I", help="print program I of --seed and exit")
    ap.add_argument("--shrink", metavar="FILE", help="shrink FILE against the first mode that fails")
    args = ap.parse_args()
    if args.print is not None:
        sys.stdout.write(generate(args.seed, args.print))
        return 0
    binary = os.path.abspath(args.binary)
    modes = []
    for m in args.modes.split(","):
        if m == "bytecode":
            modes.append(m)
        else:
            modes += [f"{m}-{o}" for o in args.opt_levels.split(",")]
    workdir = tempfile.mkdtemp(prefix="difftest-")
    if args.shrink:
        src = open(args.shrink).read()
        p = os.path.join(workdir, "orig.py")
        open(p, "w").write(src)
        want = run_cpython(p)
        for mode in modes:
            sig = signature(want, run_mode(binary, mode, p))
            if sig:
                print(f"{mode}: {sig}; shrinking")
                print(shrink(src, make_keep(binary, mode, sig, (want[1], want[2]), workdir), print), end="")
                return 1
        print("no mismatch")
        return 0
    t0 = time.time()
    passed, failed, invalid, flaky_count = 0, 0, 0, 0
    failures = []
    indices = range(args.start, args.start + args.count)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = [pool.submit(check_program, binary, modes, args.seed, i, generate(args.seed, i), workdir) for i in indices]
        for fut in futs:
            index, src, want, results, failing, flaky, bad = fut.result()
            name = f"{args.seed}_{index}"
            for mode in flaky:
                flaky_count += 1
                print(f"FLAKY {name} {mode}: failed once, passed on a re-run")
            if bad:
                invalid += 1
                d = save_failure(args.save, "invalid_" + name, src, want, results)
                print(f"INVALID {name}: {bad} (generator bug; saved in {d})")
            elif failing:
                failed += 1
                d = save_failure(args.save, name, src, want, results)
                print(f"FAIL {name} (saved in {d})")
                for mode, why in failing.items():
                    print(f"    {mode}: {why}")
                failures.append((name, src, want, failing, d))
            else:
                passed += 1
    if not args.no_shrink:
        for name, src, want, failing, d in failures:
            mode = next(iter(failing))
            sig = signature(want, run_mode(binary, mode, os.path.join(d, "prog.py")))
            if not sig:
                continue
            small = shrink(src, make_keep(binary, mode, sig, (want[1], want[2]), workdir))
            with open(os.path.join(d, "min.py"), "w") as f:
                f.write(small)
            mp = os.path.join(d, "min.py")
            w2 = run_cpython(mp)
            print(f"SHRUNK {name} ({mode}) to {len(small.splitlines())} lines: {mp}")
            for m in [x for x in failing] + [x for x in modes if x not in failing]:
                g = run_mode(binary, m, mp)
                print(f"    {m}: {'ok' if not signature(w2, g) else describe(w2, g)}")
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"time: {time.time() - t0:.1f} s for {args.count} programs, modes {','.join(modes)}, {args.jobs} jobs")
    if invalid or flaky_count:
        print(f"invalid programs (generator bugs): {invalid}, flaky runs: {flaky_count}")
    print(f"difftest: {passed} passed, {failed + invalid} failed")
    return 1 if failed or invalid else 0


if __name__ == "__main__":
    sys.exit(main())
