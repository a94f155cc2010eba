# while loops: counters, conditions, collatz, gcd
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)])
print(collatz(27))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 80, 6 ** 40))
i = 10
out = []
while i > 0 and len(out) < 4:
    out.append(i)
    i -= 3
print(out, i)
x = 1.0
k = 0
while x > 1e-3:
    x /= 2
    k += 1
print(k, x)
lst = [5, 4, 3]
while lst:
    print(lst.pop(), end=" ")
print()
