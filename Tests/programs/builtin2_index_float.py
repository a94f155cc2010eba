# User classes with __index__, __int__ and __float__ in float(), int(),
# math, round(), indexing, slicing, range() and the int formatting
# built-ins, as CPython.
import math


def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, "EXC", type(e).__name__)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.25


class IntOnly:
    def __int__(self):
        return 9


class All:
    def __float__(self):
        return 1.5

    def __index__(self):
        return 3

    def __int__(self):
        return 4


class BadFloat:
    def __float__(self):
        return "x"


class BadIndex:
    def __index__(self):
        return 1.5


t("float(Idx)", lambda: float(Idx(2)))
t("float(Flt)", lambda: float(Flt()))
t("float(All)", lambda: float(All()))
t("float(IntOnly)", lambda: float(IntOnly()))
t("float(BadFloat)", lambda: float(BadFloat()))
t("int(Idx)", lambda: int(Idx(2)))
t("int(All)", lambda: int(All()))
t("int(IntOnly)", lambda: int(IntOnly()))
t("int(Flt)", lambda: int(Flt()))
t("math.sqrt(Flt)", lambda: math.sqrt(Flt()))
t("math.sqrt(Idx)", lambda: math.sqrt(Idx(16)))
t("math.floor(All)", lambda: math.floor(All()))
t("math.pow", lambda: math.pow(Idx(2), Flt()))
t("math.sqrt(IntOnly)", lambda: math.sqrt(IntOnly()))
t("round(Idx)", lambda: round(3.14159, Idx(2)))
t("list[Idx]", lambda: [10, 20, 30, 40][Idx(3)])
t("list[All]", lambda: [10, 20, 30, 40][All()])
t("str[Idx]", lambda: "abcd"[Idx(-1)])
t("slice", lambda: ([1, 2, 3, 4][Idx(1) : Idx(3)], "abcdef"[:: Idx(2)], (1, 2, 3)[Idx(1) :]))
t("slice bad", lambda: [1, 2][BadIndex() :])
t("slice Flt", lambda: [1, 2][Flt() :])
t("range", lambda: (list(range(Idx(3))), list(range(All())), list(range(Idx(1), Idx(7), Idx(2)))))
t("range Flt", lambda: range(Flt()))
t("hex/oct/bin", lambda: (hex(Idx(255)), oct(Idx(8)), bin(Idx(5))))
t("str * Idx", lambda: "ab" * Idx(2))
t("list * Idx", lambda: [0] * Idx(3))
t("chr", lambda: chr(Idx(65)))
t("operator index", lambda: [1, 2, 3].pop(Idx(0)))
t("list.insert", lambda: (lambda l: (l.insert(Idx(1), 9), l)[1])([1, 2]))
t("BadIndex", lambda: [1, 2][BadIndex()])
t("%f", lambda: "%.2f" % Flt())
t("%d", lambda: "%d" % Idx(7))
t("%x", lambda: "%x %o" % (Idx(255), Idx(8)))
t("%d IntOnly", lambda: "%d" % IntOnly())
t("round(Flt)", lambda: round(Flt()))
t("round(Idx)", lambda: round(Idx(3)))


class Rnd:
    def __round__(self, n=None):
        return ("round", n)


t("round(Rnd)", lambda: (round(Rnd()), round(Rnd(), 2)))
t("%d Flt", lambda: "%d" % Flt())
