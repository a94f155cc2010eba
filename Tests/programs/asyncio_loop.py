# MicroPython's loop API: get_event_loop, new_event_loop, run_until_complete,
# run_forever and stop, create_task on the loop, exception handlers
# (a task that raises and is never awaited), wait_for_ms, sleep_ms.
import asyncio

loop = asyncio.get_event_loop()


async def value(x):
    await asyncio.sleep_ms(1)
    return x


async def value2(ms):
    await asyncio.sleep_ms(ms)


print(loop.run_until_complete(value(5)))


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep_ms(1)
    loop.stop()


loop.create_task(ticker(3))
loop.run_forever()
print("stopped")


def handler(loop, context):
    e = context["exception"]
    print("handler:", context["message"], type(e).__name__, e.args)


async def raises(i):
    raise ValueError(i)


async def main():
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(raises(1))
    for _ in range(3):
        await asyncio.sleep_ms(0)
    t = asyncio.create_task(raises(2))
    await asyncio.sleep_ms(0)
    try:
        await t
    except ValueError as e:
        print("retrieved", e)
    try:
        await asyncio.wait_for_ms(value(1), 1000)
        print("in time")
        await asyncio.wait_for_ms(value2(100), 5)
    except asyncio.TimeoutError:
        print("TimeoutError")
    loop.set_exception_handler(None)
    asyncio.create_task(raises(3))
    await asyncio.sleep_ms(1)
    print("after default handler")


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(value("new loop")))
loop.close()
