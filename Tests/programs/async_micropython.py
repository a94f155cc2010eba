# Coroutines as MicroPython has them: a coroutine is a generator (its type,
# next(), iteration); `await` takes any iterable (MicroPython's asyncio
# awaitables define __iter__, often with __await__ = __iter__); `yield`
# inside `async def` makes a plain generator; awaiting a non-iterable is a
# TypeError.


async def co(x):
    return x * 2


c = co(4)
print(type(c).__name__)
print(next(c, "exhausted"))


class Sleep:
    """The style of MicroPython's asyncio: __iter__ is the awaitable."""

    def __init__(self, t):
        self.t = t

    def __iter__(self):
        yield ("sleep", self.t)
        return self.t

    __await__ = __iter__


async def waits():
    a = await Sleep(1)
    b = await Sleep(2)
    r = await [10, 20]
    print("list await result", r)
    return a + b


c = waits()
print(list(c))

c = waits()
steps = 0
while True:
    try:
        y = c.send(None)
    except StopIteration as e:
        print("result", e.value, "after", steps)
        break
    print("yield", y)
    steps += 1


async def agen(n):
    for i in range(n):
        yield i * i


print(list(agen(4)))


async def bad():
    await 5


try:
    bad().send(None)
except TypeError:
    print("TypeError")


async def raises():
    raise ValueError("inside")


try:
    for _ in raises():
        pass
except ValueError as e:
    print("ValueError", e)
print(StopAsyncIteration.__name__, issubclass(StopAsyncIteration, Exception))
