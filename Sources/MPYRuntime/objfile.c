/* File objects and open(): FileIO (binary) and TextIOWrapper (text), as
 * MicroPython names them, over a file-system driver's handle (mpy/vfs.h).
 * They are streams (mpy/stream.h): the usual methods, `with`, iteration by
 * lines and print(file=) all go through the protocol below. Text files
 * read and write UTF-8 with no newline translation, as MicroPython. */
#include "mpy/modutil.h"
#include "mpy/stream.h"
#include "mpy/vfs.h"

typedef struct {
    mp_obj_base_t base;
    mp_vfs_fs_t *fs;
    void *handle;
    mp_obj_t name;
    bool closed;
} file_t;

static const mp_type_t fileio_type, textio_type;

/* I/O on a closed file: ValueError, as CPython and MicroPython. */
static mp_int_t closed_error(int *err) {
    mp_raise_msg(&mp_type_ValueError, "I/O operation on closed file.");
    *err = -1;
    return MP_STREAM_ERROR;
}

static mp_int_t file_read(mp_obj_t self, void *buf, size_t size, int *err) {
    file_t *f = (file_t *)self;
    if (f->closed) return closed_error(err);
    return f->fs->driver->read(f->handle, buf, size, err);
}

static mp_int_t file_write(mp_obj_t self, const void *buf, size_t size, int *err) {
    file_t *f = (file_t *)self;
    if (f->closed) return closed_error(err);
    return f->fs->driver->write(f->handle, buf, size, err);
}

static mp_int_t file_ioctl(mp_obj_t self, unsigned request, uintptr_t arg, int *err) {
    file_t *f = (file_t *)self;
    if (request == MP_STREAM_CLOSE) {
        if (f->closed) return 0;
        f->closed = true;
        int e = f->fs->driver->close(f->handle);
        return e ? (*err = e, MP_STREAM_ERROR) : 0;
    }
    if (f->closed) return closed_error(err);
    int e = MP_EINVAL;
    if (request == MP_STREAM_FLUSH) {
        e = f->fs->driver->flush(f->handle);
    } else if (request == MP_STREAM_SEEK) {
        mp_stream_seek_t *s = (mp_stream_seek_t *)arg;
        e = s->whence < 0 || s->whence > 2 ? MP_EINVAL : f->fs->driver->seek(f->handle, &s->offset, s->whence);
    } else if (request == MP_STREAM_POLL) {
        return (mp_int_t)(arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR));
    }
    return e ? (*err = e, MP_STREAM_ERROR) : 0;
}

static const mp_stream_p_t fileio_stream = { file_read, file_write, file_ioctl, false };
static const mp_stream_p_t textio_stream = { file_read, file_write, file_ioctl, true };

mp_obj_t mp_file_new(mp_vfs_fs_t *fs, void *handle, bool text, mp_obj_t name, int flags) {
    (void)flags;
    file_t *f = mp_alloc(sizeof *f);
    if (f == NULL) return MP_OBJ_NULL;
    f->base.type = text ? &textio_type : &fileio_type;
    f->fs = fs;
    f->handle = handle;
    f->name = name;
    return (mp_obj_t)f;
}

/* Iteration: the next line, SENTINEL at the end. */
static mp_obj_t file_iternext(mp_obj_t self) {
    file_t *f = (file_t *)self;
    if (f->closed) return mp_raise_msg(&mp_type_ValueError, "I/O operation on closed file.");
    char initial[128], *buf = initial;
    size_t len = 0, cap = sizeof initial;
    for (;;) {
        char c;
        mp_int_t got = mp_stream_read(self, &c, 1);
        if (got < 0) return MP_OBJ_NULL;
        if (got == 0) break;
        if (len == cap) {
            char *nb = mp_alloc(cap * 2);
            if (nb == NULL) return MP_OBJ_NULL;
            __builtin_memcpy(nb, buf, len);
            buf = nb;
            cap *= 2;
        }
        buf[len++] = c;
        if (c == '\n') break;
    }
    if (len == 0) return MP_OBJ_SENTINEL;
    return f->base.type == &textio_type ? mp_str_new(buf, len) : mp_bytes_new(buf, len);
}

static mp_obj_t file_getiter(mp_obj_t self) { return self; }

static bool file_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, mp_type_of(self) == &textio_type ? "<io.TextIOWrapper>" : "<io.FileIO>");
    return true;
}

static mp_obj_t file_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 4 && __builtin_memcmp(s, "name", 4) == 0) return ((file_t *)self)->name;
    return MP_OBJ_SENTINEL;
}

static const mp_type_t fileio_type = { .base = { &mp_type_type },
    .name = "FileIO",
    .parent = &mp_type_object,
    .print = file_print,
    .getiter = file_getiter,
    .iternext = file_iternext,
    .attr = file_attr,
    .methods = mp_stream_methods,
    .stream = &fileio_stream };

static const mp_type_t textio_type = { .base = { &mp_type_type },
    .name = "TextIOWrapper",
    .parent = &mp_type_object,
    .print = file_print,
    .getiter = file_getiter,
    .iternext = file_iternext,
    .attr = file_attr,
    .methods = mp_stream_methods,
    .stream = &textio_stream };

/* Mode letters to driver flags; false with ValueError raised. */
static bool parse_mode(mp_obj_t mode, int *flags, bool *text) {
    size_t n;
    const char *m = mp_str_data(mode, &n);
    int kind = 0, plus = 0, b = 0, t = 0;
    bool bad = n == 0;
    for (size_t i = 0; i < n && !bad; i++) {
        switch (m[i]) {
        case 'r':
        case 'w':
        case 'a':
        case 'x':
            bad = kind != 0;
            kind = m[i];
            break;
        case '+': bad = plus++; break;
        case 'b': bad = b++ || t; break;
        case 't': bad = t++ || b; break;
        default: bad = true;
        }
    }
    if (bad || kind == 0) {
        mp_raise_fmt(&mp_type_ValueError, "invalid mode: '%S'", mode);
        return false;
    }
    int f = kind == 'r' ? MP_VFS_READ
        : kind == 'w'   ? MP_VFS_WRITE | MP_VFS_CREATE | MP_VFS_TRUNC
        : kind == 'a'   ? MP_VFS_WRITE | MP_VFS_CREATE | MP_VFS_APPEND
                        : MP_VFS_WRITE | MP_VFS_CREATE | MP_VFS_EXCL;
    if (plus) f |= MP_VFS_READ | MP_VFS_WRITE;
    *flags = f;
    *text = !b;
    return true;
}

mp_obj_t mp_builtin_open(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors", "newline", NULL };
    if (!mp_kw_check(kw, "open", names)) return MP_OBJ_NULL;
    mp_obj_t file = n > 0 ? args[0] : mp_kw_get(kw, "file");
    mp_obj_t mode = n > 1 ? args[1] : mp_kw_get(kw, "mode");
    if (file == MP_OBJ_NULL || mode == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (file == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "open() missing required argument 'file' (pos 1)");
    if (mode == MP_OBJ_SENTINEL) {
        mode = mp_str_from_cstr("r");
        if (mode == MP_OBJ_NULL) return mode;
    } else if (mp_type_of(mode) != &mp_type_str) {
        return mp_raise_fmt(&mp_type_TypeError, "open() argument 'mode' must be str, not %s", mp_type_of(mode)->name);
    }
    int flags;
    bool text;
    if (!parse_mode(mode, &flags, &text)) return MP_OBJ_NULL;
    mp_vfs_path_t p;
    if (!mp_vfs_resolve(file, &p)) return MP_OBJ_NULL;
    return mp_vfs_open(p.fs, p.path, file, mode);
}

mp_obj_t mp_vfs_open(mp_vfs_fs_t *fs, const char *path, mp_obj_t name, mp_obj_t mode) {
    int flags;
    bool text;
    if (mp_type_of(mode) != &mp_type_str)
        return mp_raise_fmt(&mp_type_TypeError, "open() argument 'mode' must be str, not %s", mp_type_of(mode)->name);
    if (!parse_mode(mode, &flags, &text)) return MP_OBJ_NULL;
    if ((flags & MP_VFS_WRITE) && mp_vfs_readonly(fs)) return MP_OBJ_NULL;
    void *handle = NULL;
    if (!mp_vfs_check(fs->driver->open((mp_obj_t)fs, path, flags, &handle))) return MP_OBJ_NULL;
    return mp_file_new(fs, handle, text, name, flags);
}
