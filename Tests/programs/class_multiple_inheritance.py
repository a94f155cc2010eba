# Multiple inheritance and mixins
class Loggable:
    def log(self, msg):
        return "[" + type(self).__name__ + "] " + msg
class Serializable:
    def to_dict(self):
        return dict(sorted(self.__dict__.items()))
class User(Loggable, Serializable):
    def __init__(self, name, age):
        self.name = name
        self.age = age
u = User("ann", 30)
print(u.log("created"), u.to_dict())
print(isinstance(u, Loggable), isinstance(u, Serializable))
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who())
class X:
    v = "X"
class Y:
    v = "Y"
class Z(X, Y):
    pass
class W(Y, X):
    pass
print(Z.v, W.v, Z().v)
