/* tuple: an immutable array of objects, its items right after the header.
 * Module images hold constant tuples in read-only data. */
#include "mpy/runtime.h"

mp_obj_t mp_tuple_new(size_t n, const mp_obj_t *items) {
    mp_tuple_t *t = mp_alloc(sizeof *t + n * sizeof(mp_obj_t));
    if (t == NULL) return MP_OBJ_NULL;
    t->base.type = &mp_type_tuple;
    t->len = n;
    if (items)
        for (size_t i = 0; i < n; i++) t->items[i] = items[i];
    return (mp_obj_t)t;
}

static bool tuple_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_tuple_t *t = (const mp_tuple_t *)self;
    return mp_seq_print(out, t->items, t->len, "(", ")", true);
}

static mp_obj_t tuple_unary(int op, mp_obj_t self) {
    const mp_tuple_t *t = (const mp_tuple_t *)self;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(t->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)t->len);
    case MP_UNARY_HASH: {
        mp_uint_t h = 0x345678;
        for (size_t i = 0; i < t->len; i++) {
            mp_obj_t hi = mp_hash(t->items[i]);
            if (hi == MP_OBJ_NULL) return hi;
            h = (h ^ (mp_uint_t)mp_small_int_value(hi)) * 1000003u;
        }
        return mp_small_int((mp_int_t)(h >> 2));
    }
    default: return MP_OBJ_SENTINEL;
    }
}

static mp_obj_t tuple_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op >= MP_OP_INPLACE && op < MP_OP_COMPARE) op -= MP_OP_INPLACE;
    const mp_tuple_t *a = (const mp_tuple_t *)lhs;
    if (op == MPY_BINARY_MUL) {
        size_t n;
        int ok = mp_arg_repeat(rhs, a->len, sizeof(mp_obj_t), NULL, &n);
        if (ok < 0) return MP_OBJ_NULL;
        if (ok == 0) goto not_repeat;
        mp_tuple_t *r = (mp_tuple_t *)mp_tuple_new(a->len * n, NULL);
        if (r == NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < a->len; j++) r->items[(size_t)i * a->len + j] = a->items[j];
        return (mp_obj_t)r;
    }
not_repeat:
    if (reflected || mp_type_of(rhs) != &mp_type_tuple) {
        if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
            for (size_t i = 0; i < a->len; i++) {
                mp_obj_t eq = mp_obj_equal(a->items[i], rhs);
                if (eq != MP_FALSE) return eq;
            }
            return MP_FALSE;
        }
        return MP_NOT_IMPLEMENTED;
    }
    const mp_tuple_t *b = (const mp_tuple_t *)rhs;
    if (op == MPY_BINARY_ADD) {
        mp_tuple_t *r = (mp_tuple_t *)mp_tuple_new(a->len + b->len, NULL);
        if (r == NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < a->len; i++) r->items[i] = a->items[i];
        for (size_t i = 0; i < b->len; i++) r->items[a->len + i] = b->items[i];
        return (mp_obj_t)r;
    }
    if (op >= MP_OP_COMPARE) {
        if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
            for (size_t i = 0; i < a->len; i++) {
                mp_obj_t eq = mp_obj_equal(a->items[i], rhs);
                if (eq != MP_FALSE) return eq;
            }
            return MP_FALSE;
        }
        return mp_seq_compare(op, a->items, a->len, b->items, b->len);
    }
    return MP_NOT_IMPLEMENTED;
}

static mp_obj_t tuple_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "'tuple' object does not support item assignment");
    const mp_tuple_t *t = (const mp_tuple_t *)self;
    if (mp_type_of(index) == &mp_type_slice) return mp_seq_slice(t->items, t->len, index, false);
    size_t i;
    if (!mp_arg_index(index, t->len, &i, "tuple", "tuple")) return MP_OBJ_NULL;
    return t->items[i];
}

static mp_obj_t tuple_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    (void)kw;
    if (n == 0) return mp_tuple_new(0, NULL);
    if (mp_type_of(args[0]) == &mp_type_tuple) return args[0];
    mp_obj_t l = mp_list_new(0, NULL);
    if (l == MP_OBJ_NULL) return l;
    mp_obj_t it = mp_getiter(args[0]);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) break;
        if (!mp_list_append(l, x)) return MP_OBJ_NULL;
    }
    const mp_list_t *lp = (const mp_list_t *)l;
    return mp_tuple_new(lp->len, lp->items);
}

/* ---- methods ---- */

static mp_obj_t t_index(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    const mp_tuple_t *t = (const mp_tuple_t *)a[0];
    size_t from = 0, to = t->len;
    if ((n > 2 && !mp_arg_slice_pos(a[2], t->len, false, 0, &from)) ||
        (n > 3 && !mp_arg_slice_pos(a[3], t->len, false, t->len, &to)))
        return MP_OBJ_NULL;
    for (size_t i = from; i < to; i++) {
        mp_obj_t eq = mp_obj_equal(t->items[i], a[1]);
        if (eq == MP_OBJ_NULL) return eq;
        if (eq == MP_TRUE) return mp_small_int((mp_int_t)i);
    }
    return mp_raise_msg(&mp_type_ValueError, "tuple.index(x): x not in tuple");
}
static mp_obj_t t_count(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_tuple_t *t = (const mp_tuple_t *)a[0];
    mp_int_t c = 0;
    for (size_t i = 0; i < t->len; i++) {
        mp_obj_t eq = mp_obj_equal(t->items[i], a[1]);
        if (eq == MP_OBJ_NULL) return eq;
        c += eq == MP_TRUE;
    }
    return mp_small_int(c);
}
const mp_method_t mp_tuple_methods[] = {
    MP_METHOD("index", t_index, 2, 4),
    MP_METHOD("count", t_count, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_tuple = { .methods = mp_tuple_methods,
    .base = { &mp_type_type },
    .name = "tuple",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = tuple_print,
    .unary_op = tuple_unary,
    .binary_op = tuple_binary,
    .subscr = tuple_subscr,
    .getiter = mp_seq_getiter,
    .make_new = tuple_make_new };
