# Recursion: naive Fibonacci.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
import sys, time
_T0 = time.perf_counter()

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(2):
    total += fib(32)
print("fib", total)
print("work %.4f" % (time.perf_counter() - _T0), file=sys.stderr)
