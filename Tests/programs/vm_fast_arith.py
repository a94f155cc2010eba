# The interpreter's inline arithmetic (BINARY, INPLACE, COMPARE): small-int
# results at the edges of the small-int range (2**30 on the boards, 2**62 on
# the host) must overflow into big ints exactly; floats, -0.0, NaN, mixing.
EDGES = []
for e in (29, 30, 31, 61, 62, 63):
    for d in (-2, -1, 0, 1):
        EDGES.append(2**e + d)
        EDGES.append(-(2**e) - d)
SMALL = [0, 1, -1, 2, -2, 3, -7, 7, 31, 32, 63, 64]


def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b != 0:
        out.append(a // b)
        out.append(a % b)
    if 0 <= b < 70:
        out.append(a << b)
        out.append(a >> b)
    return out


total = 0
lines = 0
for a in EDGES + SMALL:
    for b in EDGES + SMALL:
        r = ops(a, b)
        total ^= hash(tuple(r))
        lines += 1
        if lines % 97 == 0:
            print(a, b, r)
print("lines", lines)

# In-place forms on the same values.
for a in EDGES:
    x = a
    x += 1
    x -= 3
    x *= 2
    x //= 3
    x %= 1000003
    x <<= 5
    x >>= 2
    x &= 0xFFFFFFFFFFFF
    x |= 1
    x ^= 0x55
    print(a, x)

# The most negative small int over -1, and around it.
for e in (30, 62):
    m = -(2**e)
    print(m // -1, m % -1, m * -1, -m, m - 1, m + -1, (m + 1) // -1)
    print(divmod(m, -1), divmod(m, 7), divmod(-m, -7))

# Shifts: counts up to and past the word, negative counts.
for s in (0, 1, 29, 30, 31, 32, 61, 62, 63, 64, 100):
    print(s, 1 << s, -1 << s, 3 << s, (1 << s) >> s, -5 >> s, 5 >> s)
for bad in (-1, -100):
    try:
        print(1 << bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print("ValueError", e)

# Unary minus and `not` at the edges.
for v in EDGES + SMALL + [0.0, -0.0, 2.5, True, False, None, "", "s"]:
    try:
        neg = -v
    except TypeError:
        neg = "TypeError"
    print(repr(v), neg, not v, +v if not isinstance(v, (str, type(None))) else "-", ~v if isinstance(v, int) else "-")

# Zero divisors.
for a in (0, 5, -5, 2**40):
    for f in (lambda a: a // 0, lambda a: a % 0, lambda a: a / 0, lambda a: divmod(a, 0)):
        try:
            print(f(a))
        except ZeroDivisionError:
            print("ZeroDivisionError")

# Floats with floats, and mixed with ints and bools.
fl = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 1e-310, float("inf"), float("-inf"), float("nan")]
for a in fl:
    row = []
    for b in fl:
        row.append((a + b, a - b, a * b))
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        if b != 0:
            row.append(a / b)
    print(repr(a), row)
for a in fl:
    try:
        print(a / 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(a / -0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(1 + 0.5, 0.5 + 1, True + 1.5, 2**62 + 0.5, 3 * 1.5, 1.5 * True, 7 / 2, -7 / 2, 7.0 // 2, -7.0 % 3)
print(-0.0 + -0.0, -0.0 - 0.0, 0.0 * -1, -0.0 == 0.0, -0.0 < 0.0, repr(-0.0 * 5))
nan = float("nan")
print(nan == nan, nan != nan, nan < nan, nan >= nan, nan is nan, [nan] == [nan], nan in [nan])
x = 1.0
for i in range(20):
    x = x * 1.5 - 0.25
    x += 0.125
    x /= 1.0625
print(x)

# Comparisons of small ints, at the edges, with big ints and floats.
for a in EDGES[:12] + SMALL[:6]:
    for b in (2**30 - 1, 2**30, -(2**30), 2**62, 0, -1, 0.5, 2.0**30):
        print(a < b, a <= b, a == b, a != b, a > b, a >= b, end=" ")
    print()
print(True < 2, False == 0, True == 1, None is None, None is not None, [] is [], (lambda: 0) is not None)
a = b = [1]
print(a is b, a is not b, a is [1])


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    def __radd__(self, o):
        return N(o + self.v)

    def __lt__(self, o):
        return "lt"

    def __eq__(self, o):
        return "eq"

    def __iadd__(self, o):
        self.v += 100
        return self


n = N(1)
print((n + 1).v, (1 + n).v, (n + n).v, n < 3, 3 > n, n == n, n == 4)
n += 1
print(n.v)


class I(int):
    def __add__(self, o):
        return "I.add"


print(I(3) + 1, 1 + I(3), I(3) - 1, I(5) < 6)
print(total != 0)
