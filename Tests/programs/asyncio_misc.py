# asyncio odds and ends: waiting for an Event with a timeout, awaiting a
# task twice, a task's exception after the fact, sleep(0) round-robin,
# run() returning and raising, a cancelled main task, nested tasks.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timed out")
    ev.set()
    print("event set", await asyncio.wait_for(ev.wait(), 1))

    async def raiser():
        await asyncio.sleep(0)
        raise KeyError("k")

    t = asyncio.create_task(raiser())
    for _ in range(3):
        await asyncio.sleep(0)
    for _ in range(2):
        try:
            await t
        except KeyError as e:
            print("KeyError again", e.args)

    async def child(n):
        if n:
            return await asyncio.create_task(child(n - 1)) + 1
        return 0

    print("nested", await child(5))

    lock = asyncio.Lock()
    order = []

    async def user(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    await asyncio.gather(*[user(i) for i in range(5)])
    print("lock order", order)


asyncio.run(main())


async def value():
    return 42


print(asyncio.run(value()))


async def oops():
    raise OSError(5)


try:
    asyncio.run(oops())
except OSError as e:
    print("OSError", e.args)


async def self_cancel():
    t = asyncio.current_task()
    try:
        t.cancel()
    except RuntimeError:
        print("can't cancel self")
    return "ok"


print(asyncio.run(self_cancel()))
