/* Bound methods: a function with its first argument (self) attached, as
 * obj.method gives when the method is not called at once. */
#include "mpy/runtime.h"

static mp_obj_t bound_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mp_bound_method_t *m = (const mp_bound_method_t *)self;
    mp_obj_t stackbuf[8];
    mp_obj_t *all = stackbuf;
    if (n + 1 > 8) {
        all = mp_alloc((n + 1) * sizeof(mp_obj_t));
        if (all == NULL) return MP_OBJ_NULL;
    }
    all[0] = m->self;
    for (size_t i = 0; i < n; i++) all[i + 1] = args[i];
    return mp_call(m->fn, n + 1, all, kw);
}
static bool bound_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    (void)self;
    mp_print_str(out, "<bound_method>");
    return true;
}
const mp_type_t mp_type_bound_method = {
    .base = { &mp_type_type }, .name = "bound_method", .call = bound_call, .print = bound_print
};

mp_obj_t mp_bound_method_new(mp_obj_t self, mp_obj_t fn) {
    mp_bound_method_t *m = mp_alloc(sizeof *m);
    if (m == NULL) return MP_OBJ_NULL;
    m->base.type = &mp_type_bound_method;
    m->self = self;
    m->fn = fn;
    return (mp_obj_t)m;
}
