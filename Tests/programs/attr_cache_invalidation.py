# Attribute lookups at one site must see every change to classes,
# instances and modules (native code caches them per site).
import sys


class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


def probe(obj):
    # One site each for a method call, an attribute and a bound method.
    return obj.greet(), obj.kind


def show(label, obj):
    print(label, probe(obj))


c = Child()
show("start", c)
show("again", c)

# Rebinding a method on the base class.
Base.greet = lambda self: "new base greet"
show("base rebound", c)

# A subclass now overrides it.
Child.greet = lambda self: "child greet"
show("child override", c)

# Deleting the override exposes the base again.
del Child.greet
show("override deleted", c)

# setattr() on the class, and a class value rebound.
setattr(Child, "kind", "child")
show("setattr kind", c)
Base.kind = "base2"
show("base kind changed", c)
del Child.kind
show("child kind deleted", c)

# The instance dict shadows the class, then stops shadowing.
c.kind = "instance"
c.greet = lambda: "instance greet"
show("instance shadow", c)
del c.kind
del c.greet
show("shadow deleted", c)

# Different types at one site.
class Other:
    kind = "other"

    def greet(self):
        return "other greet"


for o in [c, Other(), c, Other()]:
    show("mixed", o)


# A property appears on the class: stores and loads must use it.
class Point:
    def __init__(self, x):
        self.x = x


def bump(p):
    p.x = p.x + 1
    return p.x


p = Point(1)
print("bump", bump(p), bump(p), bump(p))
p2 = Point(10)
print("bump other", bump(p2), bump(p2))
del p2.x
try:
    bump(p2)
except AttributeError:
    print("bump: AttributeError after del")


# __setattr__ added after stores were cached.
def set_y(obj, v):
    obj.y = v


q = Point(0)
set_y(q, 1)
set_y(q, 2)
print("y", q.y)
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


Point.__setattr__ = logging_setattr
set_y(q, 3)
set_y(q, 4)
print("y", q.y, log)
del Point.__setattr__
set_y(q, 5)
print("y", q.y, log)


# Classes made and dropped in a loop: each is new, with the same names.
def make(i):
    class K:
        val = i

        def get(self):
            return self.val * 10

    return K()


print("made", [make(i).get() for i in range(6)])
print("made vals", [make(i).val for i in range(6)])


# Class-object attributes (an enum-like namespace), rebound.
class Color:
    RED = 1
    GREEN = 2


def red():
    return Color.RED


print("red", red(), red())
Color.RED = 100
print("red rebound", red())


# Module attributes: rebinding one is seen at once.
def maxsize_big():
    return sys.maxsize > 2**20


print("module attr", maxsize_big())
sys.maxsize = 5
print("module attr rebound", maxsize_big())


# __getattr__ answers only what is missing.
class Lazy:
    present = "here"

    def __getattr__(self, name):
        return "computed " + name


def lazy(o, which):
    return o.present if which else o.absent


lz = Lazy()
print(lazy(lz, True), lazy(lz, False), lazy(lz, True), lazy(lz, False))
Lazy.absent = "now a class attr"
print(lazy(lz, False))


# Methods of built-in types through one site.
def add_all(target, items):
    for x in items:
        target.append(x)
    return target


print(add_all([], range(3)), add_all([9], "ab"))


class MyList(list):
    pass


print(add_all(MyList(), [1, 2]))
