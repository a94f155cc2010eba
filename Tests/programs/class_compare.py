# __eq__, __lt__, __le__, __gt__, __ge__, __ne__ and sorting custom objects
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __repr__(self):
        return ".".join(str(p) for p in self.parts)
a, b, c = Ver("1.2.3"), Ver("1.10.0"), Ver("1.2.3")
print(a == c, a != b, a < b, b > a, a <= c, b < a, a >= c)
print(sorted([Ver("2.0"), Ver("1.9.9"), Ver("1.10"), Ver("1.2")]))
print(max(a, b), min([b, a, c]))
class Plain:
    pass
x, y = Plain(), Plain()
print(x == x, x == y, x != y)
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5)
print(a in [b, c], [a] == [c])
try:
    Plain() < Plain()
except TypeError:
    print("TypeError")
