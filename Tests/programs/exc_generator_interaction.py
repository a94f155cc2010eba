# Exceptions thrown inside generators, try/finally in generators, StopIteration at exhaustion
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except GeneratorExit:
            raise
        except Exception:
            pass
print(list(safe_div([(6, 3), (1, 0), (9, 2)])))
def guarded():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield "handled " + str(e)
    finally:
        print("generator finally")
print(list(guarded()))
def raiser():
    yield 1
    raise KeyError("from generator")
try:
    for v in raiser():
        print("value", v)
except KeyError as e:
    print("caught", e.args)
g = raiser()
next(g)
try:
    next(g)
except KeyError:
    print("KeyError on second next")
print(next(g, "exhausted afterwards"))
