/* bool: True and False are immediate words (obj.h); a subclass of int in
 * arithmetic, comparisons and attributes. */
#include "mpy/runtime.h"

static bool bool_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, self == MP_TRUE ? "True" : "False");
    return true;
}
static mp_obj_t bool_unary(int op, mp_obj_t self) {
    mp_obj_t as_int = mp_small_int(self == MP_TRUE);
    if (op == MP_UNARY_BOOL) return self;
    return mp_type_int.unary_op(op, as_int);
}
static mp_obj_t bool_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (lhs == MP_TRUE || lhs == MP_FALSE) lhs = mp_small_int(lhs == MP_TRUE);
    if (rhs == MP_TRUE || rhs == MP_FALSE) rhs = mp_small_int(rhs == MP_TRUE);
    return mp_type_int.binary_op(op, lhs, rhs);
}
static mp_obj_t bool_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    (void)kw;
    if (n == 0) return MP_FALSE;
    int r = mp_truth(args[0]);
    return r < 0 ? MP_OBJ_NULL : mp_bool(r);
}
const mp_type_t mp_type_bool = { .base = { &mp_type_type },
    .name = "bool",
    .parent = &mp_type_int,
    .print = bool_print,
    .unary_op = bool_unary,
    .binary_op = bool_binary,
    .make_new = bool_make_new,
    .attr = mp_int_attr };
