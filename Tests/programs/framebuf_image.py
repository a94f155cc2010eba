# framebuf: a test card drawn with every primitive, printed as plain PBM
# (P1) and PGM (P2) images. The expected output is MicroPython's, pixel for
# pixel (framebuf_image.pbm beside this file is the first image alone).
import array
import framebuf

W, H = 128, 64


def pbm(fb, w, h):
    print("P1")
    print(w, h)
    for y in range(h):
        print("".join("1" if fb.pixel(x, y) else "0" for x in range(w)))


def pgm(fb, w, h, maxval):
    print("P2")
    print(w, h)
    print(maxval)
    for y in range(h):
        print(" ".join(str(fb.pixel(x, y)) for x in range(w)))


# 1. a monochrome display's frame (SSD1306 layout: MONO_VLSB pages)
buf = bytearray(W * H // 8)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.MONO_VLSB)
fb.fill(0)
fb.rect(0, 0, W, H, 1)
fb.text("MicroPython", 4, 3, 1)
fb.text("framebuf!", 76, 54, 1)  # clipped at the right edge
fb.hline(2, 13, W - 4, 1)
for x in range(4, 60, 8):
    fb.vline(x, 16, 4, 1)
fb.line(2, 22, 40, 61, 1)
fb.line(40, 22, 2, 61, 1)
fb.line(44, 30, 70, 34, 1)
fb.line(44, 60, 46, 24, 1)
fb.ellipse(60, 44, 10, 6, 1)
fb.ellipse(60, 44, 4, 3, 1, True)
fb.ellipse(88, 30, 12, 12, 1, False, 0b0101)
fb.ellipse(88, 30, 6, 9, 1, True, 0b1010)
fb.poly(100, 16, array.array("h", [0, 0, 20, 4, 12, 20, 4, 10]), 1)
fb.poly(100, 38, array.array("b", [10, 0, 13, 7, 20, 7, 14, 12, 17, 20, 10, 15, 3, 20, 6, 12, 0, 7, 7, 7]), 1, True)
fb.fill_rect(70, 44, 6, 6, 1)
fb.rect(80, 44, 8, 6, 1, True)
fb.pixel(126, 62, 0)
fb.pixel(5, 60, 1)
sprite = framebuf.FrameBuffer(bytearray(b"\x18\x3c\x7e\xdb\xff\x24\x5a\xa5"), 8, 8, framebuf.MONO_HLSB)
fb.blit(sprite, 20, 40, 0)
fb.blit(sprite, 124, 30)  # partly off the frame
pbm(fb, W, H)

# 2. the same frame scrolled, on a 4-bit greyscale display
g = framebuf.FrameBuffer(bytearray(48 * 32 // 2), 48, 32, framebuf.GS4_HMSB)
for i in range(16):
    g.fill_rect(i * 3, 0, 3, 32, i)
g.ellipse(24, 16, 14, 10, 0, True)
g.ellipse(24, 16, 14, 10, 15)
g.text("Hi", 16, 12, 9)
g.line(0, 31, 47, 0, 3)
g.scroll(2, -1)
palette = framebuf.FrameBuffer(bytearray(b"\x0f\x0c\x06\x00"), 4, 1, framebuf.GS8)
g.blit((bytearray(b"\x00\x01\x02\x03" * 4), 4, 4, framebuf.GS8), 40, 24, 0, palette)
pgm(g, 48, 32, 15)

# 3. a colour display's frame (RGB565), printed as 16-bit values
c = framebuf.FrameBuffer(bytearray(16 * 8 * 2), 16, 8, framebuf.RGB565)
c.fill(0x001F)
c.rect(1, 1, 14, 6, 0xF800)
c.line(0, 7, 15, 0, 0x07E0)
c.text("ok", 0, 0, 0xFFFF)
pgm(c, 16, 8, 65535)
