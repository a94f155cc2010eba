# Coroutines without asyncio: async def, await of coroutines and of objects
# with __await__, return values through StopIteration.value, async for and
# async with, driven by a tiny scheduler that calls send().


async def add_one(x):
    return x + 1


class Ready:
    """An awaitable whose __await__ is a generator: it suspends once."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent * 2


async def chain():
    v = await Ready("first")
    print("got", v)
    w = await add_one(v)
    u = await Ready("second")
    return w + u


def run(coro, sends):
    """Sends the values in order; prints what the coroutine yields and returns."""
    it = iter(sends)
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            print("returned", e.value)
            return e.value
        print("yielded", y)
        value = next(it)


c = add_one(1)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)

run(chain(), [21, 5])


async def not_awaitable():
    await 3


try:
    not_awaitable().send(None)
except TypeError:
    print("TypeError")


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Ready(("tick", self.i))
        return self.i


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await Ready(("enter", self.name))
        return self

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v))
        await Ready(("exit", self.name))
        return self.swallow


async def main():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    print(out)
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("x", x)
    else:
        print("not reached")
    async with Manager("a") as m:
        print("body", m.name)
    async with Manager("b", True):
        raise ValueError("swallowed")
    try:
        async with Manager("c"):
            raise KeyError("passes")
    except KeyError as e:
        print("KeyError passed", e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
        print("after", i)
    async with Manager("ret"):
        return "done"


def scheduler(coros):
    """Round robin over several coroutines; each yields to let the others run."""
    tasks = list(coros)
    results = {}
    started = set()
    steps = 0
    while tasks:
        name, c = tasks.pop(0)
        try:
            y = c.send(1 if name in started else None)
            started.add(name)
        except StopIteration as e:
            results[name] = e.value
            continue
        steps += 1
        print(name, "->", y)
        tasks.append((name, c))
    return results, steps


print(scheduler([("main", main())]))


async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Ready((name, i))
    return total


print(scheduler([("w1", worker("w1", 3)), ("w2", worker("w2", 2)), ("w3", worker("w3", 0))]))


class CountTo:
    """__await__ returns a plain iterator (not a generator): its final
    StopIteration carries the result of the await."""

    def __init__(self, n):
        self.n = n
        self.i = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i <= self.n:
            return ("count", self.i)
        raise StopIteration(self.n * 100)


async def counts():
    a = await CountTo(2)
    b = await CountTo(0)
    return a + b


run(counts(), [None, None])
