# __build_class__ called directly: its body must be a function and its name a
# str (TypeError otherwise, never a crash).
for args in [(1, "x"), (len, "x"), (lambda: 0, 5), (lambda: 0, "X"), (lambda a: 0, "Y")]:
    try:
        c = __build_class__(*args)
        print(c.__name__)
    except TypeError as e:
        print("TypeError")
def g():
    yield 1
try:
    print(__build_class__(g, "G"))
except Exception as e:
    print(type(e).__name__)
