/* The collections module:
 *   deque        a ring buffer with an optional maxlen
 *   OrderedDict  a dict subclass (dicts keep insertion order already) with
 *                move_to_end, popitem(last=) and order-sensitive ==
 *   defaultdict  a dict subclass calling default_factory for missing keys
 *   namedtuple   a factory of tuple subclasses whose items have names
 * OrderedDict and defaultdict objects have the dict layout (defaultdict
 * adds the factory after it), so every dict method works on them. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw
#define METHODS_END \
    { \
        NULL, { { NULL }, NULL, NULL, 0, 0, false } \
    }

static bool print_items(const mp_print_t *out, mp_obj_t iter, bool *any) {
    *any = false;
    for (;;) {
        mp_obj_t x = mp_iternext(iter);
        if (x == MP_OBJ_NULL) return false;
        if (x == MP_OBJ_SENTINEL) return true;
        if (*any) mp_print_str(out, ", ");
        *any = true;
        if (!mp_print_obj(out, x, MP_PRINT_REPR)) return false;
    }
}

static mp_obj_t raise_key_error(mp_obj_t key) {
    mp_obj_t e = mp_exception_new(&mp_type_KeyError, 1, &key);
    return e == MP_OBJ_NULL ? e : mp_raise(e);
}

/* ================= deque ================= */

typedef struct {
    mp_obj_base_t base;
    mp_obj_t *items;
    size_t cap, head, len;
    mp_int_t maxlen; /* -1: unbounded */
    bool strict; /* MicroPython's flags=1: adding to a full deque raises IndexError */
} deque_t;

static const mp_type_t deque_type;

static mp_obj_t *dq_at(const deque_t *d, size_t i) { return &d->items[(d->head + i) % d->cap]; }

static bool dq_reserve(deque_t *d) {
    if (d->len < d->cap) return true;
    size_t cap = d->cap ? d->cap * 2 : 8;
    mp_obj_t *ni = mp_alloc(cap * sizeof(mp_obj_t));
    if (ni == NULL) return false;
    for (size_t i = 0; i < d->len; i++) ni[i] = *dq_at(d, i);
    d->items = ni;
    d->cap = cap;
    d->head = 0;
    return true;
}

static bool dq_append(deque_t *d, mp_obj_t x) {
    if (d->strict && d->maxlen >= 0 && d->len == (size_t)d->maxlen) {
        mp_raise_msg(&mp_type_IndexError, "full");
        return false;
    }
    if (d->maxlen == 0) return true;
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        *dq_at(d, 0) = MP_OBJ_NULL;
        d->head = (d->head + 1) % d->cap;
        d->len--;
    }
    if (!dq_reserve(d)) return false;
    *dq_at(d, d->len) = x;
    d->len++;
    return true;
}

static bool dq_appendleft(deque_t *d, mp_obj_t x) {
    if (d->strict && d->maxlen >= 0 && d->len == (size_t)d->maxlen) {
        mp_raise_msg(&mp_type_IndexError, "full");
        return false;
    }
    if (d->maxlen == 0) return true;
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        *dq_at(d, d->len - 1) = MP_OBJ_NULL;
        d->len--;
    }
    if (!dq_reserve(d)) return false;
    d->head = (d->head + d->cap - 1) % d->cap;
    d->items[d->head] = x;
    d->len++;
    return true;
}

static mp_obj_t dq_pop_at(deque_t *d, bool left) {
    if (d->len == 0) return mp_raise_msg(&mp_type_IndexError, "pop from an empty deque");
    mp_obj_t *slot = left ? dq_at(d, 0) : dq_at(d, d->len - 1);
    mp_obj_t x = *slot;
    *slot = MP_OBJ_NULL;
    if (left) d->head = (d->head + 1) % d->cap;
    d->len--;
    return x;
}

/* The items of an iterable as a list (a snapshot, so d.extend(d) works). */
static mp_obj_t to_list(mp_obj_t iterable) { return mp_type_list.make_new(&mp_type_list, 1, &iterable, NULL); }

static bool dq_extend(deque_t *d, mp_obj_t iterable, bool left) {
    mp_obj_t l = to_list(iterable);
    if (l == MP_OBJ_NULL) return false;
    const mp_list_t *lp = (const mp_list_t *)l;
    for (size_t i = 0; i < lp->len; i++)
        if (!(left ? dq_appendleft(d, lp->items[i]) : dq_append(d, lp->items[i]))) return false;
    return true;
}

static deque_t *dq_new(mp_int_t maxlen) {
    deque_t *d = mp_alloc(sizeof *d);
    if (d == NULL) return NULL;
    d->base.type = &deque_type;
    d->maxlen = maxlen;
    return d;
}

static mp_obj_t deque_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    static const char *const names[] = { "iterable", "maxlen", NULL };
    if (!mp_kw_check(kw, "deque", names)) return MP_OBJ_NULL;
    /* MicroPython's third argument, flags: 1 makes a full deque refuse more. */
    if (n > 3) return mp_raise_fmt(&mp_type_TypeError, "deque expected at most 3 arguments, got %d", (int)n);
    mp_obj_t it = n > 0 ? args[0] : mp_kw_get(kw, "iterable");
    mp_obj_t ml = n > 1 ? args[1] : mp_kw_get(kw, "maxlen");
    if (it == MP_OBJ_NULL || ml == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_int_t maxlen = -1;
    if (ml != MP_OBJ_SENTINEL && ml != MP_NONE) {
        if (!mp_arg_int(ml, &maxlen)) return MP_OBJ_NULL;
        if (maxlen < 0) return mp_raise_msg(&mp_type_ValueError, "maxlen must be non-negative");
    }
    mp_int_t flags = 0;
    if (n > 2 && !mp_arg_int(args[2], &flags)) return MP_OBJ_NULL;
    deque_t *d = dq_new(maxlen);
    if (d == NULL) return MP_OBJ_NULL;
    d->strict = (flags & 1) != 0;
    if (it != MP_OBJ_SENTINEL && !dq_extend(d, it, false)) return MP_OBJ_NULL;
    return (mp_obj_t)d;
}

static bool deque_print_items(const mp_print_t *out, const deque_t *d) {
    mp_print_str(out, "deque([");
    for (size_t i = 0; i < d->len; i++) {
        if (i > 0) mp_print_str(out, ", ");
        if (!mp_print_obj(out, *dq_at(d, i), MP_PRINT_REPR)) return false;
    }
    return true;
}

static bool deque_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const deque_t *d = (const deque_t *)self;
    mp_repr_guard_t g;
    if (!mp_repr_enter(&g, self)) {
        mp_print_str(out, "[...]");
        return true;
    }
    bool ok = deque_print_items(out, d);
    mp_repr_leave(&g);
    if (!ok) return false;
    mp_print_str(out, "]");
    if (d->maxlen >= 0) {
        mp_print_str(out, ", maxlen=");
        mp_print_int(out, d->maxlen);
    }
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t deque_unary(int op, mp_obj_t self) {
    const deque_t *d = (const deque_t *)self;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(d->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)d->len);
    case MP_UNARY_HASH: return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'collections.deque'");
    default: return MP_OBJ_SENTINEL;
    }
}

static mp_obj_t dq_as_list(const deque_t *d) {
    mp_obj_t l = mp_list_new(d->len, NULL);
    if (l == MP_OBJ_NULL) return l;
    for (size_t i = 0; i < d->len; i++) ((mp_list_t *)l)->items[i] = *dq_at(d, i);
    return l;
}

static mp_obj_t deque_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op & MP_OP_REFLECTED) return MP_NOT_IMPLEMENTED;
    deque_t *d = (deque_t *)lhs;
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        for (size_t i = 0; i < d->len; i++) {
            mp_obj_t eq = mp_obj_equal(*dq_at(d, i), rhs);
            if (eq != MP_FALSE) return eq;
        }
        return MP_FALSE;
    }
    if (op == MP_OP_INPLACE + MPY_BINARY_ADD) return dq_extend(d, rhs, false) ? lhs : MP_OBJ_NULL;
    if (mp_type_of(rhs) != &deque_type) return MP_NOT_IMPLEMENTED;
    if (op == MPY_BINARY_ADD) {
        deque_t *r = dq_new(d->maxlen);
        if (r == NULL) return MP_OBJ_NULL;
        const deque_t *e = (const deque_t *)rhs;
        for (size_t i = 0; i < d->len; i++)
            if (!dq_append(r, *dq_at(d, i))) return MP_OBJ_NULL;
        for (size_t i = 0; i < e->len; i++)
            if (!dq_append(r, *dq_at(e, i))) return MP_OBJ_NULL;
        return (mp_obj_t)r;
    }
    if (op >= MP_OP_COMPARE && op <= MP_OP_COMPARE + MPY_COMPARE_GE) {
        /* Compared as sequences, through lists. */
        mp_obj_t la = dq_as_list(d), lb = la == MP_OBJ_NULL ? la : dq_as_list((const deque_t *)rhs);
        if (lb == MP_OBJ_NULL) return lb;
        return mp_binary_op(op, la, lb);
    }
    return MP_NOT_IMPLEMENTED;
}

static bool dq_index(const deque_t *d, mp_obj_t index, size_t *out) {
    mp_int_t i;
    if (mp_type_of(index) != &mp_type_int && mp_type_of(index) != &mp_type_bool) {
        mp_raise_fmt(&mp_type_TypeError, "sequence index must be integer, not '%s'", mp_type_of(index)->name);
        return false;
    }
    if (!mp_arg_int(index, &i)) return false;
    if (i < 0) i += (mp_int_t)d->len;
    if (i < 0 || (size_t)i >= d->len) {
        mp_raise_msg(&mp_type_IndexError, "deque index out of range");
        return false;
    }
    *out = (size_t)i;
    return true;
}

static void dq_delete(deque_t *d, size_t i) {
    for (size_t j = i + 1; j < d->len; j++) *dq_at(d, j - 1) = *dq_at(d, j);
    *dq_at(d, d->len - 1) = MP_OBJ_NULL;
    d->len--;
}

static mp_obj_t deque_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    deque_t *d = (deque_t *)self;
    size_t i;
    if (!dq_index(d, index, &i)) return MP_OBJ_NULL;
    if (value == MP_OBJ_SENTINEL) return *dq_at(d, i);
    if (value == MP_OBJ_NULL)
        dq_delete(d, i);
    else
        *dq_at(d, i) = value;
    return MP_NONE;
}

typedef struct {
    mp_obj_base_t base;
    const deque_t *d;
    size_t index;
} deque_iter_t;
static mp_obj_t deque_iternext(mp_obj_t self) {
    deque_iter_t *it = (deque_iter_t *)self;
    if (it->index >= it->d->len) return MP_OBJ_SENTINEL;
    return *dq_at(it->d, it->index++);
}
static const mp_type_t deque_iter_type = {
    .base = { &mp_type_type }, .name = "_deque_iterator", .iternext = deque_iternext
};
static mp_obj_t deque_getiter(mp_obj_t self) {
    deque_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &deque_iter_type;
    it->d = (const deque_t *)self;
    return (mp_obj_t)it;
}

static mp_obj_t deque_attr(mp_obj_t self, mp_obj_t name) {
    const deque_t *d = (const deque_t *)self;
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 6 && __builtin_memcmp(s, "maxlen", 6) == 0) return d->maxlen < 0 ? MP_NONE : mp_small_int(d->maxlen);
    return MP_OBJ_SENTINEL;
}

#define DQ ((deque_t *)a[0])
static mp_obj_t dq_m_append(ARGS) {
    (void)n;
    (void)kw;
    return dq_append(DQ, a[1]) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t dq_m_appendleft(ARGS) {
    (void)n;
    (void)kw;
    return dq_appendleft(DQ, a[1]) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t dq_m_pop(ARGS) {
    (void)n;
    (void)kw;
    return dq_pop_at(DQ, false);
}
static mp_obj_t dq_m_popleft(ARGS) {
    (void)n;
    (void)kw;
    return dq_pop_at(DQ, true);
}
static mp_obj_t dq_m_extend(ARGS) {
    (void)n;
    (void)kw;
    return dq_extend(DQ, a[1], false) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t dq_m_extendleft(ARGS) {
    (void)n;
    (void)kw;
    return dq_extend(DQ, a[1], true) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t dq_m_clear(ARGS) {
    (void)n;
    (void)kw;
    DQ->items = NULL;
    DQ->cap = DQ->len = DQ->head = 0;
    return MP_NONE;
}
static mp_obj_t dq_m_copy(ARGS) {
    (void)n;
    (void)kw;
    deque_t *r = dq_new(DQ->maxlen);
    if (r == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < DQ->len; i++)
        if (!dq_append(r, *dq_at(DQ, i))) return MP_OBJ_NULL;
    return (mp_obj_t)r;
}
static mp_obj_t dq_m_rotate(ARGS) {
    (void)kw;
    deque_t *d = DQ;
    mp_int_t k = 1;
    if (n > 1 && !mp_arg_int(a[1], &k)) return MP_OBJ_NULL;
    if (d->len <= 1) return MP_NONE;
    k %= (mp_int_t)d->len;
    if (k < 0) k += (mp_int_t)d->len;
    /* Rotating right by k: the last k items move to the front. */
    mp_obj_t l = dq_as_list(d);
    if (l == MP_OBJ_NULL) return l;
    const mp_list_t *lp = (const mp_list_t *)l;
    for (size_t i = 0; i < d->len; i++) *dq_at(d, ((size_t)k + i) % d->len) = lp->items[i];
    return MP_NONE;
}
static mp_obj_t dq_m_count(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t c = 0;
    for (size_t i = 0; i < DQ->len; i++) {
        mp_obj_t eq = mp_obj_equal(*dq_at(DQ, i), a[1]);
        if (eq == MP_OBJ_NULL) return eq;
        c += eq == MP_TRUE;
    }
    return mp_small_int(c);
}
static mp_obj_t dq_find(const deque_t *d, mp_obj_t x, size_t *out) {
    for (size_t i = 0; i < d->len; i++) {
        mp_obj_t eq = mp_obj_equal(*dq_at(d, i), x);
        if (eq == MP_OBJ_NULL) return eq;
        if (eq == MP_TRUE) {
            *out = i;
            return MP_TRUE;
        }
    }
    return MP_FALSE;
}
static mp_obj_t dq_m_remove(ARGS) {
    (void)n;
    (void)kw;
    size_t i;
    mp_obj_t f = dq_find(DQ, a[1], &i);
    if (f != MP_TRUE) return f == MP_OBJ_NULL ? f : mp_raise_fmt(&mp_type_ValueError, "%R is not in deque", a[1]);
    dq_delete(DQ, i);
    return MP_NONE;
}
static mp_obj_t dq_m_index(ARGS) {
    (void)n;
    (void)kw;
    size_t i;
    mp_obj_t f = dq_find(DQ, a[1], &i);
    if (f != MP_TRUE) return f == MP_OBJ_NULL ? f : mp_raise_fmt(&mp_type_ValueError, "%R is not in deque", a[1]);
    return mp_small_int((mp_int_t)i);
}
static mp_obj_t dq_m_reverse(ARGS) {
    (void)n;
    (void)kw;
    deque_t *d = DQ;
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        mp_obj_t t = *dq_at(d, i);
        *dq_at(d, i) = *dq_at(d, j - 1);
        *dq_at(d, j - 1) = t;
    }
    return MP_NONE;
}

static const mp_method_t deque_methods[] = {
    MP_METHOD("append", dq_m_append, 2, 2),
    MP_METHOD("appendleft", dq_m_appendleft, 2, 2),
    MP_METHOD("pop", dq_m_pop, 1, 1),
    MP_METHOD("popleft", dq_m_popleft, 1, 1),
    MP_METHOD("extend", dq_m_extend, 2, 2),
    MP_METHOD("extendleft", dq_m_extendleft, 2, 2),
    MP_METHOD("clear", dq_m_clear, 1, 1),
    MP_METHOD("copy", dq_m_copy, 1, 1),
    MP_METHOD("rotate", dq_m_rotate, 1, 2),
    MP_METHOD("count", dq_m_count, 2, 2),
    MP_METHOD("remove", dq_m_remove, 2, 2),
    MP_METHOD("index", dq_m_index, 2, 2),
    MP_METHOD("reverse", dq_m_reverse, 1, 1),
    METHODS_END,
};

static const mp_type_t deque_type = { .base = { &mp_type_type },
    .name = "deque",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = deque_make_new,
    .print = deque_print,
    .unary_op = deque_unary,
    .binary_op = deque_binary,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .attr = deque_attr,
    .methods = deque_methods };

/* ================= OrderedDict and defaultdict ================= */

static const mp_type_t ordereddict_type, defaultdict_type;

typedef struct {
    mp_dict_t d;
    mp_obj_t factory;
} defaultdict_t;

/* Has the dict layout: dict, OrderedDict, defaultdict. */
static bool is_dict_layout(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    return t == &mp_type_dict || t == &ordereddict_type || t == &defaultdict_type;
}

/* a == b for dicts; with `ordered` the items must also come in the same order. */
static mp_obj_t dicts_equal(mp_dict_t *x, mp_dict_t *y, bool ordered) {
    if (x->used != y->used) return MP_FALSE;
    size_t j = 0;
    for (size_t i = 0; i < x->filled; i++) {
        const mp_dict_entry_t *e = &x->entries[i];
        if (e->key == MP_OBJ_NULL) continue;
        mp_obj_t v;
        if (ordered) {
            while (y->entries[j].key == MP_OBJ_NULL) j++;
            const mp_dict_entry_t *f = &y->entries[j++];
            mp_obj_t ke = mp_obj_equal(e->key, f->key);
            if (ke != MP_TRUE) return ke;
            v = f->value;
        } else {
            v = mp_dict_get(y, e->key);
            if (v == MP_OBJ_NULL) return v;
            if (v == MP_OBJ_SENTINEL) return MP_FALSE;
        }
        mp_obj_t ve = mp_obj_equal(e->value, v);
        if (ve != MP_TRUE) return ve;
    }
    return MP_TRUE;
}

static mp_obj_t od_copy(ARGS);
static mp_obj_t dd_copy(ARGS);

static mp_obj_t dictsub_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    const mp_type_t *t = mp_type_of(lhs);
    if (op == MPY_BINARY_OR && is_dict_layout(rhs) && (t == &ordereddict_type || t == &defaultdict_type)) {
        /* d | e keeps d's type (a defaultdict its factory), as CPython. */
        mp_obj_t copy = t == &ordereddict_type ? od_copy(1, &lhs, NULL) : dd_copy(1, &lhs, NULL);
        if (copy == MP_OBJ_NULL) return copy;
        return mp_type_dict.binary_op(MP_OP_INPLACE + MPY_BINARY_OR, copy, rhs);
    }
    if ((op == MP_OP_COMPARE + MPY_COMPARE_EQ || op == MP_OP_COMPARE + MPY_COMPARE_NE) && is_dict_layout(rhs)) {
        bool ordered = mp_type_of(lhs) == &ordereddict_type && mp_type_of(rhs) == &ordereddict_type;
        mp_obj_t eq = dicts_equal((mp_dict_t *)lhs, (mp_dict_t *)rhs, ordered);
        if (eq == MP_OBJ_NULL) return eq;
        return mp_bool((eq == MP_TRUE) == (op == MP_OP_COMPARE + MPY_COMPARE_EQ));
    }
    return mp_type_dict.binary_op(op, lhs, rhs);
}
static mp_obj_t dictsub_unary(int op, mp_obj_t self) { return mp_type_dict.unary_op(op, self); }
static mp_obj_t dictsub_getiter(mp_obj_t self) { return mp_type_dict.getiter(self); }

/* A new object of `type` (dict layout, `size` bytes) holding dict(*args, **kw). */
static mp_dict_t *dictsub_new(const mp_type_t *type, size_t size, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t tmp = mp_type_dict.make_new(&mp_type_dict, n, args, kw);
    if (tmp == MP_OBJ_NULL) return NULL;
    mp_dict_t *d = mp_alloc(size);
    if (d == NULL) return NULL;
    *d = *(const mp_dict_t *)tmp;
    d->base.type = type;
    return d;
}

/* ---- OrderedDict ---- */

static mp_obj_t od_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    if (n > 1) return mp_raise_fmt(&mp_type_TypeError, "expected at most 1 arguments, got %d", (int)n);
    mp_obj_t src = n == 1 && is_dict_layout(args[0]) ? mp_dict_iter_new(args[0], 2) : n == 1 ? args[0] : MP_OBJ_NULL;
    if (n == 1 && src == MP_OBJ_NULL) return src;
    return (mp_obj_t)dictsub_new(&ordereddict_type, sizeof(mp_dict_t), n, &src, kw);
}

static bool od_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_repr_guard_t g;
    if (!mp_repr_enter(&g, self)) {
        mp_print_str(out, "...");
        return true;
    }
    mp_print_str(out, "OrderedDict(");
    if (((const mp_dict_t *)self)->used > 0) {
        mp_print_str(out, "[");
        mp_obj_t it = mp_dict_iter_new(self, 2);
        bool any;
        bool ok = it != MP_OBJ_NULL && print_items(out, it, &any);
        if (!ok) {
            mp_repr_leave(&g);
            return false;
        }
        mp_print_str(out, "]");
    }
    mp_repr_leave(&g);
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t od_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    return mp_type_dict.subscr(self, index, value);
}

/* Reads the optional `last` argument (positional or keyword). */
static int last_arg(size_t n, const mp_obj_t *a, mp_dict_t *kw, size_t pos, const char *fn) {
    static const char *const names[] = { "last", NULL };
    if (!mp_kw_check(kw, fn, names)) return -1;
    mp_obj_t v = n > pos ? a[pos] : mp_kw_get(kw, "last");
    if (v == MP_OBJ_NULL) return -1;
    if (v == MP_OBJ_SENTINEL) return 1;
    return mp_truth(v);
}

/* Moves the entry of `key` (entry number i) to the front: rebuilds the entries. */
static bool od_move_front(mp_dict_t *d, mp_obj_t key) {
    mp_obj_t items = mp_list_new(0, NULL);
    if (items == MP_OBJ_NULL) return false;
    mp_obj_t value = MP_OBJ_NULL;
    for (size_t i = 0; i < d->filled; i++) {
        mp_dict_entry_t *e = &d->entries[i];
        if (e->key == MP_OBJ_NULL) continue;
        if (e->key == key || mp_obj_equal(e->key, key) == MP_TRUE) {
            value = e->value;
            key = e->key;
            continue;
        }
        if (!mp_list_append(items, e->key) || !mp_list_append(items, e->value)) return false;
    }
    d->used = d->filled = 0;
    mp_dict_keys_changed(d);
    d->index_mask = 0;
    d->index = NULL;
    if (!mp_dict_set(d, key, value)) return false;
    const mp_list_t *l = (const mp_list_t *)items;
    for (size_t i = 0; i + 1 < l->len; i += 2)
        if (!mp_dict_set(d, l->items[i], l->items[i + 1])) return false;
    return true;
}

static mp_obj_t od_move_to_end(ARGS) {
    mp_dict_t *d = (mp_dict_t *)a[0];
    int last = last_arg(n, a, kw, 2, "move_to_end");
    if (last < 0) return MP_OBJ_NULL;
    mp_obj_t v = mp_dict_get(d, a[1]);
    if (v == MP_OBJ_NULL) return v;
    if (v == MP_OBJ_SENTINEL) return raise_key_error(a[1]);
    if (!last) return od_move_front(d, a[1]) ? MP_NONE : MP_OBJ_NULL;
    /* Find the stored key (keeps its identity), then delete and re-add at the end. */
    mp_obj_t key = a[1];
    for (size_t i = 0; i < d->filled; i++)
        if (d->entries[i].key != MP_OBJ_NULL && mp_obj_equal(d->entries[i].key, a[1]) == MP_TRUE) {
            key = d->entries[i].key;
            break;
        }
    if (mp_dict_delete(d, key) < 0 || !mp_dict_set(d, key, v)) return MP_OBJ_NULL;
    return MP_NONE;
}

static mp_obj_t od_popitem(ARGS) {
    mp_dict_t *d = (mp_dict_t *)a[0];
    int last = last_arg(n, a, kw, 1, "popitem");
    if (last < 0) return MP_OBJ_NULL;
    if (d->used == 0) return mp_raise_msg(&mp_type_KeyError, "dictionary is empty");
    for (size_t k = 0; k < d->filled; k++) {
        size_t i = last ? d->filled - 1 - k : k;
        if (d->entries[i].key == MP_OBJ_NULL) continue;
        mp_obj_t pair[2] = { d->entries[i].key, d->entries[i].value };
        mp_obj_t t = mp_tuple_new(2, pair);
        if (t == MP_OBJ_NULL || mp_dict_delete(d, pair[0]) < 0) return MP_OBJ_NULL;
        return t;
    }
    return MP_NONE;
}

static mp_obj_t od_copy(ARGS) {
    (void)n;
    (void)kw;
    return od_make_new(&ordereddict_type, 1, a, NULL);
}

static const mp_method_t od_methods[] = {
    MP_METHOD_KW("move_to_end", od_move_to_end, 2, 3),
    MP_METHOD_KW("popitem", od_popitem, 1, 2),
    MP_METHOD("copy", od_copy, 1, 1),
    METHODS_END,
};

static const mp_type_t ordereddict_type = { .base = { &mp_type_type },
    .name = "OrderedDict",
    .parent = &mp_type_dict,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = od_make_new,
    .print = od_print,
    .unary_op = dictsub_unary,
    .binary_op = dictsub_binary,
    .subscr = od_subscr,
    .getiter = dictsub_getiter,
    .methods = od_methods };

/* ---- defaultdict ---- */

static mp_obj_t dd_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    mp_obj_t factory = n > 0 ? args[0] : MP_NONE;
    if (factory != MP_NONE && mp_type_of(factory)->call == NULL)
        return mp_raise_msg(&mp_type_TypeError, "first argument must be callable or None");
    if (n > 2) return mp_raise_fmt(&mp_type_TypeError, "dict expected at most 1 argument, got %d", (int)n - 1);
    mp_obj_t src = n == 2 && is_dict_layout(args[1]) ? mp_dict_iter_new(args[1], 2) : n == 2 ? args[1] : MP_OBJ_NULL;
    if (n == 2 && src == MP_OBJ_NULL) return src;
    defaultdict_t *d = (defaultdict_t *)dictsub_new(&defaultdict_type, sizeof(defaultdict_t), n > 1 ? 1 : 0, &src, kw);
    if (d == NULL) return MP_OBJ_NULL;
    d->factory = factory;
    return (mp_obj_t)d;
}

static bool dd_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    mp_print_str(out, "defaultdict(");
    if (!mp_print_obj(out, ((const defaultdict_t *)self)->factory, MP_PRINT_REPR)) return false;
    mp_print_str(out, ", ");
    if (!mp_type_dict.print(out, self, k)) return false;
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t dd_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    defaultdict_t *d = (defaultdict_t *)self;
    if (value != MP_OBJ_SENTINEL) return mp_type_dict.subscr(self, index, value);
    mp_obj_t v = mp_dict_get(&d->d, index);
    if (v != MP_OBJ_SENTINEL) return v;
    if (d->factory == MP_NONE) return raise_key_error(index);
    v = mp_call(d->factory, 0, NULL, NULL);
    if (v == MP_OBJ_NULL || !mp_dict_set(&d->d, index, v)) return MP_OBJ_NULL;
    return v;
}

static mp_obj_t dd_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 15 && __builtin_memcmp(s, "default_factory", 15) == 0) return ((const defaultdict_t *)self)->factory;
    return MP_OBJ_SENTINEL;
}

static mp_obj_t dd_copy(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t args[2] = { ((const defaultdict_t *)a[0])->factory, a[0] };
    return dd_make_new(&defaultdict_type, 2, args, NULL);
}

static const mp_method_t dd_methods[] = { MP_METHOD("copy", dd_copy, 1, 1), METHODS_END };

static const mp_type_t defaultdict_type = { .base = { &mp_type_type },
    .name = "defaultdict",
    .parent = &mp_type_dict,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = dd_make_new,
    .print = dd_print,
    .unary_op = dictsub_unary,
    .binary_op = dictsub_binary,
    .subscr = dd_subscr,
    .getiter = dictsub_getiter,
    .attr = dd_attr,
    .methods = dd_methods };

/* ================= namedtuple ================= */

/* A namedtuple class: a type whose instances have the tuple layout. */
typedef struct {
    mp_type_t type;
    mp_tuple_t *fields; /* tuple of str */
    mp_tuple_t *defaults; /* for the last fields; may be empty */
} nt_type_t;

static mp_obj_t nt_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw);

static const nt_type_t *nt_type_of(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    return t->make_new == nt_make_new ? (const nt_type_t *)t : NULL;
}

static long nt_field_index(const nt_type_t *t, mp_obj_t name) {
    for (size_t i = 0; i < t->fields->len; i++)
        if (t->fields->items[i] == name || mp_str_equal(t->fields->items[i], name)) return (long)i;
    return -1;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static mp_obj_t name_list(const mp_obj_t *names, size_t k) {
    mp_obj_t s = mp_str_new("", 0);
    for (size_t i = 0; i < k && s != MP_OBJ_NULL; i++) {
        const char *sep = i == 0 ? "" : k == 2 ? " and " : i + 1 == k ? ", and " : ", ";
        mp_obj_t part = mp_str_from_cstr(sep);
        s = part == MP_OBJ_NULL ? part : mp_binary_op(MPY_BINARY_ADD, s, part);
        mp_obj_t r = s == MP_OBJ_NULL ? s : mp_obj_str(names[i], MP_PRINT_REPR);
        s = r == MP_OBJ_NULL ? r : mp_binary_op(MPY_BINARY_ADD, s, r);
    }
    return s;
}

static mp_obj_t nt_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const nt_type_t *t = (const nt_type_t *)type;
    size_t nf = t->fields->len;
    if (n > nf)
        return mp_raise_fmt(&mp_type_TypeError, "%s.__new__() takes %d positional arguments but %d were given",
            type->name, (int)nf + 1, (int)n + 1);
    mp_tuple_t *r = (mp_tuple_t *)mp_tuple_new(nf, NULL);
    if (r == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < n; i++) r->items[i] = args[i];
    if (kw) {
        for (size_t i = 0; i < kw->filled; i++) {
            mp_obj_t k = kw->entries[i].key;
            if (k == MP_OBJ_NULL) continue;
            long fi = nt_field_index(t, k);
            if (fi < 0)
                return mp_raise_fmt(
                    &mp_type_TypeError, "%s.__new__() got an unexpected keyword argument '%S'", type->name, k);
            if ((size_t)fi < n)
                return mp_raise_fmt(
                    &mp_type_TypeError, "%s.__new__() got multiple values for argument '%S'", type->name, k);
            r->items[fi] = kw->entries[i].value;
        }
    }
    size_t nd = t->defaults->len, missing = 0;
    mp_obj_t missing_names[8];
    for (size_t i = n; i < nf; i++) {
        if (r->items[i] != MP_OBJ_NULL) continue;
        if (i >= nf - nd) {
            r->items[i] = t->defaults->items[i - (nf - nd)];
            continue;
        }
        if (missing < 8) missing_names[missing] = t->fields->items[i];
        missing++;
    }
    if (missing) {
        mp_obj_t names = name_list(missing_names, missing < 8 ? missing : 8);
        if (names == MP_OBJ_NULL) return names;
        return mp_raise_fmt(&mp_type_TypeError, "%s.__new__() missing %d required positional argument%s: %S",
            type->name, (int)missing, missing == 1 ? "" : "s", names);
    }
    r->base.type = type;
    return (mp_obj_t)r;
}

static bool nt_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const nt_type_t *t = nt_type_of(self);
    const mp_tuple_t *tu = (const mp_tuple_t *)self;
    mp_print_str(out, t->type.name);
    mp_print_str(out, "(");
    for (size_t i = 0; i < tu->len; i++) {
        if (i > 0) mp_print_str(out, ", ");
        mp_print_obj(out, t->fields->items[i], MP_PRINT_STR);
        mp_print_str(out, "=");
        if (!mp_print_obj(out, tu->items[i], MP_PRINT_REPR)) return false;
    }
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t nt_attr(mp_obj_t self, mp_obj_t name) {
    const nt_type_t *t = nt_type_of(self);
    long i = nt_field_index(t, name);
    if (i >= 0) return ((const mp_tuple_t *)self)->items[i];
    return MP_OBJ_SENTINEL;
}

static mp_obj_t plain_tuple(mp_obj_t o) {
    if (nt_type_of(o) == NULL) return o;
    const mp_tuple_t *t = (const mp_tuple_t *)o;
    return mp_tuple_new(t->len, t->items);
}

static mp_obj_t nt_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_t l = plain_tuple(lhs);
    if (l == MP_OBJ_NULL) return l;
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) return mp_type_tuple.binary_op(op, l, rhs);
    mp_obj_t r = plain_tuple(rhs);
    if (r == MP_OBJ_NULL) return r;
    if (op & MP_OP_REFLECTED) {
        if (mp_type_of(r) != &mp_type_tuple) return MP_NOT_IMPLEMENTED;
        return mp_binary_op(op & ~MP_OP_REFLECTED, r, l);
    }
    return mp_type_tuple.binary_op(op, l, r);
}
static mp_obj_t nt_unary(int op, mp_obj_t self) { return mp_type_tuple.unary_op(op, self); }
static mp_obj_t nt_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object does not support item assignment", mp_type_of(self)->name);
    return mp_type_tuple.subscr(self, index, value);
}

typedef struct {
    mp_obj_base_t base;
    const mp_tuple_t *t;
    size_t index;
} nt_iter_t;
static mp_obj_t nt_iternext(mp_obj_t self) {
    nt_iter_t *it = (nt_iter_t *)self;
    return it->index < it->t->len ? it->t->items[it->index++] : MP_OBJ_SENTINEL;
}
static const mp_type_t nt_iter_type = { .base = { &mp_type_type }, .name = "tuple_iterator", .iternext = nt_iternext };
static mp_obj_t nt_getiter(mp_obj_t self) {
    nt_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &nt_iter_type;
    it->t = (const mp_tuple_t *)self;
    return (mp_obj_t)it;
}

static mp_obj_t nt_asdict(ARGS) {
    (void)n;
    (void)kw;
    const nt_type_t *t = nt_type_of(a[0]);
    if (t == NULL) return mp_raise_msg(&mp_type_TypeError, "_asdict() needs a namedtuple");
    const mp_tuple_t *tu = (const mp_tuple_t *)a[0];
    mp_dict_t *d = mp_dict_new(tu->len);
    if (d == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < tu->len; i++)
        if (!mp_dict_set(d, t->fields->items[i], tu->items[i])) return MP_OBJ_NULL;
    return (mp_obj_t)d;
}

static mp_obj_t nt_replace(ARGS) {
    (void)n;
    const nt_type_t *t = nt_type_of(a[0]);
    if (t == NULL) return mp_raise_msg(&mp_type_TypeError, "_replace() needs a namedtuple");
    const mp_tuple_t *tu = (const mp_tuple_t *)a[0];
    mp_tuple_t *r = (mp_tuple_t *)mp_tuple_new(tu->len, tu->items);
    if (r == NULL) return MP_OBJ_NULL;
    r->base.type = &t->type;
    if (kw) {
        mp_obj_t bad = mp_list_new(0, NULL);
        if (bad == MP_OBJ_NULL) return bad;
        for (size_t i = 0; i < kw->filled; i++) {
            mp_obj_t k = kw->entries[i].key;
            if (k == MP_OBJ_NULL) continue;
            long fi = nt_field_index(t, k);
            if (fi < 0) {
                if (!mp_list_append(bad, k)) return MP_OBJ_NULL;
                continue;
            }
            r->items[fi] = kw->entries[i].value;
        }
        if (((const mp_list_t *)bad)->len)
            return mp_raise_fmt(&mp_type_ValueError, "Got unexpected field names: %R", bad);
    }
    return (mp_obj_t)r;
}

/* _make(iterable), a classmethod: cls(*iterable). */
static mp_obj_t nt_make(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t l = to_list(a[1]);
    if (l == MP_OBJ_NULL) return l;
    const mp_list_t *lp = (const mp_list_t *)l;
    return mp_call(a[0], lp->len, lp->items, NULL);
}
static const mp_builtin_t nt_make_fn = MP_FN("_make", nt_make, 2, 2);

static const mp_method_t nt_methods[] = {
    MP_METHOD("_asdict", nt_asdict, 1, 1),
    MP_METHOD_KW("_replace", nt_replace, 1, 1),
    METHODS_END,
};

static bool is_identifier(const char *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c & 0x80);
        if (!ok) return false;
    }
    return true;
}

static bool is_keyword(const char *s, size_t n) {
    static const char *const kws[] = { "False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        NULL };
    for (const char *const *k = kws; *k; k++)
        if (__builtin_strlen(*k) == n && __builtin_memcmp(*k, s, n) == 0) return true;
    return false;
}

/* The field names: a string of names separated by spaces and/or commas,
 * or an iterable of strings. */
static mp_obj_t field_list(mp_obj_t spec) {
    mp_obj_t out = mp_list_new(0, NULL);
    if (out == MP_OBJ_NULL) return out;
    if (mp_type_of(spec) == &mp_type_str) {
        size_t len;
        const char *s = mp_str_data(spec, &len);
        size_t i = 0;
        while (i < len) {
            while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' || s[i] == '\n')) i++;
            size_t j = i;
            while (j < len && !(s[j] == ' ' || s[j] == ',' || s[j] == '\t' || s[j] == '\n')) j++;
            if (j > i) {
                mp_obj_t name = mp_str_new(s + i, j - i);
                if (name == MP_OBJ_NULL || !mp_list_append(out, name)) return MP_OBJ_NULL;
            }
            i = j;
        }
        return out;
    }
    mp_obj_t l = to_list(spec);
    if (l == MP_OBJ_NULL) return l;
    const mp_list_t *lp = (const mp_list_t *)l;
    for (size_t i = 0; i < lp->len; i++) {
        mp_obj_t x = lp->items[i];
        if (mp_type_of(x) != &mp_type_str)
            return mp_raise_msg(&mp_type_TypeError, "Type names and field names must be strings");
        if (!mp_list_append(out, x)) return MP_OBJ_NULL;
    }
    return out;
}

static mp_obj_t c_namedtuple(ARGS) {
    static const char *const names[] = { "rename", "defaults", "module", NULL };
    if (!mp_kw_check(kw, "namedtuple", names)) return MP_OBJ_NULL;
    (void)n;
    mp_obj_t tname = a[0];
    if (mp_type_of(tname) != &mp_type_str)
        return mp_raise_msg(&mp_type_TypeError, "Type names and field names must be strings");
    mp_obj_t fl = field_list(a[1]);
    if (fl == MP_OBJ_NULL) return fl;
    const mp_list_t *f = (const mp_list_t *)fl;
    size_t tl;
    const char *ts = mp_str_data(tname, &tl);
    for (size_t i = 0; i <= f->len; i++) {
        mp_obj_t name = i == 0 ? tname : f->items[i - 1];
        size_t l;
        const char *s = mp_str_data(name, &l);
        if (!is_identifier(s, l))
            return mp_raise_fmt(&mp_type_ValueError, "Type names and field names must be valid identifiers: %R", name);
        if (is_keyword(s, l))
            return mp_raise_fmt(&mp_type_ValueError, "Type names and field names cannot be a keyword: %R", name);
    }
    for (size_t i = 0; i < f->len; i++) {
        size_t l;
        const char *s = mp_str_data(f->items[i], &l);
        if (s[0] == '_')
            return mp_raise_fmt(&mp_type_ValueError, "Field names cannot start with an underscore: %R", f->items[i]);
        for (size_t j = 0; j < i; j++)
            if (mp_str_equal(f->items[j], f->items[i]))
                return mp_raise_fmt(&mp_type_ValueError, "Encountered duplicate field name: %R", f->items[i]);
    }
    mp_obj_t defaults = mp_kw_get(kw, "defaults");
    if (defaults == MP_OBJ_NULL) return defaults;
    mp_obj_t dt = defaults == MP_OBJ_SENTINEL || defaults == MP_NONE
        ? mp_tuple_new(0, NULL)
        : mp_type_tuple.make_new(&mp_type_tuple, 1, &defaults, NULL);
    if (dt == MP_OBJ_NULL) return dt;
    if (((const mp_tuple_t *)dt)->len > f->len)
        return mp_raise_msg(&mp_type_TypeError, "Got more default values than field names");

    nt_type_t *t = mp_alloc(sizeof *t);
    char *cname = mp_alloc(tl + 1);
    mp_obj_t fields = mp_tuple_new(f->len, f->items);
    mp_dict_t *locals = mp_dict_new(4);
    if (t == NULL || cname == NULL || fields == MP_OBJ_NULL || locals == NULL) return MP_OBJ_NULL;
    __builtin_memcpy(cname, ts, tl);
    t->fields = (mp_tuple_t *)fields;
    t->defaults = (mp_tuple_t *)dt;
    mp_type_t *ty = &t->type;
    ty->base.type = &mp_type_type;
    ty->name = cname;
    ty->parent = &mp_type_tuple;
    ty->flags = MP_TYPE_FLAG_BASETYPE;
    ty->locals = locals;
    ty->make_new = nt_make_new;
    ty->print = nt_print;
    ty->unary_op = nt_unary;
    ty->binary_op = nt_binary;
    ty->attr = nt_attr;
    ty->subscr = nt_subscr;
    ty->getiter = nt_getiter;
    ty->methods = nt_methods;
    /* _field_defaults: field name -> default. */
    mp_dict_t *fd = mp_dict_new(0);
    if (fd == NULL) return MP_OBJ_NULL;
    size_t nd = t->defaults->len;
    for (size_t i = 0; i < nd; i++)
        if (!mp_dict_set(fd, t->fields->items[f->len - nd + i], t->defaults->items[i])) return MP_OBJ_NULL;
    mp_obj_t make_fn = (mp_obj_t)&nt_make_fn;
    mp_obj_t make = mp_type_classmethod.make_new(&mp_type_classmethod, 1, &make_fn, NULL);
    if (!mp_mod_set(locals, "_fields", fields) || !mp_mod_set(locals, "_field_defaults", (mp_obj_t)fd) ||
        !mp_mod_set(locals, "_make", make))
        return MP_OBJ_NULL;
    return (mp_obj_t)ty;
}

static const mp_builtin_t collections_fns[] = { MP_FN_KW("namedtuple", c_namedtuple, 2, 2) };

bool mp_modcollections_fill(mp_dict_t *g) {
    return mp_mod_set(g, "deque", (mp_obj_t)&deque_type) && mp_mod_set(g, "OrderedDict", (mp_obj_t)&ordereddict_type) &&
        mp_mod_set(g, "defaultdict", (mp_obj_t)&defaultdict_type) &&
        mp_mod_add_fns(g, collections_fns, MP_N(collections_fns));
}
