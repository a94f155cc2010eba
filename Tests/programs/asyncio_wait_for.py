# asyncio.wait_for: the result in time, TimeoutError (and the awaited task
# cancelled), an exception passed through, None timeout, cancellation.
import asyncio


async def slow(x, d, log):
    try:
        await asyncio.sleep(d)
        return x
    except asyncio.CancelledError:
        log.append("slow %s cancelled" % x)
        raise


async def bad():
    await asyncio.sleep(0)
    raise ValueError("inner")


async def main():
    log = []
    print(await asyncio.wait_for(slow(1, 0.01, log), 1))
    try:
        await asyncio.wait_for(slow(2, 0.1, log), 0.01)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(log)
    try:
        await asyncio.wait_for(bad(), 1)
    except ValueError as e:
        print("ValueError", e)
    print(await asyncio.wait_for(slow(3, 0, log), None))
    t = asyncio.create_task(slow(4, 0.01, log))
    print(await asyncio.wait_for(t, 1), t.done())

    async def waiter():
        try:
            await asyncio.wait_for(slow(5, 0.1, log), 0.2)
        except asyncio.CancelledError:
            print("waiter cancelled")
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("CancelledError")
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
