# asyncio streams over sys.stdin (asyncio_stdin.stdin feeds it): a
# StreamReader awaits the IO queue (select.poll) before each read while
# another task keeps running; readline, read(n), readexactly, EOF, and a
# StreamWriter over sys.stdout.buffer with drain.
import asyncio
import sys


async def other(n):
    for i in range(n):
        print("other", i)
        await asyncio.sleep_ms(0)


async def main():
    reader = asyncio.StreamReader(sys.stdin)
    t = asyncio.create_task(other(4))
    print(repr(await reader.readline()))
    print(repr(await reader.readline()))
    print(repr(await reader.read(5)))
    print(repr(await reader.readexactly(6)))
    print(repr(await reader.readline()))
    await t
    lines = []
    while True:
        line = await reader.readline()
        if not line:
            break
        lines.append(line)
    print(lines)
    print(repr(await reader.read(3)), repr(await reader.readline()))
    try:
        await reader.readexactly(2)
    except EOFError:
        print("EOFError")
    writer = asyncio.StreamWriter(sys.stdout.buffer)
    writer.write(b"written\n")
    writer.write(b"and more\n")
    await writer.drain()
    await writer.drain()
    print("done")


asyncio.run(main())
