# framebuf with coordinates far outside the frame: filled shapes clip
# (sizes past the machine word included); lines, ellipses and polygons,
# which step through every point of their path, take coordinates up to
# +-2**20 and raise ValueError beyond (MicroPython walks the whole path).
import array
import framebuf

BIG = (2**20, -(2**20), 2**20 + 1, 2**30 - 1, -(2**30) + 1)


def check(what, f):
    try:
        r = f()
        print(what, "ok", r)
    except Exception as e:
        print(what, type(e).__name__)


fb = framebuf.FrameBuffer(bytearray(64), 8, 8, framebuf.GS8)
for v in BIG:
    print(v)
    check(" fill_rect", lambda: fb.fill_rect(v, v, v, v, 1))
    check(" fill_rect from left", lambda: fb.fill_rect(-v, 2, v + v, 1, 2))
    check(" rect", lambda: fb.rect(-v, -v, v, v, 3))
    check(" hline", lambda: fb.hline(-v, 1, v, 4))
    check(" vline", lambda: fb.vline(6, v, -v, 5))
    check(" pixel", lambda: fb.pixel(v, v, 6))
    check(" line", lambda: fb.line(0, 0, v, v, 7))
    check(" ellipse", lambda: fb.ellipse(4, 4, v, 2, 8))
    check(" ellipse centre", lambda: fb.ellipse(v, 4, 2, 2, 8, True))
    check(" poly", lambda: fb.poly(v, 0, array.array("h", [0, 0, 2, 2, 0, 4]), 9, True))
    check(" poly vertex", lambda: fb.poly(0, 0, array.array("q", [0, 0, v, 2, 0, 4]), 9))
    check(" text", lambda: fb.text("ab", v, 0))
    check(" blit", lambda: fb.blit(fb, v, -v))
    check(" scroll", lambda: fb.scroll(v, -v))
print(bytes(fb.pixel(x, y) for y in range(8) for x in range(8)).hex())
fb.fill(0)
fb.line(-(2**20), -(2**20), 2**20, 2**20, 1)
fb.ellipse(3, 3, 2**19, 3, 2, True)
fb.poly(0, 0, array.array("i", [-(2**20), 0, 2**20, 0, 0, 2**20]), 3, True)
print(bytes(fb.pixel(x, y) for y in range(8) for x in range(8)).hex())
