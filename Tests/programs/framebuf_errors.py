# framebuf: the errors of the constructor (sizes, formats, buffers) and of
# the drawing methods' arguments; drawing out of the frame is no error.
import array
import framebuf


def check(what, f):
    try:
        r = f()
        print(what, "ok", r)
    except Exception as e:
        print(what, type(e).__name__)


FB = framebuf.FrameBuffer
buf = bytearray(100)
check("zero width", lambda: FB(buf, 0, 4, framebuf.GS8))
check("zero height", lambda: FB(buf, 4, 0, framebuf.GS8))
check("negative width", lambda: FB(buf, -1, 4, framebuf.GS8))
check("stride below width", lambda: FB(buf, 8, 4, framebuf.GS8, 4))
check("bad format", lambda: FB(buf, 4, 4, 7))
check("negative format", lambda: FB(buf, 4, 4, -1))
check("too small", lambda: FB(buf, 11, 10, framebuf.GS8))
check("fits exactly", lambda: FB(buf, 10, 10, framebuf.GS8) is not None)
check("stride too big", lambda: FB(buf, 10, 10, framebuf.GS8, 11))
check("rgb565 too small", lambda: FB(buf, 8, 7, framebuf.RGB565))
check("mono vlsb pages", lambda: FB(bytearray(16), 8, 9, framebuf.MONO_VLSB) is not None)
check("mono vlsb short", lambda: FB(bytearray(15), 8, 9, framebuf.MONO_VLSB))
check("mono hlsb", lambda: FB(bytearray(2), 9, 1, framebuf.MONO_HLSB) is not None)
check("bytes buffer", lambda: FB(b"\x00" * 100, 4, 4, framebuf.GS8))
check("str buffer", lambda: FB("x" * 100, 4, 4, framebuf.GS8))
check("int buffer", lambda: FB(5, 4, 4, framebuf.GS8))
check("float width", lambda: FB(buf, 4.0, 4, framebuf.GS8))
check("too few args", lambda: FB(buf, 4, 4))
check("too many args", lambda: FB(buf, 4, 4, 0, 4, 1))
check("FrameBuffer1 too small", lambda: framebuf.FrameBuffer1(bytearray(4), 8, 8))

fb = FB(bytearray(100), 10, 10, framebuf.GS8)
check("pixel float", lambda: fb.pixel(1.5, 2))
check("pixel str colour", lambda: fb.pixel(1, 2, "c"))
check("pixel outside", lambda: fb.pixel(100, -100, 3))
check("pixel too few", lambda: fb.pixel(1))
check("fill None", lambda: fb.fill(None))
check("rect missing colour", lambda: fb.rect(0, 0, 2, 2))
check("line float", lambda: fb.line(0, 0, 2, 2.0, 1))
check("hline far away", lambda: fb.hline(-1000, 5, 10, 1))
check("vline negative length", lambda: fb.vline(5, 5, -3, 1))
check("ellipse huge", lambda: fb.ellipse(5, 5, 1000, 1, 1))
check("poly list", lambda: fb.poly(0, 0, [1, 2, 3, 4], 1))
check("poly empty", lambda: fb.poly(0, 0, array.array("h"), 1))
check("poly one value", lambda: fb.poly(0, 0, array.array("h", [3]), 1))
check("text int", lambda: fb.text(5, 0, 0))
check("text bytes", lambda: fb.text(b"ab", 0, 0))
check("text float x", lambda: fb.text("a", 0.5, 0))
check("blit non-frame", lambda: fb.blit(bytearray(4), 0, 0))
check("blit short tuple", lambda: fb.blit((bytearray(4), 2, 2), 0, 0))
check("blit tuple too small", lambda: fb.blit((bytearray(3), 2, 2, framebuf.GS8), 0, 0))
check("blit bad palette", lambda: fb.blit(fb, 0, 0, -1, 5))
check("scroll float", lambda: fb.scroll(0.5, 0))
check("scroll far", lambda: fb.scroll(1000, -1000))
check("no attribute", lambda: fb.circle)
print(sum(fb.pixel(x, y) for x in range(10) for y in range(10)))
