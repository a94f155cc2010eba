# A generator object has its function's __name__ (CPython), and its repr
# names the function and shows its address (MicroPython's form quotes the
# name, CPython's does not: only the common parts are printed).
def counter(n):
    for i in range(n):
        yield i


async def coro():
    return 1


g = counter(3)
print(g.__name__, counter.__name__, coro().__name__)
r = repr(g)
print(r.startswith("<generator object "), "counter" in r, " at 0x" in r, r.endswith(">"))
print(repr(g) == repr(g), repr(counter(1)) != r)
print(list(g))
