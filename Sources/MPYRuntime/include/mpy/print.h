/* Output: the print target (stdout, stderr, a string being built) that
 * print(), repr() and tracebacks write to, and printing objects to one. */
#ifndef MPY_PRINT_H
#define MPY_PRINT_H

#include "mpy/obj.h"

typedef struct mp_print {
    void (*write)(void *ctx, const char *s, size_t n);
    void *ctx;
} mp_print_t;

typedef enum { MP_PRINT_STR, MP_PRINT_REPR } mp_print_kind_t;

bool mp_print_obj(const mp_print_t *out, mp_obj_t o, mp_print_kind_t kind);
/* o's text written only once it is whole, as CPython's print(): an error
 * part way (RecursionError, a raising __repr__) writes nothing of o. */
bool mp_print_obj_whole(const mp_print_t *out, mp_obj_t o, mp_print_kind_t kind);
void mp_print_str(const mp_print_t *out, const char *s);
void mp_print_int(const mp_print_t *out, mp_int_t v);
/* " at 0x...": the address an object's default repr shows (CPython, MicroPython). */
void mp_print_at(const mp_print_t *out, mp_obj_t o);
/* The same text in buf (at least 24 bytes); returns its length. */
size_t mp_format_at(char *buf, mp_obj_t o);
/* CPython's "repr in progress": a container that can hold itself (list,
 * dict, deque, dict views, OrderedDict) enters before printing its items
 * and leaves after, on every path. Entering one already being printed
 * returns false: it prints its placeholder (`[...]`, `{...}`, `...`)
 * instead. The guards are a chain of the callers' stack frames. */
typedef struct mp_repr_guard {
    mp_obj_t obj;
    struct mp_repr_guard *prev;
} mp_repr_guard_t;
bool mp_repr_enter(mp_repr_guard_t *g, mp_obj_t o);
void mp_repr_leave(mp_repr_guard_t *g);

mp_obj_t mp_obj_str(mp_obj_t o, mp_print_kind_t kind); /* str() or repr() as a str object */
mp_obj_t mp_obj_str_as(const struct mp_type *t, mp_obj_t o, mp_print_kind_t kind); /* printed by t's slot */

#endif
