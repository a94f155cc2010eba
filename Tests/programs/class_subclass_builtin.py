# Subclassing built-in types: list, dict, int, str, Exception
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list))
class DefaultDict(dict):
    def __missing__(self, key):
        return "missing:" + key
d = DefaultDict(a="1")
print(d["a"], d["zz"], len(d))
class Celsius(float):
    def describe(self):
        return "%.1f C" % self
c = Celsius(21.5)
print(c + 1, c.describe(), isinstance(c, float))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ann")
print(n, n.shout(), len(n), n + "x")
class Count(int):
    pass
k = Count(5)
print(k + 1, k * 2, isinstance(k, int), type(k).__name__)
