# Integer loops: sieve of Eratosthenes plus a nested-loop sum.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of sieve rounds (default 35; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count

def nested(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s += (i ^ j) & 7
    return s

c = 0
for k in range(int(sys.argv[1]) if len(sys.argv) > 1 else 35):
    c += sieve(200000)
print("sieve", c, nested(1500))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
