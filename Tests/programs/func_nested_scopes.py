# Nested function scopes: free variables through several levels, late binding, UnboundLocalError
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            return a + b
        return inner
    return middle()
print(outer()())
def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(late())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
def unbound():
    v = 1
    def g():
        try:
            v += 1
        except UnboundLocalError:
            return "UnboundLocalError"
        return v
    return g()
print(unbound())
def shadow_param(x):
    def g(x):
        return x * 2
    return g(x + 1), x
print(shadow_param(5))
