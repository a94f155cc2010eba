# Viper kernel: Mandelbrot set over a 32x24 grid, at most 50
# iterations per point, float arithmetic; returns the sum of the iteration counts.
# sys.argv[1]: repeats N (default: the host workload); sys.argv[2]: "viper"
# (default, the @micropython.viper function) or "py" (the same function
# without the decorator, for bytecode and native code). Prints one result
# line on stdout and the time of the repeat loop as `work SECONDS` on stderr.
# C: c/mandelbrot.c. Harness: Benchmarks/harness/viper.py.
import sys, time, micropython
_clock = getattr(time, "perf_counter", None) or (lambda: time.ticks_us() / 1e6)

# In viper code these names are casts; elsewhere they are these functions.
ptr8 = lambda b: b
uint = lambda x: x
W = 32
H = 24
LIMIT = 50


@micropython.viper
def mandelbrot_viper(w: int, h: int, limit: int) -> int:
    total = 0
    for y in range(h):
        ci = float(y) * 2.0 / float(h) - 1.0
        for x in range(w):
            cr = float(x) * 3.0 / float(w) - 2.0
            zr = 0.0
            zi = 0.0
            k = 0
            while k < limit:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                if zr * zr + zi * zi > 4.0:
                    break
                k += 1
            total += k
    return total


def mandelbrot_py(w: int, h: int, limit: int) -> int:
    total = 0
    for y in range(h):
        ci = float(y) * 2.0 / float(h) - 1.0
        for x in range(w):
            cr = float(x) * 3.0 / float(w) - 2.0
            zr = 0.0
            zi = 0.0
            k = 0
            while k < limit:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                if zr * zr + zi * zi > 4.0:
                    break
                k += 1
            total += k
    return total


N = int(sys.argv[1]) if len(sys.argv) > 1 else 500
kernel = mandelbrot_py if len(sys.argv) > 2 and sys.argv[2] == "py" else mandelbrot_viper
total = 0
t0 = _clock()
for r in range(N):
    total += kernel(W, H, LIMIT)
t1 = _clock()
print("mandelbrot", N, total, kernel(W, H, LIMIT))
print("work %.6f" % (t1 - t0), file=sys.stderr)
