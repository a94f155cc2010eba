# Slices loaded and stored by native code: lists, tuples, str, user objects
# that keep the slice, slice assignment from lists, tuples, itself, iterators.
a = list(range(10))
print(a[2:5], a[::-1], a[7::-2], a[-3:], a[:-8], a[100:], a[3:3], a[::3])
t = tuple(a)
print(t[1:4], t[::-1], t[5:1:-1])
s = "héllo world"
print(s[1:4], s[::-1], s[-5:], s[:0] == "")
b = a[:]
b[2:4] = [20, 30, 40]
print(b)
b[:3] = (7, 8)
print(b)
b[1:3] = b
print(b)
b[::2] = b[1::2][: len(b[::2])] if len(b[1::2]) >= len(b[::2]) else b[::2]
print(b)
b[2:5] = iter([1, 2])
print(b)
b[len(b):] = "xy"
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:2:0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)
class Keep:
    def __getitem__(self, s):
        self.s = s
        return s
    def __setitem__(self, s, v):
        self.t = (s, v)
k = Keep()
print(k[1:2], k[::3], k[1:2:3])
k[4:5] = 9
print(k.s, k.t, k.s.start, k.s.stop, k.s.step)
class L(list):
    def __getitem__(self, i):
        return ("L", i)
print(L([1, 2, 3])[0:2])
perm = [3, 1, 2, 0, 4]
k = perm[0]
while k != 0:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba, ba[::2], b"hello"[1:3], memoryview(b"abc")[1:].tobytes())
def f(x, i, j):
    return x[i:j], x[i:], x[:j], x[i:j:-1]
print(f(a, 2, 6), f("abcdefg", 1, -1), f((1, 2, 3), None, None))
