# Abstract-style base classes using NotImplementedError, and NotImplemented returns
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def __repr__(self):
        return "Sq(%d)" % self.s
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(sorted([Sq(3), Sq(1), Sq(2)]))
print(Sq(1) < Sq(2), Sq(3) < Sq(2))
try:
    Sq(1) < 5
except TypeError:
    print("TypeError")
print(NotImplemented is NotImplemented, type(NotImplemented).__name__)
