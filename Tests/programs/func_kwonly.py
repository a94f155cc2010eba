# Keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=1))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing kwonly")
def g(*args, sep=" ", end=""):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="-", end="!"))
def h(x, *rest, flag=False, **extra):
    return x, rest, flag, sorted(extra)
print(h(1), h(1, 2, flag=True, z=1, y=2))
def sorter(items, *, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)
print(sorter([3, 1, 2]), sorter(["bb", "a"], key=len), sorter([1, 2], reverse=True))
