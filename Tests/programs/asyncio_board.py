# gc-stress: skip: the order of events follows the sleeps' wall-clock deadlines, and a collection per allocation makes each step slower than the gaps between them
# A board-style program: three tasks blinking at different rates, a
# producer and a consumer with an Event, a wait_for timeout and a cancelled
# task. Prints the order of events, not times.
import asyncio

events = []


async def blink(name, period_ms, times):
    for i in range(times):
        if i:
            await asyncio.sleep_ms(period_ms)
        events.append("%s%d" % (name, i))


async def producer(ev, box):
    for i in range(3):
        await asyncio.sleep_ms(5)
        box.append(i * i)
        ev.set()


async def consumer(ev, box):
    got = []
    while len(got) < 3:
        await ev.wait()
        ev.clear()
        while box:
            got.append(box.pop(0))
    return got


async def never():
    await asyncio.sleep_ms(10000)


async def main():
    blinkers = [
        asyncio.create_task(blink("A", 80, 3)),
        asyncio.create_task(blink("B", 200, 2)),
        asyncio.create_task(blink("C", 130, 2)),
    ]
    for t in blinkers:
        await t
    print(" ".join(events))
    ev = asyncio.Event()
    box = []
    c = asyncio.create_task(consumer(ev, box))
    await producer(ev, box)
    print("consumer got", await c)
    try:
        await asyncio.wait_for_ms(never(), 10)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(never())
    await asyncio.sleep_ms(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.done())


asyncio.run(main())
print("done")
