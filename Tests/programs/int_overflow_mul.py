# Multiplication, addition and negation right at the small-int boundary
edges = [2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63]
for e in edges:
    print(e, e + 1, e - 1, -e, e * 2, e * e)
for e in edges:
    n = -e
    print(n, n - 1, n * 2, n * n, n // 3, n % 3)
x = 1
for i in range(70):
    x = x * 2
print(x)
while x > 1:
    x = x // 2
print(x)
v = 4611686018427387903
print(v + v, v * 3, v - -v)
print(-4611686018427387904 - 1, -4611686018427387904 * -1)
