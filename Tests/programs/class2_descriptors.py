# User descriptors: __get__ on instance access, __set__ and __delete__ on
# stores and deletions (data descriptors), __set_name__ at class creation.
log = []


class Field:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, cls=None):
        log.append(("get", self.key))
        return getattr(obj, self.key, "unset")

    def __set__(self, obj, value):
        log.append(("set", self.key, value))
        setattr(obj, self.key, value * 2)

    def __delete__(self, obj):
        log.append(("delete", self.key))
        delattr(obj, self.key)


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, cls=None):
        return self.v


class ReadOnly:
    def __get__(self, obj, cls=None):
        return "ro"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Rec:
    x = Field()
    y = Field()
    c = Const(7)
    r = ReadOnly()

    def __init__(self, x):
        self.x = x


a = Rec(3)
print(a.x, a.y, a.c, a.r)
a.y = 10
print(a.y, sorted(k for k in a.__dict__))
del a.x
print(a.x)
try:
    a.r = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del a.r
except AttributeError:
    print("AttributeError on delete")
print(a.r)
a.c = 99
print(a.c, a.__dict__["c"])
print(log)
b = Rec(1)
print(b.x, a.x)


class Sub(Rec):
    pass


s = Sub(5)
print(s.x, s.c)
