# math: constants, float functions, integer helpers
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0))
print(math.pow(2, 10), math.pow(2.5, 2), math.pow(4, 0.5), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.exp(0), math.exp(1), math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(1024), math.log10(1000), math.log2(0.5), math.log10(0.001))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4)
print(math.asin(1), math.acos(1), math.acos(-1), math.atan2(1, 1), math.atan2(-0.0, -1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100))
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, math.inf))
print(math.modf(3.5), math.modf(-2.25), math.modf(math.inf), math.modf(0.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.0), math.frexp(1e-310)[1])
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(0.0, 1000), math.ldexp(3, 0))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(5, -math.inf))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1), math.isfinite(math.nan))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90))

# floor/ceil/trunc return ints
for x in [2.5, -2.5, 2.0, -0.5, 1e20, -1e30, 7, True, 2**70]:
    print(math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)

# isclose
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.05, abs_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))

# integer helpers
print([math.factorial(i) for i in range(8)])
print(math.factorial(20), math.factorial(25), math.factorial(52) % 1000003)
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(), math.gcd(7), math.gcd(24, 36, 60))
print(math.gcd(2**70, 2**65 * 3), math.gcd(10**30, 10**20 * 7))
print(math.hypot(3, 4), math.hypot(-5, 12), math.hypot(1, 2, 2), math.hypot(), math.hypot(7), math.hypot(math.inf, math.nan))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10**20), math.isqrt(2**100 + 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))

# results used in ordinary arithmetic
r = 2.0
area = math.pi * r ** 2
print(round(area, 6), "%.3f" % math.sqrt(area / math.pi))
angles = [math.degrees(math.atan2(y, x)) for x, y in [(1, 0), (0, 1), (-1, 0), (0, -1)]]
print(angles)
