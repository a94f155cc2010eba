# bytes literals, constructors and CPython's exact repr (quotes, escapes)
print(b"", b"abc", b'it\'s', b'say "hi"', b'both \' and "')
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"\x1b[0m")
print(repr(b"q'\"\x00\xff\n"), str(b"x"), [b"a", b"b\x01"])
print(bytes(), bytes(0), bytes(4), bytes([0, 65, 255]), bytes(range(97, 102)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes((1, 2, 3)))
print(bytes("h\u00e9", "utf-8"), bytes("abc", encoding="ascii"), bytes("x", "utf8", "strict"))
print(bytearray(), bytearray(3), bytearray(b"x'y"), bytearray([1, 2]), bytearray("ab", "utf-8"))
b = b"hello world"
print(len(b), b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:])
print(type(b).__name__, type(b[0]).__name__, type(b[1:2]).__name__)
print(list(b"AZ"), tuple(b"\x00\xff"), sum(b"abc"), max(b"hello"), sorted(b"cab"))
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()))
d = {b"k": 1, b"key": 2}
d[b"k"] += 10
print(d, d[bytes([107])], b"key" in d)
print(isinstance(b, bytes), isinstance(bytearray(), bytes), isinstance(b, bytearray))
print(bool(b""), bool(b"\x00"), not b"")
for c in b"hi!":
    print(c, end=" ")
print()
print([x * 2 for x in b"\x01\x02\x03"], b"%s" if False else b"done")
K = b"const"
print(K, K is K, K == b"con" + b"st")
