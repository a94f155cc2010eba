"""Expressions of the random programs: literals around the small-int limits
and the other values worth testing, and int, float, str, f-string and bool
expressions over names the chunk defines. The chunk builders
(chunks_data.py, chunks_code.py) extend this class."""

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


class Exprs:
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
