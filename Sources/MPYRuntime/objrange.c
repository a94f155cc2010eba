/* range: 64-bit bounds on every target; its iterator is word-sized (native
 * code steps it inline) whenever every value fits a word, else 64-bit. */
#include "mpy/runtime.h"

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

/* A length as an int (it may pass INT64_MAX: range(-2**63, 2**63-1)). */
static mp_obj_t u64_int(uint64_t n) {
    if (n <= (uint64_t)INT64_MAX) return mp_int_from_i64((int64_t)n);
    mp_obj_t half = mp_int_from_i64((int64_t)(n >> 1));
    if (half == MP_OBJ_NULL) return half;
    mp_obj_t twice = mp_binary_op(MPY_BINARY_ADD, half, half);
    if (twice == MP_OBJ_NULL || (n & 1) == 0) return twice;
    return mp_binary_op(MPY_BINARY_ADD, twice, mp_small_int(1));
}

static mp_obj_t range_unary(int op, mp_obj_t self) {
    const mp_range_t *r = (const mp_range_t *)self;
    if (op == MP_UNARY_LEN) {
        mp_int_t n;
        return range_len(r, &n) ? mp_int_from_i64(n) : MP_OBJ_NULL;
    }
    if (op == MP_UNARY_BOOL) return mp_bool(range_len64(r) != 0);
    if (op == MP_UNARY_HASH) {
        /* CPython's: the hash of (len, start, step), with start and step
         * None where they do not matter, so equal ranges hash equal. */
        uint64_t n = range_len64(r);
        mp_obj_t t[3] = { u64_int(n), MP_NONE, MP_NONE };
        if (n > 0) t[1] = mp_int_from_i64(r->start);
        if (n > 1) t[2] = mp_int_from_i64(r->step);
        if (t[0] == MP_OBJ_NULL || t[1] == MP_OBJ_NULL || t[2] == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_t tuple = mp_tuple_new(3, t);
        return tuple == MP_OBJ_NULL ? tuple : mp_hash(tuple);
    }
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
    if (!mp_arg_index(index, (size_t)len, &i, "range", "range object")) return MP_OBJ_NULL;
    return mp_int_from_i64(r->start + (int64_t)i * r->step);
}

static mp_obj_t range_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    int64_t v[3] = { 0, 0, 1 };
    if (kw != NULL && kw->used > 0) return mp_raise_msg(&mp_type_TypeError, "range() takes no keyword arguments");
    if (n < 1) return mp_raise_msg(&mp_type_TypeError, "range expected at least 1 argument, got 0");
    if (n > 3) return mp_raise_fmt(&mp_type_TypeError, "range expected at most 3 arguments, got %d", (int)n);
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
