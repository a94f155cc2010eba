# format(), str.format and f-strings call a class's __format__ with the
# spec (empty for "{}"); its result must be a str; classes without one
# format as str() with the empty spec and reject an unknown format code
# (MicroPython pads str() for an alignment spec, CPython raises: not tested).
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"


class G(F):
    pass


class N:
    def __str__(self):
        return "n"


class Bad:
    def __format__(self, spec):
        return 42


class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec or ".2f")


print(format(F(), "x"), "{:abc}".format(F()), f"{F():q}", f"{F()}", "{}".format(G()))
print(format(N()), "{}".format(N()), f"{N()}")
print(format(Money(3.14159)), f"{Money(2):.1f}", "{:8.3f}".format(Money(1)))
try:
    format(Bad(), "")
except TypeError:
    print("TypeError: bad __format__ result")
try:
    format(N(), "x")
except (TypeError, ValueError):
    print("error: spec for an object without __format__")
