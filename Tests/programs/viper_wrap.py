# Viper ints are machine words: arithmetic wraps at the word size (64 bits
# on x86-64, 32 on the ARM boards), shifts by the word size or more give 0
# (or the sign bits for >> of an int), uint compares and divides unsigned,
# and integer literals of the whole word range stay machine ints.
import micropython


@micropython.viper
def wrap_add(a: int, b: int) -> int:
    return a + b


@micropython.viper
def wrap_mul(a: int, b: int) -> int:
    return a * b


@micropython.viper
def shl(a: int, n: int) -> int:
    return a << n


@micropython.viper
def shr(a: int, n: int) -> int:
    return a >> n


@micropython.viper
def ushr(a: uint, n: int) -> uint:
    return a >> n


@micropython.viper
def ucmp(a: uint, b: uint) -> bool:
    return a < b


@micropython.viper
def as_uint(a: int) -> uint:
    return uint(a)


@micropython.viper
def big_literal() -> int:
    x = 0x7FFFFFFF
    return x + 1


@micropython.viper
def neg_div(a: int) -> int:
    return a // -1


@micropython.viper
def fnv(buf) -> uint:
    # FNV-1a over a buffer, in uint arithmetic (wraps at the word).
    p = ptr8(buf)
    h = uint(2166136261)
    for i in range(int(len(buf))):
        h = (h ^ uint(p[i])) * uint(16777619)
    return h


@micropython.viper
def narrow(buf):
    p = ptr8(buf)
    p[0] = 0x1234
    p16 = ptr16(buf)
    p16[1] = -1


print(wrap_add(0x7FFFFFFF, 1), wrap_add(0x7FFFFFFFFFFFFFFF, 1))
print(wrap_mul(0x10000, 0x10000), wrap_mul(3, -5))
print(shl(1, 31), shl(1, 32), shl(1, 63), shl(1, 64), shl(5, 100))
print(shr(-16, 2), shr(-1, 70), shr(1 << 20, 64), ushr(-1, 1), ushr(-1, 100))
print(ucmp(-1, 1), ucmp(1, -1), as_uint(-1), as_uint(-2))
print(big_literal(), neg_div(-7), neg_div(7))
print(fnv(b"viper"), fnv(b""))
b = bytearray(4)
narrow(b)
print(list(b))
