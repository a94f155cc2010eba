# Allocation: many short-lived small objects (tuples, strings, floats,
# lists, instances) with a few long-lived ones, so the allocator and the
# collector do most of the work.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: rounds (default 40000; the harness passes a
# smaller one on the ARM boards).
import sys, time
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def churn(rounds):
    keep = []
    check = 0
    for i in range(rounds):
        t = (i, i + 1, i + 2)
        s = "k" + str(i)
        f = i * 0.5 + 1.25
        p = Point(i, f)
        l = [t, s, p]
        check += len(s) + t[2] + len(l)
        if i % 97 == 0:
            keep.append(s)  # some survive many collections
        if len(keep) > 200:
            keep = keep[100:]
        check = (check + int(p.y)) & 0xFFFFFF
    return check, len(keep)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
print("alloc", churn(N))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
