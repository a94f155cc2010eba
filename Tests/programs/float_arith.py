# Float arithmetic and mixed int/float
a = 1.5
b = 0.25
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, -a)
print(1 + 0.5, 3 * 0.1, 10 / 4, 10 / 5, 7 / -2)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 10, 2 ** 0.5, 10.0 ** -2)
print(1e300 * 10, -1e300 * 10)
print(abs(-3.25), abs(3.25))
print(divmod(7.5, 2), divmod(-7.5, 2))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1 / 3 * 3, 2 / 3, 100.0 / 3)
print(float(2 ** 53) + 1, 2 ** 53 + 1.0)
print(3.0 == 3, 3.5 > 3, 2 ** 64 * 1.0)
