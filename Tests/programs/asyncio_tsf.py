# asyncio.ThreadSafeFlag (MicroPython only): set before wait, set from
# another task, wait clears the flag, clear(), cancelling a waiter.
import asyncio


async def main():
    f = asyncio.ThreadSafeFlag()
    f.set()
    await f.wait()
    print("was set")
    log = []

    async def waiter():
        for i in range(3):
            await f.wait()
            log.append(i)

    t = asyncio.create_task(waiter())
    for i in range(3):
        await asyncio.sleep_ms(2)
        log.append("set %d" % i)
        f.set()
    await t
    print(log)
    f.set()
    f.clear()
    t = asyncio.create_task(f.wait())
    await asyncio.sleep_ms(5)
    print("still waiting", t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    f.set()
    await f.wait()
    print("done")


asyncio.run(main())
