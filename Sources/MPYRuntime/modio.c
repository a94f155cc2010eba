/* The io module: StringIO, an in-memory text stream, and BytesIO, its
 * binary twin (write, read, readline, readlines, getvalue, seek, tell,
 * truncate, close, iteration, `with`), both also streams of the stream
 * protocol (mpy/stream.h) for C code such as DeflateIO; and IOBase, the
 * base of user streams. StringIO positions count characters as CPython's
 * do (the text is kept as UTF-8); BytesIO positions are bytes. */
#include "mpy/modutil.h"
#include "mpy/stream.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw
#define METHODS_END \
    { \
        NULL, { { NULL }, NULL, NULL, 0, 0, false } \
    }

typedef struct {
    mp_obj_base_t base;
    char *buf;
    size_t len, cap; /* bytes */
    size_t pos; /* byte offset of the position (always on a character boundary) */
    size_t pad; /* characters past the end the position is at (seek beyond the end) */
    bool closed;
    bool bytes; /* BytesIO */
} stringio_t;

static const mp_type_t stringio_type, bytesio_type;

#define SELF ((stringio_t *)a[0])

static bool check_open(const stringio_t *s) {
    /* CPython words these two differently. */
    if (s->closed)
        mp_raise_msg(&mp_type_ValueError, s->bytes ? "I/O operation on closed file." : "I/O operation on closed file");
    return !s->closed;
}

static bool is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

static size_t count_chars(const char *d, size_t n);
/* Characters (StringIO) or bytes (BytesIO) in d[0..n). */
static size_t units(const stringio_t *s, const char *d, size_t n) { return s->bytes ? n : count_chars(d, n); }

static mp_obj_t result(const stringio_t *s, const char *d, size_t n) {
    if (d == NULL) d = "";
    return s->bytes ? mp_bytes_new(d, n) : mp_str_new(d, n);
}

/* Byte offset `chars` characters after byte offset `from` (clamped to len). */
static size_t advance(const stringio_t *s, size_t from, size_t chars) {
    size_t p = from;
    if (s->bytes) return from + chars < s->len ? from + chars : s->len;
    while (chars > 0 && p < s->len) {
        p++;
        while (p < s->len && is_cont(s->buf[p])) p++;
        chars--;
    }
    return p;
}

static size_t count_chars(const char *d, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += !is_cont(d[i]);
    return c;
}

static bool reserve(stringio_t *s, size_t need) {
    if (need <= s->cap) return true;
    size_t cap = s->cap ? s->cap * 2 : 16;
    while (cap < need) cap *= 2;
    char *nb = mp_realloc(s->buf, s->len, cap);
    if (nb == NULL) return false;
    s->buf = nb;
    s->cap = cap;
    return true;
}

/* Writes bytes at the position, overwriting and extending. */
static bool write_bytes(stringio_t *s, const char *d, size_t n) {
    if (s->pad) {
        /* The position is past the end: fill the gap with NULs. */
        if (!reserve(s, s->len + s->pad)) return false;
        __builtin_memset(s->buf + s->len, 0, s->pad);
        s->len += s->pad;
        s->pos = s->len;
        s->pad = 0;
    }
    if (n == 0) return true;
    /* Overwriting replaces whole characters: find the end of the replaced range. */
    size_t end = advance(s, s->pos, units(s, d, n));
    size_t new_len = s->pos + n + (s->len - end);
    if (!reserve(s, new_len)) return false;
    __builtin_memmove(s->buf + s->pos + n, s->buf + end, s->len - end);
    __builtin_memcpy(s->buf + s->pos, d, n);
    s->len = new_len;
    s->pos += n;
    return true;
}

static mp_obj_t stringio_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    bool bytes = type == &bytesio_type;
    static const char *const names[] = { "initial_value", "newline", NULL };
    static const char *const bnames[] = { "initial_bytes", NULL };
    if (!mp_kw_check(kw, type->name, bytes ? bnames : names)) return MP_OBJ_NULL;
    if (n > (bytes ? 1u : 2u))
        return mp_raise_fmt(&mp_type_TypeError, "%s() takes at most %d argument%s (%d given)", type->name,
            bytes ? 1 : 2, bytes ? "" : "s", (int)n);
    mp_obj_t init = n > 0 ? args[0] : mp_kw_get(kw, bytes ? "initial_bytes" : "initial_value");
    if (init == MP_OBJ_NULL) return init;
    stringio_t *s = mp_alloc(sizeof *s);
    if (s == NULL) return MP_OBJ_NULL;
    s->base.type = bytes ? &bytesio_type : &stringio_type;
    s->bytes = bytes;
    if (init != MP_OBJ_SENTINEL && init != MP_NONE) {
        size_t len;
        const char *d;
        if (bytes) {
            if (mp_type_of(init) == &mp_type_str || !mp_get_buffer(init, (const uint8_t **)&d, &len))
                return mp_raise_fmt(
                    &mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(init)->name);
        } else {
            if (mp_type_of(init) != &mp_type_str)
                return mp_raise_fmt(
                    &mp_type_TypeError, "initial_value must be str or None, not %s", mp_type_of(init)->name);
            d = mp_str_data(init, &len);
        }
        if (!write_bytes(s, d, len)) return MP_OBJ_NULL;
        s->pos = 0;
    }
    return (mp_obj_t)s;
}

static mp_obj_t sio_write(ARGS) {
    (void)n;
    (void)kw;
    stringio_t *s = SELF;
    if (!check_open(s)) return MP_OBJ_NULL;
    size_t len;
    const char *d;
    if (s->bytes) {
        if (mp_type_of(a[1]) == &mp_type_str || !mp_get_buffer(a[1], (const uint8_t **)&d, &len))
            return mp_raise_fmt(
                &mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(a[1])->name);
        /* Writing a view of our own buffer: copy it first. */
        char *copy = mp_alloc(len ? len : 1);
        if (copy == NULL) return MP_OBJ_NULL;
        __builtin_memcpy(copy, d, len);
        d = copy;
    } else {
        if (mp_type_of(a[1]) != &mp_type_str)
            return mp_raise_fmt(&mp_type_TypeError, "string argument expected, got '%s'", mp_type_of(a[1])->name);
        d = mp_str_data(a[1], &len);
    }
    if (!write_bytes(s, d, len)) return MP_OBJ_NULL;
    return mp_small_int((mp_int_t)units(s, d, len));
}

/* An optional size argument: -1 (or None) means all. */
static bool size_arg(size_t n, const mp_obj_t *a, mp_int_t *out) {
    *out = -1;
    if (n < 2 || a[1] == MP_NONE) return true;
    return mp_arg_int(a[1], out);
}

static mp_obj_t sio_read(ARGS) {
    (void)kw;
    stringio_t *s = SELF;
    mp_int_t size;
    if (!check_open(s) || !size_arg(n, a, &size)) return MP_OBJ_NULL;
    if (s->pad) return result(s, "", 0);
    size_t end = size < 0 ? s->len : advance(s, s->pos, (size_t)size);
    mp_obj_t r = result(s, s->buf + s->pos, end - s->pos);
    if (r != MP_OBJ_NULL) s->pos = end;
    return r;
}

/* The next line (with its "\n"), at most `limit` characters when limit >= 0. */
static mp_obj_t next_line(stringio_t *s, mp_int_t limit) {
    if (s->pad) return result(s, "", 0);
    size_t end = s->pos, chars = 0;
    while (end < s->len && (limit < 0 || chars < (size_t)limit)) {
        char c = s->buf[end++];
        while (!s->bytes && end < s->len && is_cont(s->buf[end])) end++;
        chars++;
        if (c == '\n') break;
    }
    mp_obj_t r = result(s, s->buf + s->pos, end - s->pos);
    if (r != MP_OBJ_NULL) s->pos = end;
    return r;
}

static mp_obj_t sio_readline(ARGS) {
    (void)kw;
    stringio_t *s = SELF;
    mp_int_t size;
    if (!check_open(s) || !size_arg(n, a, &size)) return MP_OBJ_NULL;
    return next_line(s, size);
}

static mp_obj_t sio_readlines(ARGS) {
    (void)n;
    (void)kw;
    stringio_t *s = SELF;
    if (!check_open(s)) return MP_OBJ_NULL;
    mp_obj_t l = mp_list_new(0, NULL);
    if (l == MP_OBJ_NULL) return l;
    while (s->pos < s->len && !s->pad) {
        mp_obj_t line = next_line(s, -1);
        if (line == MP_OBJ_NULL || !mp_list_append(l, line)) return MP_OBJ_NULL;
    }
    return l;
}

/* readinto(buf[, size]): reads into a writable buffer (bytearray, or a
 * memoryview of one), at most size bytes; the count read. */
static mp_obj_t sio_readinto(ARGS) {
    (void)kw;
    stringio_t *s = SELF;
    if (!check_open(s)) return MP_OBJ_NULL;
    const uint8_t *d;
    size_t len;
    mp_obj_t base = a[1];
    if (mp_is_ptr(base) && mp_type_of(base) == &mp_type_memoryview) base = ((const mp_memoryview_t *)base)->obj;
    if (!mp_get_buffer(a[1], &d, &len) || mp_type_of(base) == &mp_type_bytes)
        return mp_raise_fmt(&mp_type_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
            mp_type_of(a[1])->name);
    if (n > 2 && a[2] != MP_NONE) {
        mp_int_t size;
        if (!mp_arg_int(a[2], &size)) return MP_OBJ_NULL;
        if (size >= 0 && (size_t)size < len) len = (size_t)size;
    }
    size_t avail = s->pad || s->pos >= s->len ? 0 : s->len - s->pos;
    if (len > avail) len = avail;
    __builtin_memcpy((uint8_t *)d, s->buf + s->pos, len);
    s->pos += len;
    return mp_small_int((mp_int_t)len);
}

static mp_obj_t sio_getvalue(ARGS) {
    (void)n;
    (void)kw;
    stringio_t *s = SELF;
    if (!check_open(s)) return MP_OBJ_NULL;
    return result(s, s->buf, s->len);
}

static mp_obj_t sio_tell(ARGS) {
    (void)n;
    (void)kw;
    stringio_t *s = SELF;
    if (!check_open(s)) return MP_OBJ_NULL;
    return mp_small_int((mp_int_t)(units(s, s->buf, s->pos) + s->pad));
}

/* Moves the position to `off` units from the start (beyond the end: the
 * gap is filled with NULs by the next write). */
static void seek_to(stringio_t *s, size_t off) {
    size_t total = units(s, s->buf, s->len);
    if (off > total) {
        s->pos = s->len;
        s->pad = off - total;
    } else {
        s->pos = advance(s, 0, off);
        s->pad = 0;
    }
}

/* Seeks `off` units from the start (0), the position (1) or the end (2),
 * before the start stopping at 0; false if the sum overflows. */
static bool seek_rel(stringio_t *s, int64_t off, int whence, int64_t *to) {
    int64_t ref = 0;
    if (whence == 1) ref = (int64_t)(units(s, s->buf, s->pos) + s->pad);
    if (whence == 2) ref = (int64_t)units(s, s->buf, s->len);
    if (__builtin_add_overflow(ref, off, to) || *to > (int64_t)(SIZE_MAX / 2)) return false;
    if (*to < 0) *to = 0;
    seek_to(s, (size_t)*to);
    return true;
}

/* seek(offset, whence): from the start (0), the position (1) or the end
 * (2). A negative offset from the start is a ValueError; from the position
 * or the end a result before the start stops at 0 (CPython's BytesIO and
 * MicroPython's streams). CPython's StringIO refuses nonzero relative
 * seeks; MicroPython's allows them, and so does this one (in characters). */
static mp_obj_t sio_seek(ARGS) {
    (void)kw;
    stringio_t *s = SELF;
    mp_int_t off, whence = 0;
    if (!check_open(s) || !mp_arg_int(a[1], &off) || (n > 2 && !mp_arg_int(a[2], &whence))) return MP_OBJ_NULL;
    if (whence == 0 && off < 0)
        return mp_raise_fmt(
            &mp_type_ValueError, s->bytes ? "negative seek value %d" : "Negative seek position %d", (int)off);
    if (whence < 0 || whence > 2)
        return mp_raise_fmt(&mp_type_ValueError,
            s->bytes ? "invalid whence (%d, should be 0, 1 or 2)" : "Invalid whence (%d, should be 0, 1 or 2)",
            (int)whence);
    int64_t to;
    if (!seek_rel(s, off, (int)whence, &to)) return mp_raise_msg(&mp_type_OverflowError, "seek position too large");
    return mp_int_from_i64(to);
}

static mp_obj_t sio_truncate(ARGS) {
    (void)kw;
    stringio_t *s = SELF;
    if (!check_open(s)) return MP_OBJ_NULL;
    size_t cut = s->pos;
    mp_int_t size = -1;
    if (n > 1 && a[1] != MP_NONE) {
        if (!mp_arg_int(a[1], &size)) return MP_OBJ_NULL;
        if (size < 0) return mp_raise_fmt(&mp_type_ValueError, "Negative size value %d", (int)size);
        cut = advance(s, 0, (size_t)size);
    } else if (s->pad) {
        return mp_small_int((mp_int_t)(units(s, s->buf, s->pos) + s->pad));
    }
    if (cut < s->len) s->len = cut;
    return mp_small_int(size >= 0 ? size : (mp_int_t)units(s, s->buf, cut));
}

static mp_obj_t sio_close(ARGS) {
    (void)n;
    (void)kw;
    SELF->closed = true;
    return MP_NONE;
}
static mp_obj_t sio_flush(ARGS) {
    (void)n;
    (void)kw;
    return check_open(SELF) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t sio_true(ARGS) {
    (void)n;
    (void)kw;
    return check_open(SELF) ? MP_TRUE : MP_OBJ_NULL;
}
static mp_obj_t sio_enter(ARGS) {
    (void)n;
    (void)kw;
    return check_open(SELF) ? a[0] : MP_OBJ_NULL;
}
static mp_obj_t sio_exit(ARGS) {
    (void)n;
    (void)kw;
    SELF->closed = true;
    return MP_NONE;
}

static mp_obj_t stringio_iternext(mp_obj_t self) {
    stringio_t *s = (stringio_t *)self;
    if (!check_open(s)) return MP_OBJ_NULL;
    if (s->pos >= s->len || s->pad) return MP_OBJ_SENTINEL;
    return next_line(s, -1);
}
static mp_obj_t stringio_getiter(mp_obj_t self) { return check_open((stringio_t *)self) ? self : MP_OBJ_NULL; }

static mp_obj_t stringio_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 6 && __builtin_memcmp(s, "closed", 6) == 0) return mp_bool(((const stringio_t *)self)->closed);
    return MP_OBJ_SENTINEL;
}

static bool stringio_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, ((const stringio_t *)self)->bytes ? "<_io.BytesIO object>" : "<_io.StringIO object>");
    return true;
}

static const mp_method_t stringio_methods[] = {
    MP_METHOD("write", sio_write, 2, 2),
    MP_METHOD("read", sio_read, 1, 2),
    MP_METHOD("readline", sio_readline, 1, 2),
    MP_METHOD("readlines", sio_readlines, 1, 2),
    MP_METHOD("readinto", sio_readinto, 2, 3),
    MP_METHOD("getvalue", sio_getvalue, 1, 1),
    MP_METHOD("tell", sio_tell, 1, 1),
    MP_METHOD("seek", sio_seek, 2, 3),
    MP_METHOD("truncate", sio_truncate, 1, 2),
    MP_METHOD("close", sio_close, 1, 1),
    MP_METHOD("flush", sio_flush, 1, 1),
    MP_METHOD("readable", sio_true, 1, 1),
    MP_METHOD("writable", sio_true, 1, 1),
    MP_METHOD("seekable", sio_true, 1, 1),
    MP_METHOD("__enter__", sio_enter, 1, 1),
    MP_METHOD("__exit__", sio_exit, 1, -1),
    METHODS_END,
};

/* --- the stream protocol (C callers: DeflateIO, print's file=, ...) --- */

static mp_int_t sio_stream_read(mp_obj_t self, void *buf, size_t size, int *err) {
    stringio_t *s = (stringio_t *)self;
    if (!check_open(s)) return (*err = MP_STREAM_RAISED, MP_STREAM_ERROR);
    size_t avail = s->pad || s->pos >= s->len ? 0 : s->len - s->pos;
    if (size > avail) size = avail;
    if (size == 0) return 0;
    __builtin_memcpy(buf, s->buf + s->pos, size);
    s->pos += size;
    return (mp_int_t)size;
}

static mp_int_t sio_stream_write(mp_obj_t self, const void *buf, size_t size, int *err) {
    stringio_t *s = (stringio_t *)self;
    if (!check_open(s)) return (*err = MP_STREAM_RAISED, MP_STREAM_ERROR);
    const char *d = buf;
    if (s->buf != NULL && d < s->buf + s->cap && d + size > s->buf) {
        /* A view of our own buffer, which may move: copy it first. */
        char *copy = mp_alloc(size);
        if (copy == NULL) return (*err = MP_STREAM_RAISED, MP_STREAM_ERROR);
        __builtin_memcpy(copy, d, size);
        d = copy;
    }
    if (!write_bytes(s, d, size)) return (*err = MP_STREAM_RAISED, MP_STREAM_ERROR);
    return (mp_int_t)size;
}

static mp_int_t sio_stream_ioctl(mp_obj_t self, unsigned request, uintptr_t arg, int *err) {
    stringio_t *s = (stringio_t *)self;
    if (request == MP_STREAM_CLOSE) {
        s->closed = true;
        return 0;
    }
    if (!check_open(s)) return (*err = MP_STREAM_RAISED, MP_STREAM_ERROR);
    switch (request) {
    case MP_STREAM_FLUSH: return 0;
    case MP_STREAM_POLL: return (mp_int_t)(arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR));
    case MP_STREAM_SEEK: {
        mp_stream_seek_t *sk = (mp_stream_seek_t *)arg;
        if (sk->whence < 0 || sk->whence > 2 || (sk->whence == 0 && sk->offset < 0) ||
            !seek_rel(s, sk->offset, sk->whence, &sk->offset))
            return (*err = MP_EINVAL, MP_STREAM_ERROR);
        return 0;
    }
    default: return (*err = MP_EINVAL, MP_STREAM_ERROR);
    }
}

static const mp_stream_p_t stringio_stream = {
    .read = sio_stream_read, .write = sio_stream_write, .ioctl = sio_stream_ioctl, .is_text = true
};
static const mp_stream_p_t bytesio_stream = {
    .read = sio_stream_read, .write = sio_stream_write, .ioctl = sio_stream_ioctl, .is_text = false
};

static const mp_type_t stringio_type = { .base = { &mp_type_type },
    .name = "StringIO",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = stringio_make_new,
    .print = stringio_print,
    .getiter = stringio_getiter,
    .iternext = stringio_iternext,
    .attr = stringio_attr,
    .methods = stringio_methods,
    .stream = &stringio_stream };

static const mp_type_t bytesio_type = { .base = { &mp_type_type },
    .name = "BytesIO",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = stringio_make_new,
    .print = stringio_print,
    .getiter = stringio_getiter,
    .iternext = stringio_iternext,
    .attr = stringio_attr,
    .methods = stringio_methods,
    .stream = &bytesio_stream };

/* IOBase: what a user stream derives from. It adds nothing: an instance of
 * a class with readinto/write/ioctl methods is a stream through them
 * (mp_stream_read and friends call them), as in MicroPython. */
static mp_obj_t iobase_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    (void)n;
    (void)args;
    (void)kw;
    return mp_call((mp_obj_t)&mp_type_object, 0, NULL, NULL);
}

static const mp_type_t iobase_type = { .base = { &mp_type_type },
    .name = "IOBase",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = iobase_make_new };

bool mp_modio_fill(mp_dict_t *g) {
    return mp_mod_set(g, "StringIO", (mp_obj_t)&stringio_type) && mp_mod_set(g, "BytesIO", (mp_obj_t)&bytesio_type) &&
        mp_mod_set(g, "IOBase", (mp_obj_t)&iobase_type);
}
