/* Methods of list and dict, and the stable merge sort shared by list.sort
 * and sorted() (keys computed once per item, as CPython). */
#include "mpy/runtime.h"

/* ---- sorting ---- */

/* less-than of a and b; -1 on error. */
static int lt(mp_obj_t a, mp_obj_t b) {
    if (mp_is_small_int(a) && mp_is_small_int(b)) return (mp_int_t)a < (mp_int_t)b;
    mp_obj_t r = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, a, b);
    if (r == MP_OBJ_NULL) return -1;
    return mp_truth(r);
}

/* Stable merge sort of idx[0..n) by keys[idx[i]]. */
static bool merge_sort(size_t *idx, size_t *tmp, size_t n, const mp_obj_t *keys, bool reverse) {
    if (n < 2) return true;
    size_t h = n / 2;
    if (!merge_sort(idx, tmp, h, keys, reverse) || !merge_sort(idx + h, tmp, n - h, keys, reverse)) return false;
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        /* Take from the right only when strictly before the left (stability);
         * reverse keeps stability too, as CPython's reverse=True does. */
        int c = reverse ? lt(keys[idx[i]], keys[idx[j]]) : lt(keys[idx[j]], keys[idx[i]]);
        if (c < 0) return false;
        tmp[k++] = c ? idx[j++] : idx[i++];
    }
    while (i < h) tmp[k++] = idx[i++];
    while (j < n) tmp[k++] = idx[j++];
    for (size_t m = 0; m < n; m++) idx[m] = tmp[m];
    return true;
}

bool mp_sort_items(mp_obj_t *items, size_t n, mp_obj_t key, bool reverse) {
    if (n < 2) return true;
    mp_obj_t *keys = items;
    if (key != MP_OBJ_NULL && key != MP_NONE) {
        keys = mp_alloc(n * sizeof(mp_obj_t));
        if (keys == NULL) return false;
        for (size_t i = 0; i < n; i++) {
            keys[i] = mp_call(key, 1, &items[i], NULL);
            if (keys[i] == MP_OBJ_NULL) return false;
        }
    }
    size_t *idx = mp_alloc(2 * n * sizeof(size_t));
    mp_obj_t *copy = mp_alloc(n * sizeof(mp_obj_t));
    if (idx == NULL || copy == NULL) return false;
    for (size_t i = 0; i < n; i++) {
        idx[i] = i;
        copy[i] = items[i];
    }
    if (!merge_sort(idx, idx + n, n, keys, reverse)) return false;
    for (size_t i = 0; i < n; i++) items[i] = copy[idx[i]];
    return true;
}

static mp_obj_t kwarg(mp_dict_t *kw, const char *name) {
    if (kw == NULL) return MP_OBJ_SENTINEL;
    mp_obj_t k = mp_str_from_cstr(name);
    return k == MP_OBJ_NULL ? k : mp_dict_get(kw, k);
}

static mp_obj_t l_sort(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    mp_obj_t key = kwarg(kw, "key"), rev = kwarg(kw, "reverse");
    if (key == MP_OBJ_NULL || rev == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_list_t *l = (mp_list_t *)args[0];
    bool reverse = rev != MP_OBJ_SENTINEL && mp_truth(rev) == 1;
    return mp_sort_items(l->items, l->len, key == MP_OBJ_SENTINEL ? MP_OBJ_NULL : key, reverse) ? MP_NONE : MP_OBJ_NULL;
}

/* ---- list ---- */

#define LIST(o) ((mp_list_t *)(o))

static mp_obj_t l_append(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_list_append(a[0], a[1]) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t l_extend(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_binary_op(MP_OP_INPLACE + MPY_BINARY_ADD, a[0], a[1]) == MP_OBJ_NULL ? MP_OBJ_NULL : MP_NONE;
}

static mp_int_t norm_index(mp_obj_t o, size_t len, bool clamp) {
    mp_int_t i = mp_is_small_int(o) ? mp_small_int_value(o) : 0;
    if (i < 0) i += (mp_int_t)len;
    if (clamp) {
        if (i < 0) i = 0;
        if (i > (mp_int_t)len) i = (mp_int_t)len;
    }
    return i;
}

static mp_obj_t l_insert(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    mp_int_t i = norm_index(a[1], l->len, true);
    if (!mp_list_append(a[0], MP_NONE)) return MP_OBJ_NULL;
    for (size_t j = l->len - 1; j > (size_t)i; j--) l->items[j] = l->items[j - 1];
    l->items[i] = a[2];
    return MP_NONE;
}

static mp_obj_t l_pop(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    if (l->len == 0) return mp_raise_msg(&mp_type_IndexError, "pop from empty list");
    mp_int_t i = n > 1 ? norm_index(a[1], l->len, false) : (mp_int_t)l->len - 1;
    if (i < 0 || i >= (mp_int_t)l->len) return mp_raise_msg(&mp_type_IndexError, "pop index out of range");
    mp_obj_t v = l->items[i];
    for (size_t j = (size_t)i + 1; j < l->len; j++) l->items[j - 1] = l->items[j];
    l->len--;
    return v;
}

static long find_item(mp_list_t *l, mp_obj_t x, size_t from, size_t to) {
    for (size_t i = from; i < to && i < l->len; i++) {
        mp_obj_t eq = mp_obj_equal(l->items[i], x);
        if (eq == MP_OBJ_NULL) return -2;
        if (eq == MP_TRUE) return (long)i;
    }
    return -1;
}

static mp_obj_t l_remove(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    long i = find_item(l, a[1], 0, l->len);
    if (i == -2) return MP_OBJ_NULL;
    if (i < 0) return mp_raise_msg(&mp_type_ValueError, "list.remove(x): x not in list");
    for (size_t j = (size_t)i + 1; j < l->len; j++) l->items[j - 1] = l->items[j];
    l->len--;
    return MP_NONE;
}

static mp_obj_t l_index(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    size_t from = n > 2 ? (size_t)norm_index(a[2], l->len, true) : 0;
    size_t to = n > 3 ? (size_t)norm_index(a[3], l->len, true) : l->len;
    long i = find_item(l, a[1], from, to);
    if (i == -2) return MP_OBJ_NULL;
    if (i < 0) return mp_raise_fmt(&mp_type_ValueError, "%R is not in list", a[1]);
    return mp_small_int(i);
}

static mp_obj_t l_count(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    mp_int_t c = 0;
    for (size_t i = 0; i < l->len; i++) {
        mp_obj_t eq = mp_obj_equal(l->items[i], a[1]);
        if (eq == MP_OBJ_NULL) return eq;
        c += eq == MP_TRUE;
    }
    return mp_small_int(c);
}

static mp_obj_t l_reverse(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        mp_obj_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return MP_NONE;
}

static mp_obj_t l_clear(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    LIST(a[0])->len = 0;
    return MP_NONE;
}
static mp_obj_t l_copy(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_list_new(LIST(a[0])->len, LIST(a[0])->items);
}

const mp_method_t mp_list_methods[] = {
    MP_METHOD("append", l_append, 2, 2),
    MP_METHOD("extend", l_extend, 2, 2),
    MP_METHOD("insert", l_insert, 3, 3),
    MP_METHOD("pop", l_pop, 1, 2),
    MP_METHOD("remove", l_remove, 2, 2),
    MP_METHOD("index", l_index, 2, 4),
    MP_METHOD("count", l_count, 2, 2),
    MP_METHOD("reverse", l_reverse, 1, 1),
    MP_METHOD_KW("sort", l_sort, 1, 1),
    MP_METHOD("clear", l_clear, 1, 1),
    MP_METHOD("copy", l_copy, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

/* ---- tuple ---- */

static mp_obj_t t_index(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    const mp_tuple_t *t = (const mp_tuple_t *)a[0];
    size_t from = n > 2 ? (size_t)norm_index(a[2], t->len, true) : 0;
    size_t to = n > 3 ? (size_t)norm_index(a[3], t->len, true) : t->len;
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

/* ---- dict ---- */

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
mp_obj_t mp_dict_view_new(mp_obj_t dict, int kind);
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
    /* Called on the type (dict.fromkeys(keys)) there is no self. */
    if (mp_type_of(a[0]) != &mp_type_dict) {
        a--;
        n++;
    }
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
    MP_METHOD("fromkeys", d_fromkeys, 1, 3),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};
