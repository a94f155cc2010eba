# Attribute lookups and stores are cached per code object and name in the
# interpreter (per site in native code): one site must see instance
# attributes added and deleted, class attributes, methods, properties,
# hooks and descriptors that appear or change after it was used.


class Base:
    size = 1

    def area(self):
        return "base area"


class Shape(Base):
    def __init__(self, n):
        self.n = n


def probe(s):
    return s.n, s.size, s.area()


def store_n(s, v):
    s.n = v


a, b = Shape(1), Shape(2)
print("start", probe(a), probe(b))
store_n(a, 10)
store_n(b, 20)
print("stored", probe(a), probe(b))

# Instance attributes shadow the class, then stop.
a.size = "own size"
a.area = lambda: "own area"
print("shadowed", probe(a), probe(b))
del a.size, a.area
print("unshadowed", probe(a), probe(b))

# Instance dict grows (entries move) and loses its first key.
for k in range(12):
    setattr(a, "f%d" % k, k)
print("grown", probe(a), a.f11)
del a.n
try:
    probe(a)
except AttributeError:
    print("deleted n: AttributeError")
store_n(a, 5)
print("n again", probe(a))
a.__dict__["n"] = "via __dict__"
print("__dict__ store", probe(a))

# Methods and class values change on the base and on the subclass.
Base.area = lambda self: "new base area"
Base.size = 2
print("base changed", probe(b))
Shape.area = lambda self: "shape area"
print("subclass override", probe(b))
del Shape.area
print("override gone", probe(b))


# A property appears where a plain class value was; then a setter.
def get_size(self):
    return "property size %d" % self.n


Base.size = property(get_size)
print("property", probe(b))
try:
    b.size = 3
except AttributeError:
    print("read-only property: AttributeError")
stored = []
Base.size = property(get_size, lambda self, v: stored.append(v))


def store_size(s, v):
    s.size = v


store_size(b, 4)
store_size(b, 5)
print("setter", stored, probe(b))
del Base.size
store_size(b, 6)
print("plain store after property deleted", probe(b), stored)


# A data descriptor class (with __get__ and __set__) replaces a value.
class Desc:
    def __get__(self, obj, cls):
        return "desc get"

    def __set__(self, obj, v):
        stored.append(("desc set", v))


Base.size = 1
fresh = Shape(3)
print("before descriptor", probe(fresh))
Shape.size = Desc()
store_size(fresh, 7)
print("descriptor", probe(fresh), stored[-1])
del Shape.size
Base.size = 1


# __getattr__ added later answers only what is missing.
def get_missing(s):
    return s.missing


try:
    get_missing(b)
except AttributeError:
    print("missing: AttributeError")
Base.__getattr__ = lambda self, name: "getattr " + name
print("getattr", get_missing(b), probe(b))
del Base.__getattr__
try:
    get_missing(b)
except AttributeError:
    print("missing again: AttributeError")

# __setattr__ added later on the base sees every store.
seen = []


def hooked(self, name, v):
    seen.append(name)
    object.__setattr__(self, name, v)


store_n(b, 1)
Base.__setattr__ = hooked
store_n(b, 2)
store_n(b, 3)
del Base.__setattr__
store_n(b, 4)
print("setattr hook", seen, probe(b))


# Class objects: class attributes, classmethods and staticmethods at one site.
class Config:
    mode = "a"

    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__

    @staticmethod
    def sm():
        return "sm"


class SubConfig(Config):
    pass


def conf(k):
    return k.mode, k.cm(), k.sm()


print("config", conf(Config), conf(SubConfig), conf(Config()))
Config.mode = "b"
SubConfig.mode = "c"
print("config changed", conf(Config), conf(SubConfig))
del SubConfig.mode
SubConfig.sm = staticmethod(lambda: "sub sm")
print("config again", conf(Config), conf(SubConfig))


# Stores into class objects through one site.
def set_mode(k, v):
    k.mode = v


set_mode(Config, "x")
set_mode(SubConfig, "y")
print("class stores", conf(Config), conf(SubConfig))


# Exceptions and instances of built-in subclasses through one site.
class MyErr(Exception):
    code = 7


class MyDict(dict):
    label = "mydict"

    def total(self):
        return sum(self.values())


def attrs(o):
    return o.code if isinstance(o, MyErr) else (o.label, o.total(), o.get("k"))


e = MyErr("boom")
print("exception", attrs(e), e.args)
e.code = 8
print("exception attr", attrs(e))
d = MyDict(k=1, j=2)
print("dict subclass", attrs(d))
d.label = "own label"
MyDict.total = lambda self: -1
print("dict subclass changed", attrs(d))


# Bound methods loaded (not called) at one site stay bound to their object.
class Other:
    def area(self):
        return "other area"


def get_area(s):
    return s.area


m1, m2 = get_area(Shape(1)), get_area(Other())
print("bound", m1(), m2())


# Classes made in a loop, one site for all of them.
def make(i):
    class K:
        val = i

        def get(self):
            return self.val

    return K()


print("made", [make(i).get() for i in range(5)])
