# Exceptions and coroutines: errors raised inside awaited coroutines
# propagate through await; throw() and close() reach the innermost awaited
# generator; try/finally and except inside coroutines; suspending inside an
# except clause and a finally body.


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        try:
            sent = yield self.tag
        except KeyError as e:
            print("inner caught KeyError", e)
            return "recovered"
        finally:
            print("inner finally", self.tag)
        return sent


async def leaf(tag):
    r = await Suspend(tag)
    return r


async def middle():
    try:
        r = await leaf("m1")
        print("middle got", r)
        r = await leaf("m2")
        print("middle got", r)
    except ValueError as e:
        print("middle caught ValueError", e)
        r = await leaf("in-except")
        return "middle-handled " + str(r)
    finally:
        print("middle finally")
    return r


async def fails():
    await leaf("f")
    raise IndexError("boom")


async def outer():
    try:
        await fails()
    except IndexError as e:
        print("outer caught", type(e).__name__, e)
    try:
        await middle()
    finally:
        print("outer finally")
    return "outer done"


def step(c, value=None, exc=None):
    try:
        if exc is not None:
            y = c.throw(exc)
        else:
            y = c.send(value)
        print("yielded", y)
        return True
    except StopIteration as e:
        print("returned", e.value)
    except Exception as e:
        print("raised", type(e).__name__, e)
    return False


# Normal run: everything returns.
c = middle()
step(c)
step(c, "a")
step(c, "b")

# A throw reaches the innermost generator, which handles it.
c = middle()
step(c)
step(c, exc=KeyError("k"))
step(c, "b")

# A throw the inner generator does not handle goes up to middle's except.
c = middle()
step(c)
step(c, exc=ValueError("v"))
step(c, "after")

# An unhandled throw leaves the coroutine.
c = middle()
step(c)
step(c, exc=TypeError("t"))

# Errors propagate through several awaits.
c = outer()
step(c)
step(c, "x")
step(c, "y")
step(c, "z")

# close(): GeneratorExit through the awaits, finally bodies run.
c = outer()
step(c)
step(c, "x")
c.close()
print("closed")

# A coroutine that was never started closes silently.
c = outer()
c.close()
print("closed unstarted")

# A coroutine that finished raises StopIteration once.
c = leaf("done")
step(c)
step(c, 1)


# An awaited iterator that is not a generator: throw() goes to its throw()
# method when it has one (which may yield again, return through
# StopIteration, or raise), close() to its close(); an iterator with
# neither gets the exception at the await.
class Waiter:
    def __init__(self):
        self.n = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return ("wait", self.n)

    def throw(self, exc):
        print("Waiter.throw", type(exc).__name__)
        if isinstance(exc, KeyError):
            raise StopIteration("recovered")
        if isinstance(exc, IndexError):
            return "yielded-after-throw"
        raise exc

    def close(self):
        print("Waiter.close")


class Plain:
    def __await__(self):
        return iter([1, 2, 3])


async def awaits(w):
    try:
        r = await w
        print("await result", r)
    except ValueError as e:
        print("awaits caught", type(e).__name__)
    return "end"


c = awaits(Waiter())
step(c)
step(c, exc=IndexError())
step(c, exc=KeyError())
c = awaits(Waiter())
step(c)
step(c, exc=ValueError())
c = awaits(Waiter())
step(c)
c.close()
print("closed waiter")
c = awaits(Plain())
step(c)
step(c, exc=ValueError())
c = awaits(Plain())
step(c)
c.close()
print("closed plain")


def delegating():
    r = yield from Waiter()
    return r


g = delegating()
step(g)
step(g, exc=KeyError())
