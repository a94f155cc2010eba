# complex(): no argument, numbers, two parts (each may itself be complex),
# keywords real/imag, strings with brackets, blanks, signs, exponents,
# underscores, inf and nan, objects with __complex__, __float__ or
# __index__, a subclass, and CPython's errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: complex())
show(lambda: complex(1))
show(lambda: complex(-2.5))
show(lambda: complex(True))
show(lambda: complex(-0.0))
show(lambda: complex(1, 2))
show(lambda: complex(1.5, -0.0))
show(lambda: complex(1j))
show(lambda: complex(1j, 1j))
show(lambda: complex(1 + 2j, 3 + 4j))
show(lambda: complex(0, 1j))
show(lambda: complex(2 ** 70, 3))
show(lambda: complex(real=1))
show(lambda: complex(imag=2))
show(lambda: complex(real=1, imag=2))
show(lambda: complex(1, imag=2))
show(lambda: complex(imag=1j))

for s in ["1+2j", " ( 3-4j ) ", "1", "-1.5", "j", "-j", "+j", "1-j", "1+j", "2J", "1e3j",
          "1e-3-1E+3j", "infj", "-inf+nanj", "(nan)", "1_0+2_0j", ".5-.5j", "1.e2+3.j", "\t7j\n",
          "(j)", "( 1j )", "INFINITYj", "-0", "-0j", "0-0j"]:
    show(lambda: complex(s))

for s in ["", " ", "()", "(1+2j", "1+2j)", "1 + 2j", "1+2jx", "1e", "1..2", "jj", "1+2", "++1j",
          "1_+2j", "_1", "1j+2", "(1)j", "nanx", "1+", "-", "(", "j1"]:
    show(lambda: complex(s))

show(lambda: complex("1+2j", 1))
show(lambda: complex(1, "2"))
show(lambda: complex(b"1"))
show(lambda: complex([]))
show(lambda: complex(None))
show(lambda: complex(1, None))
show(lambda: complex(1, 2, 3))
show(lambda: complex(1, real=2))
show(lambda: complex(x=1))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


class Nothing:
    pass


show(lambda: complex(WithComplex()))
show(lambda: complex(WithFloat()))
show(lambda: complex(WithIndex()))
show(lambda: complex(WithFloat(), WithIndex()))
show(lambda: complex(WithComplex(), 1))
show(lambda: type(complex(BadComplex())).__name__)
show(lambda: complex(Nothing()))
show(lambda: complex(1, Nothing()))


class C(complex):
    def double(self):
        return self * 2


c = C(1, 2)
print(c, c.real, c.imag, c.double(), isinstance(c, complex), type(c).__name__)
print(c + 1, c == 1 + 2j, abs(C(3, 4)), complex(c), hash(c) == hash(1 + 2j))


class F(float):
    pass


class I(int):
    pass


c1 = C(1, 0)
print(c1 == 1, 1 == c1, c1 == F(1.0), F(1.0) == c1, c1 == I(1), I(1) == c1, c1 != C(1, 0), C(2j) == 2j)
print(c1 + I(2), F(0.5) * C(2j), C(1j) ** I(2), I(3) - C(1j), complex(F(2.5), I(1)), complex(C(1, 1), C(2, 2)))
