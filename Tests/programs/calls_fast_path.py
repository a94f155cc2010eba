# Calls with positional arguments only take a fast path for plain
# signatures (frame set up directly); everything else the general one.
# Both must agree: defaults, keyword mixes, argument errors, cells and
# closures, recursion errors, tracebacks and globals() through such calls.
import sys


def plain(a, b):
    return a * 10 + b


def with_defaults(a, b=2, c=[3]):
    return (a, b, c)


def kwonly(a, *, k=5):
    return a + k


def star(a, *rest):
    return (a, rest)


def kwargs(a, **kw):
    return (a, sorted(kw.items()))


def posonly(a, b, /, c=9):
    return a + b + c


print(plain(1, 2), plain(b=3, a=4), plain(5, b=6))
print(with_defaults(1), with_defaults(1, 7), with_defaults(1, 7, 8), with_defaults(1, c=0))
print(kwonly(1), kwonly(1, k=2), star(1), star(1, 2, 3), kwargs(1), kwargs(1, x=2))
print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, c=4))

for bad in (lambda: plain(1), lambda: plain(1, 2, 3), lambda: with_defaults(), lambda: with_defaults(1, 2, 3, 4),
            lambda: plain(1, a=2)):
    try:
        bad()
    except TypeError:
        print("TypeError")


# A local read before assignment in a fast-path frame.
def unbound(flag):
    if flag:
        x = 1
    return x


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError:
    print("UnboundLocalError")


# Cells made from parameters, closures, and nested calls through them.
def counter(start):
    def step(n):
        nonlocal start
        start += n
        return start
    return step


c = counter(10)
print(c(1), c(2), c(3))


def adder(x):
    return lambda y, z=1: x + y + z


print(adder(1)(2), adder(1)(2, 3))


# Methods: plain, with defaults, through a bound method object, classmethod
# and staticmethod, and super().
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    @classmethod
    def origin(cls):
        return cls(0)

    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)

    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)


class Point3(Point):
    def __init__(self, x, y=0, z=0):
        super().__init__(x, y)
        self.z = z

    def moved(self, dx, dy=0):
        p = super().moved(dx, dy)
        return Point3(p.x, p.y, self.z)

    def __repr__(self):
        return "P3(%d, %d, %d)" % (self.x, self.y, self.z)


p = Point(1, 2)
m = p.moved
print(p.moved(1), p.moved(1, 1), m(5), m(5, dy=5), Point.moved(p, 2))
print(Point.origin(), p.origin(), Point3.origin(), Point.dist(p, Point(4, 4)), p.dist(p, p))
q = Point3(1, 2, 3)
print(q.moved(1), Point3.moved(q, 1, 1), type(Point3.origin()).__name__)
print(p.moved == p.moved, Point.origin == Point.origin, p.origin() is not None)


# Recursion past the limit raises RecursionError, in plain and method calls,
# and the program carries on.
def down(n):
    return down(n + 1) + 1


class Deep:
    def go(self, n):
        return self.go(n + 1)


for f in (lambda: down(0), lambda: Deep().go(0)):
    try:
        f()
    except RecursionError:
        print("RecursionError")
print(down.__name__)


# Tracebacks through fast-path calls name every frame's line.
def inner(v):
    return 1 // v


def middle(v):
    return inner(v) + 1


try:
    middle(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)


# globals() inside a called function is its module's.
def sees_globals():
    return "sees_globals" in globals()


print(sees_globals(), sys.argv is not None)
