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
/* Each a.f makes a new bound method, but two of the same function on the
 * same object are equal and hash equal (a.f == a.f, as CPython). */
static mp_obj_t bound_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op != MP_OP_COMPARE + MPY_COMPARE_EQ && op != MP_OP_COMPARE + MPY_COMPARE_NE) return MP_NOT_IMPLEMENTED;
    if (mp_type_of(rhs) != &mp_type_bound_method) return MP_NOT_IMPLEMENTED;
    const mp_bound_method_t *a = (const mp_bound_method_t *)lhs, *b = (const mp_bound_method_t *)rhs;
    bool eq = a->self == b->self;
    if (eq && a->fn != b->fn) {
        mp_obj_t r = mp_obj_equal(a->fn, b->fn);
        if (r == MP_OBJ_NULL) return r;
        eq = r == MP_TRUE;
    }
    return mp_bool(eq == (op == MP_OP_COMPARE + MPY_COMPARE_EQ));
}

static mp_obj_t bound_unary(int op, mp_obj_t self) {
    if (op != MP_UNARY_HASH) return MP_OBJ_SENTINEL;
    const mp_bound_method_t *m = (const mp_bound_method_t *)self;
    mp_obj_t h = mp_hash(m->fn);
    if (h == MP_OBJ_NULL) return h;
    mp_uint_t v = ((mp_uint_t)m->self >> 4) ^ (mp_uint_t)mp_small_int_value(h);
    return mp_small_int((mp_int_t)(v & MP_SMALL_INT_MAX));
}

const mp_type_t mp_type_bound_method = { .base = { &mp_type_type },
    .name = "bound_method",
    .call = bound_call,
    .print = bound_print,
    .unary_op = bound_unary,
    .binary_op = bound_binary };

mp_obj_t mp_bound_method_new(mp_obj_t self, mp_obj_t fn) {
    mp_bound_method_t *m = mp_alloc(sizeof *m);
    if (m == NULL) return MP_OBJ_NULL;
    m->base.type = &mp_type_bound_method;
    m->self = self;
    m->fn = fn;
    return (mp_obj_t)m;
}
