# uctypes: bitfields (BFUINT8..BFINT32 with BF_POS and BF_LEN) in both byte
# orders, reads and read-modify-write stores that leave the other bits.
import uctypes

def bf(kind, off, pos, n):
    return kind | off | pos << uctypes.BF_POS | n << uctypes.BF_LEN

REG = {
    "enable": bf(uctypes.BFUINT32, 0, 0, 1),
    "mode": bf(uctypes.BFUINT32, 0, 1, 2),
    "prescale": bf(uctypes.BFUINT32, 0, 8, 8),
    "top": bf(uctypes.BFUINT32, 0, 28, 4),
    "lo": bf(uctypes.BFUINT16, 4, 0, 4),
    "hi": bf(uctypes.BFUINT16, 4, 12, 4),
    "nib": bf(uctypes.BFUINT8, 6, 4, 4),
    "sgn": bf(uctypes.BFINT8, 7, 0, 4),
    "wide": bf(uctypes.BFUINT32, 0, 0, 31),
    "word": uctypes.UINT32 | 0,
}

for layout, name in ((uctypes.LITTLE_ENDIAN, "LE"), (uctypes.BIG_ENDIAN, "BE"), (uctypes.NATIVE, "NATIVE")):
    buf = bytearray(8)
    r = uctypes.struct(uctypes.addressof(buf), REG, layout)
    r.enable = 1
    r.mode = 2
    r.prescale = 0xA5
    r.top = 0xF
    print(name, buf.hex(), hex(r.word), r.enable, r.mode, hex(r.prescale), r.top)
    r.mode = 7  # too wide: cut to the field's 2 bits
    r.prescale = 0x1234
    print(name, buf.hex(), r.mode, hex(r.prescale), hex(r.wide))
    r.enable = 0
    r.lo = 9
    r.hi = 0xC
    r.nib = 0x1F
    r.sgn = 0xF
    print(name, buf.hex(), r.enable, r.lo, r.hi, r.nib, r.sgn, hex(r.word))
    r.word = 0xFFFFFFFF
    r.prescale = 0
    print(name, buf.hex(), hex(r.word), r.top, hex(r.wide))

# the documented example: a register laid out by bits
buf = bytearray(b"\x30\x31")
S = uctypes.struct(uctypes.addressof(buf), {
    "bf0": bf(uctypes.BFUINT16, 0, 0, 4), "bf1": bf(uctypes.BFUINT16, 0, 4, 4),
    "bf2": bf(uctypes.BFUINT16, 0, 8, 4), "bf3": bf(uctypes.BFUINT16, 0, 12, 4),
    "bitf0": bf(uctypes.BFUINT16, 0, 0, 8), "bitf1": bf(uctypes.BFUINT16, 0, 8, 8)}, uctypes.LITTLE_ENDIAN)
print(S.bf3, S.bf2, S.bf1, S.bf0, hex(S.bitf0), hex(S.bitf1))
S.bf3 = 5
print(buf)
print(uctypes.sizeof(REG), uctypes.sizeof({"x": bf(uctypes.BFUINT16, 3, 2, 3)}),
      uctypes.sizeof({"x": bf(uctypes.BFUINT16, 3, 2, 3)}, uctypes.LITTLE_ENDIAN))
