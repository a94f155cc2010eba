# Positional-only (/), keyword-only (*) and defaults mixed in one signature
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return (a, b, c, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 20, 30, d=40, e=50, z=0))
print(f(1, c=9, d=8))
print(f(1, 2, d=0, b=99))
try:
    f(a=1, d=2)
except TypeError:
    print("TypeError positional-only passed by keyword")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError too many positional")
def g(x, /):
    return x * 2
print(g(21))
def h(*, only):
    return only
print(h(only="kw"))
