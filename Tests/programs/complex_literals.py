# Imaginary literals: constants of the module image in every spelling the
# lexer accepts, in functions and at module level, in containers, and
# folded expressions around them.
a = 2j
b = 1.5J
c = 1e3j
d = 0j
e = 1_000j
f = .5j
g = 1e-5j
h = 10.j
print(a, b, c, d, e, f, g, h)
print(type(a), type(a).__name__)
print(a.real, a.imag, b.imag)
print(1 + 2j, 1 - 2j, -2j, -(1 + 1j), +3j)
print(3 + 0j, 0 + 0j, -0j)
print((1 + 2j) * (3 - 4j))


def f1():
    return 4j


def f2(x=2.5j):
    return x * 2


print(f1(), f2(), f2(1j))
t = (1j, 2j, 1 + 1j)
print(t, [1j, 2], {"k": 3j})
print(1j == 1j, 2j in t, t.index(2j))
s = {1j, 1j, 2j}
print(len(s), 1j in s)
dd = {1j: "a", 1 + 0j: "b"}
print(dd[1j], dd[1], dd[1.0])
print(1e400j, -1e400j, 1e16j, 123456789012345678j)
print(0.1j + 0.2j)
print(isinstance(1j, complex), isinstance(1j, (int, float)), type(1j) is complex)
print(bool(0j), bool(1j), bool(-0j), not 0j)
print([x * 1j for x in range(4)])
print(sum([1j, 2j, 3]), sum([0.5j, 0.5j], 1j))
print(str(1j), repr(1j))
print(complex, complex.__name__)
import builtins

print("complex" in dir(builtins), builtins.complex is complex)
