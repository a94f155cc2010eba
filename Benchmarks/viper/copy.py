# Viper kernel: memcpy-like copy of a 4096-byte bytearray into
# another, a byte at a time through ptr8, then one byte of the copy read back.
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/copy.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x
SIZE = 4096


@micropython.viper
def copy_viper(dst, src, n: int, seed: int) -> int:
    d = ptr8(dst)
    s = ptr8(src)
    for i in range(n):
        d[i] = s[i]
    return d[seed & 4095] + d[n - 1]


def copy_py(dst, src, n: int, seed: int) -> int:
    d = ptr8(dst)
    s = ptr8(src)
    for i in range(n):
        d[i] = s[i]
    return d[seed & 4095] + d[n - 1]


N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
kernel = copy_py if len(sys.argv) > 2 and sys.argv[2] == "py" else copy_viper
src = bytearray(SIZE)
dst = bytearray(SIZE)
x = 12345
for i in range(SIZE):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    src[i] = x >> 16 & 0xFF
total = 0
t0 = _clock()
for r in range(N):
    src[r & 4095] = r & 0xFF
    total += kernel(dst, src, SIZE, r)
t1 = _clock()
print("copy", N, total, kernel(dst, src, SIZE, 7))
print("work %.6f" % (t1 - t0), file=sys.stderr)
