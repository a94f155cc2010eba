# inf and nan arithmetic and formatting
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * 2, -inf, inf * -1, 1 / inf, -1 / inf)
print(inf - inf, inf * 0, nan + 1, nan * 0)
print(repr(inf), repr(-inf), repr(nan), str(nan))
print([inf, -inf, nan])
print(inf > 0, -inf < 0, nan == 0, nan != 0)
x = 1e308
print(x * 10, -x * 10, x + x)
try:
    int(inf)
except OverflowError:
    print("OverflowError")
try:
    int(nan)
except ValueError:
    print("ValueError")
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.0 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError mod")
print(abs(-inf), abs(nan) != abs(nan))
