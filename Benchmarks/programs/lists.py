# Lists: sorting, comprehensions, slicing, reversal.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of rounds (default 90; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def run(rounds):
    x = 42
    data = []
    for i in range(20000):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 100000)
    check = 0
    for r in range(rounds):
        s = sorted(data)
        sq = [v * v % 1000 for v in s if v % 3 != 0]
        ev = [v for v in sq if v & 1 == 0]
        t = data[:]
        t.sort(reverse=True)
        t.reverse()
        pairs = [(v % 10, v) for v in data[:5000]]
        pairs.sort()
        check += s[0] + s[-1] + len(sq) + len(ev) + t[100] + pairs[2500][1] + sum(ev[:100])
    return check

print("lists", run(int(sys.argv[1]) if len(sys.argv) > 1 else 90))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
