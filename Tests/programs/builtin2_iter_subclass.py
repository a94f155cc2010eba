# Built-in iterators have __next__ and __iter__ as attributes; the built-in
# iterator types map, filter, zip, enumerate and reversed can be
# subclassed (range cannot), as can list, dict, str, int, tuple, bytes,
# set, float and Exception.
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, "EXC", type(e).__name__)


it = iter(range(3))
t("range_iterator", lambda: (it.__next__(), it.__iter__() is it, next(it)))
t("list_iterator", lambda: iter([1, 2]).__next__())
t("str_iterator", lambda: iter("ab").__next__())
t("tuple_iterator", lambda: iter((5,)).__next__())
t("dict_keyiterator", lambda: iter({1: 2}).__next__())
t("map", lambda: map(abs, [-1]).__next__())
t("zip", lambda: zip([1], [2]).__next__())
t("enumerate", lambda: enumerate("a").__next__())
t("filter", lambda: filter(None, [0, 7]).__next__())
t("reversed", lambda: reversed([1, 2]).__next__())
g = (i for i in [4, 5])
t("generator", lambda: (g.__next__(), g.__iter__() is g, list(g)))
e = iter([])
t("exhausted", lambda: e.__next__())
t("not iterator", lambda: [].__next__())


class Ma(map):
    def first(self):
        return next(self)


m = Ma(abs, [-1, -2, -3])
t("map subclass", lambda: (m.first(), next(m), list(m), isinstance(m, map), type(m).__name__))


class Z(zip):
    pass


t("zip subclass", lambda: list(Z("ab", [1, 2])))


class En(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)


t("enumerate subclass", lambda: list(En("ab")))


class R(reversed):
    pass


t("reversed subclass", lambda: list(R([1, 2, 3])))


class F(filter):
    def __iter__(self):
        return self


t("filter subclass", lambda: [x for x in F(None, [0, 1, 2])])


def range_sub():
    class Ra(range):
        pass


t("range subclass", range_sub)


class L(list):
    def total(self):
        return sum(self)


class D(dict):
    def __missing__(self, k):
        return k * 2


class S(str):
    def shout(self):
        return self.upper() + "!"


class I(int):
    def double(self):
        return self * 2


class T(tuple):
    def first(self):
        return self[0]


class B(bytes):
    pass


class St(set):
    pass


class Fl(float):
    pass


class E(Exception):
    pass


t("list", lambda: (L([1, 2]).total(), L([1]) + [2], len(L("abc"))))
t("dict", lambda: (D(a=1)["a"], D()[4]))
t("str", lambda: (S("hi").shout(), S("hi") == "hi", S("a") + "b", len(S("abc"))))
t("int", lambda: (I(5).double(), I(5) + 1, isinstance(I(5), int), int(I(7)), [1, 2, 3][I(1)]))
t("tuple", lambda: (T((1, 2)).first(), len(T((1, 2))), T((1,)) + (2,)))
t("bytes", lambda: (B(b"ab"), B(b"ab")[0], len(B(b"abc"))))
t("set", lambda: (sorted(St([2, 1])), 1 in St([1])))
t("float", lambda: (Fl(1.5) + 1, float(Fl(2.5))))
t("Exception", lambda: (E("x").args, str(E("y")), isinstance(E(), Exception)))


# dict() of a derived dict and of a mapping with keys() and __getitem__.
class Dd(dict):
    pass


class De(dict):
    def __getitem__(self, k):
        return 5


class Di(dict):
    def __iter__(self):
        return iter(["a"])

    def __getitem__(self, k):
        return 9


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k * 2


t("dict(derived)", lambda: (dict(Dd(a=1)), dict(De(a=1)), dict(Dd(q=1), r=2)))
t("dict(derived __iter__)", lambda: dict(Di(a=1, b=2)))
t("dict(mapping)", lambda: (dict(Mapping()), dict(Mapping(), z=1)))
t("update(derived)", lambda: (lambda d: (d.update(Dd(k=3)), d)[1])({}))


def kw(**k):
    return sorted(k.items())


t("** of derived", lambda: ({**De(a=1)}, {**Di(a=1, b=2)}, kw(**De(a=1)), kw(**Dd(b=2))))
