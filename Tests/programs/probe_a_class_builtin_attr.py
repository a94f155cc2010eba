# Built-in functions kept as class attributes do not bind the instance
# (CPython's builtin functions are no descriptors); user functions, lambdas
# and methods of built-in bases still do.


def twice(self):
    return type(self).__name__ * 2


class Tools:
    absolute = abs
    length = len
    maximum = max
    to_int = int
    doubler = twice
    tripler = lambda self, x: 3 * x


t = Tools()
print(t.absolute(-4), Tools.absolute(-5))
print(t.length("abc"), t.maximum(3, 9, 2), t.to_int("12"))
print(t.doubler(), t.tripler(4))
f = t.absolute
print(f(-7))
for _ in range(3):
    print(t.length([1, 2]), t.absolute(-1))


class MyList(list):
    size = len

    def total(self):
        return sum(self)


m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), m.size(m))
try:
    t.length()
except TypeError:
    print("TypeError")


class Err(Exception):
    pick = max


print(Err().pick(1, 5))
