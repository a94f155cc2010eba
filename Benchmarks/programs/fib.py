# Recursion: naive Fibonacci.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
import sys, time
# MicroPython has no perf_counter: its microsecond ticks serve there.
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)
_T0 = _clock()

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(2):
    total += fib(32)
print("fib", total)
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
