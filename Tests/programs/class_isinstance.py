# isinstance / issubclass with builtins, tuples of types, user classes
vals = [1, 1.5, "s", [1], (1,), {1: 1}, None, True, 2 ** 80]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), isinstance(v, object))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
print(isinstance(C(), A), isinstance(B(), C), isinstance(D(), (A, D)), isinstance(A, type))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(bool, int), issubclass(int, object))
print(type(C()) is C, type(C()) == B, type(1) is int, type("") is str)
print(isinstance(True, bool), isinstance(1, bool), isinstance(1, float))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), isinstance(KeyError(), IndexError))
try:
    isinstance(1, 2)
except TypeError:
    print("TypeError")
