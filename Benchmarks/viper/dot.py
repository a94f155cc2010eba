# Viper kernel: float dot product of two lists of 1000 floats.
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/dot.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x
SIZE = 1000


@micropython.viper
def dot_viper(a, b, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += float(a[i]) * float(b[i])
    return s


def dot_py(a, b, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += float(a[i]) * float(b[i])
    return s


N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
kernel = dot_py if len(sys.argv) > 2 and sys.argv[2] == "py" else dot_viper
a = [(i % 17) * 0.25 - 1.5 for i in range(SIZE)]
b = [(i % 13) * 0.125 + 0.5 for i in range(SIZE)]
total = 0.0
t0 = _clock()
for r in range(N):
    a[r % SIZE] = r * 0.5
    total += kernel(a, b, SIZE)
t1 = _clock()
print("dot", N, int(total * 1000) % 1000000007, int(kernel(a, b, SIZE) * 1000))
print("work %.6f" % (t1 - t0), file=sys.stderr)
