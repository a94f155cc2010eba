# Big integers: digits of pi by Gibbons' unbounded spigot (multiplication,
# floor division and comparisons of ever-growing ints, so the mpz code).
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of digits (default 2400; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


d = pi_digits(int(sys.argv[1]) if len(sys.argv) > 1 else 2400)
print("pidigits", "".join(str(x) for x in d[:20]), "".join(str(x) for x in d[-20:]), sum(d))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
