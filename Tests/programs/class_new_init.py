# __new__ and __init__ interplay, singletons, returning other objects
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
a = Single()
b = Single()
print(a is b, a.count)
class Point:
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.created_by_new = True
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, p.created_by_new, type(p).__name__)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Weird())
