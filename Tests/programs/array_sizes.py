# Item sizes per typecode and struct's native sizes: 'l', 'L' and 'P' are
# the C long and the pointer (8 bytes on the 64-bit host, 4 on the boards).
import array
import struct

for tc in "bBhHiIlLqQfd":
    print(tc, len(bytes(array.array(tc, [0]))), len(bytes(memoryview(array.array(tc, [0, 0])))))
for fmt in ["@l", "@L", "@P", "@bl", "@bP", "@lb", "<l", ">L", "@i"]:
    print(fmt, struct.calcsize(fmt))
print(struct.unpack("@l", bytes(array.array("l", [-3]))), struct.pack("@L", 7) == bytes(array.array("L", [7])))
