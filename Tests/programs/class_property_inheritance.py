# Properties inherited and overridden; read-only properties; computed attributes
class Base:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def label(self):
        return "base %d" % self.area
class Square(Base):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def label(self):
        return "square %d" % self.area
objs = [Base(2, 3), Square(4)]
for o in objs:
    print(o.area, o.label)
sq = objs[1]
sq.w = 5
print(sq.area, sq.label)
try:
    sq.area = 1
except AttributeError:
    print("AttributeError read-only")
print(type(Base.area).__name__, isinstance(Base.__dict__["area"], property))
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
z = Lazy()
print(z.value, z.value, z.calls)
