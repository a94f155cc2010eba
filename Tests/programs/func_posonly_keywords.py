# Positional-only parameters passed by keyword: to **kwargs, or CPython's TypeError naming them
def f(a, b=2, /, c=3):
    return a, b, c
for call in [lambda: f(a=1), lambda: f(1, b=2), lambda: f(a=1, b=2), lambda: f(1, zz=3), lambda: f(1, 2, 3, c=4), lambda: f(b=1, zz=2)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
