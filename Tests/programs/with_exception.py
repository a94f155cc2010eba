# with statement and exceptions: exit sees the exception, can suppress it
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print("exit with", name, exc.args if exc else None)
        return self.suppress
with Guard(True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Guard(False):
        raise KeyError("propagated")
except KeyError as e:
    print("caught", e.args)
with Guard(True):
    print("no error")
def f():
    with Guard(True):
        1 / 0
    return "continued"
print(f())
try:
    with Guard(False) as g:
        with Guard(True):
            raise TypeError("inner")
        raise IndexError("outer")
except IndexError:
    print("IndexError reached top")
class Broken:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Broken():
        print("never body")
except RuntimeError as e:
    print("RuntimeError", e)
