# The except-as name is unbound after the handler; outer variables survive
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError:
    print("NameError: e was deleted")
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return type(err).__name__
print(f())
saved = []
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError as ex:
        saved.append(ex)
print([s.args for s in saved])
