# yield from delegation corners: throw/close forwarding, duck-typed delegates
def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except BaseException as e:
        print(label, "!", type(e).__name__, e.args)

def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", type(e).__name__, e.args)
        yield 99
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
show("throw3", lambda: g.throw(ValueError, ValueError("v"), None))
print(next(g))
show("next-end", lambda: next(g))

g = outer()
print(next(g))
show("throw1", lambda: g.throw(ValueError))
g = outer()
print(next(g))
show("throw-inst", lambda: g.throw(ValueError("inst")))

# GeneratorExit swallowed by the delegate
def stubborn(state):
    while True:
        try:
            yield 1
        except GeneratorExit:
            if state[0]:
                raise
            state[0] = True
            print("stubborn ignores")

def deleg(state):
    yield from stubborn(state)

g = deleg([False])
next(g)
show("close-stubborn", g.close)
show("close-stubborn-again", g.close)

g = stubborn([False])
next(g)
show("close-stubborn-direct", g.close)
show("close-stubborn-direct-again", g.close)

# the delegate's RuntimeError is raised inside the delegating generator
def deleg_catch(state):
    try:
        yield from stubborn(state)
    except RuntimeError as e:
        print("deleg caught", e.args)
    yield "z"
g = deleg_catch([False])
next(g)
show("close-deleg-catch", g.close)
show("close-deleg-catch-again", g.close)

# close() on a delegating generator closes the delegate
def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally")

def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")

g = outer2()
next(g)
show("close-deleg", g.close)
show("close-again", g.close)

# duck-typed iterator delegate with only __next__
class OnlyNext:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(42)
        return self.n

def d1():
    r = yield from OnlyNext()
    print("d1 ret", r)

print(list(d1()))
g = d1()
print(next(g))
show("send-none", lambda: g.send(None))
show("send-val", lambda: g.send(5))
g = d1()
print(next(g))
show("throw-onlynext", lambda: g.throw(KeyError("k")))
g = d1()
print(next(g))
show("close-onlynext", g.close)

class Full:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        print("Full.send", v)
        self.n += 1
        if self.n > 3:
            raise StopIteration("full-done")
        return self.n * 10
    def throw(self, *args):
        print("Full.throw", len(args), type(args[0]).__name__ if not isinstance(args[0], type) else args[0].__name__)
        return -1
    def close(self):
        print("Full.close")

def d2():
    r = yield from Full()
    print("d2 ret", r)
    yield "d2-end"

g = d2()
print(next(g))
show("send7", lambda: g.send(7))
show("throw-full", lambda: g.throw(TypeError("t")))
show("close-full", g.close)
g = d2()
print(next(g))
print(g.send(1), g.send(2))
show("send-end", lambda: g.send(3))

# StopIteration raised inside a generator
def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
show("stopiter-inside", lambda: next(g))

def bad2():
    next(iter([]))
    yield 1
show("stopiter-inside2", lambda: list(bad2()))

# send non-None to a fresh generator
def simple():
    x = yield 1
    print("got", x)
    yield 2
g = simple()
show("send-fresh", lambda: g.send(5))
print(g.send(None))
print(g.send("hi"))

# re-entrant generator
def reent():
    yield next(gr)
gr = reent()
show("reentrant", lambda: next(gr))

# return values through nested yield from
def a():
    yield 1
    return "a"
def b():
    r = yield from a()
    return r + "b"
def c():
    r = yield from b()
    return r + "c"
g = c()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value, e.args)

# return with a tuple / no value
def rt():
    return (1, 2)
    yield
try:
    next(rt())
except StopIteration as e:
    print("tuple value", e.value, e.args)
def rn():
    return
    yield
try:
    next(rn())
except StopIteration as e:
    print("none value", e.value, e.args)

# throw on a fresh or finished generator
g = simple()
show("throw-fresh", lambda: g.throw(KeyError))
show("next-after", lambda: next(g))

# yield from a generator that raises
def raiser():
    yield 1
    raise IndexError("ix")
def wrap():
    try:
        yield from raiser()
    except IndexError as e:
        print("wrap caught", e.args)
        yield "recovered"
print(list(wrap()))

# throw(type, value) forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
g = catcher()
next(g)
g.throw(ValueError, ValueError(1, 2))
g.throw(KeyError, None)
g.throw(OSError, OSError(5, "io"))
for bad in (5, int):
    try:
        catcher().throw(bad)
    except TypeError:
        print("not-exc TypeError")
g.close()

# introspection MicroPython has: type name, the methods, __next__
def f():
    yield 1
    return 7
g = f()
print(type(g).__name__, iter(g) is g)
print(sorted(x for x in dir(g) if x in ("send", "throw", "close", "__next__")))
print(g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("__next__ stop", e.value)
print(hasattr(g, "send"), callable(g.close))
