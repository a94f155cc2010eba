# __name__ of functions, generator functions, lambdas, nested functions,
# classes, methods (plain, static, class, bound) and the main module;
# f.__globals__; bound methods compare equal (and hash alike) when they
# bind the same object and function.
def f():
    pass


def g():
    yield 1


lam = lambda: 0


class C:
    def m(self):
        pass

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    class Inner:
        pass


def outer():
    def inner():
        pass

    return inner


o = C()
print(f.__name__, g.__name__, lam.__name__, outer().__name__, outer.__name__)
print(C.__name__, C.Inner.__name__, C.m.__name__, C.s.__name__, C.c.__name__, o.m.__name__, o.c.__name__)
print(type(o).__name__, type(f).__name__, type(g()).__name__, ValueError.__name__, __name__)
print(C.__module__, o.__module__)
print(f.__globals__ is globals(), outer().__globals__ is globals())
print(o.m == o.m, o.m != o.m, o.m == C().m, o.m == o.c, hash(o.m) == hash(o.m), C.c == C.c)
d = {o.m: "bound"}
print(d[o.m], o.m in [o.m], o.m in {o.m})
names = [x.__name__ for x in (f, g, lam, C, o.m)]
print(names)
# CPython's (MicroPython has neither): the bound object and the function.
print(o.m.__self__ is o, o.m.__func__ is C.m, C.c.__self__ is C)
