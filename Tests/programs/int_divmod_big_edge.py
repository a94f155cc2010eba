# Division and modulo of big ints near exact multiples and sign boundaries
a = 2 ** 64
for b in [2 ** 32, -(2 ** 32), 3, -3, 2 ** 64, -(2 ** 64), 2 ** 64 + 1, 2 ** 63 - 1, 7 ** 30]:
    print(b, a // b, a % b, -a // b, -a % b)
x = 10 ** 40 + 7
y = 10 ** 20 + 3
q, r = divmod(x, y)
print(q, r, q * y + r == x)
q, r = divmod(-x, y)
print(q, r, q * y + r == -x)
q, r = divmod(x, -y)
print(q, r, q * y * -1 + r == x)
print((2 ** 200) // (2 ** 100), (2 ** 200 + 1) % (2 ** 100), (2 ** 200 - 1) // (2 ** 100))
print(-1 // 2 ** 100, -1 % 2 ** 100 == 2 ** 100 - 1, 1 // -(2 ** 100), 1 % -(2 ** 100) == 1 - 2 ** 100)
print((-(2 ** 63)) // -1, (-(2 ** 62)) // -1, (-(2 ** 62)) * -1)
print(abs(-(2 ** 62)), -(-(2 ** 62)), (2 ** 62 - 1) + 1, -(2 ** 62) - 1)
print(10 ** 30 / 10 ** 10, 2 ** 100 / 3, -(2 ** 100) / 7, (2 ** 1000) / (2 ** 990))
try:
    2 ** 10000 / 3
except OverflowError:
    print("OverflowError")
print(2 ** 10000 // 2 ** 9998)
