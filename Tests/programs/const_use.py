# const values used in functions, classes, defaults and loops
import micropython
from micropython import const
_PRIVATE = const(42)
MAX_ITEMS = const(5)
STEP = micropython.const(3)
NAME = const("sensor")
RATIO = const(0.5)
TUPLE = const((1, 2, 3))
class Buffer:
    SIZE = const(4)
    def __init__(self):
        self.items = []
    def push(self, v):
        if len(self.items) >= Buffer.SIZE:
            self.items.pop(0)
        self.items.append(v)
b = Buffer()
for i in range(0, MAX_ITEMS * STEP, STEP):
    b.push(i)
print(b.items, Buffer.SIZE)
def scaled(v, k=RATIO):
    return v * k
print(scaled(10), scaled(10, 2), _PRIVATE + 1)
print(NAME.upper(), TUPLE[1], len(TUPLE))
total = 0
for i in range(MAX_ITEMS):
    total += i * _PRIVATE
print(total)
print(const(7) + 1, micropython.const(100) * 2)
