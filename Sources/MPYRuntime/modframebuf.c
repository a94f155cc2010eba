/* The framebuf module (MicroPython's): FrameBuffer draws into a buffer
 * object (bytearray, array, memoryview) laid out as a display wants it:
 * MONO_VLSB (bytes are 8 vertical pixels, LSB on top, as SSD1306 pages),
 * MONO_HLSB / MONO_HMSB (bytes are 8 horizontal pixels, MSB or LSB first),
 * RGB565 (a little-endian 16-bit word per pixel), GS2_HMSB, GS4_HMSB (2
 * and 4 bits per pixel, the first pixel in the high bits for GS4, the low
 * bits for GS2) and GS8. Drawing clips to the frame, and every primitive
 * (lines, ellipses, polygons, text in the 8x8 font) sets exactly the
 * pixels MicroPython's does. The buffer is taken again at each call, so a
 * buffer that shrank under a frame buffer gives ValueError, not a write
 * past its end. */
#include "mpy/modutil.h"
#include "mpy/font_petme128_8x8.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

enum { MVLSB = 0, RGB565 = 1, GS4_HMSB = 2, MHLSB = 3, MHMSB = 4, GS2_HMSB = 5, GS8 = 6 };

typedef struct {
    mp_obj_base_t base;
    mp_obj_t buf_obj;
    size_t need; /* bytes the geometry needs */
    mp_int_t width, height, stride;
    uint8_t format;
} fb_t;

/* The frame buffer's pixels with its geometry (`f->buf`), for one call. */
typedef struct {
    uint8_t *buf;
    mp_int_t width, height, stride;
    int format;
} frame_t;

extern const mp_type_t mp_type_framebuf;

static void set_px(const frame_t *f, mp_int_t x, mp_int_t y, uint32_t c) {
    size_t i = (size_t)(x + y * f->stride);
    uint8_t *p;
    switch (f->format) {
    case MVLSB: {
        p = &f->buf[(size_t)(y >> 3) * (size_t)f->stride + (size_t)x];
        unsigned bit = (unsigned)y & 7;
        *p = (uint8_t)((*p & ~(1u << bit)) | ((unsigned)(c != 0) << bit));
        return;
    }
    case MHLSB:
    case MHMSB: {
        p = &f->buf[i >> 3];
        unsigned bit = f->format == MHLSB ? 7 - ((unsigned)x & 7) : (unsigned)x & 7;
        *p = (uint8_t)((*p & ~(1u << bit)) | ((unsigned)(c != 0) << bit));
        return;
    }
    case RGB565:
        f->buf[2 * i] = (uint8_t)c;
        f->buf[2 * i + 1] = (uint8_t)(c >> 8);
        return;
    case GS2_HMSB: {
        p = &f->buf[i >> 2];
        unsigned shift = ((unsigned)x & 3) << 1;
        *p = (uint8_t)((*p & ~(3u << shift)) | ((c & 3) << shift));
        return;
    }
    case GS4_HMSB:
        p = &f->buf[i >> 1];
        if (x & 1)
            *p = (uint8_t)((*p & 0xf0) | (c & 0x0f));
        else
            *p = (uint8_t)((*p & 0x0f) | ((c & 0x0f) << 4));
        return;
    default: f->buf[i] = (uint8_t)c; return;
    }
}

static uint32_t get_px(const frame_t *f, mp_int_t x, mp_int_t y) {
    size_t i = (size_t)(x + y * f->stride);
    switch (f->format) {
    case MVLSB: return (f->buf[(size_t)(y >> 3) * (size_t)f->stride + (size_t)x] >> (y & 7)) & 1;
    case MHLSB: return (f->buf[i >> 3] >> (7 - (x & 7))) & 1;
    case MHMSB: return (f->buf[i >> 3] >> (x & 7)) & 1;
    case RGB565: return (uint32_t)f->buf[2 * i] | (uint32_t)f->buf[2 * i + 1] << 8;
    case GS2_HMSB: return (f->buf[i >> 2] >> ((x & 3) << 1)) & 3;
    case GS4_HMSB: return x & 1 ? f->buf[i >> 1] & 0x0f : f->buf[i >> 1] >> 4;
    default: return f->buf[i];
    }
}

static bool inside(const frame_t *f, mp_int_t x, mp_int_t y) {
    return 0 <= x && x < f->width && 0 <= y && y < f->height;
}

static void set_checked(const frame_t *f, mp_int_t x, mp_int_t y, uint32_t c, bool on) {
    if (on && inside(f, x, y)) set_px(f, x, y, c);
}

static void fill_rect(const frame_t *f, mp_int_t x, mp_int_t y, mp_int_t w, mp_int_t h, uint32_t c) {
    if (w < 1 || h < 1 || x >= f->width || y >= f->height) return;
    mp_int_t xe, ye; /* the ends, saturated where x + w passes the word */
    if (__builtin_add_overflow(x, w, &xe)) xe = f->width;
    if (__builtin_add_overflow(y, h, &ye)) ye = f->height;
    if (xe <= 0 || ye <= 0) return;
    if (xe > f->width) xe = f->width;
    if (ye > f->height) ye = f->height;
    if (x < 0) x = 0;
    if (y < 0) y = 0;
    for (mp_int_t j = y; j < ye; j++)
        for (mp_int_t i = x; i < xe; i++) set_px(f, i, j, c);
}

/* Lines, ellipses and polygons step through every point of their path,
 * in or out of the frame, as MicroPython's: their coordinates and radii are
 * limited to +-2**20 (ValueError beyond), which bounds the work and keeps
 * the arithmetic (in 64 bits) from overflowing on every target. */
#define COORD_LIMIT ((mp_int_t)1 << 20)

static bool coords_ok(const mp_int_t *v, size_t k) {
    for (size_t i = 0; i < k; i++)
        if (v[i] > COORD_LIMIT || v[i] < -COORD_LIMIT) {
            mp_raise_msg(&mp_type_ValueError, "coordinate out of range");
            return false;
        }
    return true;
}

/* Bresenham from (x1, y1) to (x2, y2), both ends included. */
static void line(const frame_t *f, mp_int_t x1, mp_int_t y1, mp_int_t x2, mp_int_t y2, uint32_t c) {
    mp_int_t dx = x2 - x1, dy = y2 - y1, sx = 1, sy = 1;
    if (dx <= 0) {
        dx = -dx;
        sx = -1;
    }
    if (dy <= 0) {
        dy = -dy;
        sy = -1;
    }
    bool steep = dy > dx;
    if (steep) { /* walk along y: swap the roles of the axes */
        mp_int_t t = x1;
        x1 = y1;
        y1 = t;
        t = dx;
        dx = dy;
        dy = t;
        t = sx;
        sx = sy;
        sy = t;
    }
    mp_int_t err = 2 * dy - dx;
    for (mp_int_t k = 0; k < dx; k++) {
        if (steep)
            set_checked(f, y1, x1, c, true);
        else
            set_checked(f, x1, y1, c, true);
        for (; err >= 0; err -= 2 * dx) y1 += sy;
        x1 += sx;
        err += 2 * dy;
    }
    set_checked(f, x2, y2, c, true);
}

/* ---- construction ---- */

static bool int_args(const mp_obj_t *a, mp_int_t *out, size_t k) {
    for (size_t i = 0; i < k; i++)
        if (!mp_arg_int(a[i], &out[i])) return false;
    return true;
}

/* The geometry's checks and the bytes it needs (MicroPython's rules:
 * strides of the packed formats round up to whole bytes). */
static bool geometry(mp_int_t w, mp_int_t h, mp_int_t fmt, mp_int_t *stride, size_t *need) {
    if (w < 1 || h < 1 || w > 0xffff || h > 0xffff || *stride > 0xffff || *stride < w) {
        mp_raise_msg(&mp_type_ValueError, "invalid frame size");
        return false;
    }
    size_t bpp = 1, rows = (size_t)h, width = (size_t)w, full = (size_t)h - 1;
    switch (fmt) {
    case MVLSB:
        rows = ((size_t)h + 7) & ~(size_t)7;
        full = rows - 8;
        break;
    case MHLSB:
    case MHMSB:
        *stride = (*stride + 7) & ~7;
        width = (width + 7) & ~(size_t)7;
        break;
    case GS2_HMSB:
        *stride = (*stride + 3) & ~3;
        width = (width + 3) & ~(size_t)3;
        bpp = 2;
        break;
    case GS4_HMSB:
        *stride = (*stride + 1) & ~1;
        width = (width + 1) & ~(size_t)1;
        bpp = 4;
        break;
    case GS8: bpp = 8; break;
    case RGB565: bpp = 16; break;
    default: mp_raise_msg(&mp_type_ValueError, "invalid format"); return false;
    }
    *need = (full * (size_t)*stride + (rows - full) * width) * bpp / 8;
    return true;
}

static mp_obj_t fb_new(mp_obj_t buf, mp_int_t w, mp_int_t h, mp_int_t fmt, mp_int_t stride) {
    size_t need;
    mp_buffer_t b;
    if (!geometry(w, h, fmt, &stride, &need)) return MP_OBJ_NULL;
    if (!mp_get_buffer_info(buf, &b) || !b.writable)
        return mp_raise_fmt(
            &mp_type_TypeError, "object with a writable buffer required, not '%s'", mp_type_of(buf)->name);
    if (need > b.len) return mp_raise_msg(&mp_type_ValueError, "buffer too small");
    fb_t *f = mp_alloc(sizeof *f);
    if (f == NULL) return MP_OBJ_NULL;
    f->base.type = &mp_type_framebuf;
    f->buf_obj = buf;
    f->need = need;
    f->width = w;
    f->height = h;
    f->stride = stride;
    f->format = (uint8_t)fmt;
    return (mp_obj_t)f;
}

static mp_obj_t fb_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    if (kw != NULL && kw->used > 0) return mp_raise_msg(&mp_type_TypeError, "FrameBuffer() takes no keyword arguments");
    (void)type;
    if (n == 0) {
        /* The sub-object of a derived class's instance before its __init__
         * calls FrameBuffer.__init__ (objtype.c makes it with no
         * arguments): an empty frame, where drawing does nothing. */
        fb_t *f = mp_alloc(sizeof *f);
        if (f == NULL) return MP_OBJ_NULL;
        f->base.type = &mp_type_framebuf;
        f->buf_obj = mp_bytearray_new(NULL, 0);
        return f->buf_obj == MP_OBJ_NULL ? MP_OBJ_NULL : (mp_obj_t)f;
    }
    if (n < 4 || n > 5)
        return mp_raise_fmt(&mp_type_TypeError, "FrameBuffer() takes 4 or 5 arguments (%d given)", (int)n);
    mp_int_t v[4];
    if (!int_args(args + 1, v, n - 1)) return MP_OBJ_NULL;
    return fb_new(args[0], v[0], v[1], v[2], n == 5 ? v[3] : v[0]);
}

/* The frame of a FrameBuffer (or of a class derived from it); false with
 * an exception when o is none or its buffer no longer holds the frame. */
static bool frame_of(mp_obj_t o, frame_t *f) {
    mp_obj_t native = mp_instance_native(o);
    if (native != MP_OBJ_NULL) o = native;
    if (mp_type_of(o) != &mp_type_framebuf) {
        mp_raise_fmt(&mp_type_TypeError, "FrameBuffer required, not '%s'", mp_type_of(o)->name);
        return false;
    }
    const fb_t *fb = (const fb_t *)o;
    mp_buffer_t b;
    if (!mp_get_buffer_info(fb->buf_obj, &b) || b.len < fb->need) {
        mp_raise_msg(&mp_type_ValueError, "buffer too small");
        return false;
    }
    f->buf = b.data;
    f->width = fb->width;
    f->height = fb->height;
    f->stride = fb->stride;
    f->format = fb->format;
    return true;
}

/* self plus k int arguments: the usual start of a drawing method. The
 * frame is taken after the ints, whose __index__ may run code. */
static bool start(const mp_obj_t *a, size_t k, mp_int_t *v, frame_t *f) {
    return int_args(a + 1, v, k) && frame_of(a[0], f);
}

/* ---- drawing methods ---- */

static mp_obj_t fb_fill(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v[1];
    frame_t f;
    if (!start(a, 1, v, &f)) return MP_OBJ_NULL;
    fill_rect(&f, 0, 0, f.width, f.height, (uint32_t)v[0]);
    return MP_NONE;
}

static mp_obj_t fb_fill_rect(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v[5];
    frame_t f;
    if (!start(a, 5, v, &f)) return MP_OBJ_NULL;
    fill_rect(&f, v[0], v[1], v[2], v[3], (uint32_t)v[4]);
    return MP_NONE;
}

static mp_obj_t fb_pixel(ARGS) {
    (void)kw;
    mp_int_t v[3];
    frame_t f;
    if (!start(a, n - 1, v, &f)) return MP_OBJ_NULL;
    if (!inside(&f, v[0], v[1])) return MP_NONE;
    if (n == 3) return mp_int_from_i64(get_px(&f, v[0], v[1]));
    set_px(&f, v[0], v[1], (uint32_t)v[2]);
    return MP_NONE;
}

static mp_obj_t fb_hline(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v[4];
    frame_t f;
    if (!start(a, 4, v, &f)) return MP_OBJ_NULL;
    fill_rect(&f, v[0], v[1], v[2], 1, (uint32_t)v[3]);
    return MP_NONE;
}

static mp_obj_t fb_vline(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v[4];
    frame_t f;
    if (!start(a, 4, v, &f)) return MP_OBJ_NULL;
    fill_rect(&f, v[0], v[1], 1, v[2], (uint32_t)v[3]);
    return MP_NONE;
}

static mp_obj_t fb_rect(ARGS) {
    (void)kw;
    mp_int_t v[5];
    frame_t f;
    int fill = n > 6 ? mp_truth(a[6]) : 0;
    if (fill < 0 || !start(a, 5, v, &f)) return MP_OBJ_NULL;
    uint32_t c = (uint32_t)v[4];
    if (fill) {
        fill_rect(&f, v[0], v[1], v[2], v[3], c);
    } else {
        mp_int_t h1, w1, bottom, right; /* past the word: beyond the frame */
        fill_rect(&f, v[0], v[1], v[2], 1, c);
        if (!__builtin_sub_overflow(v[3], 1, &h1) && !__builtin_add_overflow(v[1], h1, &bottom))
            fill_rect(&f, v[0], bottom, v[2], 1, c);
        fill_rect(&f, v[0], v[1], 1, v[3], c);
        if (!__builtin_sub_overflow(v[2], 1, &w1) && !__builtin_add_overflow(v[0], w1, &right))
            fill_rect(&f, right, v[1], 1, v[3], c);
    }
    return MP_NONE;
}

static mp_obj_t fb_line(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v[5];
    frame_t f;
    if (!start(a, 5, v, &f) || !coords_ok(v, 4)) return MP_OBJ_NULL;
    line(&f, v[0], v[1], v[2], v[3], (uint32_t)v[4]);
    return MP_NONE;
}

/* Quadrants of ellipse()'s mask, as MicroPython's: 1 upper right, 2 upper
 * left, 4 lower left, 8 lower right; FILL draws spans instead of points. */
#define Q_ALL 0x0f
#define Q_FILL 0x10

static void ellipse_points(const frame_t *f, mp_int_t cx, mp_int_t cy, mp_int_t x, mp_int_t y, uint32_t c, int m) {
    if (m & Q_FILL) {
        if (m & 1) fill_rect(f, cx, cy - y, x + 1, 1, c);
        if (m & 2) fill_rect(f, cx - x, cy - y, x + 1, 1, c);
        if (m & 4) fill_rect(f, cx - x, cy + y, x + 1, 1, c);
        if (m & 8) fill_rect(f, cx, cy + y, x + 1, 1, c);
        return;
    }
    set_checked(f, cx + x, cy - y, c, m & 1);
    set_checked(f, cx - x, cy - y, c, m & 2);
    set_checked(f, cx - x, cy + y, c, m & 4);
    set_checked(f, cx + x, cy + y, c, m & 8);
}

/* The midpoint ellipse in two runs, as in John Kennedy's "A Fast
 * Bresenham Type Algorithm For Drawing Ellipses": first where the slope
 * is above -1 (stepping y), then below (stepping x). */
static mp_obj_t fb_ellipse(ARGS) {
    (void)kw;
    mp_int_t v[5], m = Q_ALL;
    frame_t f;
    int fill = n > 6 ? mp_truth(a[6]) : 0;
    if (fill < 0 || (n > 7 && !mp_arg_int(a[7], &m)) || !start(a, 5, v, &f) || !coords_ok(v, 4)) return MP_OBJ_NULL;
    int mask = (int)(m & Q_ALL) | (fill ? Q_FILL : 0);
    mp_int_t cx = v[0], cy = v[1], xr = v[2], yr = v[3];
    uint32_t c = (uint32_t)v[4];
    if (xr == 0 && yr == 0) {
        set_checked(&f, cx, cy, c, mask & Q_ALL);
        return MP_NONE;
    }
    int64_t a2 = 2 * (int64_t)xr * xr, b2 = 2 * (int64_t)yr * yr;
    int64_t dx = (int64_t)yr * yr * (1 - 2 * (int64_t)xr), dy = (int64_t)xr * xr, err = 0, stop_x = b2 * xr, stop_y = 0;
    mp_int_t x = xr, y = 0;
    while (stop_x >= stop_y) {
        ellipse_points(&f, cx, cy, x, y, c, mask);
        y++;
        stop_y += a2;
        err += dy;
        dy += a2;
        if (2 * err + dx > 0) {
            x--;
            stop_x -= b2;
            err += dx;
            dx += b2;
        }
    }
    x = 0;
    y = yr;
    dx = (int64_t)yr * yr;
    dy = (int64_t)xr * xr * (1 - 2 * (int64_t)yr);
    err = 0;
    stop_x = 0;
    stop_y = a2 * yr;
    while (stop_x <= stop_y) {
        ellipse_points(&f, cx, cy, x, y, c, mask);
        x++;
        stop_x += b2;
        err += dx;
        dx += b2;
        if (2 * err + dy > 0) {
            y--;
            stop_y -= a2;
            err += dy;
            dy += a2;
        }
    }
    return MP_NONE;
}

/* Coordinate k of poly()'s array (any typecode); false with an exception. */
static bool coord(const mp_buffer_t *b, size_t k, mp_int_t *out) {
    mp_obj_t v = mp_buffer_item_get(b->typecode, b->data + k * b->itemsize);
    return v != MP_OBJ_NULL && mp_arg_int(v, out) && coords_ok(out, 1);
}

/* The polygon's edges, from vertex 0 to the last and back down to 0 (the
 * order decides which pixels a line sets, so it is MicroPython's). */
static bool poly_outline(const frame_t *f, const mp_buffer_t *b, size_t np, mp_int_t x, mp_int_t y, uint32_t c) {
    mp_int_t x1, y1, x2, y2;
    if (!coord(b, 0, &x1) || !coord(b, 1, &y1)) return false;
    for (size_t k = np; k-- > 0;) {
        if (!coord(b, 2 * k, &x2) || !coord(b, 2 * k + 1, &y2)) return false;
        line(f, x + x1, y + y1, x + x2, y + y2, c);
        x1 = x2;
        y1 = y2;
    }
    return true;
}

/* Scan-line fill: on each row, the crossings of the edges (an edge's lower
 * end excluded, so a shared vertex counts once), sorted, filled in pairs;
 * the pixels of local minima and of horizontal edges drawn on their own. */
static bool poly_fill(const frame_t *f, const mp_buffer_t *b, size_t np, mp_int_t x, mp_int_t y, uint32_t c) {
    mp_int_t *nodes = mp_alloc(np * sizeof(mp_int_t));
    if (nodes == NULL) return false;
    mp_int_t ymin = 0, ymax = 0;
    for (size_t k = 0; k < np; k++) {
        mp_int_t py;
        if (!coord(b, 2 * k + 1, &py)) return false;
        if (k == 0 || py < ymin) ymin = py;
        if (k == 0 || py > ymax) ymax = py;
    }
    /* A row outside the frame draws nothing: only the frame's rows are scanned. */
    if (ymin < -y) ymin = -y;
    if (ymax > f->height - 1 - y) ymax = f->height - 1 - y;
    for (mp_int_t row = ymin; row <= ymax; row++) {
        size_t nn = 0;
        mp_int_t x1, y1, x2, y2;
        if (!coord(b, 0, &x1) || !coord(b, 1, &y1)) return false;
        for (size_t k = np; k-- > 0;) {
            if (!coord(b, 2 * k, &x2) || !coord(b, 2 * k + 1, &y2)) return false;
            if (y1 != y2 && ((y1 > row && y2 <= row) || (y1 <= row && y2 > row))) {
                nodes[nn++] =
                    (mp_int_t)((32 * (int64_t)x1 + 32 * (int64_t)(x2 - x1) * (row - y1) / (y2 - y1) + 16) / 32);
            } else if (row == (y1 > y2 ? y1 : y2)) {
                if (y1 < y2)
                    set_checked(f, x + x2, y + y2, c, true);
                else if (y2 < y1)
                    set_checked(f, x + x1, y + y1, c, true);
                else
                    line(f, x + x1, y + y1, x + x2, y + y2, c);
            }
            x1 = x2;
            y1 = y2;
        }
        for (size_t i = 1; i < nn; i++) /* insertion sort: a handful of nodes */
            for (size_t j = i; j > 0 && nodes[j - 1] > nodes[j]; j--) {
                mp_int_t t = nodes[j];
                nodes[j] = nodes[j - 1];
                nodes[j - 1] = t;
            }
        for (size_t i = 0; i + 1 < nn; i += 2) fill_rect(f, x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, c);
    }
    return true;
}

static mp_obj_t fb_poly(ARGS) {
    (void)kw;
    mp_int_t v[2], col;
    mp_buffer_t b;
    frame_t f;
    if (!int_args(a + 1, v, 2) || !coords_ok(v, 2)) return MP_OBJ_NULL;
    if (!mp_get_buffer_info(a[3], &b))
        return mp_raise_fmt(
            &mp_type_TypeError, "object with buffer protocol required, not '%s'", mp_type_of(a[3])->name);
    size_t np = b.len / (b.itemsize * 2u); /* an odd last value is ignored */
    if (np == 0) return MP_NONE;
    int fill = n > 5 ? mp_truth(a[5]) : 0;
    if (fill < 0 || !mp_arg_int(a[4], &col) || !frame_of(a[0], &f)) return MP_OBJ_NULL;
    /* The coordinates are read as the drawing goes: copy them first, so
     * that nothing can change them underneath. */
    uint8_t *copy = mp_alloc(b.len);
    if (copy == NULL || !mp_get_buffer_info(a[3], &b)) return MP_OBJ_NULL;
    __builtin_memcpy(copy, b.data, np * 2u * b.itemsize);
    b.data = copy;
    bool ok =
        fill ? poly_fill(&f, &b, np, v[0], v[1], (uint32_t)col) : poly_outline(&f, &b, np, v[0], v[1], (uint32_t)col);
    return ok ? MP_NONE : MP_OBJ_NULL;
}

/* The source of blit(): a FrameBuffer, or a (buffer, width, height,
 * format[, stride]) tuple, as MicroPython 1.20 and later. */
static bool source_of(mp_obj_t o, frame_t *f) {
    if (mp_type_of(o) == &mp_type_tuple) {
        const mp_tuple_t *t = (const mp_tuple_t *)o;
        mp_int_t v[4];
        if (t->len < 4 || t->len > 5) {
            mp_raise_msg(&mp_type_ValueError, "blit source tuple must be (buffer, width, height, format[, stride])");
            return false;
        }
        if (!int_args(t->items + 1, v, t->len - 1)) return false;
        mp_obj_t fb = fb_new(t->items[0], v[0], v[1], v[2], t->len == 5 ? v[3] : v[0]);
        return fb != MP_OBJ_NULL && frame_of(fb, f);
    }
    return frame_of(o, f);
}

static mp_obj_t fb_blit(ARGS) {
    (void)kw;
    mp_int_t v[2], key = -1;
    frame_t f, src, pal;
    bool has_pal = n > 5 && a[5] != MP_NONE;
    if (!int_args(a + 2, v, 2) || (n > 4 && !mp_arg_int(a[4], &key)) || !source_of(a[1], &src) ||
        (has_pal && !source_of(a[5], &pal)) || !frame_of(a[0], &f))
        return MP_OBJ_NULL;
    mp_int_t x = v[0], y = v[1];
    if (x >= f.width || y >= f.height || x <= -src.width || y <= -src.height) return MP_NONE;
    mp_int_t x0 = x > 0 ? x : 0, y0 = y > 0 ? y : 0, sx0 = x < 0 ? -x : 0, sy = y < 0 ? -y : 0;
    mp_int_t xe = x + src.width < f.width ? x + src.width : f.width;
    mp_int_t ye = y + src.height < f.height ? y + src.height : f.height;
    for (; y0 < ye; y0++, sy++)
        for (mp_int_t dx = x0, sx = sx0; dx < xe; dx++, sx++) {
            uint32_t c = get_px(&src, sx, sy);
            /* A palette is a frame buffer one pixel high: colour c is its pixel c. */
            if (has_pal) c = (mp_int_t)c < pal.width ? get_px(&pal, (mp_int_t)c, 0) : 0;
            if (c != (uint32_t)key) set_px(&f, dx, y0, c);
        }
    return MP_NONE;
}

static mp_obj_t fb_scroll(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v[2];
    frame_t f;
    if (!start(a, 2, v, &f)) return MP_OBJ_NULL;
    mp_int_t xs = v[0], ys = v[1], x0, xe, dx, y, ye, dy;
    /* Copy from the far side so that no pixel is read after it moved;
     * the strip scrolled in keeps its old pixels. */
    if (xs < 0) {
        x0 = 0;
        xe = f.width + xs;
        dx = 1;
        if (xe <= 0) return MP_NONE;
    } else {
        x0 = f.width - 1;
        xe = xs - 1;
        dx = -1;
        if (xe >= x0) return MP_NONE;
    }
    if (ys < 0) {
        y = 0;
        ye = f.height + ys;
        dy = 1;
        if (ye <= 0) return MP_NONE;
    } else {
        y = f.height - 1;
        ye = ys - 1;
        dy = -1;
        if (ye >= y) return MP_NONE;
    }
    for (; y != ye; y += dy)
        for (mp_int_t x = x0; x != xe; x += dx) set_px(&f, x, y, get_px(&f, x - xs, y - ys));
    return MP_NONE;
}

static mp_obj_t fb_text(ARGS) {
    (void)kw;
    const char *s;
    size_t len;
    mp_int_t v[3] = { 0, 0, 1 };
    frame_t f;
    if (mp_type_of(a[1]) == &mp_type_bytes) { /* MicroPython takes bytes too */
        s = (const char *)((const mp_bytes_t *)a[1])->data;
        len = ((const mp_bytes_t *)a[1])->len;
    } else if (!mp_arg_str(a[1], "text", &s, &len))
        return MP_OBJ_NULL;
    if (!int_args(a + 2, v, n - 2) || !frame_of(a[0], &f)) return MP_OBJ_NULL;
    mp_int_t x = v[0], y0 = v[1];
    uint32_t c = (uint32_t)v[2];
    /* Byte by byte, as MicroPython: a non-ASCII character is two to four
     * checkerboards. */
    for (size_t i = 0; i < len; i++) {
        unsigned ch = (uint8_t)s[i];
        if (ch < 32 || ch > 127) ch = 127;
        const uint8_t *glyph = &font_petme128_8x8[(ch - 32) * 8];
        if (x >= f.width) break; /* the rest is past the right edge */
        for (int col = 0; col < 8; col++, x++) {
            if (x < 0 || x >= f.width) continue;
            unsigned bits = glyph[col];
            for (mp_int_t y = y0; bits; bits >>= 1, y++)
                if ((bits & 1) && y >= 0 && y < f.height) set_px(&f, x, y, c);
        }
    }
    return MP_NONE;
}

static const mp_method_t fb_methods[] = {
    MP_METHOD("fill", fb_fill, 2, 2),
    MP_METHOD("fill_rect", fb_fill_rect, 6, 6),
    MP_METHOD("pixel", fb_pixel, 3, 4),
    MP_METHOD("hline", fb_hline, 5, 5),
    MP_METHOD("vline", fb_vline, 5, 5),
    MP_METHOD("rect", fb_rect, 6, 7),
    MP_METHOD("line", fb_line, 6, 6),
    MP_METHOD("ellipse", fb_ellipse, 6, 8),
    MP_METHOD("poly", fb_poly, 5, 6),
    MP_METHOD("blit", fb_blit, 4, 6),
    MP_METHOD("scroll", fb_scroll, 3, 3),
    MP_METHOD("text", fb_text, 4, 5),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_framebuf = { .base = { &mp_type_type },
    .name = "FrameBuffer",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = fb_make_new,
    .methods = fb_methods };

/* FrameBuffer1(buffer, width, height[, stride]): the old MONO_VLSB-only
 * constructor MicroPython keeps. */
static mp_obj_t fb_legacy(ARGS) {
    (void)kw;
    mp_int_t v[3];
    if (!int_args(a + 1, v, n - 1)) return MP_OBJ_NULL;
    return fb_new(a[0], v[0], v[1], MVLSB, n == 4 ? v[2] : v[0]);
}

static const mp_builtin_t framebuf_fns[] = {
    MP_FN("FrameBuffer1", fb_legacy, 3, 4),
};

bool mp_modframebuf_fill(mp_dict_t *g) {
    static const struct {
        const char *name;
        int value;
    } formats[] = { { "MVLSB", MVLSB }, { "MONO_VLSB", MVLSB }, { "RGB565", RGB565 }, { "GS2_HMSB", GS2_HMSB },
        { "GS4_HMSB", GS4_HMSB }, { "GS8", GS8 }, { "MONO_HLSB", MHLSB }, { "MONO_HMSB", MHMSB } };
    if (!mp_mod_set(g, "FrameBuffer", (mp_obj_t)&mp_type_framebuf) ||
        !mp_mod_add_fns(g, framebuf_fns, MP_N(framebuf_fns)))
        return false;
    for (size_t i = 0; i < MP_N(formats); i++)
        if (!mp_mod_set(g, formats[i].name, mp_small_int(formats[i].value))) return false;
    return true;
}
