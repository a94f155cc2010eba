/* The runtime's one growable string: text built piece by piece (str(),
 * repr(), format(), str.format, str % args), then made a str object.
 * It starts empty ({ 0 }) or in a buffer of the caller's (on the C stack,
 * so short results leave no garbage) and moves to the heap when it
 * outgrows it. Out of memory, it fails once (MemoryError pending) and
 * ignores what follows; the caller checks `failed` at the end. */
#ifndef MPY_STRBUILDER_H
#define MPY_STRBUILDER_H

#include "mpy/obj.h"

typedef struct mp_strbuilder {
    char *buf;
    size_t len, cap;
    bool failed;
} mp_strbuilder_t;

/* Starts b in the caller's buffer `initial` of `cap` bytes. */
void mp_strbuilder_init(mp_strbuilder_t *b, char *initial, size_t cap);
void mp_strbuilder_add(mp_strbuilder_t *b, const char *s, size_t n);
/* An mp_print_t write function: ctx is the builder. */
void mp_strbuilder_write(void *ctx, const char *s, size_t n);
/* The text as a str object; NULL (MemoryError pending) if b failed. */
mp_obj_t mp_strbuilder_str(const mp_strbuilder_t *b);

#endif
