# Dicts: word counting and lookups.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of words in the text (default 60000; the
# harness passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)] + str(x % 13))
    return out

def count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts

def run(words):
    text = make_text(words)
    check = 0
    for r in range(100):
        c = count(text)
        g = {}
        for k, v in c.items():
            g[k[0]] = g.get(k[0], 0) + v
        check += len(c) + max(c.values()) + g["a"] + sum(g.values())
    return check

print("dicts", run(int(sys.argv[1]) if len(sys.argv) > 1 else 60000))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
