# raise ... from ..., __cause__ and __context__
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad input") from e
try:
    parse("zz")
except AppError as e:
    print(type(e).__name__, e.args, type(e.__cause__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, e.args)
