# asyncio.gather: results in argument order, coroutines and tasks mixed,
# return_exceptions, the first exception, empty gather, cancelling.
import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    return x


async def boom(d, exc):
    await asyncio.sleep(d)
    raise exc


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(val(1, 0.02), val(2, 0.01), val(3, 0)))
    t = asyncio.create_task(val("t", 0.01))
    print(await asyncio.gather(t, val("c", 0)))
    r = await asyncio.gather(val(1, 0), boom(0.01, ValueError("v")), boom(0, KeyError("k")), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0])
    try:
        await asyncio.gather(val(1, 0.02), boom(0.01, IndexError("i")))
    except IndexError as e:
        print("IndexError", e)
    done = asyncio.create_task(val("early", 0))
    while not done.done():
        await asyncio.sleep(0)
    print(done.done(), await asyncio.gather(done, val("late", 0)))
    async def both():
        return await asyncio.gather(val(1, 0.05), val(2, 0.05))

    inner = asyncio.create_task(both())
    await asyncio.sleep(0.01)
    inner.cancel()
    try:
        await inner
    except asyncio.CancelledError:
        print("gather cancelled")
    await asyncio.sleep(0.06)
    print("end")


asyncio.run(main())
