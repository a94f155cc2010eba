# __iter__ and __next__: iterator classes, StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for x in Countdown(3):
    print(x, end=" ")
print()
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return Range2Iter(self.a, self.b)
class Range2Iter:
    def __init__(self, a, b):
        self.i, self.b = a, b
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.b:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(2, 6)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print([x * y for x in Range2(1, 3) for y in Range2(1, 3)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(dict(zip(Range2(0, 3), "abc")), 4 in Range2(0, 5))
