# Keyword arguments and **kwargs
def f(a, b, c=3):
    return a, b, c
print(f(1, 2), f(b=2, a=1), f(1, c=5, b=0), f(c=1, b=2, a=3))
def g(**kwargs):
    return kwargs
print(g(), g(x=1), g(b=2, a=1))
def h(a, **kw):
    return a, sorted(kw.items())
print(h(1, z=3, y=2), h(a=0))
opts = {"b": 20, "c": 30}
print(f(10, **opts), f(**{"a": 1, "b": 2}))
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print(wrapper(1, 2, c=9))
try:
    f(1, 2, d=4)
except TypeError:
    print("TypeError unexpected")
try:
    f(1, a=2, b=3)
except TypeError:
    print("TypeError multiple")
try:
    f(1)
except TypeError:
    print("TypeError missing")
def kwcount(**kw):
    return len(kw)
print(kwcount(**{"p": 1}, q=2))
