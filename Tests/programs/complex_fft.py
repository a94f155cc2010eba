# A benchmark-like program: a radix-2 FFT on lists of complex numbers
# (twiddle factors from cmath.rect, in-place += and -=), its inverse, a
# convolution by FFT, and checks against a direct DFT; printed rounded.
import cmath
import math


def bit_reverse(i, bits):
    r = 0
    for _ in range(bits):
        r = (r << 1) | (i & 1)
        i >>= 1
    return r


def fft(xs, inverse=False):
    n = len(xs)
    bits = n.bit_length() - 1
    out = [xs[bit_reverse(i, bits)] for i in range(n)]
    sign = 1 if inverse else -1
    width = 2
    while width <= n:
        half = width // 2
        w_step = cmath.rect(1, sign * 2 * cmath.pi / width)
        for start in range(0, n, width):
            w = 1 + 0j
            for k in range(start, start + half):
                t = out[k + half] * w
                out[k + half] = out[k] - t
                out[k] += t
                w *= w_step
        width *= 2
    if inverse:
        out = [v / n for v in out]
    return out


def dft(xs):
    n = len(xs)
    return [sum(xs[k] * cmath.exp(-2j * cmath.pi * j * k / n) for k in range(n)) for j in range(n)]


def show(vs):
    return " ".join("%.4f%+.4fj" % (round(v.real, 4) + 0.0, round(v.imag, 4) + 0.0) for v in vs)


signal = [math.cos(2 * math.pi * i / 16) + 0.5 * math.sin(6 * math.pi * i / 16) for i in range(16)]
spec = fft(signal)
print(show(spec))
print(max(abs(a - b) for a, b in zip(spec, dft(signal))) < 1e-9)
back = fft(spec, True)
print(max(abs(a - b) for a, b in zip(back, signal)) < 1e-12)
print([i for i, v in enumerate(spec) if abs(v) > 1e-9])


def convolve(a, b):
    n = 1
    while n < len(a) + len(b):
        n *= 2
    fa = fft([complex(x) for x in a] + [0j] * (n - len(a)))
    fb = fft([complex(x) for x in b] + [0j] * (n - len(b)))
    prod = fft([x * y for x, y in zip(fa, fb)], True)
    return [round(v.real) for v in prod[: len(a) + len(b) - 1]]


# multiplying 1234 * 5678 through its digit polynomials
digits = convolve([4, 3, 2, 1], [8, 7, 6, 5])
print(digits, sum(d * 10 ** i for i, d in enumerate(digits)), 1234 * 5678)

total = 0j
for rep in range(20):
    data = [complex(math.sin(i * 0.3 + rep), math.cos(i * 0.7)) for i in range(64)]
    f = fft(data)
    total += sum(f)
    assert max(abs(a - b) for a, b in zip(fft(f, True), data)) < 1e-12
print(show([total]))
