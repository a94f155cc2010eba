# asyncio.Lock: mutual exclusion in order, async with, locked(), release
# without acquire, a cancelled waiter.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.005)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    ts = [asyncio.create_task(critical(lock, n, log)) for n in "abc"]
    for t in ts:
        await t
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")

    await lock.acquire()

    async def wants(name):
        try:
            await lock.acquire()
            print(name, "got it")
            lock.release()
        except asyncio.CancelledError:
            print(name, "cancelled")

    t1 = asyncio.create_task(wants("t1"))
    t2 = asyncio.create_task(wants("t2"))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await t2
    print(lock.locked())

    try:
        async with lock:
            raise KeyError("k")
    except KeyError:
        print("KeyError", lock.locked())


asyncio.run(main())
