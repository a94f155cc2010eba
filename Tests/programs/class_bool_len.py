# __bool__ and __len__ control truthiness; __len__ used by len()
class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(len(Box("abc")), bool(Box("")), bool(Box("x")))
print(bool(Flag(True)), bool(Flag(False)), not Flag(False))
if Box([]):
    print("nonempty")
else:
    print("empty")
x = Flag(False) or "fallback"
print(x)
print([i for i, b in enumerate([Box(""), Box("a"), Flag(0 == 1), Flag(1 == 1)]) if b])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError")
print(len(Box(range(100))))
