# locals(): the module namespace at module level, the class namespace in a
# class body; in a function MicroPython returns the globals (CPython a dict
# of the function's locals).
x = 1
print(locals() is globals(), locals()["x"])
locals()["y"] = 2
print(y)


class C:
    a = 10
    ns = locals()
    print(sorted(k for k in ns if not k.startswith("__")), ns is globals())
    b = ns["a"] + 1


print(C.b, "ns" in C.__dict__)


def f(p):
    q = p + 1
    loc = locals()
    return loc is globals(), "x" in loc, "p" in loc


print(f(5))
print((lambda: locals() is globals())())


def g():
    class D:
        z = 3
        print(sorted(k for k in locals() if not k.startswith("__")))
    return D


print(g().z)
