# Operator dispatch of user classes: reflected operators (built-in left
# operand, subclass first), in-place falling back to binary, __eq__/__ne__
# defaults, ordering errors, __str__ falling back to __repr__, bound-method
# equality, __bool__/__len__ truth, __call__ and __set_name__.
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)


class R:
    def __radd__(self, o):
        return ("radd", o)

    def __rsub__(self, o):
        return ("rsub", o)

    def __rmul__(self, o):
        return ("rmul", o)

    def __rtruediv__(self, o):
        return ("rtruediv", o)

    def __rpow__(self, o):
        return ("rpow", o)


t("int + R", lambda: 1 + R())
t("list + R", lambda: [1] + R())
t("str * R", lambda: "a" * R())
t("float - R", lambda: 1.5 - R())
t("int / R", lambda: 1 / R())
t("int ** R", lambda: 2 ** R())
t("R + int", lambda: R() + 1)


class A:
    def __init__(self, tag="A"):
        self.tag = tag

    def __add__(self, o):
        return "A.add"

    def __radd__(self, o):
        return "A.radd"

    def __lt__(self, o):
        return "A.lt(%s)" % type(o).__name__


class B(A):
    def __radd__(self, o):
        return "B.radd"

    def __gt__(self, o):
        return "B.gt(%s)" % type(o).__name__


class C(A):
    pass


t("A + B (subclass overrides)", lambda: A() + B())
t("A + C (inherits)", lambda: A() + C())
t("B + A", lambda: B() + A())
t("A < B (reflected first)", lambda: A() < B())
t("B < A", lambda: B() < A())


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __mul__(self, o):
        return V(self.v * o)


def inplace():
    a = V(1)
    b = a
    a += 5
    a *= 2
    return a.v, b.v, a is b


t("in-place fallback", inplace)


class VI(V):
    def __iadd__(self, o):
        self.v += o
        return self


def inplace2():
    a = VI(1)
    b = a
    a += 5
    return a.v, a is b


t("in-place own", inplace2)


def inplace_missing():
    a = R()
    a -= 1


t("in-place missing", inplace_missing)


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v


t("ne derived from eq", lambda: (E(1) != E(1), E(1) != E(2), E(1) == E(1)))
t("E unhashable", lambda: hash(E(1)))


class N:
    def __eq__(self, o):
        return NotImplemented


n = N()
t("NotImplemented eq identity", lambda: (n == n, n != n, N() == N(), N() != N(), n == 1, 1 == n))


class O:
    pass


o = O()
t("default eq", lambda: (o == o, o == O(), o != O(), o == None, None == o, o != 3))
t("O < None", lambda: O() < None)
t("O < 1", lambda: O() < 1)
t("1 > O", lambda: 1 > O())
t("O <= O", lambda: O() <= O())
t("O >= 'a'", lambda: O() >= "a")
t("sorted O", lambda: sorted([O(), O()]))


class S:
    def __repr__(self):
        return "S-repr"


class S2(S):
    def __str__(self):
        return "S2-str"


t("str falls back to repr", lambda: (str(S()), "%s" % S(), "{}".format(S()), [S()], str(S2()), repr(S2()), [S2()]))


class M:
    def f(self):
        return 1


m = M()
t("bound eq", lambda: (m.f == m.f, m.f is m.f, m.f != m.f, m.f == M().f, m.f == M.f))
t("bound hash", lambda: hash(m.f) == hash(m.f))
t("bound in dict", lambda: {m.f: 1}[m.f])
t("builtin bound eq", lambda: ([].append == [].append, m.__init__ == m.__init__))


class BL:
    def __len__(self):
        return 0


class BB:
    def __bool__(self):
        return False

    def __len__(self):
        return 3


class BN:
    def __bool__(self):
        return 1


t("truth", lambda: (bool(BL()), bool(BB()), not BB(), bool(O()), "yes" if BL() else "no"))
t("__bool__ non-bool", lambda: bool(BN()))


class CA:
    def __call__(self, *a, **k):
        return (a, k)


t("__call__", lambda: (CA()(1, x=2), callable(CA()), callable(O())))
t("not callable", lambda: O()())


class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name


class HasNamed:
    first = Named()
    second = Named()


t("__set_name__", lambda: (HasNamed.first.name, HasNamed().second.name, HasNamed.first.owner))


class Later:
    pass


Later.attr = Named()
t("__set_name__ not on setattr", lambda: hasattr(Later.attr, "name"))
