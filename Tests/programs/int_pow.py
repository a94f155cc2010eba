# Integer powers, modular pow, negative exponents give floats
print(2 ** 10, 3 ** 5, (-3) ** 3, (-3) ** 4)
print(10 ** 18, 10 ** 19, 10 ** 30)
print(7 ** 0, 0 ** 5)
print(2 ** -1, 4 ** -2, (-2) ** -3)
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000007))
print(pow(7, 123456, 13), pow(-7, 3, 10))
print(pow(123456789, 987, 10 ** 9 + 7))
r = 1
for i in range(20):
    r *= 7
print(r == 7 ** 20, r)
print(2 ** 0.5 * 2 ** 0.5 > 1.99)
print(9 ** 0.5, 8 ** (1 / 3) > 1.99)
