# Truthiness of many values in if/while/conditional expressions
values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, None, True, False, 2 ** 70, range(0), range(1)]
for v in values:
    if v:
        print("T", end=" ")
    else:
        print("F", end=" ")
print()
print(["yes" if v else "no" for v in values[:6]])
n = 5
while n:
    n -= 1
print(n)
class Empty:
    def __len__(self):
        return 0
class Full:
    def __bool__(self):
        return True
print(bool(Empty()), bool(Full()), bool(object()))
print(not Empty(), "e" if Empty() else "ne")
