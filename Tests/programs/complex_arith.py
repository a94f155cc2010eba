# complex arithmetic with int, bool, float and complex operands on either
# side, in-place forms, powers (integral exponents by repeated squaring,
# others in polar form: printed rounded), equality with ints and floats,
# abs(), hashing equal to the int/float hash when imag == 0, and the
# real/imag/conjugate protocol shared with int and float.


def r(z, n=10):
    return complex(round(z.real, n) + 0.0, round(z.imag, n) + 0.0)


vals = [2, -3, True, False, 0.5, -2.25, 1j, 1 + 2j, -3.5 - 0.5j]
cs = [1j, 1 + 2j, -3.5 - 0.5j, 0.25 + 4j]
for a in cs:
    for b in vals:
        print(a, b, a + b, b + a, a - b, b - a, a * b, b * a)
        if b != 0:
            print("  /", a / b)
        if a != 0:
            print("  r/", b / a)

x = 1 + 1j
x += 2
x -= 0.5j
x *= 2j
x /= 4
print(x)
x **= 2
print(x)

# integral powers: exact repeated squaring
for p in range(-4, 9):
    print(p, (1 + 1j) ** p, (2 - 1j) ** p, 1j ** p)
print((1 + 1j) ** 2.0, (3 - 2j) ** True, 2j ** 0, 0j ** 0, 0j ** 3)
print((1 + 1j) ** 101 == (1 + 1j) ** 100 * (1 + 1j))
# non-integral powers: polar form
print(r((1 + 2j) ** 0.5), r((1 + 2j) ** (3 + 4j)), r(2 ** 1j), r(1j ** 1j))
print(r(2.0 ** (1 + 1j)), r(pow(1j, 0.5)), r((-8) ** (1 / 3)), r((-2.0) ** 0.5), r((-1) ** 1.5))
print(type((-2.0) ** 0.5), (-2.0) ** 2.0, (-8) ** 2)

# equality and inequality
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j, True == 1 + 0j)
print(1 + 1j == 1, 1j != 0, 2j == 2j, 2j != 2j, 1j == "1j", 1j != None, 1j == [1j])
print(2 ** 53 + 1 == complex(2 ** 53 + 1), 2 ** 53 == complex(2 ** 53), 10 ** 30 == complex(10 ** 30))
nan = float("nan")
z = complex(nan, 0)
print(z == z, z != z, complex(1, nan) == complex(1, nan))

# abs
print(abs(3 + 4j), abs(-3 - 4j), abs(0j), abs(1e200 + 1e200j), abs(complex(float("inf"), nan)))
print(abs(-0j), abs(5j), abs(1 + 1j) == 2 ** 0.5)

# hash: equal numbers hash equal
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j) == hash(-1), hash(0j) == hash(0))
print(hash(1j), hash(1 + 1j), hash(3j) == hash(3j), hash(complex(2**62, 0)) == hash(2**62))
print(len({1, 1.0, 1 + 0j, 2j, 2j + 0}), {1: "x"}[1 + 0j])

# unary
print(-(1 + 2j), +(1 + 2j), -0j, +(-0j), -complex(0, 0))
print((1 + 2j).conjugate(), (-1j).conjugate(), complex.conjugate(3 + 4j))

# sum, min of keys, sorting by abs
print(sum([1 + 1j, 2, 3.5, -1j]), sum((1j for _ in range(5)), 0j))
print(sorted([3j, 1 + 1j, -2, 0.5j], key=abs))
print(max([3j, 1 + 4j, -2], key=lambda z: z.imag))

# mixing big ints
print(10 ** 20 + 1j, 1j * 2 ** 70, (2 ** 70 + 0j) / 2 ** 69)

# the number protocol every numeric type shares
for v in [3, True, 2.5, -0.0, 1 + 2j]:
    print(repr(v.real), repr(v.imag), repr(v.conjugate()), type(v.real).__name__)
print([abs(z.conjugate() * z - abs(z) ** 2) < 1e-12 for z in [1 + 1j, 3.5, -2]])
