# Bitwise and shift operator dunders, __invert__, __index__, __int__, __float__
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __invert__(self):
        return Bits(~self.v & 0xFF)
    def __lshift__(self, n):
        return Bits((self.v << n) & 0xFF)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Bits(%s)" % bin(self.v)
a = Bits(0b1100)
b = Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 4, a >> 2)
print(int(a), float(b), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130][a])
print("abcdefghijklmnop"[b], hex(a), bin(b))
x = Bits(1)
x <<= 3
x |= Bits(1)
print(x)
