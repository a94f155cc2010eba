/* dict: insertion-ordered, its entries in an array in order plus an
 * open-addressing index of them; lookup, insertion, deletion, the type's
 * slots, the key/value/item iterator, and the methods. */
#include "mpy/runtime.h"

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

/* A str's hash: interned names carry theirs from the compiler, a heap
 * str computes it once. */
static inline mp_uint_t str_hash(mp_obj_t key) {
    mp_uint_t h = ((const mp_str_t *)key)->hash;
    return h != 0 ? h : mp_str_hash(key);
}

static inline mp_uint_t key_hash(mp_obj_t key, bool *ok) {
    *ok = true;
    if (mp_is_small_int(key)) return (mp_uint_t)mp_small_int_value(key);
    if (mp_is_ptr(key) && ((const mp_obj_base_t *)key)->type == &mp_type_str) return str_hash(key);
    mp_obj_t h = mp_hash(key);
    if (h == MP_OBJ_NULL) {
        *ok = false;
        return 0;
    }
    return (mp_uint_t)mp_small_int_value(h);
}

/* Finds the entry for key: its entry number, or -1 (absent); -2 on error.
 * *slot_out receives the index slot where it is or would go. Keys compare
 * by address first: names are interned, so a hit is one comparison. */
static inline __attribute__((always_inline)) long dict_find(
    const mp_dict_t *d, mp_obj_t key, mp_uint_t hash, size_t *slot_out) {
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

/* mp_dict_index for a str key (attribute and global names). */
long mp_dict_index_str(mp_dict_t *d, mp_obj_t key) {
    size_t slot;
    return dict_find(d, key, str_hash(key), &slot);
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

static bool dict_print_items(const mp_print_t *out, const mp_dict_t *d) {
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

static bool dict_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_repr_guard_t g;
    if (!mp_repr_enter(&g, self)) {
        mp_print_str(out, "{...}");
        return true;
    }
    bool ok = dict_print_items(out, (const mp_dict_t *)self);
    mp_repr_leave(&g);
    return ok;
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

static mp_obj_t d_update(size_t n, const mp_obj_t *a, mp_dict_t *kw);

/* A built-in dict or one of its built-in subtypes (OrderedDict,
 * defaultdict): an mp_dict_t at the start of the object. */
static bool has_dict_layout(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    if (t->flags & MP_TYPE_FLAG_USER) return false;
    for (; t != NULL; t = t->parent)
        if (t == &mp_type_dict) return true;
    return false;
}

/* d | e: a new dict of d's items updated with e's (both dicts); d |= e
 * updates d in place from any mapping or iterable of pairs, as update(). */
static mp_obj_t dict_union(int op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_t a[2] = { lhs, rhs };
    if (op == MP_OP_INPLACE + MPY_BINARY_OR) return d_update(2, a, NULL) == MP_OBJ_NULL ? MP_OBJ_NULL : lhs;
    if (!has_dict_layout(rhs)) return MP_NOT_IMPLEMENTED;
    a[0] = mp_type_dict.make_new(&mp_type_dict, 1, &lhs, NULL);
    if (a[0] == MP_OBJ_NULL || d_update(2, a, NULL) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return a[0];
}

static mp_obj_t dict_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MPY_BINARY_OR || op == MP_OP_INPLACE + MPY_BINARY_OR) return dict_union(op, lhs, rhs);
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

static mp_obj_t dict_add_kw(mp_dict_t *d, mp_dict_t *kw) {
    if (kw)
        for (size_t i = 0; i < kw->filled; i++)
            if (kw->entries[i].key != MP_OBJ_NULL && !mp_dict_set(d, kw->entries[i].key, kw->entries[i].value))
                return MP_OBJ_NULL;
    return (mp_obj_t)d;
}

/* dict(m) of a user class instance: a derived dict that keeps dict's
 * iteration gives its items directly (as CPython, even past an overriding
 * __getitem__); another object with keys() is a mapping read through
 * keys() and m[k]. SENTINEL: neither, iterate it for pairs. */
static mp_obj_t from_mapping(mp_dict_t *d, mp_obj_t src) {
    mp_obj_t native = mp_instance_native(src);
    mp_obj_t iter_name = mp_str_from_cstr("__iter__"), keys_name = mp_str_from_cstr("keys");
    if (iter_name == MP_OBJ_NULL || keys_name == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (native != MP_OBJ_NULL && mp_is_instance_of_type(native, &mp_type_dict) &&
        mp_class_attr(mp_type_of(src), iter_name) == MP_OBJ_SENTINEL) {
        const mp_dict_t *o = (const mp_dict_t *)native;
        for (size_t i = 0; i < o->filled; i++)
            if (o->entries[i].key != MP_OBJ_NULL && o->entries[i].key != MP_OBJ_SENTINEL &&
                !mp_dict_set(d, o->entries[i].key, o->entries[i].value))
                return MP_OBJ_NULL;
        return (mp_obj_t)d;
    }
    if (mp_class_attr(mp_type_of(src), keys_name) == MP_OBJ_SENTINEL && native == MP_OBJ_NULL) return MP_OBJ_SENTINEL;
    mp_obj_t keys = mp_load_attr(src, keys_name);
    if (keys == MP_OBJ_NULL) return keys;
    keys = mp_call(keys, 0, NULL, NULL);
    mp_obj_t it = keys == MP_OBJ_NULL ? keys : mp_getiter(keys);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t k = mp_iternext(it);
        if (k == MP_OBJ_NULL) return k;
        if (k == MP_OBJ_SENTINEL) return (mp_obj_t)d;
        mp_obj_t v = mp_subscr(src, k, MP_OBJ_SENTINEL);
        if (v == MP_OBJ_NULL || !mp_dict_set(d, k, v)) return MP_OBJ_NULL;
    }
}

static mp_obj_t dict_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    mp_dict_t *d = mp_dict_new(0);
    if (d == NULL) return MP_OBJ_NULL;
    if (n > 0 && (mp_type_of(args[0])->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t src = args[0];
        if (!mp_is_instance_of_type(src, &mp_type_BaseException)) {
            mp_obj_t r = from_mapping(d, src);
            if (r != MP_OBJ_SENTINEL) return r == MP_OBJ_NULL ? r : dict_add_kw(d, kw);
        }
    }
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

/* ---- methods ---- */

#define DICT(o) ((mp_dict_t *)(o))

static mp_obj_t d_get(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t v = mp_dict_get(DICT(a[0]), a[1]);
    if (v == MP_OBJ_SENTINEL) return n > 2 ? a[2] : MP_NONE;
    return v;
}
static mp_obj_t d_setdefault(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t v = mp_dict_get(DICT(a[0]), a[1]);
    if (v != MP_OBJ_SENTINEL) return v;
    mp_obj_t d = n > 2 ? a[2] : MP_NONE;
    return mp_dict_set(DICT(a[0]), a[1], d) ? d : MP_OBJ_NULL;
}
static mp_obj_t d_pop(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t v = mp_dict_get(DICT(a[0]), a[1]);
    if (v == MP_OBJ_NULL) return v;
    if (v == MP_OBJ_SENTINEL) {
        if (n > 2) return a[2];
        return mp_raise(mp_exception_new(&mp_type_KeyError, 1, &a[1]));
    }
    return mp_dict_delete(DICT(a[0]), a[1]) < 0 ? MP_OBJ_NULL : v;
}
static mp_obj_t d_popitem(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_dict_t *d = DICT(a[0]);
    for (size_t i = d->filled; i-- > 0;) {
        if (d->entries[i].key == MP_OBJ_NULL) continue;
        mp_obj_t pair[2] = { d->entries[i].key, d->entries[i].value };
        mp_obj_t t = mp_tuple_new(2, pair);
        if (t == MP_OBJ_NULL || mp_dict_delete(d, pair[0]) < 0) return MP_OBJ_NULL;
        return t;
    }
    return mp_raise_msg(&mp_type_KeyError, "popitem(): dictionary is empty");
}
static mp_obj_t d_keys(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_dict_view_new(a[0], 0);
}
static mp_obj_t d_values(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_dict_view_new(a[0], 1);
}
static mp_obj_t d_items(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_dict_view_new(a[0], 2);
}
static mp_obj_t d_update(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    if (n > 1) {
        mp_obj_t other = mp_type_dict.make_new(&mp_type_dict, 1, &a[1], NULL);
        if (other == MP_OBJ_NULL) return other;
        mp_dict_t *o = DICT(other);
        for (size_t i = 0; i < o->filled; i++)
            if (o->entries[i].key != MP_OBJ_NULL && !mp_dict_set(DICT(a[0]), o->entries[i].key, o->entries[i].value))
                return MP_OBJ_NULL;
    }
    if (kw)
        for (size_t i = 0; i < kw->filled; i++)
            if (kw->entries[i].key != MP_OBJ_NULL && !mp_dict_set(DICT(a[0]), kw->entries[i].key, kw->entries[i].value))
                return MP_OBJ_NULL;
    return MP_NONE;
}
static mp_obj_t d_copy(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_type_dict.make_new(&mp_type_dict, 1, &a[0], NULL);
}
static mp_obj_t d_clear(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_dict_t *d = DICT(a[0]);
    d->used = d->filled = 0;
    mp_dict_keys_changed(d);
    d->index_mask = 0;
    d->index = NULL;
    return MP_NONE;
}
static mp_obj_t d_fromkeys(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    /* A class method: a[0] is the class. */
    mp_dict_t *d = mp_dict_new(0);
    if (d == NULL) return MP_OBJ_NULL;
    mp_obj_t it = mp_getiter(a[1]);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) return (mp_obj_t)d;
        if (!mp_dict_set(d, x, n > 2 ? a[2] : MP_NONE)) return MP_OBJ_NULL;
    }
}
const mp_method_t mp_dict_methods[] = {
    MP_METHOD("get", d_get, 2, 3),
    MP_METHOD("setdefault", d_setdefault, 2, 3),
    MP_METHOD("pop", d_pop, 2, 3),
    MP_METHOD("popitem", d_popitem, 1, 1),
    MP_METHOD("keys", d_keys, 1, 1),
    MP_METHOD("values", d_values, 1, 1),
    MP_METHOD("items", d_items, 1, 1),
    MP_METHOD_KW("update", d_update, 1, 2),
    MP_METHOD("copy", d_copy, 1, 1),
    MP_METHOD("clear", d_clear, 1, 1),
    MP_CLASSMETHOD("fromkeys", d_fromkeys, 2, 3),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

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
