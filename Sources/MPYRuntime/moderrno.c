/* The errno module: the error numbers (Linux values, which MicroPython
 * uses on every port) and errorcode, the dict from number to name. */
#include "mpy/modutil.h"

static const struct {
    const char *name;
    uint8_t value;
} errnos[] = {
    { "EPERM", 1 },
    { "ENOENT", 2 },
    { "ESRCH", 3 },
    { "EINTR", 4 },
    { "EIO", 5 },
    { "ENXIO", 6 },
    { "E2BIG", 7 },
    { "ENOEXEC", 8 },
    { "EBADF", 9 },
    { "ECHILD", 10 },
    { "EAGAIN", 11 },
    { "ENOMEM", 12 },
    { "EACCES", 13 },
    { "EFAULT", 14 },
    { "EBUSY", 16 },
    { "EEXIST", 17 },
    { "EXDEV", 18 },
    { "ENODEV", 19 },
    { "ENOTDIR", 20 },
    { "EISDIR", 21 },
    { "EINVAL", 22 },
    { "ENFILE", 23 },
    { "EMFILE", 24 },
    { "ENOTTY", 25 },
    { "EFBIG", 27 },
    { "ENOSPC", 28 },
    { "ESPIPE", 29 },
    { "EROFS", 30 },
    { "EMLINK", 31 },
    { "EPIPE", 32 },
    { "EDOM", 33 },
    { "ERANGE", 34 },
    { "EDEADLK", 35 },
    { "ENAMETOOLONG", 36 },
    { "ENOSYS", 38 },
    { "ENOTEMPTY", 39 },
    { "ENODATA", 61 },
    { "ETIME", 62 },
    { "EOVERFLOW", 75 },
    { "EILSEQ", 84 },
    { "ENOTSOCK", 88 },
    { "EMSGSIZE", 90 },
    { "ENOPROTOOPT", 92 },
    { "EOPNOTSUPP", 95 },
    { "EAFNOSUPPORT", 97 },
    { "EADDRINUSE", 98 },
    { "EADDRNOTAVAIL", 99 },
    { "ENETDOWN", 100 },
    { "ENETUNREACH", 101 },
    { "ECONNABORTED", 103 },
    { "ECONNRESET", 104 },
    { "ENOBUFS", 105 },
    { "EISCONN", 106 },
    { "ENOTCONN", 107 },
    { "ETIMEDOUT", 110 },
    { "ECONNREFUSED", 111 },
    { "EHOSTUNREACH", 113 },
    { "EALREADY", 114 },
    { "EINPROGRESS", 115 },
    { "ECANCELED", 125 },
};

bool mp_moderrno_fill(mp_dict_t *g) {
    mp_dict_t *codes = mp_dict_new(MP_N(errnos));
    if (codes == NULL) return false;
    for (size_t i = 0; i < MP_N(errnos); i++) {
        mp_obj_t name = mp_str_from_cstr(errnos[i].name), num = mp_small_int(errnos[i].value);
        if (name == MP_OBJ_NULL || !mp_dict_set(g, name, num) || !mp_dict_set(codes, num, name)) return false;
    }
    /* EWOULDBLOCK is EAGAIN (errorcode keeps the first name). */
    return mp_mod_set(g, "EWOULDBLOCK", mp_small_int(11)) && mp_mod_set(g, "errorcode", (mp_obj_t)codes);
}
