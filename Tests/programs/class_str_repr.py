# __str__ and __repr__ used by print, str(), repr(), containers, formatting
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)
class Q(P):
    def __str__(self):
        return "<%d;%d>" % (self.x, self.y)
p = P(1, 2)
q = Q(3, 4)
print(p, str(p), repr(p))
print(q, str(q), repr(q))
print([p, q], (q,), {"k": q})
print("%s %r" % (q, q), "{} {!r}".format(q, q), f"{q} {q!r}")
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o))
print(repr(o).startswith("<"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
print(Money(12345), Money(5))
