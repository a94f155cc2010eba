# Coroutines as MicroPython has them: a coroutine is a generator (its type,
# next(), iteration); `await` takes any iterable (MicroPython's asyncio
# awaitables define __iter__, often with __await__ = __iter__); `yield`
# inside `async def` makes a plain generator (with `yield from` and
# `return value`); awaiting a non-iterable is a TypeError.


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


async def agen_returns():
    yield 1
    yield from agen(3)
    return "value"


g = agen_returns()
print(next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


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


# Without __aiter__ / __aenter__ the lookup fails with AttributeError
# (CPython: TypeError); an __anext__ result that is not awaitable is a
# TypeError in both.
async def protocol_errors():
    try:
        async for x in [1, 2]:
            pass
    except Exception as e:
        print(type(e).__name__)
    try:
        async with 5:
            pass
    except Exception as e:
        print(type(e).__name__)

    class NotAwaitable:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 5

    try:
        async for x in NotAwaitable():
            print(x)
    except Exception as e:
        print(type(e).__name__)


try:
    protocol_errors().send(None)
except StopIteration:
    print("done")
