# Nested classes, methods stored and called later, bound method identity
class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v
    def make(self, v):
        return Outer.Inner(v)
o = Outer()
i = o.make(5)
print(i.get(), type(i).__name__, Outer.Inner(7).get())
class Btn:
    def __init__(self, name):
        self.name = name
        self.clicks = 0
    def click(self):
        self.clicks += 1
        return self.name + str(self.clicks)
a = Btn("a")
b = Btn("b")
handlers = [a.click, b.click, a.click]
print([h() for h in handlers], a.clicks, b.clicks)
m = a.click
print(m(), m())
unbound = Btn.click
print(unbound(b))
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)
