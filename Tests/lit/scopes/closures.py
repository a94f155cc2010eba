# Locals, cells and free variables through nested functions, lambdas and
# comprehensions; class scopes are skipped when resolving free names.
def outer(a, *args, k=1, **kw):
    b = 2
    c = 3
    def inner():
        nonlocal b
        b += a
        return [x + c for x in args]
    f = lambda y=k: y + b
    return inner, f

class C:
    attr = 1
    def m(self):
        return attr  # the class scope is not visible here: a global
    def s(self):
        return super().s()

g = (i * j for i in range(3) for j in range(i))
# RUN: %mpy-native --dump scopes %s | FileCheck --strict-whitespace --match-full-lines %s
