# repr and str of complex numbers exactly as CPython: a real part of +0 is
# left out with the parentheses, -0 kept, both parts with the float repr's
# shortest digits but no ".0", exponents from 1e16, inf and nan; str()
# and print() agree, containers use repr; format() and f-strings with an
# empty spec give str(), as MicroPython.
inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e16, 1e-5, 1.5e300, 123456789.0, 0.1, 1 / 3, inf, -inf, nan]
for re in parts:
    print(" ".join(repr(complex(re, im)) for im in parts))
print(str(1 + 2j), repr(1 + 2j), str(-1j), repr(complex(-0.0, 0.0)))
print([1j, -1j, complex(1, -0.0)], (2j,), {3j: 4j})
print(complex(1e15, 1e16), complex(9999999999999998.0, 0.0001), complex(1e-4, 1e-5))
print(complex(5e-324, -5e-324), complex(1.7976931348623157e308, 2.2250738585072014e-308))
print(complex(0, 1e22), 1e22j, complex(0, 1e21))
print("{}".format(1 + 2j), f"{3j}", f"{-1 - 1j!r}", "{0} and {0!s}".format(0.5j))
print("%s %r" % (1j, 1 - 1j))
print(format(2j), format(1 + 1j, ""))
print(str(complex("1e500")), str(complex("-1e500j")))
