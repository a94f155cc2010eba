# Reflected comparisons: a < b falls back to b > a; NotImplemented from __eq__ falls back to identity
class Left:
    def __init__(self, v):
        self.v = v
class Right:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Right.__gt__ called")
        return other.v > self.v if isinstance(other, Right) else other.v < self.v
    def __lt__(self, other):
        print("Right.__lt__ called")
        return self.v < other.v
    def __eq__(self, other):
        if not isinstance(other, (Left, Right)):
            return NotImplemented
        return self.v == other.v
print(Left(1) < Right(2))
print(Left(3) > Right(2))
print(Left(2) == Right(2), Right(2) == Left(2), Right(1) == 1, Right(1) != "x")
r = Right(5)
print(r == r, [r].count(r), r in [Right(5)])
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O%d" % self.v
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), OnlyLt(2) > OnlyLt(1))
