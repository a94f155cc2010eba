# An exception in finally or except replaces the one in flight
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("KeyError", e.args, type(e.__context__).__name__)
except ValueError:
    print("wrong")
def g():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
try:
    g()
except TypeError as e:
    print("TypeError", e.args)
def h():
    try:
        return 1
    finally:
        print("h finally")
print(h())
def k():
    for i in range(3):
        try:
            raise IndexError
        except IndexError:
            if i == 2:
                return "done at %d" % i
print(k())
