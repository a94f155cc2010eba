# Viper kernel: recursive Fibonacci with int annotations, fib(20)
# per repeat (each call goes through the function object).
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/fib.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x
K = 20


@micropython.viper
def fib_viper(n: int) -> int:
    if n < 2:
        return n
    return int(fib_viper(n - 1)) + int(fib_viper(n - 2))


def fib_py(n: int) -> int:
    if n < 2:
        return n
    return int(fib_py(n - 1)) + int(fib_py(n - 2))


N = int(sys.argv[1]) if len(sys.argv) > 1 else 500
kernel = fib_py if len(sys.argv) > 2 and sys.argv[2] == "py" else fib_viper
total = 0
t0 = _clock()
for r in range(N):
    total += kernel(K)
t1 = _clock()
print("fib", N, total, kernel(K))
print("work %.6f" % (t1 - t0), file=sys.stderr)
