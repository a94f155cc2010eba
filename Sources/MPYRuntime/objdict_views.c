/* Dict views: keys(), values() and items() see the live dict. Keys and
 * items views are set-like as in CPython: membership, comparisons with
 * sets and other set-like views, the operators | & - ^ with any iterable
 * (the result is a set) and isdisjoint(). */
#include "mpy/runtime.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t dict;
    int kind;
} dict_view_t;

static bool is_set_like(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    return t == &mp_type_set || t == &mp_type_frozenset || t == &mp_type_dict_keys || t == &mp_type_dict_items;
}

static mp_obj_t view_getiter(mp_obj_t self) {
    const dict_view_t *v = (const dict_view_t *)self;
    return mp_dict_iter_new(v->dict, v->kind);
}

static mp_obj_t view_unary(int op, mp_obj_t self) {
    const dict_view_t *v = (const dict_view_t *)self;
    const mp_dict_t *d = (const mp_dict_t *)v->dict;
    if (op == MP_UNARY_LEN) return mp_small_int((mp_int_t)d->used);
    if (op == MP_UNARY_BOOL) return mp_bool(d->used != 0);
    /* A values view is not set-like: it hashes by identity, as in CPython. */
    if (op == MP_UNARY_HASH && v->kind == 1) return mp_small_int((mp_int_t)(self >> 4));
    return MP_OBJ_SENTINEL;
}

/* x in view: a key lookup, or for items a (key, value) pair whose value
 * equals the dict's. Values views search linearly. */
static mp_obj_t view_contains(const dict_view_t *v, mp_obj_t x) {
    if (v->kind == 1) return MP_NOT_IMPLEMENTED;
    mp_obj_t key = x;
    if (v->kind == 2) {
        if (mp_type_of(x) != &mp_type_tuple || ((const mp_tuple_t *)x)->len != 2) return MP_FALSE;
        key = ((const mp_tuple_t *)x)->items[0];
    }
    mp_obj_t r = mp_dict_get((mp_dict_t *)v->dict, key);
    if (r == MP_OBJ_NULL || r == MP_OBJ_SENTINEL) return r == MP_OBJ_NULL ? r : MP_FALSE;
    if (v->kind == 0) return MP_TRUE;
    return mp_obj_equal(r, ((const mp_tuple_t *)x)->items[1]);
}

/* Whether every item of a is in b: MP_TRUE, MP_FALSE or NULL on error. */
static mp_obj_t all_in(mp_obj_t a, mp_obj_t b) {
    mp_obj_t it = mp_getiter(a);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL || x == MP_OBJ_SENTINEL) return x == MP_OBJ_NULL ? x : MP_TRUE;
        mp_obj_t in = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_IN, x, b);
        if (in != MP_TRUE) return in;
    }
}

/* Set comparison of a view with another set-like object. */
static mp_obj_t view_compare(int cmp, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_t ln = mp_len(lhs), rn = ln == MP_OBJ_NULL ? ln : mp_len(rhs);
    if (rn == MP_OBJ_NULL) return rn;
    mp_int_t a = mp_small_int_value(ln), b = mp_small_int_value(rn);
    bool size_ok, forward = true;
    switch (cmp) {
    case MPY_COMPARE_EQ:
    case MPY_COMPARE_NE: size_ok = a == b; break;
    case MPY_COMPARE_LT: size_ok = a < b; break;
    case MPY_COMPARE_LE: size_ok = a <= b; break;
    case MPY_COMPARE_GT:
        size_ok = a > b;
        forward = false;
        break;
    case MPY_COMPARE_GE:
        size_ok = a >= b;
        forward = false;
        break;
    default: return MP_NOT_IMPLEMENTED;
    }
    mp_obj_t r = MP_FALSE;
    if (size_ok) r = forward ? all_in(lhs, rhs) : all_in(rhs, lhs);
    if (r == MP_OBJ_NULL || cmp != MPY_COMPARE_NE) return r;
    return mp_bool(r == MP_FALSE);
}

static mp_obj_t to_set(mp_obj_t o) { return mp_type_set.make_new(&mp_type_set, 1, &o, NULL); }

static mp_obj_t view_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    const dict_view_t *v = (const dict_view_t *)lhs;
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) return view_contains(v, rhs);
    if (v->kind == 1) return MP_NOT_IMPLEMENTED;
    if (op >= MP_OP_COMPARE) return is_set_like(rhs) ? view_compare(op - MP_OP_COMPARE, lhs, rhs) : MP_NOT_IMPLEMENTED;
    if (op >= MP_OP_INPLACE) return MP_NOT_IMPLEMENTED;
    if (op != MPY_BINARY_OR && op != MPY_BINARY_AND && op != MPY_BINARY_SUB && op != MPY_BINARY_XOR)
        return MP_NOT_IMPLEMENTED;
    /* The operands become sets in their original order. */
    mp_obj_t a = to_set(reflected ? rhs : lhs);
    mp_obj_t b = a == MP_OBJ_NULL ? a : to_set(reflected ? lhs : rhs);
    if (b == MP_OBJ_NULL) return b;
    return mp_binary_op(op, a, b);
}

static mp_obj_t m_isdisjoint(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t it = mp_getiter(a[1]);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL || x == MP_OBJ_SENTINEL) return x == MP_OBJ_NULL ? x : MP_TRUE;
        mp_obj_t in = view_contains((const dict_view_t *)a[0], x);
        if (in != MP_FALSE) return in == MP_TRUE ? MP_FALSE : in;
    }
}

static const mp_method_t set_like_methods[] = {
    MP_METHOD("isdisjoint", m_isdisjoint, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

static bool view_print_items(const mp_print_t *out, const dict_view_t *v) {
    mp_print_str(out, v->base.type->name);
    mp_print_str(out, "([");
    mp_obj_t it = mp_dict_iter_new(v->dict, v->kind);
    if (it == MP_OBJ_NULL) return false;
    for (bool first = true;; first = false) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return false;
        if (x == MP_OBJ_SENTINEL) break;
        if (!first) mp_print_str(out, ", ");
        if (!mp_print_obj(out, x, MP_PRINT_REPR)) return false;
    }
    mp_print_str(out, "])");
    return true;
}

static bool view_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_repr_guard_t g;
    if (!mp_repr_enter(&g, self)) {
        mp_print_str(out, "...");
        return true;
    }
    bool ok = view_print_items(out, (const dict_view_t *)self);
    mp_repr_leave(&g);
    return ok;
}

#define VIEW_TYPE(NAME, METHODS) \
    const mp_type_t mp_type_##NAME = { .base = { &mp_type_type }, \
        .name = #NAME, \
        .parent = &mp_type_object, \
        .print = view_print, \
        .unary_op = view_unary, \
        .binary_op = view_binary, \
        .getiter = view_getiter, \
        .methods = METHODS };

VIEW_TYPE(dict_keys, set_like_methods)
VIEW_TYPE(dict_values, NULL)
VIEW_TYPE(dict_items, set_like_methods)

mp_obj_t mp_dict_view_new(mp_obj_t dict, int kind) {
    static const mp_type_t *const types[] = { &mp_type_dict_keys, &mp_type_dict_values, &mp_type_dict_items };
    dict_view_t *v = mp_alloc(sizeof *v);
    if (v == NULL) return MP_OBJ_NULL;
    v->base.type = types[kind];
    v->dict = dict;
    v->kind = kind;
    return (mp_obj_t)v;
}
