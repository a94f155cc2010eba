# asyncio.Event: set, clear, is_set, several waiters, wait on a set event,
# a producer and a consumer.
import asyncio


async def waiter(name, ev, log):
    log.append(name + " waits")
    r = await ev.wait()
    log.append(name + " woke " + str(r))


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    log = []
    ts = [asyncio.create_task(waiter(n, ev, log)) for n in "abc"]
    await asyncio.sleep(0)
    log.append("setting")
    ev.set()
    print(ev.is_set())
    for t in ts:
        await t
    print(log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    items = []
    ready = asyncio.Event()
    consumed = asyncio.Event()

    async def producer():
        for i in range(4):
            items.append(i)
            print("produced", i)
            ready.set()
            await consumed.wait()
            consumed.clear()

    async def consumer():
        total = 0
        for _ in range(4):
            await ready.wait()
            ready.clear()
            x = items.pop()
            print("consumed", x)
            total += x
            consumed.set()
        return total

    c = asyncio.create_task(consumer())
    await producer()
    print("total", await c)

    ev2 = asyncio.Event()
    t = asyncio.create_task(ev2.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait cancelled")
    ev2.set()
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
