# Arguments are checked before anything is allocated, in CPython's order:
# a wrong type is a TypeError even when a huge size comes first.
for v in (5, 2**30 - 1, 2**31, 2**32 + 1, True):
    try:
        int.from_bytes(v, "big")
    except Exception as e:
        print("int.from_bytes", type(e).__name__)
try:
    bool.from_bytes(2**30, "big")
except Exception as e:
    print("bool.from_bytes", type(e).__name__)
for kw in ({"file": 1}, {"start": 2}):
    for n in (5, 2**30):
        try:
            bytes(n, **kw)
        except Exception as e:
            print("bytes", n, type(e).__name__)
print(bytes(source=3), bytearray(source=2))
for fill in ("xy", "", 5, None):
    for w in (10, 2**62):
        try:
            print(repr("abc".rjust(w, fill)))
        except Exception as e:
            print("rjust", repr(fill), type(e).__name__)
print("abc".rjust(7, "é"), "abc".center(9, "-"), "abc".ljust(5, "*"))
