# binascii.hexlify / b2a_hex (sep, bytes_per_sep) and unhexlify / a2b_hex:
# every bytes-like input, ASCII str for decoding, and the errors
# (binascii.Error is a ValueError).
import binascii
from binascii import hexlify, unhexlify

print(issubclass(binascii.Error, ValueError), binascii.Error.__name__)
for x in (b"", b"\x00", b"\x00\x01\x02\x03\x04\x05\x06\x07", b"\x7f\x80\xff", b"1234ABCDabcd", bytes(range(256))[::17]):
    print(hexlify(x), binascii.b2a_hex(x))
print(hexlify(bytearray(b"\xde\xad")), hexlify(memoryview(b"\xbe\xef\x00")[1:]))
import array

print(hexlify(array.array("B", [1, 2, 250])))
print(hexlify(b"123", ":"), hexlify(b"123", b"-"), hexlify(b"", b":"), hexlify(b"1", ":"))
print(hexlify(b"\x01\x02\x03\x04\x05", ":", 2), hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(hexlify(b"\x01\x02\x03\x04\x05", " ", 5), hexlify(b"\x01\x02\x03", "_", 0))
print(hexlify(b"\xab\xcd", sep="|"), hexlify(b"\xab\xcd\xef", sep="|", bytes_per_sep=2))
print(type(hexlify(b"a")).__name__)

for x in (b"0001020304050607", b"7f80ff", b"313233344142434461626364", b"", "4142", "aBcD", bytearray(b"ff")):
    print(unhexlify(x), binascii.a2b_hex(x))
print(unhexlify(memoryview(b"xx4142")[2:]))


def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, isinstance(e, ValueError), e)


attempt(lambda: unhexlify(b"0"))
attempt(lambda: unhexlify(b"abc"))
attempt(lambda: unhexlify(b"gg"))
attempt(lambda: unhexlify(b"0g"))
attempt(lambda: unhexlify(b"12 4"))
attempt(lambda: unhexlify("é1"))
attempt(lambda: unhexlify(12))
attempt(lambda: unhexlify(None))
attempt(lambda: hexlify("abc"))
attempt(lambda: hexlify(5))
attempt(lambda: hexlify(b"12", "--"))
attempt(lambda: hexlify(b"12", ""))
attempt(lambda: hexlify(b"12", ":", "x"))
for sep in (5, None, [1]):
    try:
        print(hexlify(b"12", sep))
    except TypeError as e:
        print("TypeError")
try:
    unhexlify(b"0")
except binascii.Error:
    print("caught as binascii.Error")
