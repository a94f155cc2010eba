/* The built-in iterator types: enumerate, zip, map, filter, reversed
 * (which defers to a class's __reversed__). */
#include "mpy/runtime.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t iter;
    mp_obj_t count;
} enumerate_t;
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fn;
    size_t n;
    mp_obj_t iters[];
} multi_t;
typedef struct {
    mp_obj_base_t base;
    mp_obj_t seq;
    mp_int_t index;
} reversed_t;

static mp_obj_t enumerate_next(mp_obj_t self) {
    enumerate_t *e = (enumerate_t *)self;
    mp_obj_t x = mp_iternext(e->iter);
    if (x == MP_OBJ_NULL || x == MP_OBJ_SENTINEL) return x;
    mp_obj_t pair[2] = { e->count, x };
    mp_obj_t next = mp_binary_op(MPY_BINARY_ADD, e->count, mp_small_int(1));
    if (next == MP_OBJ_NULL) return next;
    e->count = next;
    return mp_tuple_new(2, pair);
}

static mp_obj_t kwarg(mp_dict_t *kw, const char *name) {
    if (kw == NULL) return MP_OBJ_SENTINEL;
    mp_obj_t k = mp_str_from_cstr(name);
    return k == MP_OBJ_NULL ? k : mp_dict_get(kw, k);
}

static mp_obj_t enumerate_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t start = kwarg(kw, "start");
    if (start == MP_OBJ_NULL) return start;
    mp_obj_t iterable = n > 0 ? args[0] : kwarg(kw, "iterable");
    if (iterable == MP_OBJ_NULL) return iterable;
    if (iterable == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "enumerate() missing required argument 'iterable'");
    enumerate_t *e = mp_alloc(sizeof *e);
    if (e == NULL) return MP_OBJ_NULL;
    e->base.type = t;
    e->iter = mp_getiter(iterable);
    if (e->iter == MP_OBJ_NULL) return MP_OBJ_NULL;
    e->count = n > 1 ? args[1] : start != MP_OBJ_SENTINEL ? start : mp_small_int(0);
    return (mp_obj_t)e;
}

static mp_obj_t zip_next(mp_obj_t self) {
    multi_t *z = (multi_t *)self;
    if (z->n == 0) return MP_OBJ_SENTINEL;
    mp_obj_t *items = mp_alloc(z->n * sizeof(mp_obj_t));
    if (items == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < z->n; i++) {
        items[i] = mp_iternext(z->iters[i]);
        if (items[i] == MP_OBJ_NULL || items[i] == MP_OBJ_SENTINEL) return items[i];
    }
    return mp_tuple_new(z->n, items);
}

static mp_obj_t map_next(mp_obj_t self) {
    multi_t *m = (multi_t *)self;
    mp_obj_t buf[8];
    mp_obj_t *items = m->n <= 8 ? buf : mp_alloc(m->n * sizeof(mp_obj_t));
    if (items == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < m->n; i++) {
        items[i] = mp_iternext(m->iters[i]);
        if (items[i] == MP_OBJ_NULL || items[i] == MP_OBJ_SENTINEL) return items[i];
    }
    return mp_call(m->fn, m->n, items, NULL);
}

static mp_obj_t filter_next(mp_obj_t self) {
    multi_t *f = (multi_t *)self;
    for (;;) {
        mp_obj_t x = mp_iternext(f->iters[0]);
        if (x == MP_OBJ_NULL || x == MP_OBJ_SENTINEL) return x;
        mp_obj_t v = f->fn == MP_NONE ? x : mp_call(f->fn, 1, &x, NULL);
        if (v == MP_OBJ_NULL) return v;
        int t = mp_truth(v);
        if (t < 0) return MP_OBJ_NULL;
        if (t) return x;
    }
}

static mp_obj_t multi_new(const mp_type_t *t, mp_obj_t fn, size_t n, const mp_obj_t *iterables) {
    multi_t *m = mp_alloc(sizeof *m + n * sizeof(mp_obj_t));
    if (m == NULL) return MP_OBJ_NULL;
    m->base.type = t;
    m->fn = fn;
    m->n = n;
    for (size_t i = 0; i < n; i++) {
        m->iters[i] = mp_getiter(iterables[i]);
        if (m->iters[i] == MP_OBJ_NULL) return MP_OBJ_NULL;
    }
    return (mp_obj_t)m;
}

static mp_obj_t zip_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    return multi_new(t, MP_NONE, n, args);
}
static mp_obj_t map_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n < 2) return mp_raise_msg(&mp_type_TypeError, "map() must have at least two arguments.");
    return multi_new(t, args[0], n - 1, args + 1);
}
static mp_obj_t filter_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n != 2) return mp_raise_fmt(&mp_type_TypeError, "filter expected 2 arguments, got %d", (int)n);
    return multi_new(t, args[0], 1, args + 1);
}

static mp_obj_t reversed_next(mp_obj_t self) {
    reversed_t *r = (reversed_t *)self;
    if (r->index <= 0) return MP_OBJ_SENTINEL;
    r->index--;
    return mp_subscr(r->seq, mp_small_int(r->index), MP_OBJ_SENTINEL);
}
static mp_obj_t reversed_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n != 1) return mp_raise_msg(&mp_type_TypeError, "reversed expected 1 argument");
    mp_obj_t seq = args[0];
    if (mp_type_of(seq)->flags & MP_TYPE_FLAG_USER) {
        /* A class may say how it is reversed. */
        mp_obj_t nm = mp_str_from_cstr("__reversed__");
        if (nm == MP_OBJ_NULL) return nm;
        mp_obj_t f = mp_class_attr(mp_type_of(seq), nm);
        if (f == MP_OBJ_NULL) return f;
        if (f != MP_OBJ_SENTINEL) return mp_call(f, 1, &seq, NULL);
    }
    if (mp_type_of(seq) == &mp_type_dict) {
        seq = mp_type_list.make_new(&mp_type_list, 1, &seq, NULL);
        if (seq == MP_OBJ_NULL) return seq;
    }
    mp_obj_t len = mp_len(seq);
    if (len == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not reversible", mp_type_of(args[0])->name);
    }
    reversed_t *r = mp_alloc(sizeof *r);
    if (r == NULL) return MP_OBJ_NULL;
    r->base.type = t;
    r->seq = seq;
    r->index = mp_small_int_value(len);
    return (mp_obj_t)r;
}

/* enumerate, zip, map, filter and reversed can be subclassed, as in CPython. */
const mp_type_t mp_type_enumerate = { .base = { &mp_type_type },
    .name = "enumerate",
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = enumerate_new,
    .iternext = enumerate_next };
const mp_type_t mp_type_zip = {
    .base = { &mp_type_type }, .name = "zip", .flags = MP_TYPE_FLAG_BASETYPE, .make_new = zip_new, .iternext = zip_next
};
const mp_type_t mp_type_map = {
    .base = { &mp_type_type }, .name = "map", .flags = MP_TYPE_FLAG_BASETYPE, .make_new = map_new, .iternext = map_next
};
const mp_type_t mp_type_filter = { .base = { &mp_type_type },
    .name = "filter",
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = filter_new,
    .iternext = filter_next };
const mp_type_t mp_type_reversed = { .base = { &mp_type_type },
    .name = "reversed",
    .flags = MP_TYPE_FLAG_BASETYPE,
    .make_new = reversed_new,
    .iternext = reversed_next };

/* Iteration through __getitem__ with 0, 1, 2, ... until IndexError. */
typedef struct {
    mp_obj_base_t base;
    mp_obj_t seq;
    mp_int_t index;
} getitem_iter_t;
static mp_obj_t getitem_next(mp_obj_t self) {
    getitem_iter_t *it = (getitem_iter_t *)self;
    mp_obj_t v = mp_subscr(it->seq, mp_small_int(it->index), MP_OBJ_SENTINEL);
    if (v == MP_OBJ_NULL) {
        if (mp_is_instance_of_type(mp_state.exc, &mp_type_IndexError) ||
            mp_is_instance_of_type(mp_state.exc, &mp_type_StopIteration)) {
            mp_state.exc = MP_OBJ_NULL;
            return MP_OBJ_SENTINEL;
        }
        return v;
    }
    it->index++;
    return v;
}
const mp_type_t mp_type_getitem_iter = { .base = { &mp_type_type }, .name = "iterator", .iternext = getitem_next };
mp_obj_t mp_seq_getitem_iter(mp_obj_t seq) {
    getitem_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &mp_type_getitem_iter;
    it->seq = seq;
    return (mp_obj_t)it;
}
