/* What the sequence types (tuple, list, range, ...) share: printing the
 * items, lexicographic comparison, slicing into a
 * new tuple or list, and the iterator over a tuple or list by index. */
#include "mpy/runtime.h"

bool mp_seq_print(
    const mp_print_t *out, const mp_obj_t *items, size_t n, const char *open, const char *close, bool one_comma) {
    mp_print_str(out, open);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) mp_print_str(out, ", ");
        if (!mp_print_obj(out, items[i], MP_PRINT_REPR)) return false;
    }
    if (one_comma && n == 1) mp_print_str(out, ",");
    mp_print_str(out, close);
    return true;
}

mp_obj_t mp_seq_compare(int op, const mp_obj_t *a, size_t na, const mp_obj_t *b, size_t nb) {
    if (!mp_stack_check()) return MP_OBJ_NULL; /* nested sequences recurse through here */
    int cmp = op - MP_OP_COMPARE;
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        mp_obj_t eq = mp_obj_equal(a[i], b[i]);
        if (eq == MP_OBJ_NULL) return eq;
        if (eq == MP_FALSE) break;
    }
    if (i < na && i < nb) {
        if (cmp == MPY_COMPARE_EQ) return MP_FALSE;
        if (cmp == MPY_COMPARE_NE) return MP_TRUE;
        return mp_binary_op(op, a[i], b[i]);
    }
    switch (cmp) {
    case MPY_COMPARE_EQ: return mp_bool(na == nb);
    case MPY_COMPARE_NE: return mp_bool(na != nb);
    case MPY_COMPARE_LT: return mp_bool(na < nb);
    case MPY_COMPARE_LE: return mp_bool(na <= nb);
    case MPY_COMPARE_GT: return mp_bool(na > nb);
    case MPY_COMPARE_GE: return mp_bool(na >= nb);
    default: return MP_NOT_IMPLEMENTED;
    }
}

static mp_obj_t seq_iternext(mp_obj_t o);
const mp_type_t mp_type_seq_iter = { .base = { &mp_type_type }, .name = "iterator", .iternext = seq_iternext };

mp_obj_t mp_seq_getiter(mp_obj_t self) {
    mp_seq_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &mp_type_seq_iter;
    it->seq = self;
    return (mp_obj_t)it;
}

static mp_obj_t seq_iternext(mp_obj_t o) {
    mp_seq_iter_t *it = (mp_seq_iter_t *)o;
    const mp_type_t *t = mp_type_of(it->seq);
    if (t == &mp_type_tuple) {
        const mp_tuple_t *tu = (const mp_tuple_t *)it->seq;
        return it->index < tu->len ? tu->items[it->index++] : MP_OBJ_SENTINEL;
    }
    const mp_list_t *l = (const mp_list_t *)it->seq;
    return it->index < l->len ? l->items[it->index++] : MP_OBJ_SENTINEL;
}

/* items[start:stop:step] as a new tuple or list. */
mp_obj_t mp_seq_slice(const mp_obj_t *items, size_t len, mp_obj_t slice, bool as_list) {
    mp_int_t a, b, st;
    if (!mp_slice_indices(slice, (mp_int_t)len, &a, &b, &st)) return MP_OBJ_NULL;
    mp_int_t n = mp_slice_count(a, b, st);
    mp_obj_t r = as_list ? mp_list_new((size_t)n, NULL) : mp_tuple_new((size_t)n, NULL);
    if (r == MP_OBJ_NULL) return r;
    mp_obj_t *dst = as_list ? ((mp_list_t *)r)->items : ((mp_tuple_t *)r)->items;
    for (mp_int_t i = 0; i < n; i++) dst[i] = items[a + i * st];
    return r;
}
