/* The console as streams: sys.stdin, sys.stdout and sys.stderr (text
 * streams on the stream protocol, each with a binary twin as `.buffer`),
 * print(..., file=) and input(). stdin is read through the port
 * (mp_port_read_stdin: fd 0 on the host, the semihosting console on the
 * boards) into one small buffer that readline, input() and select.poll
 * share; stdout and stderr write through the runtime's print targets, so
 * they interleave with print() in order. */
#include "mpy/modutil.h"
#include "mpy/stream.h"
#include "mpy/strbuilder.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

typedef struct {
    mp_obj_base_t base;
    int fd;
} stdio_t;

static const mp_type_t text_type, bytes_type;
static const stdio_t text_objs[3] = { { { &text_type }, 0 }, { { &text_type }, 1 }, { { &text_type }, 2 } };
static const stdio_t bytes_objs[3] = { { { &bytes_type }, 0 }, { { &bytes_type }, 1 }, { { &bytes_type }, 2 } };

mp_obj_t mp_sys_stdio(int fd) { return (mp_obj_t)&text_objs[fd]; }

/* stdin's read-ahead: what the port gave and nobody has read yet. */
static char in_buf[256];
static size_t in_pos, in_len;

/* Refills the buffer when it is empty; false with *err set on an error.
 * in_len stays 0 at the end of input. */
static bool fill(int *err) {
    if (in_pos < in_len) return true;
    in_pos = in_len = 0;
    mp_int_t got = mp_port_read_stdin(in_buf, sizeof in_buf);
    if (got < 0) {
        *err = MP_EIO;
        return false;
    }
    in_len = (size_t)got;
    return true;
}

static const mp_print_t *target(int fd) { return fd == 2 ? mp_state.err : mp_state.out; }

static mp_int_t stdio_read(mp_obj_t self, void *buf, size_t size, int *err) {
    if (((const stdio_t *)self)->fd != 0) {
        *err = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    if (size == 0) return 0;
    if (in_pos == in_len && size >= sizeof in_buf) {
        /* A large read goes straight to the port. */
        mp_int_t got = mp_port_read_stdin(buf, size);
        if (got < 0) *err = MP_EIO;
        return got < 0 ? MP_STREAM_ERROR : got;
    }
    if (!fill(err)) return MP_STREAM_ERROR;
    size_t k = in_len - in_pos;
    if (k > size) k = size;
    __builtin_memcpy(buf, in_buf + in_pos, k);
    in_pos += k;
    return (mp_int_t)k;
}

static mp_int_t stdio_write(mp_obj_t self, const void *buf, size_t size, int *err) {
    int fd = ((const stdio_t *)self)->fd;
    if (fd == 0) {
        *err = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    const mp_print_t *p = target(fd);
    p->write(p->ctx, buf, size);
    return (mp_int_t)size;
}

static mp_int_t stdio_ioctl(mp_obj_t self, unsigned request, uintptr_t arg, int *err) {
    int fd = ((const stdio_t *)self)->fd;
    switch (request) {
    case MP_STREAM_POLL: {
        mp_int_t ready = 0;
        if (fd == 0 && (arg & MP_STREAM_POLL_RD) && (in_pos < in_len || mp_port_stdin_wait(0)))
            ready |= MP_STREAM_POLL_RD;
        if (fd != 0) ready |= (mp_int_t)(arg & MP_STREAM_POLL_WR);
        return ready;
    }
    case MP_STREAM_FLUSH:
        if (fd != 0) mp_port_flush();
        return 0;
    case MP_STREAM_CLOSE:
        /* The console stays open (as MicroPython's). */
        return 0;
    default: *err = MP_EINVAL; return MP_STREAM_ERROR;
    }
}

static const mp_stream_p_t text_stream = { stdio_read, stdio_write, stdio_ioctl, true };
static const mp_stream_p_t bytes_stream = { stdio_read, stdio_write, stdio_ioctl, false };

/* One line of stdin, its newline included ("" at the end of input); NULL
 * with an exception raised. */
static mp_obj_t read_line(bool text) {
    mp_strbuilder_t b;
    char initial[128];
    mp_strbuilder_init(&b, initial, sizeof initial);
    for (;;) {
        int err = 0;
        if (!fill(&err)) return mp_raise_errno(err);
        if (in_len == 0) break;
        size_t k = in_pos;
        while (k < in_len && in_buf[k] != '\n') k++;
        bool nl = k < in_len;
        k += nl;
        mp_strbuilder_add(&b, in_buf + in_pos, k - in_pos);
        in_pos = k;
        if (nl) break;
    }
    if (b.failed) return mp_raise_msg(&mp_type_MemoryError, "memory allocation failed");
    return text ? mp_str_new(b.buf, b.len) : mp_bytes_new(b.buf, b.len);
}

static mp_obj_t stdio_getiter(mp_obj_t self) { return self; }

static mp_obj_t stdio_iternext(mp_obj_t self) {
    const stdio_t *s = (const stdio_t *)self;
    if (s->fd != 0) return mp_raise_errno(MP_EBADF);
    mp_obj_t line = read_line(s->base.type == &text_type);
    if (line == MP_OBJ_NULL) return line;
    size_t len = 0;
    if (s->base.type == &text_type)
        mp_str_data(line, &len);
    else
        mp_get_buffer(line, &(const uint8_t *){ NULL }, &len);
    return len == 0 ? MP_OBJ_SENTINEL : line;
}

static mp_obj_t stdio_attr(mp_obj_t self, mp_obj_t name) {
    const stdio_t *s = (const stdio_t *)self;
    size_t len;
    const char *d = mp_str_data(name, &len);
    if (s->base.type == &text_type && len == 6 && __builtin_memcmp(d, "buffer", 6) == 0)
        return (mp_obj_t)&bytes_objs[s->fd];
    return MP_OBJ_SENTINEL;
}

static bool stdio_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    (void)kind;
    const stdio_t *s = (const stdio_t *)self;
    mp_print_str(out, s->base.type == &text_type ? "<io.TextIOWrapper " : "<io.FileIO ");
    mp_print_int(out, s->fd);
    mp_print_str(out, ">");
    return true;
}

static const mp_type_t text_type = { .base = { &mp_type_type },
    .name = "TextIOWrapper",
    .print = stdio_print,
    .attr = stdio_attr,
    .getiter = stdio_getiter,
    .iternext = stdio_iternext,
    .methods = mp_stream_methods,
    .stream = &text_stream };
static const mp_type_t bytes_type = { .base = { &mp_type_type },
    .name = "FileIO",
    .print = stdio_print,
    .getiter = stdio_getiter,
    .iternext = stdio_iternext,
    .methods = mp_stream_methods,
    .stream = &bytes_stream };

const mp_print_t *mp_stdio_target(mp_obj_t file) {
    const mp_type_t *t = mp_type_of(file);
    if (t != &text_type && t != &bytes_type) return NULL;
    int fd = ((const stdio_t *)file)->fd;
    return fd == 0 ? NULL : target(fd);
}

bool mp_stream_print(mp_obj_t file, mp_obj_t s) {
    if (mp_type_of(file) == &text_type && ((const stdio_t *)file)->fd != 0) {
        const mp_print_t *p = target(((const stdio_t *)file)->fd);
        size_t len;
        const char *d = mp_str_data(s, &len);
        p->write(p->ctx, d, len);
        return true;
    }
    mp_obj_t self;
    mp_obj_t w = mp_load_method(file, mp_str_from_cstr("write"), &self);
    if (w == MP_OBJ_NULL) return false;
    mp_obj_t args[2] = { self, s };
    return mp_call(w, self == MP_OBJ_NULL ? 1 : 2, self == MP_OBJ_NULL ? args + 1 : args, NULL) != MP_OBJ_NULL;
}

/* input(prompt=None): the prompt on stdout, then one line of stdin without
 * its newline; EOFError at the end of input. */
mp_obj_t mp_builtin_input(ARGS) {
    (void)kw;
    if (n > 0) {
        if (!mp_print_obj(mp_state.out, a[0], MP_PRINT_STR)) return MP_OBJ_NULL;
        mp_port_flush();
    }
    mp_obj_t line = read_line(true);
    if (line == MP_OBJ_NULL) return line;
    size_t len;
    const char *d = mp_str_data(line, &len);
    if (len == 0) return mp_raise_msg(&mp_type_EOFError, "EOF when reading a line");
    if (d[len - 1] != '\n') return line;
    return mp_str_new(d, len - 1);
}
