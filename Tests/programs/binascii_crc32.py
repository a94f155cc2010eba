# binascii.crc32: check values, chaining through the second argument (any
# int, taken modulo 2**32), every bytes-like input, and type errors.
import binascii

print(binascii.crc32(b""), binascii.crc32(b"123456789"), hex(binascii.crc32(b"123456789")))
print(hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")))
print(hex(binascii.crc32(b"\x00" * 32)), hex(binascii.crc32(b"\xff" * 32)), hex(binascii.crc32(bytes(range(256)))))
print(hex(binascii.crc32(b" over the lazy dog", binascii.crc32(b"The quick brown fox jumps"))))
print(hex(binascii.crc32(bytes(range(16, 32)), binascii.crc32(bytes(range(16))))))
crc = 0
for i in range(100):
    crc = binascii.crc32(bytes([i & 255]) * (i % 7), crc)
print(crc)
print(binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**32 + 5), binascii.crc32(b"a", -(2**40)), binascii.crc32(b"a", 2**70 + 1))
print(binascii.crc32(b"", 12345), binascii.crc32(b"", -1), binascii.crc32(b"a", True))
print(binascii.crc32(bytearray(b"hello")), binascii.crc32(memoryview(b"hello")[1:]))
print(binascii.crc32(b"x" * 1000) == binascii.crc32(b"x" * 500, binascii.crc32(b"x" * 500)))


def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)


attempt(lambda: binascii.crc32("abc"))
attempt(lambda: binascii.crc32(5))
attempt(lambda: binascii.crc32(b"a", 1.5))
attempt(lambda: binascii.crc32(b"a", "1"))
attempt(lambda: binascii.crc32(b"a", None))
