# framebuf: the seven pixel formats (bit and byte order of each), strides,
# pixel get/set and clipping, colours cut to the format's depth, every
# primitive per format, FrameBuffer1 and a class derived from FrameBuffer.
import array
import framebuf

FORMATS = [("MONO_VLSB", framebuf.MONO_VLSB), ("MONO_HLSB", framebuf.MONO_HLSB), ("MONO_HMSB", framebuf.MONO_HMSB),
           ("RGB565", framebuf.RGB565), ("GS2_HMSB", framebuf.GS2_HMSB), ("GS4_HMSB", framebuf.GS4_HMSB),
           ("GS8", framebuf.GS8)]
print([v for _, v in FORMATS], framebuf.MVLSB)

for name, fmt in FORMATS:
    buf = bytearray(120)
    fb = framebuf.FrameBuffer(buf, 10, 6, fmt)
    fb.pixel(0, 0, 1)
    fb.pixel(1, 0, 3)
    fb.pixel(3, 1, 0x1234)
    fb.pixel(9, 5, 0xFFFF)
    fb.pixel(10, 0, 1)  # outside: ignored
    fb.pixel(-1, 2, 1)
    print(name, buf.hex())
    print(" ", fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(3, 1), fb.pixel(9, 5), fb.pixel(10, 0), fb.pixel(0, -1))
    fb.fill(0)
    fb.fill_rect(1, 1, 3, 2, 2)
    fb.hline(-3, 4, 20, 1)
    fb.vline(8, -2, 5, 1)
    fb.rect(5, 0, 4, 4, 3)
    print(" ", buf.hex())
    fb.fill(0)
    fb.line(0, 5, 9, 0, 1)
    fb.ellipse(5, 3, 3, 2, 2)
    fb.poly(0, 0, array.array("h", [1, 1, 8, 2, 4, 5]), 3, True)
    fb.text("x", 3, 0, 1)
    fb.scroll(1, 1)
    print(" ", buf.hex())
    print(" ", "".join(str(fb.pixel(x, y) & 0xF) for y in range(6) for x in range(10)))

# strides: rows further apart than the width (packed formats round up)
for name, fmt in FORMATS:
    buf = bytearray(96)
    fb = framebuf.FrameBuffer(buf, 5, 4, fmt, 13)
    fb.fill(1)
    print(name, "stride", buf.hex())

# a MONO_VLSB frame of 9 rows takes two pages
buf = bytearray(8)
fb = framebuf.FrameBuffer(buf, 4, 9, framebuf.MONO_VLSB)
fb.fill(1)
print(buf.hex())

# FrameBuffer1: the old MONO_VLSB constructor
buf = bytearray(16)
fb = framebuf.FrameBuffer1(buf, 8, 8)
fb.text("T", 0, 0)
print(type(fb).__name__, buf.hex())
fb = framebuf.FrameBuffer1(buf, 4, 8, 8)
fb.fill(0)
fb.vline(3, 0, 8, 1)
print(buf.hex())

# other buffers: array and memoryview
arr = array.array("H", [0] * 8)
fb = framebuf.FrameBuffer(arr, 4, 2, framebuf.RGB565)
fb.fill(0xABCD)
fb.pixel(1, 1, 0x1234)
print(arr)
m = bytearray(8)
fb = framebuf.FrameBuffer(memoryview(m)[2:], 4, 1, framebuf.GS8)
fb.fill(7)
print(m)


class Screen(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.buf = bytearray(w * h)
        super().__init__(self.buf, w, h, framebuf.GS8)

    def border(self, c):
        self.rect(0, 0, self.w, self.h, c)


s = Screen(5, 4)
s.border(9)
s.pixel(2, 2, 5)
print(s.buf.hex(), s.pixel(2, 2), isinstance(s, framebuf.FrameBuffer))
t = framebuf.FrameBuffer(bytearray(25), 5, 5, framebuf.GS8)
t.blit(s, 0, 1)
print(bytes(t.pixel(x, y) for y in range(5) for x in range(5)).hex())
