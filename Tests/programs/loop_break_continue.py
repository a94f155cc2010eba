# break and continue in for and while loops, nested loops
for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
    print(i, end=" ")
print()
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print(n, end=" ")
print()
found = None
for i in range(2, 10):
    for j in range(2, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
        continue
print(primes)
count = 0
for c in "a-b-c--d":
    if c == "-":
        continue
    count += 1
print(count)
