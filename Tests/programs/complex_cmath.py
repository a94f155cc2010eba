# The cmath module (MicroPython's set): constants, phase, polar, rect, exp,
# log (with a base), log10, sqrt, cos, sin on complex, float, int and bool
# arguments and on objects with __complex__ or __float__; results rounded
# to 9 digits (the boards' libm may differ in the last bit), and the
# errors: log(0), overflow, non-numbers.
import cmath


def r(x):
    if isinstance(x, tuple):
        return tuple(r(v) for v in x)
    if isinstance(x, complex):
        return complex(round(x.real, 9) + 0.0, round(x.imag, 9) + 0.0)
    return round(x, 9) + 0.0


print(cmath.e, cmath.pi, type(cmath.e))
for name in ["phase", "polar", "rect", "exp", "log", "log10", "sqrt", "cos", "sin"]:
    print(name, hasattr(cmath, name))

args = [1j, -1, 2, -2.5, 1 + 1j, 3 - 4j, -0.5 + 2j, 0.25j, True, 1e-3 - 7j, 100]
for z in args:
    print(z, r(cmath.phase(z)), r(cmath.polar(z)), r(cmath.exp(z)), r(cmath.sqrt(z)))
    print("  ", r(cmath.log(z)), r(cmath.log10(z)), r(cmath.cos(z)), r(cmath.sin(z)))
    print("  ", type(cmath.sqrt(z)).__name__, type(cmath.polar(z)[0]).__name__)

print(cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(0), cmath.sqrt(-0.0), cmath.sqrt(-1j), cmath.sqrt(2j))
print(cmath.exp(0), cmath.log(1), cmath.phase(-1), cmath.phase(1), cmath.phase(complex(-1, -0.0)))
print(r(cmath.log(8, 2)), r(cmath.log(100j, 10)), r(cmath.log(-1, 1j)), r(cmath.log10(1000)))
print(r(cmath.rect(1, 0)), r(cmath.rect(2, cmath.pi / 2)), r(cmath.rect(1.5, -1)), r(cmath.rect(0, 0)))
print(cmath.rect(3, 0), cmath.rect(-2, 0.0))
for z in [1 + 2j, -3 - 0.5j, 0.7j]:
    m, p = cmath.polar(z)
    back = cmath.rect(m, p)
    print(abs(back - z) < 1e-12, abs(cmath.exp(cmath.log(z)) - z) < 1e-12, abs(cmath.sqrt(z) ** 2 - z) < 1e-12)
    print(abs(cmath.sin(z) ** 2 + cmath.cos(z) ** 2 - 1) < 1e-12)


class WithComplex:
    def __complex__(self):
        return 2j


class WithFloat:
    def __float__(self):
        return 4.0


print(cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), r(cmath.phase(WithComplex())))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: cmath.log(0))
show(lambda: cmath.log10(0j))
show(lambda: cmath.log(2, 0))
show(lambda: cmath.exp(1000))
show(lambda: cmath.exp(complex(800, 1)))
show(lambda: cmath.cos(1000j))
show(lambda: cmath.sin(complex(1, 800)))
show(lambda: cmath.rect(1e308, 1e-300) == complex(1e308, 1e8))
show(lambda: cmath.sqrt("4"))
show(lambda: cmath.phase(None))
show(lambda: cmath.exp([]))
for f in [lambda: cmath.sqrt(), lambda: cmath.rect(1), lambda: cmath.sin(1, 2)]:
    try:
        f()
    except TypeError:
        print("TypeError")
show(lambda: cmath.rect(1j, 1))
show(lambda: 8.2e307 < cmath.exp(709 + 0j).real < 8.3e307)
print(r(cmath.exp(1e-10j)), r(cmath.log(1 + 1e-10j)), cmath.sqrt(1e-320 + 0j) == cmath.sqrt(1e-320))
