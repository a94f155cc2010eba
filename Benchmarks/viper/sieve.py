# Viper kernel: sieve of Eratosthenes over an 8192-byte bytearray,
# counting the primes below 8192.
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/sieve.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x
SIZE = 8192


@micropython.viper
def sieve_viper(buf) -> int:
    p = ptr8(buf)
    n = int(len(buf))
    for i in range(n):
        p[i] = 1
    p[0] = 0
    p[1] = 0
    i = 2
    while i * i < n:
        if p[i]:
            j = i * i
            while j < n:
                p[j] = 0
                j += i
        i += 1
    count = 0
    for i in range(n):
        count += p[i]
    return count


def sieve_py(buf) -> int:
    p = ptr8(buf)
    n = int(len(buf))
    for i in range(n):
        p[i] = 1
    p[0] = 0
    p[1] = 0
    i = 2
    while i * i < n:
        if p[i]:
            j = i * i
            while j < n:
                p[j] = 0
                j += i
        i += 1
    count = 0
    for i in range(n):
        count += p[i]
    return count


N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
kernel = sieve_py if len(sys.argv) > 2 and sys.argv[2] == "py" else sieve_viper
buf = bytearray(SIZE)
total = 0
t0 = _clock()
for r in range(N):
    total += kernel(buf)
t1 = _clock()
print("sieve", N, total, kernel(buf))
print("work %.6f" % (t1 - t0), file=sys.stderr)
