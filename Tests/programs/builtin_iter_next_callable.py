# iter(), next(), callable(), id-free identity checks
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, -1))
s = iter("ab")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
print(callable(len), callable(print), callable(1), callable("s"), callable(lambda: 0), callable(int))
class C:
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m))
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, None is None)
t = iter(range(3))
print(iter(t) is t, sum(t))
counter = [0]
def gen_val():
    counter[0] += 1
    return counter[0]
print(list(iter(gen_val, 4)))
