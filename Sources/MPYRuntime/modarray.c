/* The array module: array.array is a built-in type (objarray.c); the
 * module only names it, as MicroPython's. */
#include "mpy/modutil.h"

bool mp_modarray_fill(mp_dict_t *g) { return mp_mod_set(g, "array", (mp_obj_t)&mp_type_array); }
