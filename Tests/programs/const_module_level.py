# const() names used across module-level code, in comprehensions, default args and class bodies
from micropython import const
_N = const(8)
_MASK = const(_N - 1)
_SHIFT = const(3)
PUBLIC = const(123)
table = [i & _MASK for i in range(_N * 2)]
print(table)
def wrap(i, n=_N):
    return i % n
print(wrap(10), wrap(10, 3), [wrap(i) for i in range(-2, 3)])
class Reg:
    WIDTH = const(16)
    HIGH = const(1 << 15)
    def top_bit(self, v):
        return bool(v & Reg.HIGH)
print(Reg.WIDTH, Reg().top_bit(0x8000), Reg().top_bit(0x7FFF))
print(PUBLIC, globals().get("PUBLIC"), (PUBLIC >> _SHIFT) << _SHIFT)
print({_N: "eight"}[8], _MASK in table, -_N, _N ** 2)
