# more generator corners: close/throw/send on running, finished and odd delegates
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        args = e.args if not isinstance(e, (AttributeError, TypeError, ZeroDivisionError)) else ""
        print(label, "!", type(e).__name__, args)

def g1():
    try:
        yield 1
    except GeneratorExit:
        return "ignored-value"
g = g1(); next(g)
show("close-return", g.close)

def g2():
    try:
        yield 1
    finally:
        yield 2
g = g2(); next(g)
show("close-yield-in-finally", g.close)

def g3():
    yield 1
g = g3(); next(g)
show("throw-stopiter", lambda: g.throw(StopIteration))
g = g3(); next(g)
show("throw-genexit", lambda: g.throw(GeneratorExit))
show("after-genexit", lambda: next(g))

def selfclose():
    g.close()
    yield 1
g = selfclose()
show("close-running", lambda: next(g))

def selfsend():
    yield g.send(None)
g = selfsend()
show("send-running", lambda: next(g))

def selfthrow():
    yield g.throw(ValueError)
g = selfthrow()
show("throw-running", lambda: next(g))

def yf_list():
    r = yield from [1, 2]
    print("list ret", r)
    yield from "ab"
    yield from (x * 2 for x in range(2))
    yield from {5: 0}
print(list(yf_list()))

def yf_bad():
    yield from 5
show("yf-nonit", lambda: list(yf_bad()))

def yf_list_send():
    yield from [1, 2]
g = yf_list_send(); next(g)
show("send-to-list", lambda: g.send(3))
g = yf_list_send(); next(g)
show("throw-to-list", lambda: g.throw(KeyError("x")))
g = yf_list_send(); next(g)
show("close-list", g.close)

# exhausted generators
g = g3(); list(g)
show("send-exhausted", lambda: g.send(None))
show("close-exhausted", g.close)

# delegating chain with throw caught in the middle
def leaf():
    yield "leaf"
    yield "leaf2"
def mid():
    try:
        yield from leaf()
    except ZeroDivisionError:
        yield "mid-caught"
        return "mid-ret"
def top():
    r = yield from mid()
    yield ("top", r)
g = top()
print(next(g))
print(g.throw(ZeroDivisionError))
print(next(g))
show("end", lambda: next(g))

# exception in delegate's close propagates
class BadClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise OSError("close failed")
def yf_badclose():
    yield from BadClose()
g = yf_badclose(); next(g)
show("bad-close", g.close)

# delegate throw() that raises StopIteration ends the yield from
class StopOnThrow:
    def __iter__(self): return self
    def __next__(self): return "n"
    def throw(self, e): raise StopIteration("thrown-out")
def yf_stop():
    r = yield from StopOnThrow()
    yield ("after", r)
g = yf_stop(); next(g)
show("stop-on-throw", lambda: g.throw(ValueError))

# a generator's own StopIteration handling inside
def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught-inner"
print(list(catches()))

# generator expression corners
ge = (x for x in range(3))
show("ge-send-fresh", lambda: ge.send(1))
print(next(ge), list(ge))
ge = (1 / x for x in (1, 0, 2))
show("ge-error", lambda: list(ge))
show("ge-after-error", lambda: next(ge))

# return inside try/finally with a value
def rf():
    try:
        return "from-try"
    finally:
        print("finally runs")
    yield
try:
    next(rf())
except StopIteration as e:
    print("rf value", e.value)
