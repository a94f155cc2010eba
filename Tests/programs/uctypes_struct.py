# uctypes: structures over a bytearray's memory (scalars, nested structs,
# arrays of scalars and of structs, pointers, layouts, sizeof).
import uctypes

print(uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE)
print(hex(uctypes.UINT8), hex(uctypes.INT16), hex(uctypes.UINT32), hex(uctypes.INT64), hex(uctypes.FLOAT64))
print(hex(uctypes.PTR), hex(uctypes.ARRAY), uctypes.BF_POS, uctypes.BF_LEN)

HDR = {
    "magic": uctypes.UINT16 | 0,
    "version": uctypes.UINT8 | 2,
    "flags": uctypes.INT8 | 3,
    "length": uctypes.UINT32 | 4,
    "coords": (uctypes.ARRAY | 8, uctypes.INT16 | 3),
    "name": (uctypes.ARRAY | 14, uctypes.UINT8 | 6),
    "point": (20, {"x": uctypes.INT16 | 0, "y": uctypes.INT16 | 2}),
    "pairs": (uctypes.ARRAY | 24, 2, {"a": uctypes.UINT8 | 0, "b": uctypes.UINT8 | 1}),
    "big": uctypes.UINT64 | 28,
    "sbig": uctypes.INT64 | 28,
    "f32": uctypes.FLOAT32 | 36,
    "f64": uctypes.FLOAT64 | 40,
}

for layout, name in ((uctypes.LITTLE_ENDIAN, "LE"), (uctypes.BIG_ENDIAN, "BE")):
    buf = bytearray(48)
    s = uctypes.struct(uctypes.addressof(buf), HDR, layout)
    print(name, uctypes.sizeof(s), uctypes.sizeof(HDR, layout))
    s.magic = 0xCAFE
    s.version = 3
    s.flags = -5
    s.length = 0x12345678
    for i in range(3):
        s.coords[i] = -100 * (i + 1)
    s.name[0:5] = b"hello"
    s.point.x = 7
    s.point.y = -8
    s.pairs[1].a = 0xAB
    s.pairs[0].b = 0xCD
    s.big = 0x0102030405060708
    s.f32 = 1.5
    s.f64 = -2.25
    print(buf.hex())
    print(hex(s.magic), s.version, s.flags, hex(s.length))
    print([s.coords[i] for i in range(3)], s.coords[-0], bytes(s.name))
    print(s.point.x, s.point.y, s.pairs[0].a, s.pairs[0].b, s.pairs[1].a, s.pairs[1].b)
    print(hex(s.big), s.sbig, s.f32, s.f64)
    s.sbig = -2
    print(s.big, s.sbig)
    s.big = 2**64 - 1
    print(s.big, s.sbig)
    # stores truncate to the field, as MicroPython
    s.version = 0x1FF
    s.flags = 200
    s.length = -1
    print(s.version, s.flags, s.length)
    print(uctypes.addressof(s.point) - uctypes.addressof(buf), uctypes.addressof(s.pairs[1]) - uctypes.addressof(buf))
    print(type(s.name).__name__, len(s.name), uctypes.sizeof(s.coords), uctypes.sizeof(s.pairs), uctypes.sizeof(s.pairs[1]))

# native layout: sizes aligned as C does
D = {"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}
print(uctypes.sizeof(D), uctypes.sizeof(D, uctypes.LITTLE_ENDIAN), uctypes.sizeof(D, uctypes.NATIVE))
print(uctypes.sizeof({"x": (uctypes.ARRAY | 1, 2, D)}), uctypes.sizeof({"x": (uctypes.ARRAY | 1, 2, D)}, uctypes.LITTLE_ENDIAN))
print(uctypes.sizeof({"x": (1, D)}), uctypes.sizeof({"x": uctypes.FLOAT32 | 1}), uctypes.sizeof({"x": uctypes.UINT16 | 5}))
print(uctypes.sizeof({"x": (uctypes.ARRAY | 1, uctypes.UINT16 | 3)}), uctypes.sizeof({}))
print(uctypes.sizeof((uctypes.ARRAY | 0, uctypes.UINT32 | 5)), uctypes.sizeof((uctypes.ARRAY | 0, 2, D)))
buf = bytearray(16)
s = uctypes.struct(uctypes.addressof(buf), {"x": (uctypes.ARRAY | 1, 2, D)})
print(uctypes.addressof(s.x[1]) - uctypes.addressof(buf))
s = uctypes.struct(uctypes.addressof(buf), {"w": uctypes.UINT32 | 4, "h": uctypes.UINT16 | 2})
s.w = 0x11223344
s.h = 0xBEEF
print(buf.hex(), hex(s.w), hex(s.h))

# pointers: the address is stored in the buffer, [i] reads through it
target = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
ta = uctypes.addressof(target)
P = {"p8": (uctypes.PTR | 0, uctypes.UINT8), "p16": (uctypes.PTR | 0, uctypes.UINT16),
     "ps": (uctypes.PTR | 0, {"a": uctypes.UINT8 | 0, "b": uctypes.UINT8 | 1})}
n = uctypes.sizeof({"p": (uctypes.PTR | 0, uctypes.UINT8)})
pbuf = bytearray(ta.to_bytes(n, "little"))
s = uctypes.struct(uctypes.addressof(pbuf), P, uctypes.LITTLE_ENDIAN)
print(int(s.p8) == ta, s.p8[0], s.p8[7], hex(s.p16[1]), s.ps[0].a, s.ps[1].b)
print(uctypes.sizeof(s.p8) == n, uctypes.sizeof(P) == n)

# bytes_at copies, bytearray_at shares the memory
data = bytearray(b"abcdef")
a = uctypes.addressof(data)
c = uctypes.bytes_at(a + 1, 3)
v = uctypes.bytearray_at(a + 2, 3)
v[0] = ord("X")
print(c, v, data, uctypes.bytes_at(a, 0))
print(uctypes.addressof(b"xyz") != 0, uctypes.addressof(memoryview(data)[2:]) - a)
import array
arr = array.array("H", [1, 2, 3])
s = uctypes.struct(uctypes.addressof(arr), (uctypes.ARRAY | 0, uctypes.UINT16 | 3))
s[1] = 500
print(arr, s[0], s[2], type(s).__name__)
print(uctypes.struct(16, {}), uctypes.struct(255, (uctypes.ARRAY | 0, uctypes.UINT8 | 1)))
print(uctypes.struct(0x100, (uctypes.PTR | 0, uctypes.UINT8)), uctypes.struct(0, []))
