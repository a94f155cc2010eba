# __new__: singletons, returning other types, caching, int subclasses, __init__ only for instances of the class
class Config:
    _instance = None
    inits = 0
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, name="x"):
        Config.inits += 1
        self.name = name
a = Config("first")
b = Config(name="second")
print(a is b, a.name, Config.inits)
class Interned:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            obj = object.__new__(cls)
            obj.key = key
            cls.cache[key] = obj
        return cls.cache[key]
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), sorted(Interned.cache))
class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [1, 2]
        if kind == "none":
            return None
        return super().__new__(cls)
    def __init__(self, kind):
        print("init", kind)
print(Factory("list"), Factory("none"), type(Factory("obj")).__name__)
class Sub(Factory):
    pass
s = Sub("sub")
print(type(s).__name__, isinstance(s, Factory))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
e = Even(7)
print(e, e + 1, isinstance(e, int), type(e).__name__)
class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
u = Upper("abc")
print(u, len(u), u + "d", type(u).__name__)
class Counted:
    made = 0
    def __new__(cls):
        Counted.made += 1
        return super().__new__(cls)
for _ in range(3):
    Counted()
print(Counted.made)
