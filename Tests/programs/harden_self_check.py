# A method of a built-in type called through the type checks its self:
# TypeError for another type (CPython's message), subclasses accepted;
# class methods (dict.fromkeys, int.from_bytes, bytes.fromhex) get the class.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: str.upper(5))
show(lambda: str.upper())
show(lambda: list.append(1, 2))
show(lambda: dict.get(1, 2))
show(lambda: str.join(None, []))
show(lambda: set.add(1, 2))
show(lambda: tuple.count(1, 1))
show(lambda: int.to_bytes("a", 2, "big"))
show(lambda: bytes.decode(1))
show(lambda: int.bit_length(1.5))
show(lambda: bytearray.append(b"ab", 1))
show(lambda: bytes.hex(bytearray(b"ab")))
show(lambda: frozenset.union(set(), {1}))
show(lambda: set.union(frozenset(), {1}))
show(lambda: dict.keys([]))
show(lambda: list.sort((3, 1)))
show(lambda: str.format(b"{}", 1))
show(lambda: str.split(None))
show(lambda: range.index([1], 1))
show(lambda: memoryview.tobytes(b"ab"))

# The right type, through the type.
show(lambda: str.upper("ab"))
show(lambda: dict.get({2: 3}, 2))
show(lambda: int.bit_length(True))
show(lambda: str.join(",", ["a", "b"]))
show(lambda: list(map(str.strip, [" a ", "b "])))


# Subclass instances are accepted, built-in methods work on them.
class L(list):
    def append(self, x):
        list.append(self, x * 2)
        super().append(x)


l = L()
l.append(3)
list.append(l, 7)
print(l, list.__len__(l), list.count(l, 3))


class S(str):
    pass


show(lambda: str.upper(S("abc")))
show(lambda: str.split(S("a b")))


class D(dict):
    pass


d = D(a=1)
show(lambda: dict.get(d, "a"))
show(lambda: dict.get(L(), "a"))


class E(ValueError):
    pass


# Class methods, through the type and through an instance.
show(lambda: dict.fromkeys("ab"))
show(lambda: dict.fromkeys([1, 2], 0))
show(lambda: {}.fromkeys("x", 5))
show(lambda: dict.fromkeys({}))
show(lambda: dict.fromkeys(1))
show(lambda: int.from_bytes(b"\x01\x00", "big"))
show(lambda: (5).from_bytes(b"\x01\x00", "little"))
show(lambda: int.from_bytes(bytes=b"\x02", byteorder="big"))
show(lambda: bytes.fromhex("0a0b"))
show(lambda: b"".fromhex("0a 0b"))
show(lambda: bytearray.fromhex("ff"))
show(lambda: bytes.fromhex(1))
