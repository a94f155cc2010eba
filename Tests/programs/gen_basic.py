# Generator functions: yield, iteration, laziness, exhaustion
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))
def noisy():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in noisy():
    print("got", v)
g = noisy()
print(type(g).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
def evens(seq):
    for v in seq:
        if v % 2 == 0:
            yield v
print(list(evens(range(10))), list(evens([])))
g = count_up(2)
print(list(g), list(g))
print(iter(g) is g)
