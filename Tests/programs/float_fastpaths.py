# Edges of native code's inline float arithmetic: floats with floats and
# small ints, unboxed intermediates in long expressions, fallbacks to the
# runtime (subclasses, other types, zero divisors, big ints, overflow to
# inf) and comparisons with NaN, -0.0 and ints.
nan = float("nan")
inf = float("inf")


def poly(a, b, c):
    return a * a + b * b - c / 2.0


def mixed(a, b, c):
    return (a - b) * (c + 1) + 3 * a - b / 4


def chain(a, b, c):
    return a * b + c * (a - b) * (a + c) / (b * c + 1.0)


for args in [(1.5, 2.25, 3.0), (1, 2, 3), (1.0, 2, 3), (2**70, 1.0, 2.0), (0.5, -0.0, 1), (1e308, 1e308, 1.0)]:
    print(poly(*args), mixed(*args), chain(*args))

print(poly(True, 2.0, False), mixed(1.0, True, 2.5))


class F(float):
    def __add__(self, o):
        return "F+"

    def __mul__(self, o):
        return 100.0

    def __rsub__(self, o):
        return -7.5


print(poly(F(1.0), 2.0, 3.0), F(2.0) + 1.0, 5.0 - F(1.0), 2.0 * F(3.0))


def accumulate(xs):
    s = 0.0
    for x in xs:
        s += x * x + 1.0 / x
        if s * 2 > 100.0:
            s -= 50.0 * x
    return s


print(accumulate([1.0, 2.0, 3, 4.5, 7, 9.25, -1.5]))


def cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


for a, b in [(1.0, 2.0), (2.0, 2), (2, 2.0), (nan, nan), (nan, 1), (1, nan), (1, 1.5), (3, 2.5),
             (2**60, 1.0), (2**60 + 1, float(2**60)), (True, 1.0), (-0.0, 0.0), (inf, 1e308), (-inf, -2**62)]:
    print(cmp(a, b), a * 2.0 < b + 1.0 if a == a and b == b else None)
print(cmp("a", "b"), cmp((1, 2.0), (1, 2.5)))


def div(a, b):
    return a / b


for a, b in [(1.0, 0), (1, 0), (1.0, 0.0), (0.0, -0.0), (1, 0.0)]:
    try:
        print(div(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(div(7, 2), div(-7, 2), div(2**61, 3), div(2**62 - 1, 2**62 - 3), div(1e308, 1e-10), div(-1.0, inf))


def typeerrors(a, b):
    try:
        return a * b + [1]
    except TypeError as e:
        return "TypeError: " + str(e)


print(typeerrors(1.0, 2.0), typeerrors(3, 4))
try:
    print(1.5 + "x")
except TypeError as e:
    print("TypeError:", e)


def inplace(v):
    t = v
    t += 0.5
    t *= 2
    t -= v * 0.25
    t /= 4 - v
    return t


print(inplace(1.0), inplace(3), inplace(2.5))
# Results kept unboxed across calls and attribute loads in one expression.
class P:
    x = 1.5

    def m(self):
        return 2.0


p = P()
vals = [0.5, 1.5]
print(p.x * p.m() + p.x * vals[1] - abs(-2.0) * len(vals) / p.m())
print(sum(0.1 * i * i - i / 3.0 for i in range(10)))
