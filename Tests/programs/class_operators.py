# Arithmetic operator dunders: __add__, __sub__, __mul__, __neg__, __abs__, etc
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __pow__(self, n):
        return V(self.x ** n, self.y ** n)
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
a = V(1, 2)
b = V(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2)
print(-a, +a, abs(b), a ** 2)
c = a
c += b
print(c, a)
try:
    a + 1
except AttributeError:
    print("AttributeError")
