# async for and async with in detail: several context managers in one
# statement, errors in __aenter__ / __aexit__ / __anext__, a true __aexit__
# result swallowing, return / break / continue out of the bodies, nesting,
# a StopAsyncIteration subclass, the loop variable after the loop, and the
# exception arguments __aexit__ receives.


class Step:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Done(StopAsyncIteration):
    pass


class Source:
    def __init__(self, items, fail_at=None, stop=StopAsyncIteration):
        self.items = list(items)
        self.fail_at = fail_at
        self.stop = stop
        self.calls = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        self.calls += 1
        await Step(("anext", self.calls))
        if self.calls == self.fail_at:
            raise RuntimeError("anext failed")
        if not self.items:
            raise self.stop
        return self.items.pop(0)


class CM:
    def __init__(self, name, log, swallow=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.log = log
        self.swallow = swallow
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    async def __aenter__(self):
        await Step(("enter", self.name))
        if self.fail_enter:
            raise OSError("enter " + self.name)
        self.log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        await Step(("exit", self.name))
        self.log.append("exit %s %s %s" % (self.name, t.__name__ if t else None, v))
        if t is not None:
            self.log.append("tb is None: %s" % (tb is None))
        if self.fail_exit:
            raise LookupError("exit " + self.name)
        return self.swallow


async def loops(log):
    async for x in Source("abc"):
        log.append(x)
    log.append("after loop x=" + x)
    async for x in Source([1, 2], stop=Done):
        log.append(x)
    else:
        log.append("else after Done")
    try:
        async for x in Source([1, 2, 3], fail_at=2):
            log.append(x)
    except RuntimeError as e:
        log.append("loop error: " + str(e))
    async for x in Source(range(3)):
        async for y in Source("pq"):
            if y == "q":
                break
            log.append((x, y))
        else:
            log.append("inner else")
        if x == 1:
            continue
        log.append("outer " + str(x))
    async for x in Source([]):
        log.append("never")
    else:
        log.append("empty else")


async def find(items, wanted):
    async for x in Source(items):
        if x == wanted:
            return "found " + str(x)
    return "missing"


async def withs(log):
    async with CM("a", log) as a, CM("b", log) as b:
        log.append("body " + a + b)
    async with CM("c", log, swallow=True), CM("d", log):
        raise ValueError("vd")
    log.append("after swallow")
    try:
        async with CM("e", log), CM("f", log, fail_enter=True):
            log.append("never")
    except OSError as e:
        log.append("enter failed: " + str(e))
    try:
        async with CM("g", log, fail_exit=True):
            raise KeyError("kg")
    except LookupError as e:
        log.append("exit error %s %s context %s" % (type(e).__name__, e, type(e.__context__).__name__))
    try:
        async with CM("h", log, fail_exit=True):
            pass
    except LookupError as e:
        log.append("exit error on normal exit: " + str(e))
    for i in range(4):
        async with CM("w%d" % i, log):
            if i == 1:
                continue
            if i == 3:
                break
            log.append("loop body %d" % i)
    async with CM("r", log):
        async with CM("s", log):
            return "returned through two"


def drive(coro):
    yields = []
    while True:
        try:
            yields.append(coro.send(None))
        except StopIteration as e:
            return e.value, len(yields)


log = []
print(drive(loops(log)))
for line in log:
    print(line)
print(drive(find("xyz", "y")))
print(drive(find("xyz", "w")))
log = []
print(drive(withs(log)))
for line in log:
    print(line)
