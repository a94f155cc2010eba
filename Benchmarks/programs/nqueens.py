# N-queens: backtracking with lists and sets (counts all solutions).
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the board size of the second solve (default 12; the
# harness passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def solve(n):
    cols = set()
    d1 = set()
    d2 = set()
    count = 0
    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c)
            d1.add(r - c)
            d2.add(r + c)
            place(r + 1)
            cols.remove(c)
            d1.remove(r - c)
            d2.remove(r + c)
    place(0)
    return count

def perm_queens(n):
    # Permutation-based check, with tuples and all().
    sols = 0
    def perms(prefix, rest):
        nonlocal sols
        if not rest:
            sols += 1
            return
        r = len(prefix)
        for i in range(len(rest)):
            c = rest[i]
            if all(abs(c - prefix[k]) != r - k for k in range(r)):
                perms(prefix + (c,), rest[:i] + rest[i + 1:])
    perms((), tuple(range(n)))
    return sols

print("nqueens", solve(8), solve(int(sys.argv[1]) if len(sys.argv) > 1 else 12), perm_queens(8))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
