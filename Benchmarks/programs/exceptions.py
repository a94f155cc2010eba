# Exceptions: raise and catch in a loop, custom exception classes, finally.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of iterations (default 600000; the
# harness passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i

def run(n):
    caught = 0
    codes = 0
    fin = 0
    d = {}
    for i in range(n):
        try:
            check(i)
        except AppError as e:
            caught += 1
            codes += e.code & 15
        except KeyError:
            caught += 2
        finally:
            fin += 1
        try:
            v = d[i]
        except KeyError:
            d[i & 7] = i
        try:
            int("x")
        except ValueError:
            codes += 1
    return caught, codes, fin, len(d)

print("exceptions", run(int(sys.argv[1]) if len(sys.argv) > 1 else 600000))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
