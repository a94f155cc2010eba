# Arithmetic that overflows the small-int range into arbitrary precision
x = 2 ** 62
print(x, x + x, x * 4)
y = 2 ** 63 - 1
print(y, y + 1, -y - 1, -y - 2)
print(2 ** 100, 2 ** 100 - 1)
print(3 ** 80)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2 ** 20, f % 1000007)
big = 10 ** 40
print(big // 7, big % 7, -big // 7, -big % 7)
print(big * big)
print(big - big, big - big + 5)
print((big + 1) * (big - 1) == big * big - 1)
print(123456789012345678901234567890 + 987654321098765432109876543210)
print(123456789012345678901234567890 * -987654321098765432109876543210)
a = 1
b = 1
for i in range(100):
    a, b = b, a + b
print(a)
print(abs(-2 ** 70), -(2 ** 70))
print(2 ** 64 // 3, 2 ** 64 % 3)
