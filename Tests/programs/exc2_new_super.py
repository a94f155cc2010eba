# Exception subclasses with their own __new__ and __init__, args, chaining
# attributes, and super() in classmethods, with two arguments, in __new__,
# along a diamond, and into built-in bases' __init__.
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)


class E1(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.extra = "x"
        return o


t("custom __new__", lambda: (E1(1, 2).args, E1(1).extra, str(E1("m")), isinstance(E1(), Exception)))


class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


t("__init__ other args", lambda: (E2(1, 2).args, E2(1, 2).b, str(E2(1, 2)), repr(E2(1, 2))))


class E3(Exception):
    def __init__(self, x):
        self.x = x


t("__init__ without super", lambda: (E3(5).args, str(E3(5)), E3(5).x))


class E4(ValueError):
    def __str__(self):
        return "custom"


t("__str__", lambda: (str(E4("a")), E4("a").args, repr(E4("a"))))


class E5(Exception):
    def __init__(self):
        super().__init__("fixed", 42)


t("super args", lambda: (E5().args, str(E5())))


def raised(cls, *a):
    try:
        raise cls(*a)
    except Exception as e:
        return type(e).__name__, e.args


t("raise custom", lambda: (raised(E1, 3), raised(E2, 1, 2), raised(E5)))


def chain():
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            raise TypeError("b") from e
    except TypeError as e2:
        return type(e2.__cause__).__name__, type(e2.__context__).__name__


def chain_implicit():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
    except KeyError as e2:
        return e2.__cause__, type(e2.__context__).__name__


def chain_none():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b") from None
    except KeyError as e2:
        return e2.__cause__


t("from", chain)
t("implicit context", chain_implicit)
t("from None", chain_none)


class SC:
    @classmethod
    def make(cls):
        return cls.__name__


class SD(SC):
    @classmethod
    def make(cls):
        return "D+" + super().make()


t("super in classmethod", lambda: (SD.make(), SD().make()))


class X:
    def f(self):
        return "X"


class Y(X):
    def f(self):
        return "Y" + super(Y, self).f()


class Z(Y):
    def f(self):
        return "Z" + super(Y, self).f()


t("super two args", lambda: (Y().f(), Z().f()))


class NN:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o


class NN2(NN):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)


t("super in __new__", lambda: (NN(3).v, NN2(3).v, type(NN2(1)).__name__))


class MA:
    def f(self):
        return ["MA"]


class MB(MA):
    def f(self):
        return ["MB"] + super().f()


class MC(MA):
    def f(self):
        return ["MC"] + super().f()


class MD(MB, MC):
    def f(self):
        return ["MD"] + super().f()


t("diamond", lambda: (MD().f(), [c.__name__ for c in MD.__mro__]))


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.n = len(self)


class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self["extra"] = 1


class St(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


t("super().__init__ of list", lambda: (L([1, 2]), L([1, 2]).n))
t("super().__init__ of dict", lambda: sorted(D(a=1).items()))
t("super().__new__ of str", lambda: (St("ab"), len(St("ab"))))
t("super().__new__ of int", lambda: (I(4), I(4) + 1))
