# Big-integer workloads: factorial digit sums, powers, Fibonacci
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
s = str(f100)
print(len(s), s[:20], s[-30:])
total = 0
for ch in s:
    total += int(ch)
print(total)
print(len(str(2 ** 1000)), str(2 ** 1000)[:15])
a, b = 0, 1
n = 0
while len(str(a)) < 100:
    a, b = b, a + b
    n += 1
print(n, str(a)[:10])
print(fact(30) // fact(28), fact(50) % (10 ** 9 + 7))
x = 3 ** 200
print(x % 1000, x // 3 ** 199, int(str(x)) == x, (x >> 300) & 0xFF)
print(-fact(25), (-fact(25)) // 7, (-fact(25)) % 7)
