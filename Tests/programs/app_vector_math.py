# 2D/3D vector math with floats: dot, cross, norms, normalisation
class V3:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k):
        return V3(self.x * k, self.y * k, self.z * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def cross(self, o):
        return V3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def norm(self):
        return self.dot(self) ** 0.5
    def unit(self):
        n = self.norm()
        return V3(self.x / n, self.y / n, self.z / n)
    def __repr__(self):
        return "V3(%g, %g, %g)" % (self.x, self.y, self.z)
a = V3(1, 2, 3)
b = V3(4, 5, 6)
print(a + b, a - b, a * 2, a.dot(b), a.cross(b))
print(a.norm(), b.unit(), round(b.unit().norm(), 12))
print(V3(1, 0, 0).cross(V3(0, 1, 0)), V3(0.1, 0.2, 0.3) * 3)
pts = [V3(0, 0, 0), V3(3, 4, 0), V3(3, 4, 12)]
total = 0.0
for p, q in zip(pts, pts[1:]):
    total += (q - p).norm()
print(total)
