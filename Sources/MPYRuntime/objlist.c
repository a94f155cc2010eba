/* list: a growable array of objects; its methods, and the stable merge sort
 * shared by list.sort and sorted() (keys computed once per item, as CPython). */
#include "mpy/runtime.h"

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
    mp_repr_guard_t g;
    if (!mp_repr_enter(&g, self)) {
        mp_print_str(out, "[...]");
        return true;
    }
    bool ok = mp_seq_print(out, l->items, l->len, "[", "]", false);
    mp_repr_leave(&g);
    return ok;
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
    if (op == MPY_BINARY_MUL) {
        size_t n;
        int ok = mp_arg_repeat(rhs, a->len, sizeof(mp_obj_t), NULL, &n);
        if (ok <= 0) return ok < 0 ? MP_OBJ_NULL : MP_NOT_IMPLEMENTED;
        mp_list_t *r = (mp_list_t *)mp_list_new(a->len * n, NULL);
        if (r == NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < n; i++)
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
    if (op >= MP_OP_COMPARE) return mp_seq_compare(op, a->items, a->len, b->items, b->len);
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
    /* The new items: another list's or a tuple's as they are (nothing runs
     * while they are copied in), anything else's (l itself included) copied
     * into a list first. */
    const mp_obj_t *src;
    size_t src_len;
    const mp_type_t *vt = mp_type_of(value);
    if (vt == &mp_type_tuple) {
        src = ((const mp_tuple_t *)value)->items;
        src_len = ((const mp_tuple_t *)value)->len;
    } else if (vt == &mp_type_list && value != (mp_obj_t)l) {
        src = ((const mp_list_t *)value)->items;
        src_len = ((const mp_list_t *)value)->len;
    } else {
        mp_obj_t copy = mp_type_list.make_new(&mp_type_list, 1, &value, NULL);
        if (copy == MP_OBJ_NULL) return copy;
        src = ((const mp_list_t *)copy)->items;
        src_len = ((const mp_list_t *)copy)->len;
    }
    if (st != 1) {
        if ((mp_int_t)src_len != n)
            return mp_raise_fmt(&mp_type_ValueError,
                "attempt to assign sequence of size %d to extended slice of size %d", (int)src_len, (int)n);
        for (mp_int_t i = 0; i < n; i++) l->items[a + i * st] = src[i];
        return MP_NONE;
    }
    if (b < a) b = a;
    size_t new_len = l->len - (size_t)(b - a) + src_len;
    if (new_len > l->alloc) {
        mp_obj_t *ni = mp_realloc(l->items, l->len * sizeof(mp_obj_t), new_len * sizeof(mp_obj_t));
        if (ni == NULL) return MP_OBJ_NULL;
        l->items = ni;
        l->alloc = new_len;
    }
    size_t tail = l->len - (size_t)b;
    __builtin_memmove(l->items + a + src_len, l->items + b, tail * sizeof(mp_obj_t));
    for (size_t i = 0; i < src_len; i++) l->items[a + (mp_int_t)i] = src[i];
    l->len = new_len;
    return MP_NONE;
}

static mp_obj_t list_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_list_t *l = (mp_list_t *)self;
    if (mp_type_of(index) == &mp_type_slice) {
        if (value == MP_OBJ_SENTINEL) return mp_seq_slice(l->items, l->len, index, true);
        return list_slice_assign(l, index, value);
    }
    size_t i;
    if (!mp_arg_index(index, l->len, &i, "list", "list")) {
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

/* ---- sorting ---- */

/* less-than of a and b; -1 on error. */
static int lt(mp_obj_t a, mp_obj_t b) {
    if (mp_is_small_int(a) && mp_is_small_int(b)) return (mp_int_t)a < (mp_int_t)b;
    mp_obj_t r = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, a, b);
    if (r == MP_OBJ_NULL) return -1;
    return mp_truth(r);
}

/* Whether item r (from the right) goes strictly before item l (from the
 * left): the only comparison the sort makes, so equal items keep their
 * order (reverse too, as CPython's reverse=True). -1 on error. */
static inline int before(const mp_obj_t *keys, size_t r, size_t l, bool reverse) {
    return reverse ? lt(keys[l], keys[r]) : lt(keys[r], keys[l]);
}

/* Stable merge sort of idx[0..n) by keys[idx[i]], with tmp room for n/2 + 1
 * indices: runs of up to 8 by insertion, halves already in order are not
 * merged (one comparison), and only the left half is copied out to merge. */
static bool merge_sort(size_t *idx, size_t *tmp, size_t n, const mp_obj_t *keys, bool reverse) {
    if (n <= 8) {
        for (size_t i = 1; i < n; i++) {
            size_t x = idx[i], j = i;
            for (; j > 0; j--) {
                int c = before(keys, x, idx[j - 1], reverse);
                if (c < 0) return false;
                if (!c) break;
                idx[j] = idx[j - 1];
            }
            idx[j] = x;
        }
        return true;
    }
    size_t h = n / 2;
    if (!merge_sort(idx, tmp, h, keys, reverse) || !merge_sort(idx + h, tmp, n - h, keys, reverse)) return false;
    int c = before(keys, idx[h], idx[h - 1], reverse);
    if (c <= 0) return c == 0;
    for (size_t m = 0; m < h; m++) tmp[m] = idx[m];
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        c = before(keys, idx[j], tmp[i], reverse);
        if (c < 0) return false;
        idx[k++] = c ? idx[j++] : tmp[i++];
    }
    while (i < h) idx[k++] = tmp[i++];
    return true;
}

/* Merge sort of small ints in place (tmp: room for n/2 words). Their
 * tagged words order as their values, and equal ones are indistinguishable,
 * so no indices are needed for stability. */
static void sort_small_ints(mp_obj_t *a, mp_obj_t *tmp, size_t n) {
    if (n <= 12) {
        for (size_t i = 1; i < n; i++) {
            mp_obj_t x = a[i];
            size_t j = i;
            for (; j > 0 && (mp_int_t)x < (mp_int_t)a[j - 1]; j--) a[j] = a[j - 1];
            a[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_small_ints(a, tmp, h);
    sort_small_ints(a + h, tmp, n - h);
    if ((mp_int_t)a[h - 1] <= (mp_int_t)a[h]) return;
    for (size_t m = 0; m < h; m++) tmp[m] = a[m];
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) a[k++] = (mp_int_t)a[j] < (mp_int_t)tmp[i] ? a[j++] : tmp[i++];
    while (i < h) a[k++] = tmp[i++];
}

bool mp_sort_items(mp_obj_t *items, size_t n, mp_obj_t key, bool reverse) {
    if (n < 2) return true;
    if (key == MP_OBJ_NULL || key == MP_NONE) {
        size_t i = 0;
        while (i < n && mp_is_small_int(items[i])) i++;
        if (i == n) {
            mp_obj_t *tmp = mp_alloc((n / 2 + 1) * sizeof(mp_obj_t));
            if (tmp == NULL) return false;
            sort_small_ints(items, tmp, n);
            for (size_t a = 0, b = n - 1; reverse && a < b; a++, b--) {
                mp_obj_t t = items[a];
                items[a] = items[b];
                items[b] = t;
            }
            return true;
        }
    }
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

/* ---- methods ---- */

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

static mp_obj_t l_insert(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    mp_int_t at;
    if (!mp_arg_ssize(a[1], &at)) return MP_OBJ_NULL;
    if (at < 0) at += (mp_int_t)l->len;
    size_t i = at < 0 ? 0 : (size_t)at > l->len ? l->len : (size_t)at;
    if (!mp_list_append(a[0], MP_NONE)) return MP_OBJ_NULL;
    for (size_t j = l->len - 1; j > i; j--) l->items[j] = l->items[j - 1];
    l->items[i] = a[2];
    return MP_NONE;
}

static mp_obj_t l_pop(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_list_t *l = LIST(a[0]);
    int64_t i = -1;
    if (n > 1 && !mp_arg_i64(a[1], &i)) return MP_OBJ_NULL;
    if (l->len == 0) return mp_raise_msg(&mp_type_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) return mp_raise_msg(&mp_type_IndexError, "pop index out of range");
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
    size_t from = 0, to = l->len;
    if ((n > 2 && !mp_arg_slice_pos(a[2], l->len, false, 0, &from)) ||
        (n > 3 && !mp_arg_slice_pos(a[3], l->len, false, l->len, &to)))
        return MP_OBJ_NULL;
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

const mp_type_t mp_type_list = { .methods = mp_list_methods,
    .base = { &mp_type_type },
    .name = "list",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = list_print,
    .unary_op = list_unary,
    .binary_op = list_binary,
    .subscr = list_subscr,
    .getiter = mp_seq_getiter,
    .make_new = list_make_new };
