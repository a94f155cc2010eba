# Errors of complex operations, with CPython's exception types (and the
# messages where they are complex's own): ordering, // % divmod, division
# by zero, 0 to a negative or complex power, overflow, 3-argument pow,
# int()/float()/round() of a complex, unhashable-free use in sets, bad
# operand types, attributes that do not exist or cannot be set.


def show(f, msg=True):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e if msg else "")


J = 1j
show(lambda: 1j < 2j)
show(lambda: 1j <= 1)
show(lambda: 1 > 1j)
show(lambda: 2.5 >= 1j)
show(lambda: sorted([1j, 2j]), False)
show(lambda: max(1j, 2j), False)
show(lambda: 1j // 2)
show(lambda: 2 // 1j)
show(lambda: 1j % 2)
show(lambda: 1.5 % 1j)
show(lambda: divmod(1j, 2), False)
show(lambda: 1j / 0)
show(lambda: 1j / 0.0)
show(lambda: 1j / 0j)
show(lambda: 5 / 0j)
show(lambda: 2.5 / complex(0, -0.0))
show(lambda: 0j ** -1)
show(lambda: 0j ** -2.5)
show(lambda: 0j ** 1j)
show(lambda: 0.0 ** (1 + 1j))
show(lambda: 0 ** -1j)
show(lambda: (1e200 + 1j) ** 2)
show(lambda: (2 + 0j) ** 10000)
show(lambda: 10 ** (1000 + 1000j))
show(lambda: complex(1e308, 1e308) * 10)
show(lambda: abs(complex(1e308, 1e308)))
show(lambda: pow(1j, 2, 3))
show(lambda: pow(2, 1j, 3))
show(lambda: pow(1, 2, 3j))
show(lambda: int(1j), False)
show(lambda: float(1 + 0j), False)
show(lambda: round(1j), False)
show(lambda: ~1j)
show(lambda: 1j + None)
show(lambda: "a" + 1j, False)
show(lambda: 1j - "a")
show(lambda: [1] * 1j, False)
show(lambda: 1j * "ab", False)
show(lambda: 1j << 1)
show(lambda: 1j & 1)
show(lambda: (1j).foo)
show(lambda: setattr(1j, "real", 2), False)
show(lambda: len(1j))
show(lambda: J[0])
show(lambda: iter(1j))
show(lambda: range(1j), False)
show(lambda: [1, 2][J], False)
show(lambda: "%d" % 1j, False)
show(lambda: "%f" % 1j, False)
show(lambda: hex(1j), False)
show(lambda: (1j).conjugate(1), False)
show(lambda: complex.conjugate(3), False)
show(lambda: complex("1+2j", 1))
show(lambda: complex(1, "2"))
show(lambda: complex("x"))
x = 1j
try:
    x //= 2
except TypeError as e:
    print("TypeError")
try:
    raise ValueError(1j)
except ValueError as e:
    print(e, e.args)
