/* The deflate module (MicroPython's): DeflateIO(stream, format=AUTO,
 * wbits=0, close=False), a stream over another stream that decompresses
 * what it reads (inflate.c) and compresses what is written to it
 * (deflate_lz77.c), raw, zlib or gzip; and the format constants. Reading
 * and writing each set up their state on first use, so an object used only
 * one way carries only that way's window. */
#include "mpy/deflate.h"
#include "mpy/modutil.h"
#include "mpy/stream.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t stream; /* NULL once closed */
    int format, wbits;
    bool close_stream;
    bool eof;
    mp_inflate_t *rd;
    mp_deflate_t *wr;
} deflateio_t;

static const mp_type_t deflateio_type;

static mp_obj_t deflateio_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    static const char *const names[] = { "stream", "format", "wbits", "close", NULL };
    if (!mp_kw_check(kw, "DeflateIO", names)) return MP_OBJ_NULL;
    mp_obj_t a[4] = { MP_OBJ_SENTINEL, MP_OBJ_SENTINEL, MP_OBJ_SENTINEL, MP_OBJ_SENTINEL };
    if (n > 4) return mp_raise_fmt(&mp_type_TypeError, "function expected at most 4 arguments, got %d", (int)n);
    for (size_t i = 0; i < 4; i++) {
        if (i < n) {
            a[i] = args[i];
            continue;
        }
        a[i] = mp_kw_get(kw, names[i]);
        if (a[i] == MP_OBJ_NULL) return MP_OBJ_NULL;
    }
    if (a[0] == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "function missing 1 required positional argument");
    mp_int_t format = MP_DEFLATE_AUTO, wbits = 0;
    if (a[1] != MP_OBJ_SENTINEL && !mp_arg_int(a[1], &format)) return MP_OBJ_NULL;
    if (a[2] != MP_OBJ_SENTINEL && !mp_arg_int(a[2], &wbits)) return MP_OBJ_NULL;
    int close = 0;
    if (a[3] != MP_OBJ_SENTINEL && (close = mp_truth(a[3])) < 0) return MP_OBJ_NULL;
    if (format < MP_DEFLATE_AUTO || format > MP_DEFLATE_GZIP) return mp_raise_msg(&mp_type_ValueError, "format");
    if (wbits != 0 && (wbits < 5 || wbits > 15)) return mp_raise_msg(&mp_type_ValueError, "wbits");
    deflateio_t *self = mp_alloc(sizeof *self);
    if (self == NULL) return MP_OBJ_NULL;
    self->base.type = &deflateio_type;
    self->stream = a[0];
    self->format = (int)format;
    self->wbits = (int)wbits;
    self->close_stream = close;
    return (mp_obj_t)self;
}

/* An inflate/deflate result as the protocol's error. */
static mp_int_t fail(int code, int *err) {
    *err = code == MP_INFLATE_DATA ? MP_EINVAL : MP_STREAM_RAISED;
    return MP_STREAM_ERROR;
}

static mp_int_t deflateio_read(mp_obj_t o, void *buf, size_t size, int *err) {
    deflateio_t *self = (deflateio_t *)o;
    if (self->stream == MP_OBJ_NULL) return (*err = MP_EINVAL, MP_STREAM_ERROR);
    if (self->rd == NULL) {
        /* The header is read now, not at construction (as MicroPython). */
        mp_inflate_t *z = mp_alloc(sizeof *z);
        if (z == NULL) return fail(MP_INFLATE_RAISED, err);
        int r = mp_inflate_start(z, self->stream, self->format, self->wbits);
        if (r < 0) return fail(r, err);
        self->rd = z;
    }
    if (self->eof || size == 0) return 0;
    mp_int_t got = mp_inflate_read(self->rd, buf, size);
    if (got < 0) return fail((int)got, err);
    if (got == 0) self->eof = true;
    return got;
}

static mp_int_t deflateio_write(mp_obj_t o, const void *buf, size_t size, int *err) {
    deflateio_t *self = (deflateio_t *)o;
    if (self->stream == MP_OBJ_NULL) return (*err = MP_EINVAL, MP_STREAM_ERROR);
    if (self->wr == NULL) {
        mp_deflate_t *z = mp_alloc(sizeof *z);
        /* AUTO means raw when writing. */
        int format = self->format == MP_DEFLATE_AUTO ? MP_DEFLATE_RAW : self->format;
        if (z == NULL || !mp_deflate_start(z, self->stream, format, self->wbits)) return fail(MP_INFLATE_RAISED, err);
        self->wr = z;
    }
    if (!mp_deflate_write(self->wr, buf, size)) return fail(MP_INFLATE_RAISED, err);
    return (mp_int_t)size;
}

static mp_int_t deflateio_ioctl(mp_obj_t o, unsigned request, uintptr_t arg, int *err) {
    (void)arg;
    deflateio_t *self = (deflateio_t *)o;
    if (request != MP_STREAM_CLOSE) return (*err = MP_EINVAL, MP_STREAM_ERROR);
    if (self->stream == MP_OBJ_NULL) return 0;
    mp_obj_t stream = self->stream;
    /* Closed from here on, whatever happens to the trailer. */
    self->stream = MP_OBJ_NULL;
    self->rd = NULL;
    bool ok = self->wr == NULL || mp_deflate_finish(self->wr);
    self->wr = NULL;
    if (ok && self->close_stream) ok = mp_stream_ioctl(stream, MP_STREAM_CLOSE, 0) >= 0;
    return ok ? 0 : fail(MP_INFLATE_RAISED, err);
}

static const mp_stream_p_t deflateio_stream = {
    .read = deflateio_read,
    .write = deflateio_write,
    .ioctl = deflateio_ioctl,
};

static bool deflateio_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)self;
    (void)k;
    mp_print_str(out, "<DeflateIO>");
    return true;
}

static const mp_type_t deflateio_type = { .base = { &mp_type_type },
    .name = "DeflateIO",
    .parent = &mp_type_object,
    .make_new = deflateio_make_new,
    .print = deflateio_print,
    .methods = mp_stream_methods,
    .stream = &deflateio_stream };

bool mp_moddeflate_fill(mp_dict_t *g) {
    return mp_mod_set(g, "DeflateIO", (mp_obj_t)&deflateio_type) &&
        mp_mod_set(g, "AUTO", mp_small_int(MP_DEFLATE_AUTO)) && mp_mod_set(g, "RAW", mp_small_int(MP_DEFLATE_RAW)) &&
        mp_mod_set(g, "ZLIB", mp_small_int(MP_DEFLATE_ZLIB)) && mp_mod_set(g, "GZIP", mp_small_int(MP_DEFLATE_GZIP));
}
