/* The growable string of strbuilder.h, shared by printing to a string
 * (print.c), the format-spec mini-language (format.c) and printf-style
 * formatting (objstr_percent.c). */
#include "mpy/runtime.h"

void mp_strbuilder_init(mp_strbuilder_t *b, char *initial, size_t cap) {
    b->buf = initial;
    b->len = 0;
    b->cap = cap;
    b->failed = false;
}

void mp_strbuilder_add(mp_strbuilder_t *b, const char *s, size_t n) {
    if (b->failed || n == 0) return;
    if (b->len + n > b->cap) {
        size_t cap = b->cap * 2 + n + 16;
        char *grown = mp_realloc(b->buf, b->len, cap);
        if (grown == NULL) {
            b->failed = true;
            return;
        }
        b->buf = grown;
        b->cap = cap;
    }
    __builtin_memcpy(b->buf + b->len, s, n);
    b->len += n;
}

void mp_strbuilder_write(void *ctx, const char *s, size_t n) { mp_strbuilder_add(ctx, s, n); }

mp_obj_t mp_strbuilder_str(const mp_strbuilder_t *b) {
    if (b->failed) return MP_OBJ_NULL;
    return mp_str_new(b->buf != NULL ? b->buf : "", b->len);
}
