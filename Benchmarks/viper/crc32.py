# Viper kernel: CRC-32 (bitwise, reflected polynomial 0xEDB88320) over a
# 1024-byte bytearray, 8 shift/xor steps per byte.
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/crc32.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x

SIZE = 1024


@micropython.viper
def crc32_viper(buf, n: int, seed: uint) -> int:
    p = ptr8(buf)
    poly = uint(0xEDB88320)
    mask = uint(0xFFFFFFFF)
    crc = mask ^ seed
    for i in range(n):
        crc ^= p[i]
        for k in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ poly
            else:
                crc >>= 1
    return int((crc ^ mask) & 0x3FFFFFFF)


def crc32_py(buf, n: int, seed: uint) -> int:
    p = ptr8(buf)
    poly = uint(0xEDB88320)
    mask = uint(0xFFFFFFFF)
    crc = mask ^ seed
    for i in range(n):
        crc ^= p[i]
        for k in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ poly
            else:
                crc >>= 1
    return int((crc ^ mask) & 0x3FFFFFFF)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
kernel = crc32_py if len(sys.argv) > 2 and sys.argv[2] == "py" else crc32_viper
buf = bytearray(SIZE)
x = 12345
for i in range(SIZE):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    buf[i] = x >> 16 & 0xFF
total = 0
t0 = _clock()
for r in range(N):
    total = (total + kernel(buf, SIZE, r)) & 0x3FFFFFFF
t1 = _clock()
print("crc32", N, total, kernel(buf, SIZE, 0))
print("work %.6f" % (t1 - t0), file=sys.stderr)
