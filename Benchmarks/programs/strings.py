# Strings: concatenation, split, join, formatting, methods.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of rounds (default 1800; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d:%s" % (i, str(i * 7)))
    return ",".join(parts)

def work(rounds):
    check = 0
    for r in range(rounds):
        s = build(400)
        fields = s.split(",")
        total = 0
        for f in fields:
            name, val = f.split(":")
            total += int(val) + len(name)
        acc = ""
        for k in range(50):
            acc += str(k) + "-"
        up = s.upper().replace("ITEM", "x")
        line = "{}|{}|{:>6}".format(r, total, len(up))
        check = (check * 31 + total + len(acc) + len(up) + len(line)) % 1000000007
        if "x399" not in up or not f.startswith("item"):
            check += 1
    return check

print("strings", work(int(sys.argv[1]) if len(sys.argv) > 1 else 1800))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
