# super() in __init__ and methods, multi-level
class A:
    def __init__(self, x):
        self.x = x
        print("A.__init__")
    def describe(self):
        return "A(" + str(self.x) + ")"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("B.__init__")
    def describe(self):
        return "B<" + super().describe() + "," + str(self.y) + ">"
class C(B):
    def __init__(self):
        super().__init__(1, 2)
        print("C.__init__")
    def describe(self):
        return "C{" + super().describe() + "}"
c = C()
print(c.describe(), c.x, c.y)
class Base:
    def greet(self, name):
        return "hello " + name
class Loud(Base):
    def greet(self, name):
        return super(Loud, self).greet(name).upper()
print(Loud().greet("bob"))
class MyList(list):
    def append(self, v):
        super().append(v * 2)
m = MyList()
m.append(1)
m.append(5)
print(m, len(m))
