/* object: the root of every class. object() makes a featureless instance;
 * object.__new__ of user classes is mp_instance_alloc (objtype.c). */
#include "mpy/runtime.h"

static mp_obj_t object_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)args;
    (void)kw;
    mp_instance_t *o = mp_alloc(sizeof *o);
    if (o == NULL) return MP_OBJ_NULL;
    o->base.type = type;
    return (mp_obj_t)o;
}
const mp_type_t mp_type_object = {
    .base = { &mp_type_type }, .name = "object", .flags = MP_TYPE_FLAG_BASETYPE, .make_new = object_make_new
};
