# Classes: __init__, methods, instance attributes
class Counter:
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
c = Counter()
c.inc().inc().inc(5)
print(c.get(), c.value)
d = Counter(100)
print(d.get(), c.get())
c.extra = "dynamic"
print(c.extra, hasattr(c, "extra"), hasattr(d, "extra"))
class Empty:
    pass
e = Empty()
e.x = 1
e.x += 1
print(e.x, type(e).__name__, Empty.__name__)
m = c.inc
m(10)
print(c.value)
print(Counter.get(c))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
print(Point(0, 0).dist2(Point(3, 4)))
