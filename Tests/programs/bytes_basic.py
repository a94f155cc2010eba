# bytes: literals, len, indexing, slicing, str conversions, encode/decode
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b).__name__)
print(b"xy" + b"z", b"ab" * 2, b"ell" in b, 104 in b)
print(bytes([104, 105]), bytes(3), bytes(range(65, 70)), list(b"AB"))
print("abc".encode(), b"abc".decode(), "caf\u00e9".encode(), len("caf\u00e9".encode()))
print(str(b"x"), repr(b"q'\"\x00\xff\n"), b"a" == b"a", b"a" < b"b")
print(type(b"b").__name__, isinstance(b, bytes), bytes(b) == b)
print(b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b.upper())
print(b"-".join([b"a", b"b"]), b"a,b".split(b","), b" x ".strip())
for byte in b"hi":
    print(byte, end=" ")
print()
try:
    b[0] = 1
except TypeError:
    print("TypeError")
