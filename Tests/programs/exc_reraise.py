# Bare raise, raising caught exception objects, exception identity
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
        try:
            raise
        except ZeroDivisionError as e2:
            print(e2 is saved)
        raise saved
try:
    f()
except ZeroDivisionError:
    print("re-raised")
err = ValueError("shared")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(e is err, e.args)
def g():
    raise KeyError
try:
    g()
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(str(e)))
try:
    raise 42
except TypeError:
    print("TypeError non-exception")
