# collections.namedtuple: fields by name and index, defaults, _asdict/_replace/_make, subclasses
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
print(tuple(p), list(p), [v * 10 for v in p], sum(p), max(p))
x, y = p
print(x, y)
print(p == (1, 2), (1, 2) == p, p != (2, 1), p == Point(1, 2), p < Point(1, 3), Point(0, 9) < p)
print(p._fields, Point._fields, p._asdict(), Point.__name__, type(p).__name__)
print(p._replace(y=5), p, Point._make([3, 4]), Point._make(range(2)))
print(hash(p) == hash((1, 2)), isinstance(p, tuple), isinstance(p, Point), isinstance((1, 2), Point))
print(p + (3,), p * 2, 2 in p, p.index(2), p.count(1))
print(Point(x=5, y=6), Point(7, y=8))

Color = namedtuple("Color", ["red", "green", "blue"])
print(Color(255, 128, 0), Color._fields)
Row = namedtuple("Row", "id, name , score")
print(Row(1, "ann", 9.5), Row._fields)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(a=5, c=1), P3._field_defaults)

class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
w = v + Vec(1, 1)
print(v.norm2(), v.x, v[1], v, w, w.norm2(), isinstance(w, tuple), len(w))

pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts), sorted(pts, key=lambda q: q.y), min(pts).x)
d = {Point(0, 0): "origin"}
print(d[(0, 0)], Point(0, 0) in d, {Point(1, 1), (1, 1)})

for args, kwargs in [((1, 2, 3), {}), ((1,), {}), ((), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
for bad in [lambda: p._replace(z=1), lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "a _b"),
            lambda: namedtuple("T", "a 1b"), lambda: namedtuple("T", "a def")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p[0] = 5
except TypeError as e:
    print("TypeError", e)
