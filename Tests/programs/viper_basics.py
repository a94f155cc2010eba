# Viper functions: machine ints in registers, pointers into buffers, casts,
# range loops, and boxing where viper code meets object code. Every value
# printed here stays inside 31 bits, so the output is the same on every
# word size (viper_wrap.py covers wraparound).
import micropython


@micropython.viper
def add(a: int, b: int) -> int:
    return a + b


@micropython.viper
def poly(x: int) -> int:
    return 3 * x * x - 7 * x + 11


@micropython.viper
def divmod_floor(a: int, b: int):
    # Floor division and modulo round toward minus infinity, as in Python.
    return (a // b, a % b)


@micropython.viper
def bits(x: int) -> int:
    return ((x << 3) | (x >> 2)) ^ (x & 0xFF) ^ ~x


@micropython.viper
def sum_squares(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


@micropython.viper
def stepped(a: int, b: int, c: int) -> int:
    s = 0
    for i in range(a, b, c):
        s = s * 3 + i
    return s


@micropython.viper
def count_while(n: int) -> int:
    k = 0
    i = n
    while i > 0:
        if i % 3 == 0 or i % 5 == 0:
            k += 1
        i -= 1
    return k


@micropython.viper
def checksum(buf) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(int(len(buf))):
        s = (s * 31 + p[i]) & 0xFFFFFF
    return s


@micropython.viper
def fill(buf, start: int):
    p = ptr8(buf)
    for i in range(int(len(buf))):
        p[i] = (start + i) & 0xFF


@micropython.viper
def words16(buf, n: int) -> int:
    p = ptr16(buf)
    for i in range(n):
        p[i] = i * 1000 + 7
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def words32(buf, n: int) -> int:
    p = ptr32(buf)
    for i in range(n):
        p[i] = i * 100000 + 1
    return p[n - 1] + p[0]


@micropython.viper
def is_small(x: int) -> bool:
    return -10 < x < 10


@micropython.viper
def as_bool(x) -> bool:
    return bool(x)


@micropython.viper
def mixed(x: int, items) -> int:
    # Object operations box the machine int; int() brings a value back.
    total = int(len(items))
    for v in items:
        total += int(v) * x
    return total


@micropython.viper
def make_list(n: int):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def plain(x):
    return x + 1


@micropython.viper
def call_plain(x: int) -> int:
    return int(plain(x)) * 2


@micropython.viper
def guarded(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError:
        return -1


@micropython.viper
def uint_ops(a: uint, b: uint) -> uint:
    return (a // b) + (a % b) + (a >> 1)


@micropython.viper
def default_arg(a: int, b: int = 5) -> int:
    return a * b


print(add(2, 3), add(-10, 4), poly(5), poly(-3))
print(divmod_floor(7, 2), divmod_floor(-7, 2), divmod_floor(7, -2), divmod_floor(-7, -2))
print(bits(12345), bits(-77))
print(sum_squares(100), stepped(0, 20, 3), stepped(20, 0, -4), stepped(5, 5, 1))
print(count_while(1000))
b = bytearray(64)
fill(b, 200)
print(b[0], b[55], b[56], b[63], checksum(b), checksum(b"hello viper"))
w = bytearray(20)
print(words16(w, 10), list(w[:4]))
d = bytearray(16)
print(words32(d, 4), list(d[12:16]))
print(is_small(3), is_small(-30), as_bool([]), as_bool([0]), as_bool(7))
print(mixed(3, [1, 2, 3]), make_list(6), call_plain(20))
print(guarded(9, 2), guarded(9, 0))
print(uint_ops(100, 7), default_arg(4), default_arg(4, 6))
for bad in ("text", None, [1]):
    try:
        add(bad, 1)
    except TypeError:
        print("TypeError for", type(bad).__name__)
try:
    divmod_floor(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    stepped(0, 10, 0)
except ValueError:
    print("ValueError")


# nonlocal writes from viper code reach the enclosing function's cell
# (MicroPython's viper loses them).
def counter():
    n = 0

    @micropython.viper
    def bump(k: int) -> int:
        nonlocal n
        n = n + k
        return int(n)
    return bump, lambda: n


@micropython.viper
def outer(x: int) -> int:
    total = 0

    def add(v):
        nonlocal total
        total += v
    for i in range(x):
        add(i)
    return int(total)


bump, get = counter()
print(bump(5), bump(7), get(), outer(10))
