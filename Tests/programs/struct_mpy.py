# MicroPython's own struct codes: P (an address-sized unsigned int), O (an
# object reference) and S (an address packed, the NUL-terminated string
# there unpacked), a machine
# word in every mode; and values missing at the end of pack's arguments,
# which MicroPython packs as zeros.
import struct
import micropython


@micropython.viper
def address(buf) -> int:
    return int(ptr8(buf))


w = struct.calcsize("P")
print(w in (4, 8), struct.calcsize("O") == w, struct.calcsize("S") == w, struct.calcsize("<P") == w)
print(struct.calcsize("<bO") == w + 1, struct.calcsize("@bO") == 2 * w, struct.calcsize("@bP") == 2 * w)
x = [1, 2]
data = struct.pack("O", x)
print(len(data) == w, struct.unpack("O", data)[0] is x, struct.unpack("O", data)[0])
print(struct.unpack("<P", struct.pack("<P", 1234)), struct.unpack(">P", struct.pack(">P", 77)))
text = b"hello\x00"
print(struct.unpack("S", struct.pack("P", address(text))), struct.unpack("S", struct.pack("S", address(b"\x00"))))
two = bytearray(b"two\x00")
o, t = struct.unpack("<OS", struct.pack("<OS", x, address(two)))
print(o is x, t)
print(struct.pack("<3h", 1, 2), struct.pack("<ii", 1), struct.pack("<bb", 1), struct.pack("<3s"))
print(struct.pack("<h2sb", 7), struct.pack("<e"), struct.pack(">d"))
b = bytearray(b"\xff" * 6)
struct.pack_into("<hhh", b, 0, 1)
print(b)
