# Closures: counters, adders, nonlocal updates, higher-order functions.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
import sys, time
# MicroPython has no perf_counter: its microsecond ticks serve there.
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)
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

def run():
    c = make_counter()
    adders = [make_adder(i) for i in range(10)]
    f = compose(adders[3], adders[4])
    total = 0
    for i in range(1500000):
        total += c(1)
        total += f(i) & 255
        total += adders[i % 10](i) & 15
        g = lambda y: y * 2 + i
        total += g(1) & 7
    return total % 1000000007

print("closures", run())
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
