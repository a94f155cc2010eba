# Task.cancel: a sleeping task, a task awaiting another, cleanup with
# finally, catching CancelledError, cancel of a finished task, cancel
# before the task ever ran, CancelledError is a BaseException.
import asyncio


async def sleeper(log, d=1):
    try:
        log.append("sleeping")
        await asyncio.sleep(d)
        log.append("woke")
    finally:
        log.append("cleanup")


async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "caught"


async def quick():
    return 7


async def main():
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError", t.done())
    print(log)

    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

    t = asyncio.create_task(quick())
    print(await t, t.cancel())

    log = []
    t = asyncio.create_task(sleeper(log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", log)

    log = []
    inner = asyncio.create_task(sleeper(log))

    async def outer():
        try:
            await inner
        except asyncio.CancelledError:
            print("outer sees CancelledError")
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled", inner.done(), o.done())
    print(log)

    async def forever(n):
        i = 0
        while True:
            i += 1
            await asyncio.sleep(0)

    ts = [asyncio.create_task(forever(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    for t in ts:
        t.cancel()
    for t in ts:
        try:
            await t
        except asyncio.CancelledError:
            print("forever cancelled")


asyncio.run(main())
