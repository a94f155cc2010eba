/* Argument conversion for built-in functions and methods (arg.c): every
 * int, index, str or buffer a built-in reads from its arguments goes
 * through one of these, which check the type first (TypeError, naming what
 * was expected) and the range (OverflowError, IndexError as CPython on a
 * 64-bit host). Each returns false with the exception pending. */
#ifndef MPY_ARG_H
#define MPY_ARG_H

#include "mpy/obj.h"

/* An int (bool counts, __index__ is called) within int64: TypeError
 * "'X' object cannot be interpreted as an integer" otherwise, OverflowError
 * "Python int too large to convert to C ssize_t" beyond int64. */
bool mp_arg_i64(mp_obj_t o, int64_t *out);
/* An int that fits a machine word exactly (OverflowError beyond it): for
 * values whose meaning changes when cut, such as random bounds. */
bool mp_arg_int(mp_obj_t o, mp_int_t *out);
/* A position, count or size: as mp_arg_i64 (so OverflowError only beyond
 * int64, on every target), then saturated to the word, since a position
 * or size past the address space acts as the largest one (IndexError,
 * MemoryError, or the end of a list). */
bool mp_arg_ssize(mp_obj_t o, mp_int_t *out);
/* An int within [lo, hi]: OverflowError with `msg` (CPython's wording for
 * that conversion, such as "Python int too large to convert to C int")
 * outside it. */
bool mp_arg_int_range(mp_obj_t o, int64_t lo, int64_t hi, const char *msg, int64_t *out);
/* A subscript of a sequence of len items, negative from the end: TypeError
 * "<type> indices must be integers or slices, not X", IndexError "<what>
 * index out of range", or "cannot fit 'int' into an index-sized integer". */
bool mp_arg_index(mp_obj_t index, size_t len, size_t *out, const char *type, const char *what);
/* The start/end argument of index(), count(), find() ...: None means
 * `dflt` where `none_ok` (str methods), TypeError where not (list and
 * tuple); an int (big ones saturate) is taken from the end when negative
 * and clamped to [0, len]. TypeError for anything else. */
bool mp_arg_slice_pos(mp_obj_t o, size_t len, bool none_ok, size_t dflt, size_t *out);
/* The count of seq * count, for a sequence of len items of item_size
 * bytes: 1 with *out copies (0 for a negative count or an empty
 * sequence), 0 when count is no int (the operation is not implemented),
 * -1 with an exception: OverflowError beyond int64, or when the result
 * would pass int64 items OverflowError `too_long` (str and bytes, as
 * CPython) or MemoryError (NULL: list, tuple), MemoryError when it could
 * not fit in memory. */
int mp_arg_repeat(mp_obj_t count, size_t len, size_t item_size, const char *too_long, size_t *out);
/* A str: TypeError "<what> must be str, not X" otherwise. */
bool mp_arg_str(mp_obj_t o, const char *what, const char **data, size_t *len);

#endif
