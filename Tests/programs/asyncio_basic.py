# asyncio basics: run, create_task, sleep, awaiting tasks and coroutines,
# return values, done(), current_task, exceptions through await.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def worker(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name.upper()


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    print("add", await add(2, 3))
    log = []
    t1 = asyncio.create_task(worker("a", 0.15, log))
    t2 = asyncio.create_task(worker("b", 0, log))
    print("created", t1.done(), t2.done())
    r2 = await t2
    r1 = await t1
    print(r1, r2, t1.done(), t2.done())
    print(log)
    print("await again", await t1)
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError as e:
        print("ValueError", e, t.done())
    try:
        await fails()
    except ValueError as e:
        print("direct ValueError", e)
    me = asyncio.current_task()
    print(isinstance(me, asyncio.Task))
    try:
        asyncio.create_task(42)
    except TypeError:
        print("TypeError for non-coroutine")
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError:
    print("RuntimeError outside the loop")


async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)


print(asyncio.run(nested(10)))


async def order():
    out = []

    async def step(i):
        for k in range(3):
            out.append((i, k))
            await asyncio.sleep(0)

    ts = [asyncio.create_task(step(i)) for i in range(3)]
    for t in ts:
        await t
    print(out)


asyncio.run(order())
