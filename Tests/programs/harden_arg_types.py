# Built-ins check the type of every argument before using it: TypeError
# (or CPython's exception) instead of reading the object as another type.


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__)


# "%c" takes an int code point or a one-character str.
show(lambda: "%c" % None)
show(lambda: "%c" % True)
show(lambda: "%c" % 1.5)
show(lambda: "%c" % 65)
show(lambda: "%c" % "x")
show(lambda: "%c" % "xy")
show(lambda: "%c" % "")
show(lambda: "%c" % -1)
show(lambda: "%c" % 0x110000)
show(lambda: "[%3c]" % 0xE9)
show(lambda: format(65, "c"))
show(lambda: format(-1, "c"))

# Attribute names must be str.
show(lambda: getattr(1, None))
show(lambda: getattr(1, None, 5))
show(lambda: hasattr(1, None))
show(lambda: setattr(1, None, 2))
show(lambda: delattr(1, None))
show(lambda: getattr(1, 5))


class Name(str):
    pass


class Box:
    pass


b = Box()
setattr(b, Name("size"), 3)
print(getattr(b, "size"), hasattr(b, Name("size")), getattr(b, Name("size")))
delattr(b, Name("size"))
print(hasattr(b, "size"))

# format() specs must be str.
show(lambda: format(1, None))
show(lambda: format(1, 5))
show(lambda: format(5, Name("03")))

# Class methods read only the arguments they were given.
show(lambda: dict.fromkeys({}))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys([1], 2, 3))

# Positions must be ints.
l = [1, 2, 3]
show(lambda: l.pop(1.5))
show(lambda: l.pop(None))
show(lambda: l.pop("1"))
show(lambda: l.insert(None, 1))
show(lambda: l.index(2, None))
show(lambda: l.index(2, 1.0))
show(lambda: (1, 2).index(2, "a"))
show(lambda: "abc".find("c", None))
show(lambda: l[1.0])
s, bs = "abc", b"abc"
show(lambda: s[None])
show(lambda: bs[1.5])
show(lambda: bytearray(b"abc")["a"])
show(lambda: [1] * 1.5)
show(lambda: "a" * None)
show(lambda: chr(1.5))
show(lambda: chr("a"))
print(l)


class Idx:
    def __index__(self):
        return 1


show(lambda: [10, 20, 30][Idx()])
show(lambda: "abc"[Idx()])
show(lambda: b"abc"[Idx()])
show(lambda: [10, 20, 30].pop(Idx()))
show(lambda: "ab" * Idx())
show(lambda: chr(Idx()))
