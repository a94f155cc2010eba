# binascii.b2a_base64 (newline=) and a2b_base64: RFC 4648 vectors, every
# remainder length, the non-strict decoding (skipped characters, padding
# ending the data) and the padding errors.
import binascii

for s in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\x00>", b"\xff\xfe\xfd\xfc", bytes(range(64))):
    e = binascii.b2a_base64(s)
    print(e, binascii.b2a_base64(s, newline=False), binascii.a2b_base64(e) == s)
print(binascii.b2a_base64(bytearray(b"ab")), binascii.b2a_base64(memoryview(b"xyz")[1:], newline=0))
print(binascii.b2a_base64(b"x" * 100))
print(type(binascii.b2a_base64(b"a")).__name__, type(binascii.a2b_base64(b"YQ==")).__name__)

for s in (
    b"",
    b"Zg==",
    b"Zm8=",
    b"Zm9v",
    b"Zm9vYg==",
    b"Zm9vYmE=",
    b"Zm9vYmFy",
    b"f4D/",
    b"f4D+",
    b"Zm9v\n",
    b"Zm\x009v\n",
    b"Zm 9v Ym Fy",
    b"Zm9v==",
    b"Zm9v===",
    b"Zm9v===YmFy",
    b"YQ==YQ==",
    b"Y!Q==",
    b"=",
    b"==Zm9v",
    b"Zg=\n=",
    "Zm9vYmFy",
    bytearray(b"YWJj"),
):
    print(s, binascii.a2b_base64(s))
print(binascii.a2b_base64(memoryview(b"..YWJj")[2:]))


def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, isinstance(e, ValueError), e)


for s in (b"abc", b"abcde=", b"ab*d", b"ab=cdef=", b"Y", b"YQ", b"YQ=", b"a", b"abcde", b"Zm9vY"):
    attempt(lambda: binascii.a2b_base64(s))
attempt(lambda: binascii.a2b_base64("Zm9vé"))
attempt(lambda: binascii.a2b_base64(5))
attempt(lambda: binascii.b2a_base64("abc"))
attempt(lambda: binascii.b2a_base64(None))
try:
    binascii.b2a_base64(b"a", nl=False)
except TypeError:
    print("TypeError")
