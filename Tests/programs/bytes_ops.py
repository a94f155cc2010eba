# bytes operators: concat, repeat, membership, comparison, mixing with bytearray
a, b = b"abc", b"abd"
print(a + b, a * 3, 2 * a, a * 0, a * -1, b"" * 5)
print(a + bytearray(b"!"), bytearray(b"!") + a, type(a + bytearray()).__name__, type(bytearray() + a).__name__)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b"ab" < b"abc", b"" < b"a", b"b" > b"abc", b"\xff" > b"\x00")
print(a == bytearray(b"abc"), bytearray(b"abc") == a, a == "abc", a != "abc")
print(a < bytearray(b"b"), bytearray(b"a") < b"b")
print(98 in a, 120 in a, b"bc" in a, b"" in a, b"ac" in a, bytearray(b"b") in a)
print(b"x" in [b"a", b"x"], a in (b"abc",))
x = b"ab"
x += b"cd"
print(x, x.upper())
x *= 2
print(x)
print(sorted([b"b", b"a", b"ab", b""]), min(b"zz", b"za"))
print(b"a" == memoryview(b"a"), memoryview(b"a") == b"a")
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    "b" + b"a"
except TypeError:
    print("TypeError str + bytes")
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError", e)
try:
    print("a" in b"abc")
except TypeError as e:
    print("TypeError", e)
try:
    print(256 in b"abc")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
