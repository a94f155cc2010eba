# framebuf: blit between formats, with clipping on every side, a
# transparent key colour, a palette, a (buffer, w, h, format[, stride])
# tuple as the source, and scroll in every direction.
import framebuf


def show(fb, w, h):
    return " ".join("".join("%x" % (fb.pixel(x, y) & 0xF) for x in range(w)) for y in range(h))


src = framebuf.FrameBuffer(bytearray(range(1, 13)), 4, 3, framebuf.GS8)
print(show(src, 4, 3))
for x, y in ((0, 0), (2, 1), (-2, -1), (4, 2), (-3, 0), (0, -2), (6, 0), (0, 5), (-4, 0), (0, -3)):
    dst = framebuf.FrameBuffer(bytearray(30), 6, 5, framebuf.GS8)
    dst.blit(src, x, y)
    print(x, y, show(dst, 6, 5))

# key: pixels of that colour are left out
dst = framebuf.FrameBuffer(bytearray(b"\x0e" * 30), 6, 5, framebuf.GS8)
dst.blit(src, 1, 1, 5)
print("key", show(dst, 6, 5))

# mono sprite onto greyscale with a palette: 0 -> 2, 1 -> 7; key applies after the palette
sprite = framebuf.FrameBuffer(bytearray(b"\x3c\x42\x81\x81\x42\x3c\x00\x00"), 8, 6, framebuf.MONO_HLSB)
pal = framebuf.FrameBuffer(bytearray(2), 2, 1, framebuf.GS8)
pal.pixel(0, 0, 2)
pal.pixel(1, 0, 7)
for key in (-1, 2, 7):
    g = framebuf.FrameBuffer(bytearray(40), 10, 8, framebuf.GS4_HMSB)
    g.fill(1)
    g.blit(sprite, 1, 1, key, pal)
    print("palette key", key, show(g, 10, 8))
g = framebuf.FrameBuffer(bytearray(40), 10, 8, framebuf.GS4_HMSB)
g.blit(sprite, 1, 1, -1, None)
print("no palette", show(g, 10, 8))

# a tuple as the source: (buffer, width, height, format[, stride])
g = framebuf.FrameBuffer(bytearray(40), 10, 8, framebuf.GS4_HMSB)
g.blit((bytearray(b"\x01\x02\x03\x00"), 4, 2, framebuf.MONO_VLSB), 2, 2)
g.blit((bytearray(b"\x12\x34\x56\x78\x9a\xbc"), 3, 2, framebuf.GS4_HMSB, 6), 6, 5)
print("tuple", show(g, 10, 8))

# between every pair of formats: colours cut to the destination's depth
FORMATS = (framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.RGB565,
           framebuf.GS2_HMSB, framebuf.GS4_HMSB, framebuf.GS8)
for sf in FORMATS:
    s = framebuf.FrameBuffer(bytearray(32), 4, 4, sf)
    for i in range(16):
        s.pixel(i % 4, i // 4, i * 17)
    row = []
    for df in FORMATS:
        d = framebuf.FrameBuffer(bytearray(64), 5, 5, df)
        d.blit(s, 1, 0)
        row.append(show(d, 5, 5).replace(" ", ""))
    print(sf, " ".join(row))

# scroll: the strip scrolled in keeps its old pixels
for dx, dy in ((1, 0), (-1, 0), (0, 2), (0, -2), (2, 1), (-3, -1), (5, 0), (0, -5), (0, 0)):
    s = framebuf.FrameBuffer(bytearray(range(20)), 5, 4, framebuf.GS8)
    s.scroll(dx, dy)
    print("scroll", dx, dy, show(s, 5, 4))
