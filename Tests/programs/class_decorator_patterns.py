# Class decorators, decorated methods, and functions that build classes
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@register
@add_greeting
class A:
    pass
@register
class B(A):
    pass
print(registry, A().greet(), B().greet())
def trace(fn):
    def wrapper(self, *args):
        result = fn(self, *args)
        print("trace", fn.__name__, args, "->", result)
        return result
    return wrapper
class Calc:
    @trace
    def add(self, a, b):
        return a + b
    @trace
    def neg(self, a):
        return -a
c = Calc()
c.add(2, 3)
c.neg(4)
def make_class(name, base, value):
    class Made(base):
        val = value
        def show(self):
            return name + "=" + str(self.val)
    return Made
M1 = make_class("m1", object, 1)
M2 = make_class("m2", M1, 2)
print(M1().show(), M2().show(), issubclass(M2, M1))
