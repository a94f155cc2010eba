# In-place (__iadd__) and reflected (__radd__) operators, NotImplemented
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        if isinstance(o, Acc):
            return Acc(self.v + o.v)
        if isinstance(o, int):
            return Acc(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return Acc(o + self.v)
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
print(Acc(1) + Acc(2), Acc(1) + 10, 10 + Acc(1))
print(sum([Acc(1), Acc(2), Acc(3)]))
try:
    Acc(1) + "x"
except TypeError:
    print("TypeError")
class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return Num(self.v * o)
n = Num(2)
n *= 5
print(n.v)
