# ord(), int() and float() of bytes and bytearray; calling a staticmethod object.
print(ord(b"a"), ord(b"\xff"), ord(bytearray(b"z")))
for bad in (b"", b"ab", bytearray(b"")):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
print(int(b"12"), int(b" -34 "), int(bytearray(b"56")), int(b"ff", 16), int(b"0x1F", 0), int(b"1_000"))
for bad in (b"1.5", b"", bytearray(b"x")):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print(float(b"1.5"), float(bytearray(b" -2.25 ")), float(b"1e3"), float(b"inf"))
try:
    float(b"abc")
except ValueError as e:
    print("ValueError", e)
print(int(memoryview(b"12")))
try:
    float(bytearray(b"x"))
except ValueError as e:
    print("ValueError", e)


def f(*args, **kw):
    return args, kw


sm = staticmethod(f)
print(sm(1, 2, k=3))
print(staticmethod(len)("abc"))


class C:
    @staticmethod
    def g(x):
        return x * 2

    h = staticmethod(f)


print(C.g(4), C().g(5), C.h(6), C.__dict__["g"](7))
try:
    classmethod(f)()
except TypeError:
    print("TypeError classmethod not callable")
