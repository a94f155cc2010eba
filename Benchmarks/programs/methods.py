# Method calls and attribute access on instances of user classes: the
# lookups (instance dict, class, base class) and the calls themselves.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: rounds (default 60000; the harness passes a
# smaller one on the ARM boards).
import sys, time
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()


class Counter:
    step = 1

    def __init__(self):
        self.n = 0
        self.hits = 0

    def bump(self):
        self.n += self.step

    def add(self, k, m):
        self.n += k * m
        return self.n


class Tally(Counter):
    def bump(self):
        Counter.bump(self)
        self.hits += 1

    def total(self):
        return self.n + self.hits


def run(rounds):
    c = Tally()
    acc = 0
    for i in range(rounds):
        c.bump()
        acc = (acc + c.add(i & 7, 2)) & 0xFFFFFF
        if c.total() & 1:
            acc -= 1
    return acc, c.n, c.hits


N = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
print("methods", run(N))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
