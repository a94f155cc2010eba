# Closures: counters, adders, nonlocal updates, higher-order functions.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of iterations (default 1500000; the
# harness passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def make_counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n
    return inc

def make_adder(k):
    def add(x):
        return x + k
    return add

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

def run(n):
    c = make_counter()
    adders = [make_adder(i) for i in range(10)]
    f = compose(adders[3], adders[4])
    total = 0
    for i in range(n):
        total += c(1)
        total += f(i) & 255
        total += adders[i % 10](i) & 15
        g = lambda y: y * 2 + i
        total += g(1) & 7
    return total % 1000000007

print("closures", run(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
