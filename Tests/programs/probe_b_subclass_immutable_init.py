# A class derived from an immutable built-in type (tuple, str, int, ...)
# gets its value from the call's arguments even when it (or another base)
# defines __init__; for a mutable base (list, dict) __init__ decides.
from array import array


class Logger:
    def __init__(self, *args):
        print("Logger.__init__", args)


class Pair(Logger, tuple):
    pass


class Name(str):
    def __init__(self, value):
        self.upper_form = value.upper()


class Count(int):
    def __init__(self, *args):
        print("Count.__init__", args)


class Ratio(float):
    def __init__(self, v):
        self.twice = v * 2


class Raw(bytes):
    def __init__(self, *args):
        pass


class Frozen(frozenset):
    def __init__(self, items):
        self.n = len(items)


class Nums(array):
    def __init__(self, *args):
        print("Nums.__init__", args[0])


class Items(Logger, list):
    pass


p = Pair([1, 2])
print(len(p), p, p == (1, 2), p[1])
p = Pair()
print(len(p), p)
n = Name("abc")
print(n, n.upper_form, len(n), n + "!")
c = Count("12")
print(c, c + 1)
c = Count("ff", 16)
print(c)
r = Ratio(1.5)
print(r, r.twice)
print(Raw(b"xy"), len(Raw(3)))
f = Frozen([1, 2, 2])
print(sorted(f), f.n)
a = Nums("h", [5, 6])
print(list(a), len(a))
items = Items([1, 2])
print(len(items), items)
try:
    Pair(1, 2)
except TypeError:
    print("TypeError")
