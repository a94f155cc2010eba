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
