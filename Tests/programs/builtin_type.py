# type() of values, type names, type comparisons, type as constructor
for v in [1, 1.0, "s", [], (), {}, set(), None, True, range(1), len, lambda: 0, 2 ** 80, type]:
    print(type(v).__name__)
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float)
print(type("x")("abc"), type(5)("12"), type([])((1, 2)), type(3.0)("2.5"))
class A:
    pass
class B(A):
    pass
print(type(A()).__name__, type(B()) is B, type(B()) is A, type(A) is type, type(A).__name__)
def kind(x):
    t = type(x)
    if t is int:
        return "int"
    if t is str:
        return "str"
    if t in (list, tuple):
        return "seq"
    return "other"
print([kind(v) for v in [1, "a", [1], (1,), 1.0, True]])
print(int.__name__, str.__name__, dict.__name__, Exception.__name__)
