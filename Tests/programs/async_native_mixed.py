# Coroutines across code modes: @micropython.native coroutines awaiting
# bytecode ones and back, native async methods, closures over coroutine
# locals, async for / async with in native code, and errors crossing modes.
import micropython


class Tick:
    def __await__(self):
        v = yield "tick"
        return v


async def bc_leaf(x):
    got = await Tick()
    return x + (got or 0)


@micropython.native
async def nat_leaf(x):
    got = await Tick()
    return x * 10 + (got or 0)


@micropython.native
async def nat_calls_bc(x):
    a = await bc_leaf(x)
    b = await nat_leaf(x)
    return a, b


async def bc_calls_nat(x):
    r = await nat_calls_bc(x)
    return ("bc", r)


class Store:
    def __init__(self):
        self.items = []

    @micropython.native
    async def add(self, v):
        await Tick()
        self.items.append(v)
        return len(self.items)

    def __aiter__(self):
        self.pos = 0
        return self

    @micropython.native
    async def __anext__(self):
        if self.pos >= len(self.items):
            raise StopAsyncIteration
        self.pos += 1
        return self.items[self.pos - 1]

    async def __aenter__(self):
        return self

    @micropython.native
    async def __aexit__(self, t, v, tb):
        self.items.append("exit:" + (t.__name__ if t else "ok"))
        return t is KeyError


def make_counter():
    count = 0

    @micropython.native
    async def bump(n):
        nonlocal count
        for _ in range(n):
            await Tick()
            count += 1
        return count

    return bump


@micropython.native
async def nat_main():
    s = Store()
    for v in "abc":
        await s.add(v)
    seen = []
    async for v in s:
        seen.append(v)
    async with s:
        raise KeyError("swallowed")
    try:
        async with s:
            raise ValueError("passes")
    except ValueError:
        seen.append("ValueError")
    bump = make_counter()
    total = (await bump(2)) + (await bump(3))
    return seen, s.items, total


@micropython.native
async def nat_fails():
    await Tick()
    raise RuntimeError("from native")


async def bc_catches():
    try:
        await nat_fails()
    except RuntimeError as e:
        return "caught " + str(e)


def drive(coro):
    n = 0
    value = None
    while True:
        try:
            coro.send(value)
        except StopIteration as e:
            return e.value, n
        n += 1
        value = n


print(drive(bc_leaf(1)))
print(drive(nat_leaf(2)))
print(drive(nat_calls_bc(3)))
print(drive(bc_calls_nat(4)))
print(drive(nat_main()))
print(drive(bc_catches()))
