# Generator return, close(), finally in generators, throw()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
print(list(gen()))
def stops_early():
    yield "a"
    return
    yield "never"
print(list(stops_early()))
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
def plain():
    yield 1
p = plain()
try:
    p.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated")
print(next(p, "exhausted"))
