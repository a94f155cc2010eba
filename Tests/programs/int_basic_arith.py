# Small-int arithmetic: + - * // % ** and unary ops
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a ** 2)
print(-a, +a, -(-a))
print(b - a, (b - a) * 3)
print(a / b)
print(0 * a, a * 0, 0 - 0)
x = 1
for i in range(10):
    x = x * 3 + i
print(x)
print(100 // 7 * 7 + 100 % 7)
print(2 ** 0, 0 ** 0, 1 ** 100)
print(10 - 3 - 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(7 * -1, -7 * -1)
print(1 + 2 * 3 - 4 // 2)
n = 12345
s = 0
while n:
    s += n % 10
    n //= 10
print(s)
