/* Built-in containers: tuple, list, dict (insertion-ordered, open
 * addressing over an entries array), range, and the shared sequence
 * iterator. */
#include "mpy/runtime.h"

extern const mp_method_t mp_list_methods[], mp_tuple_methods[], mp_dict_methods[];

/* ---- shared helpers ---- */

static bool print_seq(
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

/* Normalizes a possibly negative index (an int or an object with
 * __index__); false + IndexError when out of range. `type` and `what` name
 * the sequence in the TypeError and IndexError messages. */
static bool seq_index(mp_obj_t index, size_t len, size_t *out, const char *type, const char *what) {
    if (!mp_is_small_int(index)) {
        mp_obj_t i = mp_index_opt(index);
        if (i == MP_OBJ_NULL) return false;
        if (i != MP_OBJ_SENTINEL) index = i;
    }
    if (!mp_is_small_int(index)) {
        mp_raise_fmt(
            &mp_type_TypeError, "%s indices must be integers or slices, not %s", type, mp_type_of(index)->name);
        return false;
    }
    mp_int_t i = mp_small_int_value(index);
    if (i < 0) i += (mp_int_t)len;
    if (i < 0 || (size_t)i >= len) {
        mp_raise_fmt(&mp_type_IndexError, "%s index out of range", what);
        return false;
    }
    *out = (size_t)i;
    return true;
}

static mp_obj_t seq_compare(int op, const mp_obj_t *a, size_t na, const mp_obj_t *b, size_t nb) {
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

static mp_obj_t seq_getiter(mp_obj_t self) {
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

/* ---- tuple ---- */

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
    return print_seq(out, t->items, t->len, "(", ")", true);
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
    if (op == MPY_BINARY_MUL && mp_is_small_int(rhs)) {
        mp_int_t n = mp_small_int_value(rhs);
        if (n < 0) n = 0;
        mp_tuple_t *r = (mp_tuple_t *)mp_tuple_new(a->len * (size_t)n, NULL);
        if (r == NULL) return MP_OBJ_NULL;
        for (mp_int_t i = 0; i < n; i++)
            for (size_t j = 0; j < a->len; j++) r->items[(size_t)i * a->len + j] = a->items[j];
        return (mp_obj_t)r;
    }
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
        return seq_compare(op, a->items, a->len, b->items, b->len);
    }
    return MP_NOT_IMPLEMENTED;
}

/* items[start:stop:step] as a new tuple or list. */
static mp_obj_t slice_items(const mp_obj_t *items, size_t len, mp_obj_t slice, bool as_list) {
    mp_int_t a, b, st;
    if (!mp_slice_indices(slice, (mp_int_t)len, &a, &b, &st)) return MP_OBJ_NULL;
    mp_int_t n = mp_slice_count(a, b, st);
    mp_obj_t r = as_list ? mp_list_new((size_t)n, NULL) : mp_tuple_new((size_t)n, NULL);
    if (r == MP_OBJ_NULL) return r;
    mp_obj_t *dst = as_list ? ((mp_list_t *)r)->items : ((mp_tuple_t *)r)->items;
    for (mp_int_t i = 0; i < n; i++) dst[i] = items[a + i * st];
    return r;
}

static mp_obj_t tuple_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "'tuple' object does not support item assignment");
    const mp_tuple_t *t = (const mp_tuple_t *)self;
    if (mp_type_of(index) == &mp_type_slice) return slice_items(t->items, t->len, index, false);
    size_t i;
    if (!seq_index(index, t->len, &i, "tuple", "tuple")) return MP_OBJ_NULL;
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

const mp_type_t mp_type_tuple = { .methods = mp_tuple_methods,
    .base = { &mp_type_type },
    .name = "tuple",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = tuple_print,
    .unary_op = tuple_unary,
    .binary_op = tuple_binary,
    .subscr = tuple_subscr,
    .getiter = seq_getiter,
    .make_new = tuple_make_new };

/* ---- list ---- */

mp_obj_t mp_list_new(size_t n, const mp_obj_t *items) {
    mp_list_t *l = mp_alloc(sizeof *l);
    if (l == NULL) return MP_OBJ_NULL;
    l->base.type = &mp_type_list;
    size_t cap = n < 4 ? 4 : n;
    l->items = mp_alloc(cap * sizeof(mp_obj_t));
    if (l->items == NULL) return MP_OBJ_NULL;
    l->alloc = cap;
    l->len = n;
    if (items)
        for (size_t i = 0; i < n; i++) l->items[i] = items[i];
    return (mp_obj_t)l;
}

bool mp_list_append(mp_obj_t list, mp_obj_t item) {
    mp_list_t *l = (mp_list_t *)list;
    if (l->len == l->alloc) {
        size_t cap = l->alloc * 2;
        mp_obj_t *ni = mp_realloc(l->items, l->len * sizeof(mp_obj_t), cap * sizeof(mp_obj_t));
        if (ni == NULL) return false;
        l->items = ni;
        l->alloc = cap;
    }
    l->items[l->len++] = item;
    return true;
}

static bool list_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_list_t *l = (const mp_list_t *)self;
    return print_seq(out, l->items, l->len, "[", "]", false);
}

static mp_obj_t list_unary(int op, mp_obj_t self) {
    const mp_list_t *l = (const mp_list_t *)self;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(l->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)l->len);
    case MP_UNARY_HASH: return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'list'");
    default: return MP_OBJ_SENTINEL;
    }
}

static mp_obj_t list_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    bool inplace = op >= MP_OP_INPLACE && op < MP_OP_COMPARE;
    if (inplace) op -= MP_OP_INPLACE;
    mp_list_t *a = (mp_list_t *)lhs;
    if (op == MPY_BINARY_MUL && mp_is_small_int(rhs)) {
        mp_int_t n = mp_small_int_value(rhs);
        if (n < 0) n = 0;
        mp_list_t *r = (mp_list_t *)mp_list_new(a->len * (size_t)n, NULL);
        if (r == NULL) return MP_OBJ_NULL;
        for (mp_int_t i = 0; i < n; i++)
            for (size_t j = 0; j < a->len; j++) r->items[(size_t)i * a->len + j] = a->items[j];
        return (mp_obj_t)r;
    }
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        for (size_t i = 0; i < a->len; i++) {
            mp_obj_t eq = mp_obj_equal(a->items[i], rhs);
            if (eq != MP_FALSE) return eq;
        }
        return MP_FALSE;
    }
    if (reflected) return MP_NOT_IMPLEMENTED;
    if (inplace && op == MPY_BINARY_ADD) {
        if (rhs == lhs) {
            /* l += l: copy the items that are there now. */
            size_t n = a->len;
            for (size_t i = 0; i < n; i++)
                if (!mp_list_append(lhs, a->items[i])) return MP_OBJ_NULL;
            return lhs;
        }
        mp_obj_t it = mp_getiter(rhs);
        if (it == MP_OBJ_NULL) return it;
        for (;;) {
            mp_obj_t x = mp_iternext(it);
            if (x == MP_OBJ_NULL) return x;
            if (x == MP_OBJ_SENTINEL) return lhs;
            if (!mp_list_append(lhs, x)) return MP_OBJ_NULL;
        }
    }
    if (mp_type_of(rhs) != &mp_type_list) return MP_NOT_IMPLEMENTED;
    const mp_list_t *b = (const mp_list_t *)rhs;
    if (op == MPY_BINARY_ADD) {
        mp_list_t *r = (mp_list_t *)mp_list_new(a->len + b->len, NULL);
        if (r == NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < a->len; i++) r->items[i] = a->items[i];
        for (size_t i = 0; i < b->len; i++) r->items[a->len + i] = b->items[i];
        return (mp_obj_t)r;
    }
    if (op >= MP_OP_COMPARE) return seq_compare(op, a->items, a->len, b->items, b->len);
    return MP_NOT_IMPLEMENTED;
}

static mp_obj_t list_slice_assign(mp_list_t *l, mp_obj_t slice, mp_obj_t value) {
    mp_int_t a, b, st;
    if (!mp_slice_indices(slice, (mp_int_t)l->len, &a, &b, &st)) return MP_OBJ_NULL;
    mp_int_t n = mp_slice_count(a, b, st);
    if (value == MP_OBJ_NULL) {
        /* del l[a:b:st] */
        if (st < 0) {
            a = a + (n - 1) * st;
            st = -st;
        }
        size_t w = 0;
        for (size_t i = 0; i < l->len; i++) {
            bool gone = (mp_int_t)i >= a && ((mp_int_t)i - a) % st == 0 && ((mp_int_t)i - a) / st < n;
            if (!gone) l->items[w++] = l->items[i];
        }
        l->len = w;
        return MP_NONE;
    }
    mp_obj_t src = mp_type_list.make_new(&mp_type_list, 1, &value, NULL);
    if (src == MP_OBJ_NULL) return src;
    const mp_list_t *sl = (const mp_list_t *)src;
    if (st != 1) {
        if ((mp_int_t)sl->len != n)
            return mp_raise_fmt(&mp_type_ValueError,
                "attempt to assign sequence of size %d to extended slice of size %d", (int)sl->len, (int)n);
        for (mp_int_t i = 0; i < n; i++) l->items[a + i * st] = sl->items[i];
        return MP_NONE;
    }
    if (b < a) b = a;
    size_t new_len = l->len - (size_t)(b - a) + sl->len;
    if (new_len > l->alloc) {
        mp_obj_t *ni = mp_realloc(l->items, l->len * sizeof(mp_obj_t), new_len * sizeof(mp_obj_t));
        if (ni == NULL) return MP_OBJ_NULL;
        l->items = ni;
        l->alloc = new_len;
    }
    size_t tail = l->len - (size_t)b;
    __builtin_memmove(l->items + a + sl->len, l->items + b, tail * sizeof(mp_obj_t));
    for (size_t i = 0; i < sl->len; i++) l->items[a + (mp_int_t)i] = sl->items[i];
    l->len = new_len;
    return MP_NONE;
}

static mp_obj_t list_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_list_t *l = (mp_list_t *)self;
    if (mp_type_of(index) == &mp_type_slice) {
        if (value == MP_OBJ_SENTINEL) return slice_items(l->items, l->len, index, true);
        return list_slice_assign(l, index, value);
    }
    size_t i;
    if (!seq_index(index, l->len, &i, "list", "list")) {
        if (value != MP_OBJ_SENTINEL && mp_is_small_int(index)) {
            mp_state.exc = MP_OBJ_NULL;
            return mp_raise_msg(&mp_type_IndexError,
                value == MP_OBJ_NULL ? "list assignment index out of range" : "list assignment index out of range");
        }
        return MP_OBJ_NULL;
    }
    if (value == MP_OBJ_SENTINEL) return l->items[i];
    if (value == MP_OBJ_NULL) {
        for (size_t j = i + 1; j < l->len; j++) l->items[j - 1] = l->items[j];
        l->len--;
        return MP_NONE;
    }
    l->items[i] = value;
    return MP_NONE;
}

static mp_obj_t list_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    (void)kw;
    mp_obj_t l = mp_list_new(0, NULL);
    if (l == MP_OBJ_NULL || n == 0) return l;
    mp_obj_t it = mp_getiter(args[0]);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) return l;
        if (!mp_list_append(l, x)) return MP_OBJ_NULL;
    }
}

const mp_type_t mp_type_list = { .methods = mp_list_methods,
    .base = { &mp_type_type },
    .name = "list",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = list_print,
    .unary_op = list_unary,
    .binary_op = list_binary,
    .subscr = list_subscr,
    .getiter = seq_getiter,
    .make_new = list_make_new };

/* ---- dict ---- */

mp_dict_t *mp_dict_new(size_t capacity) {
    mp_dict_t *d = mp_alloc(sizeof *d);
    if (d == NULL) return NULL;
    d->base.type = &mp_type_dict;
    if (capacity > 0) {
        d->entries = mp_alloc(capacity * sizeof(mp_dict_entry_t));
        if (d->entries == NULL) return NULL;
        d->alloc = capacity;
    }
    return d;
}

static mp_uint_t key_hash(mp_obj_t key, bool *ok) {
    *ok = true;
    if (mp_is_small_int(key)) return (mp_uint_t)mp_small_int_value(key);
    if (mp_is_ptr(key) && ((const mp_obj_base_t *)key)->type == &mp_type_str) return mp_str_hash(key);
    mp_obj_t h = mp_hash(key);
    if (h == MP_OBJ_NULL) {
        *ok = false;
        return 0;
    }
    return (mp_uint_t)mp_small_int_value(h);
}

/* Finds the entry for key: its entry number, or -1 (absent); -2 on error.
 * *slot_out receives the index slot where it is or would go. */
static long dict_find(const mp_dict_t *d, mp_obj_t key, mp_uint_t hash, size_t *slot_out) {
    if (d->index_mask == 0) {
        for (size_t i = 0; i < d->filled; i++) {
            const mp_dict_entry_t *e = &d->entries[i];
            if (e->key == MP_OBJ_NULL) continue;
            if (e->key == key) return (long)i;
            if (e->hash == hash) {
                mp_obj_t eq = mp_obj_equal(e->key, key);
                if (eq == MP_OBJ_NULL) return -2;
                if (eq == MP_TRUE) return (long)i;
            }
        }
        return -1;
    }
    size_t mask = d->index_mask, slot = hash & mask, free_slot = (size_t)-1;
    for (size_t probe = 0; probe <= mask; probe++) {
        int32_t ix = d->index[slot];
        if (ix == -1) {
            *slot_out = free_slot != (size_t)-1 ? free_slot : slot;
            return -1;
        }
        if (ix == -2) {
            if (free_slot == (size_t)-1) free_slot = slot;
        } else {
            const mp_dict_entry_t *e = &d->entries[ix];
            if (e->key == key) {
                *slot_out = slot;
                return ix;
            }
            if (e->hash == hash) {
                mp_obj_t eq = mp_obj_equal(e->key, key);
                if (eq == MP_OBJ_NULL) return -2;
                if (eq == MP_TRUE) {
                    *slot_out = slot;
                    return ix;
                }
            }
        }
        slot = (slot + 1) & mask;
    }
    *slot_out = free_slot;
    return -1;
}

static bool dict_reindex(mp_dict_t *d, size_t need) {
    /* Compact entries and build an index when the dict grows past 8. */
    size_t cap = d->alloc < 4 ? 4 : d->alloc;
    while (cap < need) cap *= 2;
    mp_dict_entry_t *ne = mp_alloc(cap * sizeof *ne);
    if (ne == NULL) return false;
    size_t n = 0;
    for (size_t i = 0; i < d->filled; i++)
        if (d->entries[i].key != MP_OBJ_NULL) ne[n++] = d->entries[i];
    d->entries = ne;
    d->version++;
    d->alloc = cap;
    d->filled = n;
    if (cap > 8) {
        size_t isize = 16;
        while (isize < cap * 2) isize *= 2;
        int32_t *idx = mp_alloc(isize * sizeof *idx);
        if (idx == NULL) return false;
        for (size_t i = 0; i < isize; i++) idx[i] = -1;
        for (size_t i = 0; i < n; i++) {
            size_t s = ne[i].hash & (isize - 1);
            while (idx[s] != -1) s = (s + 1) & (isize - 1);
            idx[s] = (int32_t)i;
        }
        d->index = idx;
        d->index_mask = isize - 1;
    } else {
        d->index = NULL;
        d->index_mask = 0;
    }
    return true;
}

/* The entry number of `key`: -1 when absent, -2 on error. */
long mp_dict_index(mp_dict_t *d, mp_obj_t key) {
    bool ok;
    mp_uint_t h = key_hash(key, &ok);
    if (!ok) return -2;
    size_t slot;
    return dict_find(d, key, h, &slot);
}

mp_obj_t mp_dict_get(mp_dict_t *d, mp_obj_t key) {
    bool ok;
    mp_uint_t h = key_hash(key, &ok);
    if (!ok) return MP_OBJ_NULL;
    size_t slot;
    long i = dict_find(d, key, h, &slot);
    if (i == -2) return MP_OBJ_NULL;
    return i < 0 ? MP_OBJ_SENTINEL : d->entries[i].value;
}

bool mp_dict_set(mp_dict_t *d, mp_obj_t key, mp_obj_t value) {
    bool ok;
    mp_uint_t h = key_hash(key, &ok);
    if (!ok) return false;
    size_t slot = 0;
    long i = dict_find(d, key, h, &slot);
    if (i == -2) return false;
    if (i >= 0) {
        d->entries[i].value = value;
        if (d->is_class) mp_class_epoch++;
        return true;
    }
    if (d->filled == d->alloc) {
        if (!dict_reindex(d, d->used + 1 > d->alloc ? d->alloc * 2 : d->alloc)) return false;
        i = dict_find(d, key, h, &slot);
    }
    size_t e = d->filled++;
    mp_dict_keys_changed(d);
    d->entries[e].key = key;
    d->entries[e].value = value;
    d->entries[e].hash = h;
    d->used++;
    if (d->index_mask != 0) d->index[slot] = (int32_t)e;
    return true;
}

int mp_dict_delete(mp_dict_t *d, mp_obj_t key) {
    bool ok;
    mp_uint_t h = key_hash(key, &ok);
    if (!ok) return -1;
    size_t slot = 0;
    long i = dict_find(d, key, h, &slot);
    if (i == -2) return -1;
    if (i < 0) return 0;
    d->entries[i].key = MP_OBJ_NULL;
    d->entries[i].value = MP_OBJ_NULL;
    mp_dict_keys_changed(d);
    if (d->index_mask != 0) d->index[slot] = -2;
    d->used--;
    return 1;
}

static bool dict_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_dict_t *d = (const mp_dict_t *)self;
    mp_print_str(out, "{");
    bool first = true;
    for (size_t i = 0; i < d->filled; i++) {
        const mp_dict_entry_t *e = &d->entries[i];
        if (e->key == MP_OBJ_NULL) continue;
        if (!first) mp_print_str(out, ", ");
        first = false;
        if (!mp_print_obj(out, e->key, MP_PRINT_REPR)) return false;
        mp_print_str(out, ": ");
        if (!mp_print_obj(out, e->value, MP_PRINT_REPR)) return false;
    }
    mp_print_str(out, "}");
    return true;
}

static mp_obj_t dict_unary(int op, mp_obj_t self) {
    const mp_dict_t *d = (const mp_dict_t *)self;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(d->used != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)d->used);
    case MP_UNARY_HASH: return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'dict'");
    default: return MP_OBJ_SENTINEL;
    }
}

static mp_obj_t dict_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        mp_obj_t v = mp_dict_get((mp_dict_t *)lhs, rhs);
        if (v == MP_OBJ_NULL) return v;
        return mp_bool(v != MP_OBJ_SENTINEL);
    }
    if ((op == MP_OP_COMPARE + MPY_COMPARE_EQ || op == MP_OP_COMPARE + MPY_COMPARE_NE) &&
        mp_type_of(rhs) == &mp_type_dict) {
        mp_dict_t *a = (mp_dict_t *)lhs, *b = (mp_dict_t *)rhs;
        bool eq = a->used == b->used;
        for (size_t i = 0; eq && i < a->filled; i++) {
            if (a->entries[i].key == MP_OBJ_NULL) continue;
            mp_obj_t v = mp_dict_get(b, a->entries[i].key);
            if (v == MP_OBJ_NULL) return v;
            if (v == MP_OBJ_SENTINEL) {
                eq = false;
                break;
            }
            mp_obj_t e = mp_obj_equal(a->entries[i].value, v);
            if (e == MP_OBJ_NULL) return e;
            eq = e == MP_TRUE;
        }
        return mp_bool(op == MP_OP_COMPARE + MPY_COMPARE_EQ ? eq : !eq);
    }
    return MP_NOT_IMPLEMENTED;
}

static mp_obj_t dict_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_dict_t *d = (mp_dict_t *)self;
    if (value == MP_OBJ_SENTINEL) {
        mp_obj_t v = mp_dict_get(d, index);
        if (v == MP_OBJ_SENTINEL) {
            mp_obj_t e = mp_exception_new(&mp_type_KeyError, 1, &index);
            return e == MP_OBJ_NULL ? e : mp_raise(e);
        }
        return v;
    }
    if (value == MP_OBJ_NULL) {
        int r = mp_dict_delete(d, index);
        if (r < 0) return MP_OBJ_NULL;
        if (r == 0) {
            mp_obj_t e = mp_exception_new(&mp_type_KeyError, 1, &index);
            return e == MP_OBJ_NULL ? e : mp_raise(e);
        }
        return MP_NONE;
    }
    return mp_dict_set(d, index, value) ? MP_NONE : MP_OBJ_NULL;
}

typedef struct {
    mp_obj_base_t base;
    mp_dict_t *dict;
    size_t index;
    int kind;
    size_t used;
} dict_iter_t;
static mp_obj_t dict_iternext(mp_obj_t o) {
    dict_iter_t *it = (dict_iter_t *)o;
    if (it->dict->used != it->used)
        return mp_raise_msg(&mp_type_RuntimeError, "dictionary changed size during iteration");
    while (it->index < it->dict->filled) {
        const mp_dict_entry_t *e = &it->dict->entries[it->index++];
        if (e->key == MP_OBJ_NULL) continue;
        if (it->kind == 0) return e->key;
        if (it->kind == 1) return e->value;
        mp_obj_t pair[2] = { e->key, e->value };
        return mp_tuple_new(2, pair);
    }
    return MP_OBJ_SENTINEL;
}
const mp_type_t mp_type_dict_iter = { .base = { &mp_type_type }, .name = "dict_iterator", .iternext = dict_iternext };
mp_obj_t mp_dict_iter_new(mp_obj_t dict, int kind) {
    dict_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &mp_type_dict_iter;
    it->dict = (mp_dict_t *)dict;
    it->kind = kind;
    it->used = it->dict->used;
    return (mp_obj_t)it;
}
static mp_obj_t dict_getiter(mp_obj_t self) { return mp_dict_iter_new(self, 0); }

/* Element number `index` of a dict update sequence: an iterable of exactly
 * two items, the key and the value (CPython's errors otherwise). */
static bool update_pair(mp_obj_t x, int index, mp_obj_t kv[2]) {
    mp_obj_t it = mp_getiter(x);
    if (it == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        mp_raise_fmt(&mp_type_TypeError, "cannot convert dictionary update sequence element #%d to a sequence", index);
        return false;
    }
    int n = 0;
    for (;;) {
        mp_obj_t y = mp_iternext(it);
        if (y == MP_OBJ_NULL) return false;
        if (y == MP_OBJ_SENTINEL) break;
        if (n < 2) kv[n] = y;
        n++;
    }
    if (n == 2) return true;
    mp_raise_fmt(&mp_type_ValueError, "dictionary update sequence element #%d has length %d; 2 is required", index, n);
    return false;
}

static mp_obj_t dict_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    mp_dict_t *d = mp_dict_new(0);
    if (d == NULL) return MP_OBJ_NULL;
    if (n > 0) {
        int index = 0;
        mp_obj_t it = mp_getiter(mp_type_of(args[0]) == &mp_type_dict || mp_type_of(args[0])->parent == &mp_type_dict
                ? mp_dict_iter_new(args[0], 2)
                : args[0]);
        if (it == MP_OBJ_NULL) return it;
        for (;;) {
            mp_obj_t x = mp_iternext(it);
            if (x == MP_OBJ_NULL) return x;
            if (x == MP_OBJ_SENTINEL) break;
            mp_obj_t kv[2];
            if (!update_pair(x, index++, kv) || !mp_dict_set(d, kv[0], kv[1])) return MP_OBJ_NULL;
        }
    }
    if (kw)
        for (size_t i = 0; i < kw->filled; i++)
            if (kw->entries[i].key != MP_OBJ_NULL && !mp_dict_set(d, kw->entries[i].key, kw->entries[i].value))
                return MP_OBJ_NULL;
    return (mp_obj_t)d;
}

const mp_type_t mp_type_dict = { .methods = mp_dict_methods,
    .base = { &mp_type_type },
    .name = "dict",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = dict_print,
    .unary_op = dict_unary,
    .binary_op = dict_binary,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .make_new = dict_make_new };

/* ---- range ---- */

static mp_obj_t range_iternext(mp_obj_t o) {
    mp_range_iter_t *it = (mp_range_iter_t *)o;
    if (it->step > 0 ? it->cur >= it->stop : it->cur <= it->stop) return MP_OBJ_SENTINEL;
    mp_int_t v = it->cur;
    it->cur += it->step;
    return mp_int_from_i64(v);
}
const mp_type_t mp_type_range_iter = {
    .base = { &mp_type_type }, .name = "range_iterator", .iternext = range_iternext
};

/* The iterator of a range whose values leave the machine word (32-bit targets). */
typedef struct {
    mp_obj_base_t base;
    int64_t cur, stop, step;
} range_iter64_t;
static mp_obj_t range_iter64_next(mp_obj_t o) {
    range_iter64_t *it = (range_iter64_t *)o;
    if (it->step > 0 ? it->cur >= it->stop : it->cur <= it->stop) return MP_OBJ_SENTINEL;
    int64_t v = it->cur;
    if (__builtin_add_overflow(it->cur, it->step, &it->cur)) it->cur = it->stop;
    return mp_int_from_i64(v);
}
static const mp_type_t range_iter64_type = {
    .base = { &mp_type_type }, .name = "range_iterator", .iternext = range_iter64_next
};

/* Number of values (always fits 64 bits unsigned). */
static uint64_t range_len64(const mp_range_t *r) {
    uint64_t span, step;
    if (r->step > 0) {
        if (r->start >= r->stop) return 0;
        span = (uint64_t)r->stop - (uint64_t)r->start;
        step = (uint64_t)r->step;
    } else {
        if (r->start <= r->stop) return 0;
        span = (uint64_t)r->start - (uint64_t)r->stop;
        step = -(uint64_t)r->step;
    }
    return (span - 1) / step + 1;
}

/* The length as a machine word (len(), indexing, slicing); OverflowError
 * when it does not fit, as CPython's ssize_t. */
static bool range_len(const mp_range_t *r, mp_int_t *out) {
    uint64_t n = range_len64(r);
    if (n > (uint64_t)INTPTR_MAX) {
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = (mp_int_t)n;
    return true;
}

static bool fits_word(int64_t v) { return v >= INTPTR_MIN && v <= INTPTR_MAX; }

static mp_obj_t range_getiter(mp_obj_t self) {
    const mp_range_t *r = (const mp_range_t *)self;
    /* Word-sized when every value and the one past the end fit a word. */
    int64_t after;
    if (fits_word(r->start) && fits_word(r->step) && !__builtin_add_overflow(r->stop, r->step, &after) &&
        fits_word(r->stop) && fits_word(after)) {
        mp_range_iter_t *it = mp_alloc(sizeof *it);
        if (it == NULL) return MP_OBJ_NULL;
        it->base.type = &mp_type_range_iter;
        it->cur = (mp_int_t)r->start;
        it->stop = (mp_int_t)r->stop;
        it->step = (mp_int_t)r->step;
        return (mp_obj_t)it;
    }
    range_iter64_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &range_iter64_type;
    it->cur = r->start;
    it->stop = r->stop;
    it->step = r->step;
    return (mp_obj_t)it;
}

static bool print_i64(const mp_print_t *out, int64_t v) {
    mp_obj_t o = mp_int_from_i64(v);
    return o != MP_OBJ_NULL && mp_print_obj(out, o, MP_PRINT_STR);
}

static bool range_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_range_t *r = (const mp_range_t *)self;
    mp_print_str(out, "range(");
    if (!print_i64(out, r->start)) return false;
    mp_print_str(out, ", ");
    if (!print_i64(out, r->stop)) return false;
    if (r->step != 1) {
        mp_print_str(out, ", ");
        if (!print_i64(out, r->step)) return false;
    }
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t range_unary(int op, mp_obj_t self) {
    const mp_range_t *r = (const mp_range_t *)self;
    if (op == MP_UNARY_LEN) {
        mp_int_t n;
        return range_len(r, &n) ? mp_int_from_i64(n) : MP_OBJ_NULL;
    }
    if (op == MP_UNARY_BOOL) return mp_bool(range_len64(r) != 0);
    return MP_OBJ_SENTINEL;
}

static mp_obj_t range_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "'range' object does not support item assignment");
    const mp_range_t *r = (const mp_range_t *)self;
    mp_int_t len;
    if (!range_len(r, &len)) return MP_OBJ_NULL;
    if (mp_type_of(index) == &mp_type_slice) {
        mp_int_t a, b, st;
        if (!mp_slice_indices(index, len, &a, &b, &st)) return MP_OBJ_NULL;
        mp_range_t *nr = mp_alloc(sizeof *nr);
        if (nr == NULL) return MP_OBJ_NULL;
        nr->base.type = &mp_type_range;
        nr->start = r->start + (int64_t)a * r->step;
        nr->stop = r->start + (int64_t)b * r->step;
        nr->step = r->step * st;
        return (mp_obj_t)nr;
    }
    size_t i;
    if (!seq_index(index, (size_t)len, &i, "range", "range object")) return MP_OBJ_NULL;
    return mp_int_from_i64(r->start + (int64_t)i * r->step);
}

static mp_obj_t range_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    (void)kw;
    int64_t v[3] = { 0, 0, 1 };
    if (n < 1 || n > 3) return mp_raise_fmt(&mp_type_TypeError, "range expected at most 3 arguments, got %d", (int)n);
    for (size_t i = 0; i < n; i++) {
        /* Any int that fits 64 bits, or an object with __index__. */
        mp_obj_t a = mp_index(args[i]);
        if (a == MP_OBJ_NULL) return a;
        if (!mp_int_to_i64(a, &v[i]))
            return mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    mp_range_t *r = mp_alloc(sizeof *r);
    if (r == NULL) return MP_OBJ_NULL;
    r->base.type = &mp_type_range;
    if (n == 1) {
        r->start = 0;
        r->stop = v[0];
        r->step = 1;
    } else {
        r->start = v[0];
        r->stop = v[1];
        r->step = n == 3 ? v[2] : 1;
    }
    if (r->step == 0) return mp_raise_msg(&mp_type_ValueError, "range() arg 3 must not be zero");
    return (mp_obj_t)r;
}

static mp_obj_t range_index(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_range_t *r = (const mp_range_t *)a[0];
    int64_t v;
    uint64_t len = range_len64(r);
    if ((mp_is_small_int(a[1]) || mp_type_of(a[1]) == &mp_type_int) && mp_int_to_i64(a[1], &v)) {
        /* The offset from start in steps, in unsigned arithmetic (it may not fit int64). */
        bool up = r->step > 0;
        uint64_t step = up ? (uint64_t)r->step : -(uint64_t)r->step;
        if (up ? v >= r->start : v <= r->start) {
            uint64_t off = up ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
            if (off % step == 0 && off / step < len) return mp_int_from_i64((int64_t)(off / step));
        }
    }
    return mp_raise_fmt(&mp_type_ValueError, "%R is not in range", a[1]);
}
static mp_obj_t range_count(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    mp_obj_t r = range_index(n, a, kw);
    if (r == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        return mp_small_int(0);
    }
    return mp_small_int(1);
}
static mp_obj_t range_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        mp_obj_t a[2] = { lhs, rhs };
        mp_obj_t r = range_index(2, a, NULL);
        if (r == MP_OBJ_NULL) {
            mp_state.exc = MP_OBJ_NULL;
            return MP_FALSE;
        }
        return MP_TRUE;
    }
    if ((op == MP_OP_COMPARE + MPY_COMPARE_EQ || op == MP_OP_COMPARE + MPY_COMPARE_NE) &&
        mp_type_of(rhs) == &mp_type_range) {
        const mp_range_t *x = (const mp_range_t *)lhs, *y = (const mp_range_t *)rhs;
        uint64_t lx = range_len64(x), ly = range_len64(y);
        bool eq = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
        return mp_bool(op == MP_OP_COMPARE + MPY_COMPARE_EQ ? eq : !eq);
    }
    return MP_NOT_IMPLEMENTED;
}
static mp_obj_t range_attr(mp_obj_t self, mp_obj_t name) {
    const mp_range_t *r = (const mp_range_t *)self;
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 5 && __builtin_memcmp(s, "start", 5) == 0) return mp_int_from_i64(r->start);
    if (n == 4 && __builtin_memcmp(s, "stop", 4) == 0) return mp_int_from_i64(r->stop);
    if (n == 4 && __builtin_memcmp(s, "step", 4) == 0) return mp_int_from_i64(r->step);
    return MP_OBJ_SENTINEL;
}
static const mp_method_t range_methods[] = {
    MP_METHOD("index", range_index, 2, 2),
    MP_METHOD("count", range_count, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_range = { .methods = range_methods,
    .binary_op = range_binary,
    .attr = range_attr,
    .base = { &mp_type_type },
    .name = "range",
    .parent = &mp_type_object,
    .print = range_print,
    .unary_op = range_unary,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .make_new = range_make_new };
