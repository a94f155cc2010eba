# Special methods of built-in types reached as attributes of instances and
# of the types: slots found along the MRO and returned as method objects.
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, "EXC", type(e).__name__)


d = {}
t("d.__setitem__", lambda: (d.__setitem__(1, 2), d)[1])
t("d.__getitem__", lambda: d.__getitem__(1))
t("d.__getitem__ missing", lambda: d.__getitem__(9))
t("d.__contains__", lambda: (d.__contains__(1), d.__contains__(2)))
t("d.__len__", lambda: d.__len__())
t("d.__delitem__", lambda: (d.__delitem__(1), d)[1])
t("dict.__setitem__", lambda: (dict.__setitem__(d, 3, 4), d)[1])
t("dict.__len__", lambda: dict.__len__(d))
t("d.__ior__", lambda: d.__ior__({5: 6}) is d)
t("set.__contains__", lambda: {1}.__contains__(1))
t("set.__ior__", lambda: sorted({1}.__ior__({2})))
t("str.__contains__", lambda: ("abc".__contains__("b"), "abc".__contains__("x")))
t("list.__len__", lambda: [1, 2].__len__())
t("list.__iter__", lambda: list(list.__iter__([1, 2])))
t("l.__iter__", lambda: list([3, 4].__iter__()))
t("l.__iadd__", lambda: [1].__iadd__([2]))
t("l.__imul__", lambda: [1].__imul__(2))
t("l.__getitem__ slice", lambda: [1, 2, 3].__getitem__(slice(1, None)))
t("l.__reversed__?", lambda: hasattr([], "__len__"))
t("tuple.__getitem__", lambda: (1, 2).__getitem__(-1))
t("str.__getitem__", lambda: "ab".__getitem__(1))
t("bytes.__getitem__", lambda: b"ab".__getitem__(0))
t("str.__len__", lambda: "abc".__len__())
t("int.__add__", lambda: int.__add__(1, 2))
t("(1).__add__", lambda: (1).__add__(2))
t("(1).__add__ float", lambda: (1).__add__(2.0))
t("(1).__radd__", lambda: (1).__radd__(2))
t("(5).__sub__", lambda: (5).__sub__(1))
t("(5).__rsub__", lambda: (5).__rsub__(1))
t("(2).__pow__", lambda: (2).__pow__(10))
t("(6).__and__", lambda: (6).__and__(3))
t("(7).__floordiv__", lambda: (7).__floordiv__(2))
t("(2.0).__mul__", lambda: (2.0).__mul__(3))
t("(2.5).__radd__", lambda: (2.5).__radd__(1))
t('"a".__mul__', lambda: "a".__mul__(3))
t('"a".__add__', lambda: "a".__add__("b"))
t('"%d".__mod__', lambda: "%d".__mod__(3))
t("[1].__add__", lambda: [1].__add__([2]))
t("(3).__neg__", lambda: (3).__neg__())
t("(-6).__abs__", lambda: (-6).__abs__())
t("(3).__invert__", lambda: (3).__invert__())
t("(3).__bool__", lambda: ((3).__bool__(), (0).__bool__(), (0.0).__bool__()))
t("(5).__index__", lambda: (5).__index__())
t("(5).__int__", lambda: (5).__int__())
t("(5).__float__", lambda: (5).__float__())
t("(5.5).__int__", lambda: (5.5).__int__())
t("(5.5).__float__", lambda: (5.5).__float__())
t("(5.5).__index__", lambda: (5.5).__index__())
t("True.__add__", lambda: True.__add__(1))
t("(1).__lt__", lambda: ((1).__lt__(2), (1).__lt__(1.5)))
t("(1).__eq__", lambda: ((1).__eq__(1), (1).__ne__(2)))
t('"a".__eq__', lambda: ("a".__eq__("a"), "a".__eq__(1)))
t('"a".__lt__', lambda: "a".__lt__("b"))
t("(3).__format__", lambda: (3).__format__("03"))
t('"ab".__format__', lambda: "ab".__format__(">4"))
t("hash", lambda: ((1).__hash__() == hash(1), "a".__hash__() == hash("a"), (1, 2).__hash__() == hash((1, 2))))
t("list.__hash__", lambda: ([].__hash__, list.__hash__, {}.__hash__, set().__hash__))
t("repr/str", lambda: ([1].__repr__(), (5).__str__(), "a".__repr__(), "a".__str__()))
t("type.__call__", lambda: type.__call__(int, "5"))
t("f.__call__", lambda: len.__call__("abcd"))
t("object.__init__", lambda: object.__init__(object()))
t("object.__new__", lambda: type(object.__new__(object)).__name__)
t("object.__eq__", lambda: (object.__eq__(1, 1), object().__eq__(3)))
t("object.__ne__", lambda: (object.__ne__(1, 2), object.__ne__(1, 1)))
t("object.__lt__", lambda: object().__lt__(3))
o = object()
t("o.__hash__", lambda: o.__hash__() == hash(o))
t("o.__str__", lambda: o.__str__() == o.__repr__())
t("wrong self", lambda: int.__add__("a", 1))
t("wrong arity", lambda: (1).__add__())
t("hasattr", lambda: (hasattr(1, "__add__"), hasattr(1, "__getitem__"), hasattr([], "__getitem__"), hasattr(None, "__len__")))
t("missing", lambda: (1).__nothing__)


class L(list):
    pass


lst = L([3, 1, 2])
t("L.__len__", lambda: lst.__len__())
t("L.__getitem__", lambda: lst.__getitem__(0))
t("L.__setitem__", lambda: (lst.__setitem__(0, 9), lst)[1])
t("L.__contains__", lambda: lst.__contains__(9))
t("L.__add__", lambda: lst.__add__([4]))


class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)


dd = D()
dd["a"] = 1
dd.__setitem__("b", 2)
t("D", lambda: sorted(dd.items()))


class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%d)" % self.v


p = P(1)
t("user __repr__", lambda: (p.__repr__(), p.__str__(), str(p)))
t("user __eq__", lambda: (p.__eq__(p), p.__eq__(P(1)), p.__ne__(p)))
t("user __hash__", lambda: p.__hash__() == hash(p))
t("user __init__", lambda: (p.__init__(7), p.v))
t("user __class__", lambda: p.__class__.__name__)
t(
    "which types have which",
    lambda: (
        hasattr("a", "__sub__"),
        hasattr("a", "__rmul__"),
        hasattr("a", "__radd__"),
        hasattr((), "__setitem__"),
        hasattr([], "__setitem__"),
        hasattr(1.0, "__invert__"),
        hasattr(1, "__invert__"),
        hasattr(1.0, "__and__"),
        hasattr(set(), "__rsub__"),
        hasattr({}, "__ror__"),
        hasattr({}, "__add__"),
        hasattr(range(1), "__add__"),
        hasattr(1, "__matmul__"),
    ),
)
