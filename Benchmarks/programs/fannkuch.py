# Fannkuch-redux: permutations of small integer lists, prefix reversals by
# slice assignment and index loops (list indexing and integer compares).
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the permutation length n (default 9; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # Count the flips of this permutation.
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # Next permutation in the counting order.
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


print("fannkuch", fannkuch(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
