# A program of the frozen-module firmware (manifest.py) that imports asyncio
# as well: the package the compiler carries is compiled and linked beside
# the frozen image. Coroutines written as generators (what `async def`
# compiles to), so that it needs no async syntax.
import asyncio
import units


def tick(log, name, n):
    for i in range(n):
        log.append((name, units.c_to_f(i * 10)))
        yield from asyncio.sleep_ms(1)


def main():
    log = []
    r = yield from asyncio.gather(tick(log, "a", 2), tick(log, "b", 3))
    return r, log


print(asyncio.run(main()))
