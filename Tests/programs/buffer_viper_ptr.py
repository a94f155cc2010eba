# Viper pointers over array.array, bytearray and memoryview: ptr8/ptr16/
# ptr32 take the buffer's address (the buffer protocol), loads and stores
# go straight to the items. Values stay inside 31 bits (same on every
# word size).
import array
import micropython


@micropython.viper
def sum16(buf, n: int) -> int:
    p = ptr16(buf)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def scale32(buf, n: int, k: int):
    p = ptr32(buf)
    for i in range(n):
        p[i] = p[i] * k


@micropython.viper
def bytes_of(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s = s * 3 + p[i]
    return s


@micropython.viper
def store8(buf, i: int, v: int):
    p = ptr8(buf)
    p[i] = v


@micropython.viper
def copy16(dst, src, n: int):
    d = ptr16(dst)
    s = ptr16(src)
    for i in range(n):
        d[i] = s[n - 1 - i]


h = array.array("H", [1, 2, 3, 40000])
print(sum16(h, 4))
w = array.array("i", [1, -2, 3])
scale32(w, 2, 1000)
print(w)
u = array.array("I", [7, 8, 9])
scale32(u, 3, 3)
print(u)
bb = bytearray(b"\x01\x02\x03\x04")
print(bytes_of(bb, 4), bytes_of(array.array("B", [5, 6]), 2), bytes_of(array.array("h", [0x0102]), 2))
store8(bb, 1, 0x1FF)
store8(array.array("b", [0, 0]), 0, 1)
b8 = array.array("b", [0, 0])
store8(b8, 1, 200)
print(bb, b8)
dst = array.array("h", [0, 0, 0])
copy16(dst, array.array("h", [1, -1, 300]), 3)
print(dst)
mb = bytearray(8)
scale32(mb, 2, 5)
store8(memoryview(mb)[4:], 0, 9)
print(mb, sum16(memoryview(array.array("H", [10, 20, 30]))[1:], 2))
