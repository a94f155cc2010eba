# Generators: pipelines of generator functions and generator expressions.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of rounds (default 95; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for v in it:
        yield v * v

def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v

def chunks(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def run(rounds):
    total = 0
    for r in range(rounds):
        for ch in chunks(evens(squares(count_up(40000))), 7):
            total += len(ch) + ch[0] % 97
        total += sum(x % 13 for x in range(20000))
    return total

print("generators", run(int(sys.argv[1]) if len(sys.argv) > 1 else 95))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
