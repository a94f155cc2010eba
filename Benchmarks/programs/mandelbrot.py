# Floats: Mandelbrot set membership on a grid.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of rows (default 180; the harness passes
# a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

def mandel(w, h, limit):
    inside = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 2.5 * x / w - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < limit:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == limit:
                inside += 1
    return inside

print("mandelbrot", mandel(260, int(sys.argv[1]) if len(sys.argv) > 1 else 180, 100))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
