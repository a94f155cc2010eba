# A benchmark-like program: the Mandelbrot set with complex arithmetic
# (as MicroPython's classic benchmark), printed as ASCII art, plus a
# Julia set and the escape counts' checksum; native functions and a
# closure over a complex constant.
import micropython


@micropython.native
def escape(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def mandelbrot(w, h, limit):
    rows = []
    total = 0
    for y in range(h):
        row = []
        for x in range(w):
            c = complex(-2.2 + 3.0 * x / w, -1.2 + 2.4 * y / h)
            n = escape(c, limit)
            total += n
            row.append(" .:-=+*#%@"[n * 9 // limit])
        rows.append("".join(row).rstrip())
    return rows, total


rows, total = mandelbrot(60, 24, 40)
for row in rows:
    print(row)
print("checksum", total)


def julia(k):
    def step(z):
        return z * z + k

    return step


f = julia(-0.8 + 0.156j)
counts = []
for y in range(8):
    line = ""
    for x in range(32):
        z = complex(-1.6 + 3.2 * x / 32, -1.0 + 2.0 * y / 8)
        n = 0
        while n < 30 and (z.real * z.real + z.imag * z.imag) <= 4.0:
            z = f(z)
            n += 1
        counts.append(n)
        line += "#" if n == 30 else "+" if n > 8 else "."
    print(line)
print(sum(counts), max(counts), min(counts))
