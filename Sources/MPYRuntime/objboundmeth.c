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
/* __self__, __func__, and the function's __name__ (MicroPython has the
 * name only; CPython all three). */
static mp_obj_t bound_attr(mp_obj_t self, mp_obj_t name) {
    const mp_bound_method_t *m = (const mp_bound_method_t *)self;
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 8 && __builtin_memcmp(s, "__self__", 8) == 0) return m->self;
    if (n == 8 && __builtin_memcmp(s, "__func__", 8) == 0) return m->fn;
    if (n == 8 && __builtin_memcmp(s, "__name__", 8) == 0) return mp_load_attr(m->fn, name);
    return MP_OBJ_SENTINEL;
}

/* o.m == o.m: the same self (identity) and equal functions, as CPython and
 * MicroPython; the hash agrees (self's identity with the function's hash). */
static mp_obj_t bound_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool eq = op == MP_OP_COMPARE + MPY_COMPARE_EQ;
    if (!eq && op != MP_OP_COMPARE + MPY_COMPARE_NE) return MP_NOT_IMPLEMENTED;
    if (mp_type_of(rhs) != &mp_type_bound_method) return MP_NOT_IMPLEMENTED;
    const mp_bound_method_t *a = (const mp_bound_method_t *)lhs, *b = (const mp_bound_method_t *)rhs;
    mp_obj_t same = a->self == b->self ? mp_obj_equal(a->fn, b->fn) : MP_FALSE;
    if (same == MP_OBJ_NULL) return same;
    return mp_bool((same == MP_TRUE) == eq);
}

static mp_obj_t bound_unary(int op, mp_obj_t self) {
    if (op != MP_UNARY_HASH) return MP_OBJ_SENTINEL;
    const mp_bound_method_t *m = (const mp_bound_method_t *)self;
    mp_obj_t h = mp_hash(m->fn);
    if (h == MP_OBJ_NULL || !mp_is_small_int(h)) return h;
    mp_uint_t v = ((mp_uint_t)m->self >> 4) ^ (mp_uint_t)mp_small_int_value(h);
    return mp_small_int((mp_int_t)(v & MP_SMALL_INT_MAX));
}

const mp_type_t mp_type_bound_method = { .base = { &mp_type_type },
    .name = "bound_method",
    .call = bound_call,
    .print = bound_print,
    .attr = bound_attr,
    .binary_op = bound_binary,
    .unary_op = bound_unary };

mp_obj_t mp_bound_method_new(mp_obj_t self, mp_obj_t fn) {
    mp_bound_method_t *m = mp_alloc(sizeof *m);
    if (m == NULL) return MP_OBJ_NULL;
    m->base.type = &mp_type_bound_method;
    m->self = self;
    m->fn = fn;
    return (mp_obj_t)m;
}
