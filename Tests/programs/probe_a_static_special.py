# Special methods defined as staticmethod or classmethod: operators and
# protocol slots call them without binding the instance (a class method
# gets the class), as CPython's special-method lookup does.


class Vec:
    @staticmethod
    def __sub__(other):
        return ("static sub", other)

    @classmethod
    def __add__(cls, other):
        return (cls.__name__, "class add", other)

    @staticmethod
    def __len__():
        return 7

    @classmethod
    def __getitem__(cls, key):
        return (cls.__name__, key * 2)

    @staticmethod
    def __eq__(other):
        return other == "same"


class Sub(Vec):
    pass


v = Vec()
print(v - 1)
print(v + 2)
print(len(v))
print(v[5])
print(v == "same", v == "other")
s = Sub()
print(s + 3)
print(s[1])
try:
    v * 2
except TypeError:
    print("TypeError")
