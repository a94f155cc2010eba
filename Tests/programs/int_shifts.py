# Left and right shifts, including into big ints and of negatives
for n in [1, 5, -1, -5, 255, -256]:
    print(n, n << 1, n << 4, n >> 1, n >> 3)
print(1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 100)
print((1 << 100) >> 90, (1 << 100) >> 200)
print(-(1 << 100) >> 99, -(1 << 100) >> 200)
print(12345 >> 0, 12345 << 0)
x = 3
for i in range(0, 80, 13):
    print(i, x << i)
print((2 ** 90 + 12345) >> 3, (-(2 ** 90) - 12345) >> 3)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__)
