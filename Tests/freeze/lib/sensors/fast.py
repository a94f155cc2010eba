# Viper (emit="viper" for the module, and explicit decorators).
import micropython


@micropython.viper
def checksum(buf) -> int:
    p = ptr8(buf)
    n = int(len(buf))
    s = 0
    for i in range(n):
        s = (s + p[i] * (i + 1)) & 0xFFFF
    return s


@micropython.viper
def clamp(x: int, lo: int, hi: int) -> int:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def scale(xs, k):
    return [clamp(x * k, 0, 100) for x in xs]
