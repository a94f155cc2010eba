# Viper kernel: an integer hash loop in uint: 4096 steps of
# xorshift32, each folded into an FNV-1a hash (32-bit arithmetic, masked).
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/hash.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x
STEPS = 4096


@micropython.viper
def hash_viper(n: int, seed: uint) -> int:
    mask = uint(0xFFFFFFFF)
    x = uint(2463534242) ^ seed
    h = uint(2166136261)
    for i in range(n):
        x ^= (x << 13) & mask
        x ^= x >> 17
        x ^= (x << 5) & mask
        h = ((h ^ (x & 0xFF)) * 16777619) & mask
    return int(h & 0x3FFFFFFF)


def hash_py(n: int, seed: uint) -> int:
    mask = uint(0xFFFFFFFF)
    x = uint(2463534242) ^ seed
    h = uint(2166136261)
    for i in range(n):
        x ^= (x << 13) & mask
        x ^= x >> 17
        x ^= (x << 5) & mask
        h = ((h ^ (x & 0xFF)) * 16777619) & mask
    return int(h & 0x3FFFFFFF)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
kernel = hash_py if len(sys.argv) > 2 and sys.argv[2] == "py" else hash_viper
total = 0
t0 = _clock()
for r in range(N):
    total = (total + kernel(STEPS, r)) & 0x3FFFFFFF
t1 = _clock()
print("hash", N, total, kernel(STEPS, 0))
print("work %.6f" % (t1 - t0), file=sys.stderr)
