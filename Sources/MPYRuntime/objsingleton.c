/* The singletons: None, NotImplemented and Ellipsis. Their values are
 * immediate words (obj.h); these are their types. */
#include "mpy/runtime.h"

static bool none_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)self;
    (void)k;
    mp_print_str(out, "None");
    return true;
}
static mp_obj_t none_unary(int op, mp_obj_t self) {
    (void)self;
    if (op == MP_UNARY_BOOL) return MP_FALSE;
    if (op == MP_UNARY_HASH) return mp_small_int(0x5f5e);
    return MP_OBJ_SENTINEL;
}
const mp_type_t mp_type_none = {
    .base = { &mp_type_type }, .name = "NoneType", .print = none_print, .unary_op = none_unary
};

static bool notimpl_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)self;
    (void)k;
    mp_print_str(out, "NotImplemented");
    return true;
}
const mp_type_t mp_type_not_implemented = {
    .base = { &mp_type_type }, .name = "NotImplementedType", .print = notimpl_print
};
static bool ellipsis_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)self;
    (void)k;
    mp_print_str(out, "Ellipsis");
    return true;
}
const mp_type_t mp_type_ellipsis = { .base = { &mp_type_type }, .name = "ellipsis", .print = ellipsis_print };
