/* Helpers the sequence types share (sequence.c): tuple, list and range
 * compare, slice, print and iterate their items the same way. */
#ifndef MPY_SEQUENCE_H
#define MPY_SEQUENCE_H

#include "mpy/print.h"

/* The items separated by ", " between open and close; a one-item tuple
 * gets its trailing comma with one_comma. */
bool mp_seq_print(
    const mp_print_t *out, const mp_obj_t *items, size_t n, const char *open, const char *close, bool one_comma);
/* Lexicographic comparison (op: MP_OP_COMPARE + enum mpy_compare_op). */
mp_obj_t mp_seq_compare(int op, const mp_obj_t *a, size_t na, const mp_obj_t *b, size_t nb);
/* items[start:stop:step] as a new tuple or list. */
mp_obj_t mp_seq_slice(const mp_obj_t *items, size_t len, mp_obj_t slice, bool as_list);
/* An iterator over a tuple or list by index (mp_type_seq_iter). */
mp_obj_t mp_seq_getiter(mp_obj_t self);

#endif
