# generator.pend_throw (MicroPython): an exception raised at the next resumption
def gen():
    i = 0
    while 1:
        try:
            yield i
        except Exception as e:
            print("gen caught", type(e).__name__, e.args)
        i += 1
g = gen()
print(next(g))
print(g.pend_throw(ValueError(1)))
print(g.pend_throw(KeyError(2)))
print(next(g))
print(g.pend_throw(None))
print(next(g))
g2 = gen()
print(g2.pend_throw(ValueError(3)))
try:
    print(next(g2))
except Exception as e:
    print("raised", type(e).__name__, e.args)
g3 = gen(); next(g3)
g3.pend_throw(OSError(4))
print(g3.send(9))
g4 = gen(); next(g4)
print(g4.pend_throw(5))
try:
    print(next(g4))
except Exception as e:
    print("raised", type(e).__name__)
def fin():
    yield 1
g5 = fin(); list(g5)
try:
    print(g5.pend_throw(ValueError()))
except Exception as e:
    print("raised", type(e).__name__)
print(next(g5, "done"))
