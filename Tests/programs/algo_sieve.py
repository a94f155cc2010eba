# Sieve of Eratosthenes with list indexing and slice-free loops
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    out = []
    for k in range(n + 1):
        if is_prime[k]:
            out.append(k)
    return out
p = sieve(100)
print(p)
print(len(sieve(10000)), sieve(10000)[-1])
twins = []
for a, b in zip(p, p[1:]):
    if b - a == 2:
        twins.append((a, b))
print(twins)
