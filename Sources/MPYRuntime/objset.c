/* set and frozenset, on top of the dict's hash table (values unused). */
#include "mpy/runtime.h"

mp_obj_t mp_set_new(const mp_type_t *type) {
    mp_set_t *s = mp_alloc(sizeof *s);
    if (s == NULL) return MP_OBJ_NULL;
    s->base.type = type;
    s->d = mp_dict_new(0);
    if (s->d == NULL) return MP_OBJ_NULL;
    return (mp_obj_t)s;
}

bool mp_set_add(mp_obj_t set, mp_obj_t item) { return mp_dict_set(((mp_set_t *)set)->d, item, MP_NONE); }

static bool is_set(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    return t == &mp_type_set || t == &mp_type_frozenset;
}

static bool set_fill(mp_obj_t set, mp_obj_t iterable) {
    if (is_set(iterable)) iterable = (mp_obj_t)((mp_set_t *)iterable)->d;
    mp_obj_t it = mp_getiter(iterable);
    if (it == MP_OBJ_NULL) return false;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return false;
        if (x == MP_OBJ_SENTINEL) return true;
        if (!mp_set_add(set, x)) return false;
    }
}

static bool contains(mp_obj_t set, mp_obj_t x, bool *out) {
    mp_obj_t v = mp_dict_get(((mp_set_t *)set)->d, x);
    if (v == MP_OBJ_NULL) return false;
    *out = v != MP_OBJ_SENTINEL;
    return true;
}

static bool set_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_dict_t *d = ((const mp_set_t *)self)->d;
    bool frozen = mp_type_of(self) == &mp_type_frozenset;
    if (d->used == 0) {
        mp_print_str(out, frozen ? "frozenset()" : "set()");
        return true;
    }
    if (frozen) mp_print_str(out, "frozenset(");
    mp_print_str(out, "{");
    bool first = true;
    for (size_t i = 0; i < d->filled; i++) {
        if (d->entries[i].key == MP_OBJ_NULL) continue;
        if (!first) mp_print_str(out, ", ");
        first = false;
        if (!mp_print_obj(out, d->entries[i].key, MP_PRINT_REPR)) return false;
    }
    mp_print_str(out, "}");
    if (frozen) mp_print_str(out, ")");
    return true;
}

static mp_obj_t set_unary(int op, mp_obj_t self) {
    const mp_dict_t *d = ((const mp_set_t *)self)->d;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(d->used != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)d->used);
    case MP_UNARY_HASH: {
        if (mp_type_of(self) == &mp_type_set) return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'set'");
        mp_uint_t h = 0;
        for (size_t i = 0; i < d->filled; i++)
            if (d->entries[i].key != MP_OBJ_NULL) h ^= d->entries[i].hash * 0x9E3779B1u;
        return mp_small_int((mp_int_t)(h >> 2));
    }
    default: return MP_OBJ_SENTINEL;
    }
}

/* Result of a set operation between a and b: 0 union, 1 intersection, 2 difference, 3 symmetric difference. */
static mp_obj_t set_combine(mp_obj_t a, mp_obj_t b, int kind, const mp_type_t *type) {
    mp_obj_t r = mp_set_new(type);
    if (r == MP_OBJ_NULL) return r;
    const mp_dict_t *da = ((const mp_set_t *)a)->d, *db = ((const mp_set_t *)b)->d;
    for (size_t i = 0; i < da->filled; i++) {
        mp_obj_t x = da->entries[i].key;
        if (x == MP_OBJ_NULL) continue;
        bool in_b;
        if (!contains(b, x, &in_b)) return MP_OBJ_NULL;
        bool keep = kind == 0 || (kind == 1 && in_b) || ((kind == 2 || kind == 3) && !in_b);
        if (keep && !mp_set_add(r, x)) return MP_OBJ_NULL;
    }
    if (kind == 0 || kind == 3) {
        for (size_t i = 0; i < db->filled; i++) {
            mp_obj_t x = db->entries[i].key;
            if (x == MP_OBJ_NULL) continue;
            bool in_a;
            if (!contains(a, x, &in_a)) return MP_OBJ_NULL;
            if (!in_a && !mp_set_add(r, x)) return MP_OBJ_NULL;
        }
    }
    return r;
}

static bool subset(mp_obj_t a, mp_obj_t b, bool *out) {
    const mp_dict_t *da = ((const mp_set_t *)a)->d;
    for (size_t i = 0; i < da->filled; i++) {
        if (da->entries[i].key == MP_OBJ_NULL) continue;
        bool in;
        if (!contains(b, da->entries[i].key, &in)) return false;
        if (!in) {
            *out = false;
            return true;
        }
    }
    *out = true;
    return true;
}

static mp_obj_t set_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        bool in;
        return contains(lhs, rhs, &in) ? mp_bool(in) : MP_OBJ_NULL;
    }
    if (reflected || !is_set(rhs)) return MP_NOT_IMPLEMENTED;
    bool inplace = op >= MP_OP_INPLACE && op < MP_OP_COMPARE;
    if (inplace) op -= MP_OP_INPLACE;
    const mp_type_t *t = mp_type_of(lhs);
    if (op >= MP_OP_COMPARE) {
        const mp_dict_t *da = ((const mp_set_t *)lhs)->d, *db = ((const mp_set_t *)rhs)->d;
        /* One subset test per comparison, after the sizes: testing both
         * ways would make == of sets nested n deep cost 2^n. */
        int c = op - MP_OP_COMPARE;
        bool sub = true, eq_size = da->used == db->used;
        switch (c) {
        case MPY_COMPARE_EQ:
        case MPY_COMPARE_NE:
            if (eq_size && !subset(lhs, rhs, &sub)) return MP_OBJ_NULL;
            return mp_bool((eq_size && sub) == (c == MPY_COMPARE_EQ));
        case MPY_COMPARE_LE:
        case MPY_COMPARE_LT:
            if (da->used > db->used || (c == MPY_COMPARE_LT && eq_size)) return MP_FALSE;
            return subset(lhs, rhs, &sub) ? mp_bool(sub) : MP_OBJ_NULL;
        case MPY_COMPARE_GE:
        case MPY_COMPARE_GT:
            if (da->used < db->used || (c == MPY_COMPARE_GT && eq_size)) return MP_FALSE;
            return subset(rhs, lhs, &sub) ? mp_bool(sub) : MP_OBJ_NULL;
        default: return MP_NOT_IMPLEMENTED;
        }
    }
    int kind;
    switch (op) {
    case MPY_BINARY_OR: kind = 0; break;
    case MPY_BINARY_AND: kind = 1; break;
    case MPY_BINARY_SUB: kind = 2; break;
    case MPY_BINARY_XOR: kind = 3; break;
    default: return MP_NOT_IMPLEMENTED;
    }
    mp_obj_t r = set_combine(lhs, rhs, kind, t);
    if (r == MP_OBJ_NULL) return r;
    if (inplace && t == &mp_type_set) {
        ((mp_set_t *)lhs)->d = ((mp_set_t *)r)->d;
        return lhs;
    }
    return r;
}

static mp_obj_t set_getiter(mp_obj_t self) { return mp_dict_iter_new((mp_obj_t)((mp_set_t *)self)->d, 0); }

static mp_obj_t set_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t s = mp_set_new(type);
    if (s == MP_OBJ_NULL || n == 0) return s;
    return set_fill(s, args[0]) ? s : MP_OBJ_NULL;
}

static mp_obj_t m_add(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_set_add(a[0], a[1]) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t m_discard(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_dict_delete(((mp_set_t *)a[0])->d, a[1]) < 0 ? MP_OBJ_NULL : MP_NONE;
}
static mp_obj_t m_remove(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    int r = mp_dict_delete(((mp_set_t *)a[0])->d, a[1]);
    if (r < 0) return MP_OBJ_NULL;
    if (r == 0) return mp_raise(mp_exception_new(&mp_type_KeyError, 1, &a[1]));
    return MP_NONE;
}
static mp_obj_t m_pop(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_dict_t *d = ((mp_set_t *)a[0])->d;
    for (size_t i = 0; i < d->filled; i++) {
        mp_obj_t x = d->entries[i].key;
        if (x == MP_OBJ_NULL) continue;
        if (mp_dict_delete(d, x) < 0) return MP_OBJ_NULL;
        return x;
    }
    return mp_raise_msg(&mp_type_KeyError, "pop from an empty set");
}
static mp_obj_t m_clear(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_dict_t *d = mp_dict_new(0);
    if (d == NULL) return MP_OBJ_NULL;
    ((mp_set_t *)a[0])->d = d;
    return MP_NONE;
}
static mp_obj_t m_copy(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t s = mp_set_new(mp_type_of(a[0]));
    return s != MP_OBJ_NULL && set_fill(s, a[0]) ? s : MP_OBJ_NULL;
}
static mp_obj_t with_other(const mp_obj_t *a, int op) {
    mp_obj_t other = a[1];
    if (!is_set(other)) {
        other = mp_set_new(&mp_type_set);
        if (other == MP_OBJ_NULL || !set_fill(other, a[1])) return MP_OBJ_NULL;
    }
    return set_binary(op, a[0], other);
}
/* union/intersection/difference with any number of iterables. */
static mp_obj_t with_others(size_t n, const mp_obj_t *a, int op) {
    mp_obj_t acc = a[0];
    if (n == 1) return m_copy(1, a, NULL);
    for (size_t i = 1; i < n; i++) {
        mp_obj_t pair[2] = { acc, a[i] };
        acc = with_other(pair, op);
        if (acc == MP_OBJ_NULL) return acc;
    }
    return acc;
}
static mp_obj_t m_union(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return with_others(n, a, MPY_BINARY_OR);
}
static mp_obj_t m_intersection(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return with_others(n, a, MPY_BINARY_AND);
}
static mp_obj_t m_difference(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return with_others(n, a, MPY_BINARY_SUB);
}
static mp_obj_t m_symdiff(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return with_other(a, MPY_BINARY_XOR);
}
static mp_obj_t m_update(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    for (size_t i = 1; i < n; i++)
        if (!set_fill(a[0], a[i])) return MP_OBJ_NULL;
    return MP_NONE;
}
/* The *_update methods: the result of the operation becomes the set's table. */
static mp_obj_t update_with(mp_obj_t r, mp_obj_t self) {
    if (r == MP_OBJ_NULL) return r;
    ((mp_set_t *)self)->d = ((mp_set_t *)r)->d;
    return MP_NONE;
}
static mp_obj_t m_intersection_update(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return update_with(with_others(n, a, MPY_BINARY_AND), a[0]);
}
static mp_obj_t m_difference_update(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return update_with(with_others(n, a, MPY_BINARY_SUB), a[0]);
}
static mp_obj_t m_symdiff_update(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return update_with(with_other(a, MPY_BINARY_XOR), a[0]);
}
static mp_obj_t m_issubset(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return with_other(a, MP_OP_COMPARE + MPY_COMPARE_LE);
}
static mp_obj_t m_issuperset(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return with_other(a, MP_OP_COMPARE + MPY_COMPARE_GE);
}
static mp_obj_t m_isdisjoint(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t r = with_other(a, MPY_BINARY_AND);
    if (r == MP_OBJ_NULL) return r;
    return mp_bool(((mp_set_t *)r)->d->used == 0);
}

#define END \
    { \
        NULL, { { NULL }, NULL, NULL, 0, 0, false } \
    }
static const mp_method_t set_methods[] = {
    MP_METHOD("add", m_add, 2, 2),
    MP_METHOD("discard", m_discard, 2, 2),
    MP_METHOD("remove", m_remove, 2, 2),
    MP_METHOD("pop", m_pop, 1, 1),
    MP_METHOD("clear", m_clear, 1, 1),
    MP_METHOD("copy", m_copy, 1, 1),
    MP_METHOD("union", m_union, 1, -1),
    MP_METHOD("intersection", m_intersection, 1, -1),
    MP_METHOD("difference", m_difference, 1, -1),
    MP_METHOD("symmetric_difference", m_symdiff, 2, 2),
    MP_METHOD("update", m_update, 1, -1),
    MP_METHOD("intersection_update", m_intersection_update, 1, -1),
    MP_METHOD("difference_update", m_difference_update, 1, -1),
    MP_METHOD("symmetric_difference_update", m_symdiff_update, 2, 2),
    MP_METHOD("issubset", m_issubset, 2, 2),
    MP_METHOD("issuperset", m_issuperset, 2, 2),
    MP_METHOD("isdisjoint", m_isdisjoint, 2, 2),
    END,
};
static const mp_method_t frozenset_methods[] = {
    MP_METHOD("copy", m_copy, 1, 1),
    MP_METHOD("union", m_union, 1, -1),
    MP_METHOD("intersection", m_intersection, 1, -1),
    MP_METHOD("difference", m_difference, 1, -1),
    MP_METHOD("symmetric_difference", m_symdiff, 2, 2),
    MP_METHOD("issubset", m_issubset, 2, 2),
    MP_METHOD("issuperset", m_issuperset, 2, 2),
    MP_METHOD("isdisjoint", m_isdisjoint, 2, 2),
    END,
};

const mp_type_t mp_type_set = { .base = { &mp_type_type },
    .name = "set",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = set_print,
    .unary_op = set_unary,
    .binary_op = set_binary,
    .getiter = set_getiter,
    .make_new = set_make_new,
    .methods = set_methods };
const mp_type_t mp_type_frozenset = { .base = { &mp_type_type },
    .name = "frozenset",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = set_print,
    .unary_op = set_unary,
    .binary_op = set_binary,
    .getiter = set_getiter,
    .make_new = set_make_new,
    .methods = frozenset_methods };
