# Ints at and past the small-int limits (31 bits on the boards, 63 on the
# host) and past 64 bits: every built-in converts them with a range check,
# giving CPython's (64-bit) result or exception on every target.


def show(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, (str, bytes, bytearray)) or len(r) < 40 else len(r))
    except Exception as e:
        print(type(e).__name__)


big = [2**30, 2**31, 2**32 + 1, 2**62, 2**63, 2**64 + 1, -2**70]
for v in big:
    print("value", v)
    show(lambda: [10, 20, 30].pop(v))
    show(lambda: [10, 20, 30][v])
    show(lambda: (10, 20, 30)[v])
    show(lambda: "abc"[v])
    show(lambda: b"abc"[v])
    show(lambda: bytearray(b"abc")[v])
    show(lambda: memoryview(b"abc")[v])
    show(lambda: range(3)[v])
    show(lambda: chr(v))
    show(lambda: "%c" % v)
    show(lambda: format(v, "c"))
    show(lambda: [1, 2, 3].index(3, -v, v))
    show(lambda: (1, 2, 3).index(1, v))
    if v >= 2**62 or v < 0:  # smaller counts would allocate gigabytes in CPython
        show(lambda: "ab" * v)
        show(lambda: b"ab" * v)
        show(lambda: [1, 2] * v)
        show(lambda: (1, 2) * v)
    show(lambda: [] * v)
    show(lambda: "" * v)
    m = [1, 2]
    show(lambda: m.insert(v, 9))
    print(m)


show(lambda: bytearray(2**64 + 1))
show(lambda: bytearray(2**62))
show(lambda: bytes(2**63))
show(lambda: bytearray(-1))

# Widths of format specs.
show(lambda: "{:>{}}".format("a", -2**70))
show(lambda: "{:>{}}".format("a", 2**70))
show(lambda: "{:>{}}".format("a", 5))
show(lambda: format("a", "99999999999999999999"))
show(lambda: format(1.5, ".99999999999999999999f"))

# Numbers of random bits.
import random

random.seed(1)
show(lambda: random.getrandbits(2**62))
show(lambda: random.getrandbits(2**31))
show(lambda: random.getrandbits(-1))
show(lambda: random.getrandbits(0))
show(lambda: random.getrandbits(200).bit_length() <= 200)
show(lambda: random.getrandbits(64) < 2**64)

# Counts, widths and positions of str and bytes methods.
show(lambda: "a b c".split(None, 2**70))
show(lambda: "a b c".split(None, 1.5))
show(lambda: "abc".find("c", -2**70, 2**70))
show(lambda: "abc".count("b", None, None))
show(lambda: "ab".ljust(2**62))
show(lambda: "ab".zfill(2**62))
show(lambda: "ab".center(-2**70))
show(lambda: "aaa".replace("a", "b", 2**70))
show(lambda: b"a b".split(None, 2**70))
show(lambda: b"abc".hex(":", -2**70))
show(lambda: bytearray(b"abc").pop(2**70))
show(lambda: bytearray(b"abc").pop(2**40))
ba = bytearray(b"ab")
show(lambda: ba.insert(2**40, 99))
show(lambda: ba.insert(-2**40, 98))
print(ba)

# Widths and precisions of printf-style formatting.
for w in (2**40, 2**64, -2**40, 1.5, True, -3, 2**62, 2**63, -2**70):
    show(lambda: "%*s|" % (w, "a"))
for p in (2**31, 2**64, -2**40, 1.5, 3, 2**62):
    show(lambda: "%.*f" % (p, 1.5))
show(lambda: "%99999999999d" % 1)
show(lambda: "%.99999999999d" % 1)
