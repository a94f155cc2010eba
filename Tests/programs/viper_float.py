# Viper floats: unboxed binary64 in registers (on every target, so results
# equal CPython's), mixed with machine ints, boxed at the boundary.
import micropython


@micropython.viper
def dot(a, b, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += float(a[i]) * float(b[i])
    return s


@micropython.viper
def mandel(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        if zr * zr + zi * zi > 4.0:
            return k
    return limit


@micropython.viper
def mixed(x: float, n: int):
    return x / n, x * n - 1, n - x, -x, not x, x < n, x >= n, x == 2.5, x != 2.5


@micropython.viper
def conversions(x: float) -> int:
    return int(x) * 10 + int(-x)


@micropython.viper
def parse(s) -> float:
    return float(s) + 0.5


@micropython.viper
def accumulate(n: int) -> float:
    total = 0.0
    total = 1  # an int stored into a float local becomes a float
    for i in range(1, n + 1):
        total += 1.0 / i
    return total


@micropython.viper
def nan_checks(x: float):
    return x == x, x != x, x < 1.0, x > 1.0, bool(x)


@micropython.viper
def poly(x: float) -> float:
    return ((2.0 * x - 3.0) * x + 0.25) * x - 7


print(dot([1.5, 2.0, 3.0], [2.0, 0.5, -1.0], 3), dot([0.1] * 10, [0.3] * 10, 10))
print([mandel(-2.0 + 0.1 * i, 0.3, 50) for i in range(30)])
print(mixed(2.5, 2), mixed(-0.0, 3))
print(conversions(2.7), conversions(-3.99), parse("1.25"), parse(2))
print(accumulate(10), poly(1.5), poly(-0.1))
print(nan_checks(float("nan")), nan_checks(0.0))
for bad in (float("nan"), float("inf"), float("-inf")):
    try:
        conversions(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
for bad in ("x", None):
    try:
        parse(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    mixed(1.0, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
