# __call__: callable instances
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), triple("ab"), list(map(triple, [1, 2])), callable(triple))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *args, **kw):
        self.total += sum(args) + sum(kw.values())
        return self.total
acc = Accumulator()
acc(1, 2)
acc(x=10)
print(acc(), acc.total)
class Plain:
    pass
print(callable(Plain), callable(Plain()))
try:
    Plain()()
except TypeError:
    print("TypeError")
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_sq(n):
    return n * n
print(slow_sq(9), slow_sq(9), len(slow_sq.cache))
