# __exit__ receives (type, value, traceback); exceptions raised in __exit__ replace the original
class Inspect:
    def __enter__(self):
        return "entered"
    def __exit__(self, t, v, tb):
        print("type:", t.__name__ if t else t, "value:", repr(v.args) if v else v, "tb is None:", tb is None)
        return False
with Inspect() as s:
    print(s)
try:
    with Inspect():
        raise IndexError("idx", 2)
except IndexError as e:
    print("propagated", e.args)
class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with FailingExit():
        raise ValueError("body")
except KeyError as e:
    print("KeyError replaced ValueError", e.args, type(e.__context__).__name__)
try:
    with FailingExit():
        pass
except KeyError:
    print("KeyError from clean exit")
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError
print("suppressed by truthy return")
