# C3 method resolution order: diamonds, super() chains, __mro__, inconsistent hierarchies
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()
print(Bottom().hello(), names(Bottom))
print(Bottom.__bases__ == (Left, Right), Left.__bases__[0] is Base)
class Mixin:
    tag = "mixin"
    def describe(self):
        return "%s/%s" % (self.tag, super().describe())
class Core:
    tag = "core"
    def describe(self):
        return "core"
class Thing(Mixin, Core):
    pass
print(Thing().describe(), Thing.tag, names(Thing))
class MyErr(KeyError, Mixin):
    pass
print(names(MyErr), issubclass(MyErr, LookupError), issubclass(MyErr, Mixin))
print(names(bool), [c.__name__ for c in Exception.__mro__])
for bases in [(A, K1), (O, A)]:
    try:
        class Bad(*bases):
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    class Twice(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
