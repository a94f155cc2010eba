# nonlocal rebinding in nested functions
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter(10)
inc()
inc(5)
print(get(), inc(), get())
def outer():
    x = 1
    def mid():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(10)])
def acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a = acc()
for v in [1, 2, 3]:
    a(v)
print(a(0))
