# super() calls into built-in base class methods
class LoggingList(list):
    def append(self, v):
        print("append", v)
        super().append(v)
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
l = LoggingList()
l.append(1)
l.append(2)
l[0] = 10
print(l, len(l))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = UpperDict()
u["a"] = 1
u["b"] = 2
print(u, u["A"], "a" in u)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(type(e).__name__, e.code, e.args, str(e))
