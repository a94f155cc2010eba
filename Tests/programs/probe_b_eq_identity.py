# `==` calls __eq__ even when both sides are the same object, and its
# result is whatever __eq__ returns (not forced to a bool); containers
# still use the identity shortcut for their items.
class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("eq", self.tag)
        return "same-" + self.tag


a = Loud("a")
b = Loud("b")
print(a == a)
print(a == b)
print(1 == a)
print(a != a)


class Never:
    def __eq__(self, other):
        print("never eq")
        return False


n = Never()
print(n == n)
print([n] == [n])
print(n in [n])
print((n,) == (n,))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain())
nan = float("nan")
print(nan == nan, [nan] == [nan])
print(nan in [nan], {nan: 1}.get(nan), (nan,) == (nan,))
c = complex(nan, 0)
print(c == c, [c] == [c])
