/* Cells: the boxes that hold variables shared between a function and the
 * closures it makes. */
#include "mpy/runtime.h"

const mp_type_t mp_type_cell = { .base = { &mp_type_type }, .name = "cell" };
mp_obj_t mp_cell_new(mp_obj_t value) {
    mp_cell_t *c = mp_alloc(sizeof *c);
    if (c == NULL) return MP_OBJ_NULL;
    c->base.type = &mp_type_cell;
    c->value = value;
    return (mp_obj_t)c;
}
