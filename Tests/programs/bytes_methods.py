# methods of bytes (and the same ones on bytearray)
b = b"  Hello, World, hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hdol"), b"xxaxx".strip(b"x"))
print(b.find(b"llo"), b.rfind(b"llo"), b.find(b"zz"), b.find(108), b.find(b"l", 5), b.find(b"l", 5, 8))
print(b.index(b"World"), b.rindex(b"l"), b.count(b"l"), b.count(b"ll"), b.count(b""), b.count(108, 10))
print(b"abc".find(b""), b"abc".find(b"", 3), b"abc".find(b"", 4), b"abc".rfind(b""))
print(b.startswith(b"  H"), b.endswith(b"  "), b.startswith((b"x", b" ")), b.startswith(b"Hello", 2), b"abc".endswith(b"b", 0, 2))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"  a b  c ".split())
print(b"a b c".split(None, 1), b"a b c".rsplit(maxsplit=1), b"".split(), b"".split(b","), b"abc".split(b"abc"))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join(x for x in [b"1", b"2"]))
print(b"Hi There 1".upper(), b"Hi There 1".lower(), b"\xffA".lower())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"123".isdigit(), b"12a".isdigit(), b"abC".isalpha(), b" \t".isspace(), b"a1".isalnum(), b"abc1".islower(), b"ABC".isupper(), b"".isdigit())
print(b"\x00\xffab".hex(), b"".hex(), b"abcde".hex(":"), b"abcde".hex("-", 2), b"abcde".hex(" ", -2))
print(bytes.fromhex("00ff 10 Ab"), bytes.fromhex(""), bytearray.fromhex("4142"), b"".fromhex("43"))
ba = bytearray(b"a-b-c")
print(ba.split(b"-"), ba.upper(), ba.replace(b"-", b"+"), ba.strip(b"a"), ba.find(b"c"), ba.hex())
print(type(ba.upper()).__name__, type(ba.split(b"-")[0]).__name__, type(b"x".upper()).__name__)
print(bytes.upper(b"abc"), bytearray.lower(bytearray(b"XY")))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    b"a".split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("0g")
except ValueError as e:
    print("ValueError", e)
try:
    b"x".join(["a"])
except TypeError as e:
    print("TypeError", e)
try:
    b"a".find("a")
except TypeError as e:
    print("TypeError", e)
try:
    b"a".startswith("a")
except TypeError as e:
    print("TypeError", e)
