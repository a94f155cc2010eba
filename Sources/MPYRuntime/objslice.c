/* slice objects and the index arithmetic every sequence shares
 * (slice.indices semantics: clamping, negative steps). */
#include "mpy/runtime.h"

static bool slice_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_slice_t *s = (const mp_slice_t *)self;
    mp_print_str(out, "slice(");
    if (!mp_print_obj(out, s->start, MP_PRINT_REPR)) return false;
    mp_print_str(out, ", ");
    if (!mp_print_obj(out, s->stop, MP_PRINT_REPR)) return false;
    mp_print_str(out, ", ");
    if (!mp_print_obj(out, s->step, MP_PRINT_REPR)) return false;
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t slice_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    (void)kw;
    if (n == 1) return mp_slice_new(MP_NONE, args[0], MP_NONE);
    if (n == 2) return mp_slice_new(args[0], args[1], MP_NONE);
    if (n == 3) return mp_slice_new(args[0], args[1], args[2]);
    return mp_raise_msg(&mp_type_TypeError, "slice expected at least 1 argument");
}

static mp_obj_t slice_attr(mp_obj_t self, mp_obj_t name) {
    const mp_slice_t *s = (const mp_slice_t *)self;
    size_t n;
    const char *d = mp_str_data(name, &n);
    if (n == 5 && __builtin_memcmp(d, "start", 5) == 0) return s->start;
    if (n == 4 && __builtin_memcmp(d, "stop", 4) == 0) return s->stop;
    if (n == 4 && __builtin_memcmp(d, "step", 4) == 0) return s->step;
    return MP_OBJ_SENTINEL;
}

/* slice.indices(len): the (start, stop, step) a sequence of that length
 * would use (clamped as mp_slice_indices does). */
static mp_obj_t slice_indices_method(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_int_t len, start, stop, step;
    if (!mp_arg_ssize(a[1], &len)) return MP_OBJ_NULL;
    if (len < 0) return mp_raise_msg(&mp_type_ValueError, "length should not be negative");
    if (!mp_slice_indices(a[0], len, &start, &stop, &step)) return MP_OBJ_NULL;
    mp_obj_t items[3] = { mp_int_from_i64(start), mp_int_from_i64(stop), mp_int_from_i64(step) };
    return mp_tuple_new(3, items);
}

static const mp_method_t slice_methods[] = {
    MP_METHOD("indices", slice_indices_method, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_slice = { .base = { &mp_type_type },
    .name = "slice",
    .print = slice_print,
    .make_new = slice_make_new,
    .attr = slice_attr,
    .methods = slice_methods };

mp_obj_t mp_slice_new(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_slice_t *s = mp_alloc(sizeof *s);
    if (s == NULL) return MP_OBJ_NULL;
    s->base.type = &mp_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return (mp_obj_t)s;
}

/* obj[start:stop:step] (value MP_OBJ_SENTINEL) or obj[start:stop:step] =
 * value: native code's BUILD_SLICE + LOAD_SUBSCR/STORE_SUBSCR in one call.
 * A list, tuple or str only reads the slice while it runs, so theirs lives
 * on the C stack; any other object gets a slice object it may keep. */
mp_obj_t mp_subscr_slice(mp_obj_t obj, mp_obj_t start, mp_obj_t stop, mp_obj_t step, mp_obj_t value) {
    const mp_type_t *t = mp_type_of(obj);
    if (t == &mp_type_list || t == &mp_type_tuple || t == &mp_type_str) {
        mp_slice_t s = { { &mp_type_slice }, start, stop, step };
        return t->subscr(obj, (mp_obj_t)&s, value);
    }
    mp_obj_t s = mp_slice_new(start, stop, step);
    if (s == MP_OBJ_NULL) return s;
    return mp_subscr(obj, s, value);
}

static bool slice_int(mp_obj_t o, mp_int_t *out) {
    if (mp_type_of(o)->flags & MP_TYPE_FLAG_USER) {
        /* An object with __index__ (or a derived int) stands for its int. */
        mp_obj_t v = mp_index_opt(o);
        if (v == MP_OBJ_NULL) return false;
        if (v != MP_OBJ_SENTINEL) o = v;
    }
    if (o == MP_TRUE || o == MP_FALSE) {
        *out = o == MP_TRUE;
        return true;
    }
    if (mp_is_small_int(o)) {
        *out = mp_small_int_value(o);
        return true;
    }
    if (mp_type_of(o) == &mp_type_int) {
        /* A big int index clamps like a huge small one. */
        mp_obj_t neg = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, o, mp_small_int(0));
        if (neg == MP_OBJ_NULL) return false;
        *out = neg == MP_TRUE ? MP_SMALL_INT_MIN : MP_SMALL_INT_MAX;
        return true;
    }
    mp_raise_msg(&mp_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

bool mp_slice_indices(mp_obj_t slice, mp_int_t len, mp_int_t *start, mp_int_t *stop, mp_int_t *step) {
    const mp_slice_t *s = (const mp_slice_t *)slice;
    mp_int_t st = 1;
    if (s->step != MP_NONE && !slice_int(s->step, &st)) return false;
    if (st == 0) {
        mp_raise_msg(&mp_type_ValueError, "slice step cannot be zero");
        return false;
    }
    mp_int_t lo, hi;
    if (st > 0) {
        if (s->start == MP_NONE)
            lo = 0;
        else {
            if (!slice_int(s->start, &lo)) return false;
            if (lo < 0) {
                lo += len;
                if (lo < 0) lo = 0;
            } else if (lo > len)
                lo = len;
        }
        if (s->stop == MP_NONE)
            hi = len;
        else {
            if (!slice_int(s->stop, &hi)) return false;
            if (hi < 0) {
                hi += len;
                if (hi < 0) hi = 0;
            } else if (hi > len)
                hi = len;
        }
    } else {
        if (s->start == MP_NONE)
            lo = len - 1;
        else {
            if (!slice_int(s->start, &lo)) return false;
            if (lo < 0) {
                lo += len;
                if (lo < 0) lo = -1;
            } else if (lo >= len)
                lo = len - 1;
        }
        if (s->stop == MP_NONE)
            hi = -1;
        else {
            if (!slice_int(s->stop, &hi)) return false;
            if (hi < 0) {
                hi += len;
                if (hi < 0) hi = -1;
            } else if (hi >= len)
                hi = len - 1;
        }
    }
    *start = lo;
    *stop = hi;
    *step = st;
    return true;
}

mp_int_t mp_slice_count(mp_int_t start, mp_int_t stop, mp_int_t step) {
    if (step > 0) return start < stop ? (stop - start + step - 1) / step : 0;
    return start > stop ? (start - stop - step - 1) / -step : 0;
}
