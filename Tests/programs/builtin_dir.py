# dir(): sorted names of a module, a type (its methods, its parents' and
# object's), an instance (its own dict too) and the current scope; only
# names both CPython and MicroPython have are printed, never whole lists.
import math


def has(obj, *names):
    d = dir(obj)
    return [n for n in names if n in d]


print(dir([]) == sorted(dir([])), dir(list) == dir([]))
print(has(list, "append", "extend", "pop", "sort", "__getitem__", "__len__", "__init__", "__class__"))
print(has(dict, "get", "keys", "items", "setdefault", "fromkeys", "__setitem__", "__iter__"))
print(has(str, "upper", "join", "split", "format", "startswith", "__add__", "__mod__"))
print(has(int, "to_bytes", "from_bytes", "bit_length", "__add__", "__lt__"))
print(has(bytes, "decode", "hex", "fromhex"), has(bytearray, "append", "decode"))
print(has(set, "add", "union", "discard"), has(frozenset, "union", "add"))
print(has(tuple, "count", "index", "append"), has(1.5, "__add__", "__class__"))
print(has(object, "__init__", "__new__", "__class__", "append"))
print(has(ValueError, "__init__", "__str__"), has(KeyError(1), "__class__"))
print(has(math, "sqrt", "floor", "pi", "e", "inf", "nosuch"))


class Base:
    a = 1

    def m(self):
        return 1


class Child(Base):
    b = 2

    def __len__(self):
        return 0


c = Child()
c.x = 3
print(has(c, "a", "b", "m", "x", "__len__", "__class__", "__init__", "y"))
print(has(Child, "a", "b", "m", "x"), has(Base, "a", "b"))


class MyErr(ValueError):
    code = 7


e = MyErr("boom")
e.detail = 1
print(has(e, "code", "detail", "__str__"))
top = 5
print("top" in dir(), "math" in dir(), "has" in dir(), dir() == sorted(dir()))
try:
    dir(1, 2)
except TypeError as ex:
    print(type(ex).__name__)
