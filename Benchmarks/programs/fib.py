# Recursion: naive Fibonacci.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: n of fib(n) (default 32; the harness passes a
# smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

N = int(sys.argv[1]) if len(sys.argv) > 1 else 32
total = 0
for i in range(2):
    total += fib(N)
print("fib", total)
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
