# struct: pack/unpack/calcsize with byte orders, sizes, counts, padding and errors
import struct

print(struct.calcsize("<bBhHiIlLqQfd?"), struct.calcsize(">3h2x5s"), struct.calcsize("!I"), struct.calcsize("=q"))
print(struct.calcsize("@bi"), struct.calcsize("@bh"), struct.calcsize("@ib"), struct.calcsize("<bi"), struct.calcsize(""))
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!H", 0x1234), struct.pack("<h", -2))
print(struct.pack("<bBhHiI", -1, 255, -32768, 65535, -2**31, 2**32 - 1))
print(struct.pack("<qQ", -2**63, 2**64 - 1), struct.pack(">q", 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.0), struct.pack("<?", 5), struct.pack("??", 0, []))
print(struct.pack("<4s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack("3x"), struct.pack("<c", b"z"))
print(struct.pack("<3B", 1, 2, 3), struct.pack(">2hx", 1, -1))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">I", b"\x00\x00\x00\x01"))
print(struct.unpack("<bBhH", b"\xff\xff\x00\x80\xff\xff"), struct.unpack("<qQ", b"\xff" * 16))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.unpack("<2s3x?c", b"hi\x00\x00\x00\x01q"), struct.unpack(">iH", bytearray(b"\xff\xff\xff\xfe\x01\x02")))
rec = struct.pack("<HHf", 7, 300, 2.5)
print(len(rec), rec, struct.unpack("<HHf", rec))
print(struct.unpack_from("<H", b"\x00\x01\x02\x03", 1), struct.unpack_from("<H", b"\x00\x01\x02\x03", offset=2))
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 0xBEEF, 0x01020304)
print(buf)
for v in (0, 1, -1, 127, -128, 2**31 - 1):
    assert struct.unpack("<i", struct.pack("<i", v))[0] == v
print(struct.unpack("<Q", struct.pack("<Q", 2**63 + 5))[0] == 2**63 + 5)
header = struct.pack(">4sHH", b"MPY1", 3, 512)
magic, ver, size = struct.unpack(">4sHH", header)
print(magic, ver, size)

for fmt, args in [("<b", (200,)), ("<B", (-1,)), ("<h", (40000,)), ("<H", (-5,)), ("<i", (2**31,)),
                  ("<I", (2**32,)), ("<Q", (-1,)), ("<i", ("x",)), ("<f", ("x",)), ("<i", (1, 2)),
                  ("<s", ("str",)), ("<c", (b"ab",)), ("<z", (1,))]:
    try:
        struct.pack(fmt, *args)
        print(fmt, "ok")
    except struct.error as e:
        print(fmt, "error", e)
for fmt, data in [("<I", b"\x00\x00"), ("<H", b"\x00\x00\x00")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("error", e)
try:
    struct.unpack_from("<I", b"\x00\x00\x00\x00", 2)
except struct.error as e:
    print("error", e)
