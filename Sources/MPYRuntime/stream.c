/* The stream protocol's dispatch (mpy/stream.h): reading, writing and
 * ioctl on any stream, built-in (through its type's mp_stream_p_t) or a
 * user class (through its Python methods), and the usual stream methods
 * that built-in stream types put in their method tables. */
#include "mpy/stream.h"
#include "mpy/modutil.h"
#include "mpy/strbuilder.h"

const mp_stream_p_t *mp_get_stream(mp_obj_t o) {
    for (const mp_type_t *t = mp_type_of(o); t != NULL; t = t->parent) {
        if (t->stream != NULL) return t->stream;
        if (t->flags & MP_TYPE_FLAG_USER) {
            /* A user class derived from a built-in stream type. */
            if (t->mro == MP_OBJ_NULL) return NULL;
            mp_tuple_t *mro = (mp_tuple_t *)t->mro;
            for (size_t i = 1; i < mro->len; i++) {
                const mp_type_t *b = (const mp_type_t *)mro->items[i];
                if (!(b->flags & MP_TYPE_FLAG_USER) && b->stream != NULL) return b->stream;
            }
            return NULL;
        }
    }
    return NULL;
}

/* The object a built-in protocol works on: the native sub-object of an
 * instance of a user class derived from a built-in stream type. */
static mp_obj_t protocol_self(mp_obj_t o) {
    mp_obj_t native = mp_instance_native(o);
    return native != MP_OBJ_NULL ? native : o;
}

/* The name of an errno value of stream.h, as MicroPython's messages give it. */
static const char *errno_name(int err) {
    static const struct {
        uint8_t value;
        char name[11];
    } names[] = { { MP_EPERM, "EPERM" }, { MP_ENOENT, "ENOENT" }, { MP_EIO, "EIO" }, { MP_EBADF, "EBADF" },
        { MP_EAGAIN, "EAGAIN" }, { MP_ENOMEM, "ENOMEM" }, { MP_EACCES, "EACCES" }, { MP_EEXIST, "EEXIST" },
        { MP_ENODEV, "ENODEV" }, { MP_ENOTDIR, "ENOTDIR" }, { MP_EISDIR, "EISDIR" }, { MP_EINVAL, "EINVAL" },
        { MP_ENOSPC, "ENOSPC" }, { MP_EROFS, "EROFS" }, { MP_ENOTEMPTY, "ENOTEMPTY" }, { MP_EOPNOTSUPP, "EOPNOTSUPP" },
        { MP_ETIMEDOUT, "ETIMEDOUT" } };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].value == err) return names[i].name;
    return NULL;
}

mp_obj_t mp_raise_errno(int err) {
    /* OSError(errno, name): e.errno is the number, as MicroPython's. */
    const char *name = errno_name(err);
    mp_obj_t args[2] = { mp_small_int(err), name ? mp_str_from_cstr(name) : mp_str_from_cstr("error") };
    if (args[1] == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t e = mp_call((mp_obj_t)&mp_type_OSError, 2, args, NULL);
    return e == MP_OBJ_NULL ? e : mp_raise(e);
}

/* o.NAME (SENTINEL when o has none: AttributeError cleared); NULL with
 * the exception pending. Only objects of user classes are streams through
 * their methods. */
static mp_obj_t find_method(mp_obj_t o, const char *name) {
    if (!(mp_type_of(o)->flags & MP_TYPE_FLAG_USER)) return mp_raise_errno(MP_EOPNOTSUPP);
    mp_obj_t k = mp_str_from_cstr(name);
    mp_obj_t f = k == MP_OBJ_NULL ? k : mp_load_attr(o, k);
    if (f == MP_OBJ_NULL && mp_is_instance_of_type(mp_state.exc, &mp_type_AttributeError)) {
        mp_state.exc = MP_OBJ_NULL;
        return MP_OBJ_SENTINEL;
    }
    return f;
}

/* Calls o.NAME(args...); NULL with the exception pending. */
static mp_obj_t call_method(mp_obj_t o, const char *name, size_t n, const mp_obj_t *args) {
    mp_obj_t f = find_method(o, name);
    if (f == MP_OBJ_SENTINEL)
        return mp_raise_fmt(&mp_type_AttributeError, "'%s' object has no attribute '%s'", mp_type_of(o)->name, name);
    return f == MP_OBJ_NULL ? f : mp_call(f, n, args, NULL);
}

/* A count returned by a user stream's method: None as `none`, a negative
 * int -errno as MicroPython's IOBase (OSError); -1 with the exception. */
static mp_int_t method_count(mp_obj_t r, mp_int_t none) {
    if (r == MP_OBJ_NULL) return -1;
    if (r == MP_NONE) return none;
    mp_int_t v;
    if (!mp_arg_int(r, &v)) return -1;
    if (v < 0) return (mp_raise_errno((int)-v), -1);
    return v;
}

mp_int_t mp_stream_read(mp_obj_t o, void *buf, size_t size) {
    const mp_stream_p_t *s = mp_get_stream(o);
    if (s == NULL || s->read == NULL) {
        if (s != NULL) return (mp_raise_errno(MP_EOPNOTSUPP), -1);
        /* A user class: readinto(bytearray) (as MicroPython's IOBase),
         * else read(size) (bytes or str). */
        mp_obj_t f = find_method(o, "readinto");
        if (f == MP_OBJ_NULL) return -1;
        if (f != MP_OBJ_SENTINEL) {
            mp_obj_t ba = mp_bytearray_new(NULL, size);
            mp_obj_t r = ba == MP_OBJ_NULL ? ba : mp_call(f, 1, &ba, NULL);
            mp_int_t got = method_count(r, 0);
            if (got < 0) return -1;
            const uint8_t *d;
            size_t len;
            mp_get_buffer(ba, &d, &len);
            if ((size_t)got > len) got = (mp_int_t)len;
            __builtin_memcpy(buf, d, (size_t)got);
            return got;
        }
        mp_obj_t want = mp_small_int((mp_int_t)size);
        mp_obj_t r = call_method(o, "read", 1, &want);
        if (r == MP_OBJ_NULL) return -1;
        if (r == MP_NONE) return 0;
        const uint8_t *d;
        size_t len;
        if (mp_type_of(r) == &mp_type_str)
            d = (const uint8_t *)mp_str_data(r, &len);
        else if (!mp_get_buffer(r, &d, &len))
            return (mp_raise_fmt(&mp_type_TypeError, "read() returned '%s'", mp_type_of(r)->name), -1);
        if (len > size) len = size;
        __builtin_memcpy(buf, d, len);
        return (mp_int_t)len;
    }
    o = protocol_self(o);
    size_t done = 0;
    while (done < size) {
        int err = 0;
        mp_int_t got = s->read(o, (uint8_t *)buf + done, size - done, &err);
        if (got == MP_STREAM_ERROR) {
            if (err < 0) return -1; /* raised already */
            if (err == MP_EAGAIN && done > 0) break;
            return (mp_raise_errno(err), -1);
        }
        if (got == 0) break;
        done += (size_t)got;
    }
    return (mp_int_t)done;
}

mp_int_t mp_stream_write(mp_obj_t o, const void *buf, size_t size) {
    const mp_stream_p_t *s = mp_get_stream(o);
    if (s == NULL || s->write == NULL) {
        if (s != NULL) return (mp_raise_errno(MP_EOPNOTSUPP), -1);
        mp_obj_t data = mp_bytes_new(buf, size);
        mp_obj_t r = data == MP_OBJ_NULL ? data : call_method(o, "write", 1, &data);
        return method_count(r, (mp_int_t)size);
    }
    o = protocol_self(o);
    size_t done = 0;
    /* Once even for nothing: writing b"" starts a DeflateIO's stream. */
    do {
        int err = 0;
        mp_int_t put = s->write(o, (const uint8_t *)buf + done, size - done, &err);
        if (put == MP_STREAM_ERROR) return err < 0 ? -1 : (mp_raise_errno(err), -1);
        if (put == 0) break;
        done += (size_t)put;
    } while (done < size);
    return (mp_int_t)done;
}

mp_int_t mp_stream_ioctl(mp_obj_t o, unsigned request, uintptr_t arg) {
    const mp_stream_p_t *s = mp_get_stream(o);
    if (s == NULL) {
        mp_obj_t args[2] = { mp_small_int((mp_int_t)request), mp_small_int((mp_int_t)arg) };
        return method_count(call_method(o, "ioctl", 2, args), 0);
    }
    if (s->ioctl == NULL) return (mp_raise_errno(MP_EINVAL), -1);
    int err = 0;
    mp_int_t r = s->ioctl(protocol_self(o), request, arg, &err);
    if (r == MP_STREAM_ERROR) return err < 0 ? -1 : (mp_raise_errno(err), -1);
    return r;
}

/* --- the usual methods, over mp_get_stream(self) --- */

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

static bool is_text(mp_obj_t o) {
    const mp_stream_p_t *s = mp_get_stream(o);
    return s != NULL && s->is_text;
}

static bool is_cont(uint8_t c) { return (c & 0xC0) == 0x80; }

/* The bytes read as the stream's kind of object. */
static mp_obj_t result(mp_obj_t self, const char *d, size_t len) {
    return is_text(self) ? mp_str_new(d, len) : mp_bytes_new(d, len);
}

/* Reads one byte; 0 at the end, 1 read, -1 error raised. */
static int read_byte(mp_obj_t self, char *c) { return (int)mp_stream_read(self, c, 1); }

static mp_obj_t m_read(ARGS) {
    (void)kw;
    mp_int_t want = -1;
    if (n > 1 && a[1] != MP_NONE && !mp_arg_int(a[1], &want)) return MP_OBJ_NULL;
    mp_strbuilder_t b;
    char initial[128];
    mp_strbuilder_init(&b, initial, sizeof initial);
    char chunk[256];
    bool text = is_text(a[0]);
    /* A text stream counts characters: a multi-byte one is read whole. */
    size_t chars = 0;
    while (want < 0 || chars < (size_t)want) {
        size_t ask = want < 0 ? sizeof chunk : (size_t)want - chars;
        if (ask > sizeof chunk) ask = sizeof chunk;
        mp_int_t got = mp_stream_read(a[0], chunk, ask);
        if (got < 0) return MP_OBJ_NULL;
        if (got == 0) break;
        mp_strbuilder_add(&b, chunk, (size_t)got);
        for (mp_int_t i = 0; i < got; i++) chars += !text || !is_cont((uint8_t)chunk[i]);
    }
    if (text) {
        /* Complete the last character. */
        char c;
        while (b.len > 0 && !b.failed) {
            size_t k = b.len - 1;
            while (k > 0 && is_cont((uint8_t)b.buf[k])) k--;
            uint8_t lead = (uint8_t)b.buf[k];
            size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (b.len - k >= need) break;
            int r = read_byte(a[0], &c);
            if (r < 0) return MP_OBJ_NULL;
            if (r == 0) break;
            mp_strbuilder_add(&b, &c, 1);
        }
    }
    if (b.failed) return mp_raise_msg(&mp_type_MemoryError, "memory allocation failed");
    return result(a[0], b.buf, b.len);
}

static mp_obj_t m_readinto(ARGS) {
    (void)kw;
    mp_buffer_t buf;
    if (!mp_get_buffer_info(a[1], &buf) || !buf.writable)
        return mp_raise_msg(&mp_type_TypeError, "object with buffer protocol required");
    size_t len = buf.len;
    if (n > 2) {
        mp_int_t lim;
        if (!mp_arg_int(a[2], &lim)) return MP_OBJ_NULL;
        if (lim >= 0 && (size_t)lim < len) len = (size_t)lim;
    }
    mp_int_t got = mp_stream_read(a[0], buf.data, len);
    return got < 0 ? MP_OBJ_NULL : mp_small_int(got);
}

/* One line, newline included; limit < 0 for none. */
static mp_obj_t read_line(mp_obj_t self, mp_int_t limit) {
    mp_strbuilder_t b;
    char initial[128];
    mp_strbuilder_init(&b, initial, sizeof initial);
    char c;
    while (limit < 0 || (mp_int_t)b.len < limit) {
        int r = read_byte(self, &c);
        if (r < 0) return MP_OBJ_NULL;
        if (r == 0) break;
        mp_strbuilder_add(&b, &c, 1);
        if (c == '\n') break;
    }
    if (b.failed) return mp_raise_msg(&mp_type_MemoryError, "memory allocation failed");
    return result(self, b.buf, b.len);
}

static mp_obj_t m_readline(ARGS) {
    (void)kw;
    mp_int_t limit = -1;
    if (n > 1 && a[1] != MP_NONE && !mp_arg_int(a[1], &limit)) return MP_OBJ_NULL;
    return read_line(a[0], limit);
}

static mp_obj_t m_readlines(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t list = mp_list_new(0, NULL);
    for (;;) {
        if (list == MP_OBJ_NULL) return list;
        mp_obj_t line = read_line(a[0], -1);
        if (line == MP_OBJ_NULL) return line;
        size_t len;
        if (mp_type_of(line) == &mp_type_str)
            mp_str_data(line, &len);
        else
            mp_get_buffer(line, &(const uint8_t *){ NULL }, &len);
        if (len == 0) return list;
        if (!mp_list_append(list, line)) return MP_OBJ_NULL;
    }
}

static mp_obj_t m_write(ARGS) {
    (void)kw;
    const uint8_t *d;
    size_t len;
    if (mp_type_of(a[1]) == &mp_type_str) {
        if (!is_text(a[0])) return mp_raise_msg(&mp_type_TypeError, "a bytes-like object is required, not 'str'");
        d = (const uint8_t *)mp_str_data(a[1], &len);
    } else if (!mp_get_buffer(a[1], &d, &len))
        return mp_raise_fmt(&mp_type_TypeError, "object with buffer protocol required");
    else if (is_text(a[0]))
        return mp_raise_fmt(&mp_type_TypeError, "write() argument must be str, not %s", mp_type_of(a[1])->name);
    mp_int_t off = 0;
    if (n > 2 && !mp_arg_int(a[2], &off)) return MP_OBJ_NULL;
    if (off < 0 || (size_t)off > len) off = (mp_int_t)len;
    size_t count = len - (size_t)off;
    if (n > 3) {
        mp_int_t c;
        if (!mp_arg_int(a[3], &c)) return MP_OBJ_NULL;
        if (c >= 0 && (size_t)c < count) count = (size_t)c;
    }
    mp_int_t put = mp_stream_write(a[0], d + off, count);
    if (put < 0) return MP_OBJ_NULL;
    if (is_text(a[0])) {
        /* A text stream answers in characters. */
        size_t chars = 0;
        for (size_t i = 0; i < (size_t)put; i++) chars += !is_cont(d[(size_t)off + i]);
        return mp_small_int((mp_int_t)chars);
    }
    return mp_small_int(put);
}

static mp_obj_t m_flush(ARGS) {
    (void)n;
    (void)kw;
    return mp_stream_ioctl(a[0], MP_STREAM_FLUSH, 0) < 0 ? MP_OBJ_NULL : MP_NONE;
}

static mp_obj_t m_close(ARGS) {
    (void)n;
    (void)kw;
    return mp_stream_ioctl(a[0], MP_STREAM_CLOSE, 0) < 0 ? MP_OBJ_NULL : MP_NONE;
}

static mp_obj_t m_seek(ARGS) {
    (void)kw;
    mp_stream_seek_t s = { 0, 0 };
    mp_int_t whence = 0;
    if (!mp_arg_i64(a[1], &s.offset) || (n > 2 && !mp_arg_int(a[2], &whence))) return MP_OBJ_NULL;
    s.whence = (int)whence;
    if (mp_stream_ioctl(a[0], MP_STREAM_SEEK, (uintptr_t)&s) < 0) return MP_OBJ_NULL;
    return mp_int_from_i64(s.offset);
}

static mp_obj_t m_tell(ARGS) {
    (void)n;
    (void)kw;
    mp_stream_seek_t s = { 0, 1 };
    if (mp_stream_ioctl(a[0], MP_STREAM_SEEK, (uintptr_t)&s) < 0) return MP_OBJ_NULL;
    return mp_int_from_i64(s.offset);
}

static mp_obj_t m_enter(ARGS) {
    (void)n;
    (void)kw;
    return a[0];
}

static mp_obj_t m_exit(ARGS) {
    (void)n;
    (void)kw;
    return mp_stream_ioctl(a[0], MP_STREAM_CLOSE, 0) < 0 ? MP_OBJ_NULL : MP_NONE;
}

const mp_method_t mp_stream_methods[] = {
    MP_METHOD("read", m_read, 1, 2),
    MP_METHOD("readinto", m_readinto, 2, 3),
    MP_METHOD("readline", m_readline, 1, 2),
    MP_METHOD("readlines", m_readlines, 1, 2),
    MP_METHOD("write", m_write, 2, 4),
    MP_METHOD("flush", m_flush, 1, 1),
    MP_METHOD("close", m_close, 1, 1),
    MP_METHOD("seek", m_seek, 2, 3),
    MP_METHOD("tell", m_tell, 1, 1),
    MP_METHOD("__enter__", m_enter, 1, 1),
    MP_METHOD("__exit__", m_exit, 1, 4),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};
