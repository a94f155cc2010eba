# __index__ lets objects stand in for ints: indexing, range, hex/oct/bin; __int__ and __float__ in int() and float()
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i2, i5 = Idx(2), Idx(5)
print([10, 20, 30][i2], (1, 2, 3)[Idx(-1)], "hello"[Idx(1)], range(100)[i5])
print(list(range(i5)), list(range(Idx(1), i5, i2)), hex(Idx(255)), oct(i5), bin(i5))
print(int(i5), "abc" * 2)
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Count(int):
    pass
print([0, 1, 2, 3][Count(3)], hex(Count(16)), list(range(Count(3))))
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError", e)
try:
    range(Num())
except TypeError as e:
    print("TypeError", e)
class Bad:
    def __index__(self):
        return "x"
try:
    hex(Bad())
except TypeError as e:
    print("TypeError", e)
big = 2 ** 62
print(list(range(big, big + 2)), range(big, big + 5)[1] - big, len(range(big - 2, big + 2)))
