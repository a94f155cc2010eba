# Fixed-point arithmetic with integers (Q16.16), as on FPU-less boards
FRAC = 16
ONE = 1 << FRAC
def to_fix(x):
    return int(round(x * ONE))
def to_float(f):
    return f / ONE
def fmul(a, b):
    return (a * b) >> FRAC
def fdiv(a, b):
    return (a << FRAC) // b
a = to_fix(3.25)
b = to_fix(-1.5)
print(a, b, to_float(a + b), to_float(fmul(a, b)), to_float(fdiv(a, b)))
def fsqrt(x):
    if x <= 0:
        return 0
    r = x
    for _ in range(30):
        r = (r + fdiv(x, r)) >> 1
    return r
for v in [2.0, 9.0, 0.25, 1000.0]:
    print(v, round(to_float(fsqrt(to_fix(v))), 4))
acc = 0
for i in range(10):
    acc += fmul(to_fix(0.1), to_fix(i))
print(acc, round(to_float(acc), 3))
print(to_fix(-0.5) >> 1, to_fix(-0.5) // 2, -to_fix(0.5) % ONE)
