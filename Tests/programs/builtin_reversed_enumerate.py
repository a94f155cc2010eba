# reversed on sequences and objects with __reversed__/__len__+__getitem__; enumerate start
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))))
print("".join(reversed("stressed")), list(reversed([])))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11
print(list(reversed(Seq())))
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], 1)))
e = enumerate(["x", "y"])
print(next(e), next(e))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=-1):
    print(i, a, b)
print(list(reversed(list(enumerate("pq")))))
try:
    reversed(5)
except TypeError:
    print("TypeError")
