# struct errors: bad formats, values out of range or of the wrong type,
# too many values, non-buffer arguments; struct.error is an Exception.
import struct

print(issubclass(struct.error, Exception), struct.error.__name__)


def attempt(f):
    try:
        print(f())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


attempt(lambda: struct.pack("<z", 1))
attempt(lambda: struct.calcsize("3"))
attempt(lambda: struct.calcsize("<3"))
attempt(lambda: struct.calcsize(" <i"))
attempt(lambda: struct.calcsize(5))
attempt(lambda: struct.pack("<b", 200))
attempt(lambda: struct.pack("<b", -129))
attempt(lambda: struct.pack("<B", -1))
attempt(lambda: struct.pack("<B", 256))
attempt(lambda: struct.pack("<h", 70000))
attempt(lambda: struct.pack("<H", -1))
attempt(lambda: struct.pack("<i", 2**31))
attempt(lambda: struct.pack("<I", 2**32))
attempt(lambda: struct.pack("<q", 2**63))
attempt(lambda: struct.pack("<Q", -1))
attempt(lambda: struct.pack("<Q", 2**64))
attempt(lambda: struct.pack("<b", 1.5))
attempt(lambda: struct.pack("<h", "1"))
attempt(lambda: struct.pack("<f", "a"))
attempt(lambda: struct.pack("<d", None))
attempt(lambda: struct.pack("<e", 1e6))
attempt(lambda: struct.pack("<e", 65520.0))
attempt(lambda: struct.pack("<e", "x"))
attempt(lambda: struct.pack("<f", 1e300))
attempt(lambda: struct.pack("<s", "str"))
attempt(lambda: struct.pack("<s", 5))
attempt(lambda: struct.pack("<c", b"ab"))
attempt(lambda: struct.pack("<c", "a"))
attempt(lambda: struct.pack("<2i", 1, 2, 3))
attempt(lambda: struct.pack("<h", 1, 2))
attempt(lambda: struct.pack_into("<h", bytearray(2), 0, 1, 2))
attempt(lambda: struct.unpack("<2h", b"\x00" * 3))
attempt(lambda: struct.pack("<b", True))
attempt(lambda: struct.pack("<d", 3))
