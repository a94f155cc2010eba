# str.encode / bytes.decode: utf-8 with strict, replace and ignore; ascii, latin-1
s = "caf\u00e9 \u20ac \U0001F600"
e = s.encode()
print(e, len(e), e.decode() == s, len(e.decode()))
print("abc".encode("utf-8"), "abc".encode("ascii"), "\u00e9".encode("latin-1"), "x".encode(encoding="UTF-8"))
print(b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"), bytearray(b"h\xc3\xa9").decode())
print("h\u00e9llo".encode("ascii", "replace"), "h\u00e9llo".encode("ascii", "ignore"), "\u20ac".encode("latin-1", "replace"))
bad = [b"\xff", b"a\xe2\x82", b"a\xe2\x82x", b"a\xe2x", b"\xed\xa0\x80", b"\xe2", b"\xf0\x9f", b"\xc0\x80", b"\xf4\x90\x80\x80"]
for b in bad:
    try:
        b.decode()
        print("decoded", b)
    except UnicodeError as err:
        print("UnicodeError", err)
    print(repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", errors="ignore")))
print(b"a\xe2\x82x\xff".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "replace"))
for text, enc in [("\u00e9", "ascii"), ("\u20ac", "latin-1"), ("ab\U0001F600", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeError as err:
        print("UnicodeError", err)
try:
    b"a\x80".decode("ascii")
except UnicodeError as err:
    print("UnicodeError", err)
try:
    b"x".decode("no-such-codec")
except LookupError as err:
    print("LookupError", err)
try:
    bytes("abc")
except TypeError as err:
    print("TypeError", err)
print(str(b"abc", "utf-8") if False else "skip", bytes("\u00fc", "latin_1"))
data = "\u00e9\u00e8".encode()
print([hex(x) for x in data], data.decode().upper() if False else data.decode())
