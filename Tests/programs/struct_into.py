# struct.pack_into and unpack_from: offsets (also negative and by
# keyword), any writable buffer (bytearray, array, memoryview) and any
# readable one, buffers too small.
import array
import struct

b = bytearray(8)
struct.pack_into("<h", b, 2, 258)
struct.pack_into("<h", b, -2, 259)
struct.pack_into(">I", b, 3, 0x11223344)
print(b)
print(struct.unpack_from("<h", b, 2), struct.unpack_from("<h", b, -2), struct.unpack_from(">I", b, offset=3))
print(struct.unpack_from("<2B", b), struct.unpack_from("<B", b, -8), struct.unpack_from("<0s", b, 8))
ar = array.array("h", [0, 0, 0])
struct.pack_into("<h", ar, 2, 5)
struct.pack_into("<bb", ar, 4, -1, 1)
print(ar, struct.unpack_from("<h", ar, 2), struct.unpack("<3h", ar))
mv = memoryview(b)
struct.pack_into("<H", mv, 0, 0xBEEF)
struct.pack_into("<B", mv[6:], 1, 0x7A)
print(b, struct.unpack("<2H", mv[0:4]), struct.unpack_from("<H", mv[4:], 0))
print(struct.unpack("<d", array.array("d", [2.5])), struct.unpack_from("<f", array.array("f", [0.5, 1.5]), 4))
print(struct.unpack("<4s", memoryview(b"abcdef")[1:5]), struct.unpack("<2h", bytes(array.array("h", [7, -7]))))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: struct.unpack_from("<h", b"\x01\x02\x03", 2))
attempt(lambda: struct.unpack_from("<h", b"\x01\x02\x03", -4))
attempt(lambda: struct.unpack_from("<i", b"\x01\x02\x03", -2))
attempt(lambda: struct.unpack_from("<i", b"\x01\x02\x03", 5))
attempt(lambda: struct.pack_into("<h", b, 7, 1))
attempt(lambda: struct.pack_into("<h", b, -9, 1))
attempt(lambda: struct.pack_into("<i", b, -2, 1))
attempt(lambda: struct.pack_into("<h", b"xx", 0, 1))
attempt(lambda: struct.pack_into("<h", memoryview(b"xx"), 0, 1))
attempt(lambda: struct.pack_into("<h", [0, 0], 0, 1))
attempt(lambda: struct.pack_into("<h", b, "0", 1))
attempt(lambda: struct.unpack_from("<h", 5))
attempt(lambda: struct.unpack("<h", "ab"))
attempt(lambda: struct.unpack("<h", b"\x01"))
attempt(lambda: struct.unpack("<h", b"\x01\x02\x03"))
print(b)
