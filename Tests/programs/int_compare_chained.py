# Comparisons between ints, chained comparisons, mixed int/big/float
a, b, c = 1, 2, 3
print(a < b, a > b, a <= 1, a >= 2, a == 1, a != 1)
print(a < b < c, a < c < b, a == 1 < b, c > b > a > 0)
print(1 < 2 > 0, 1 < 2 > 5, 3 == 3 == 3, 3 == 3 != 4)
big = 2 ** 70
print(big > 2 ** 62, -big < -2 ** 62, big == 2 ** 70, big != big + 1)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, big > 1e20, big < 1e22)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(0) < f(5))
print(calls)
calls = []
print(f(1) < f(2) < f(3) < f(4))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, not 0 <= x < 5)
print(max(3, 7) == 7 > 6)
print([1, 2] < [1, 3], (1, 2) == (1, 2), "a" < "b" < "c")
