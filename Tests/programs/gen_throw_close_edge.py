# Generator close/throw edge cases: close before start, close after end, GeneratorExit handling
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in g")
a = g()
a.close()
print("closed unstarted")
b = g()
print(next(b))
b.close()
b.close()
print(next(b, "after close"))
c = g()
print(list(c))
c.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError generator ignored GeneratorExit")
def thrower():
    try:
        yield 1
    except ValueError as e:
        return "returned " + str(e)
t = thrower()
next(t)
try:
    t.throw(ValueError("v"))
except StopIteration as e:
    print("StopIteration", e.value)
