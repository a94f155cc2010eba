# Generator pipelines and infinite generators with manual limits
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def squares(it):
    for v in it:
        yield v * v
def odd_only(it):
    return (v for v in it if v % 2)
print(list(take(5, squares(odd_only(naturals())))))
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
def window(seq, k):
    buf = []
    for v in seq:
        buf.append(v)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_sum(it):
    s = 0
    for v in it:
        s += v
        yield s
print(list(running_sum(take(10, naturals()))))
