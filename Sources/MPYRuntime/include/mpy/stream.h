/* The stream protocol: what files, sockets-to-come, the UART, BytesIO and
 * DeflateIO have in common, so that one stream can wrap another (DeflateIO
 * over a file), select.poll can ask any of them whether it is ready, and
 * print/input reach the console through the same calls. Modelled on
 * MicroPython's mp_stream_p_t: a built-in stream type points at one of
 * these; an object of a user class is a stream through its Python methods
 * (readinto/read, write, ioctl), as MicroPython's io.IOBase subclasses. */
#ifndef MPY_STREAM_H
#define MPY_STREAM_H

#include "mpy/runtime.h"

/* Each returns a count of bytes (read: 0 at end of stream) or
 * MP_STREAM_ERROR with *err set to an errno value (MP_EAGAIN: a
 * non-blocking stream has nothing now). They raise nothing themselves,
 * except that *err = -1 means an exception was raised already (a closed
 * file's ValueError). */
#define MP_STREAM_ERROR ((mp_int_t) - 1)
/* That *err = -1 by name (a closed BytesIO's ValueError, EOFError inside
 * a DeflateIO's data, an exception of the stream a DeflateIO wraps). */
#define MP_STREAM_RAISED (-1)
typedef struct mp_stream_p {
    mp_int_t (*read)(mp_obj_t self, void *buf, size_t size, int *err);
    mp_int_t (*write)(mp_obj_t self, const void *buf, size_t size, int *err);
    mp_int_t (*ioctl)(mp_obj_t self, unsigned request, uintptr_t arg, int *err);
    bool is_text; /* read gives str, write takes str */
} mp_stream_p_t;

/* ioctl requests (MicroPython's numbers, which user classes see too). */
enum { MP_STREAM_FLUSH = 1, MP_STREAM_SEEK = 2, MP_STREAM_POLL = 3, MP_STREAM_CLOSE = 4 };
/* MP_STREAM_POLL: arg is the mask of events asked for; the answer is the
 * mask of those ready (the poll.h values select exposes). */
enum {
    MP_STREAM_POLL_RD = 0x0001,
    MP_STREAM_POLL_WR = 0x0004,
    MP_STREAM_POLL_ERR = 0x0008,
    MP_STREAM_POLL_HUP = 0x0010,
    MP_STREAM_POLL_NVAL = 0x0020
};
/* MP_STREAM_SEEK: arg points at one of these; offset is updated to the
 * new absolute position. */
typedef struct mp_stream_seek {
    int64_t offset;
    int whence; /* 0 start, 1 current, 2 end */
} mp_stream_seek_t;

/* errno values the runtime itself sets (Linux's, as MicroPython's). */
enum {
    MP_EPERM = 1,
    MP_ENOENT = 2,
    MP_EIO = 5,
    MP_EBADF = 9,
    MP_EAGAIN = 11,
    MP_ENOMEM = 12,
    MP_EACCES = 13,
    MP_EEXIST = 17,
    MP_ENODEV = 19,
    MP_ENOTDIR = 20,
    MP_EISDIR = 21,
    MP_EINVAL = 22,
    MP_ENOSPC = 28,
    MP_EROFS = 30,
    MP_ENOTEMPTY = 39,
    MP_EOPNOTSUPP = 95,
    MP_ETIMEDOUT = 110
};

/* The protocol of o's type (or of the built-in type a user class derives
 * from), NULL if it has none. */
const mp_stream_p_t *mp_get_stream(mp_obj_t o);

/* Raises OSError(err, "EINVAL") (errno and its name); returns NULL. */
mp_obj_t mp_raise_errno(int err);

/* Reads or writes up to `size` bytes through o's protocol, or through its
 * Python methods for a user class; reads loop until `size` bytes or the
 * end of the stream, writes until all is written. The count done, or -1
 * with an exception raised (OSError for a protocol error). */
mp_int_t mp_stream_read(mp_obj_t o, void *buf, size_t size);
mp_int_t mp_stream_write(mp_obj_t o, const void *buf, size_t size);
/* One ioctl request; the answer, or -1 with an exception raised. A user
 * class answers through its `ioctl(request, arg)` method (arg an int). */
mp_int_t mp_stream_ioctl(mp_obj_t o, unsigned request, uintptr_t arg);

/* The usual methods of a built-in stream, for its method table: read,
 * readinto, readline, readlines, write, flush, close, seek, tell,
 * __enter__, __exit__; each works through mp_get_stream(self). */
extern const mp_method_t mp_stream_methods[];

#endif
