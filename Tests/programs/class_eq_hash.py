# __eq__ and __hash__ for use as dict keys and set members
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(len(set(pts)), pts[0] == pts[1], pts[0] is pts[1], pts[0] == (1, 2))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(0, 0) in d, Point(1, 1) in d)
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print(pts.count(Point(1, 2)), pts.index(Point(2, 1)))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError:
    print("TypeError unhashable")
