# struct formats: byte order prefixes @ = < > !, every format character
# CPython and MicroPython share (x c b B ? h H i I l L q Q e f d s) with
# repeat counts, the half float e, native alignment with '@'.
import struct

vals = {"b": -5, "B": 250, "h": -300, "H": 65000, "i": -70000, "I": 4000000000, "l": -1, "L": 7,
        "q": -(2**40), "Q": 2**64 - 1, "e": 1.5, "f": 0.25, "d": -1e300, "?": True}
for prefix in "<>=!":
    for code, v in vals.items():
        data = struct.pack(prefix + code, v)
        print(prefix + code, struct.calcsize(prefix + code), data, struct.unpack(prefix + code, data))
print(struct.pack("<3h2B", 1, 2, 3, 4, 5), struct.unpack("<3h2B", b"\x01\x00\x02\x00\x03\x00\x04\x05"))
print(struct.pack(">2x2sx", b"ab"), struct.calcsize("<10s"), struct.pack("<10s", b"hello"), struct.unpack("<3s", b"xyz"))
print(struct.pack("<s", b"abcd"), struct.pack("<0s", b"zz"), struct.pack("<3s", b"abcdef"), struct.pack("<2s", bytearray(b"q")))
print(struct.pack("<4c", b"a", b"b", b"c", b"d"), struct.unpack("<2c", b"xy"), struct.pack("<2?", 0, [1]))
print(struct.unpack("<??", b"\x00\x05"), struct.pack("< i h", 1, 2), struct.pack("<i\th", 3, 4))
# half floats: rounding to nearest even, subnormals, inf and nan.
for v in [0.0, -0.0, 1.0, 65504.0, 65519.0, 0.1, 1 / 3, 6e-8, 5.960464477539063e-08, 2.9802322387695312e-08,
          3e-8, 1e-10, -2.5, float("inf"), float("-inf"), 1024.5, 2049.0, 2051.0]:
    data = struct.pack("<e", v)
    print(v, data, struct.unpack("<e", data)[0], struct.unpack(">e", struct.pack(">e", v))[0])
print(struct.unpack("<e", struct.pack("<e", float("nan")))[0], struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"))
print(struct.unpack("<3e", struct.pack("<3e", 0.1, -2.5, 1e4)))
# f rounds to binary32.
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">d", struct.pack(">d", 0.1)))
# Native mode aligns each item to its size; standard modes do not.
for fmt in ["@bi", "<bi", "@bh", "@bq", "@bd", "@bf", "@be", "@hb", "@bhi", "@b0i", "@3bi", "=bi", "!bq", "@2s3h", "@xi"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2), struct.unpack("@bhi", struct.pack("@bhi", -1, -2, -3)))
print(struct.pack(b"<h", 5), struct.calcsize(b">q"))
