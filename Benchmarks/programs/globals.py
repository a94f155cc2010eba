# Module-level code: a loop in the module body reading and writing globals
# and calling builtins, as scripts on a board often are (no function).
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: rounds (default 200000; the harness passes a
# smaller one on the ARM boards).
import sys, time
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
LIMIT = 1000
total = 0
peak = 0
names = ["a", "bb", "ccc"]
for i in range(N):
    total += i % 7
    if total > LIMIT:
        total -= LIMIT
    peak = max(peak, total)
    total += len(names[i % 3])
print("globals", total, peak)
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
