# Exception args, str() and repr() of exceptions
e0 = ValueError()
e1 = ValueError("one")
e2 = ValueError("one", 2)
print(e0.args, e1.args, e2.args)
print(repr(str(e0)), str(e1), str(e2))
print(repr(e1), repr(e2), repr(e0))
print(KeyError("k").args, str(KeyError("k")), str(IndexError("bad index")))
try:
    raise Exception("msg", 42)
except Exception as e:
    print(e.args[0], e.args[1], len(e.args))
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, len(e.args))
try:
    raise RuntimeError
except RuntimeError as e:
    print(e.args, type(e) is RuntimeError)
err = OSError(2, "No such file")
print(err.args, err.errno)
print(isinstance(e1, Exception), isinstance(e1, BaseException))
