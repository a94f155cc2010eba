# __context__ from nested handlers, finally, callees, loops and generators; raise ... from
def get(d, k):
    try:
        return d[k]
    except KeyError:
        pass
    raise ValueError("missing")
try:
    get({}, 1)
except ValueError as e:
    print(repr(e.__context__))
def callee():
    raise IndexError("in callee")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        callee()
except IndexError as e:
    print(repr(e.__context__))
for i in range(2):
    try:
        if i == 0:
            raise KeyError(i)
    except KeyError:
        pass
    try:
        raise TypeError(i)
    except TypeError as e:
        print(i, repr(e.__context__))
def loop():
    for x in [1]:
        try:
            pass
        except:
            pass
        try:
            raise OSError
        except OSError as e:
            return e.__context__
print(loop())
def fail(exc):
    raise exc
def g():
    try:
        fail(KeyError("g"))
    except KeyError:
        yield 1
        raise ValueError("after yield")
it = g()
next(it)
try:
    raise RuntimeError("outside")
except RuntimeError as e:
    print(repr(e.__context__))
try:
    next(it)
except ValueError as e:
    print(repr(e.__context__))
try:
    raise KeyError("x") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        fail(KeyError("inner"))
    except KeyError:
        raise ValueError("outer") from TypeError
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
