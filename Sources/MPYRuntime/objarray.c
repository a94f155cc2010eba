/* array.array: a growable buffer of machine numbers of one typecode
 * (b B h H i I l L q Q f d, MicroPython's set), and the typed item loads
 * and stores the buffer protocol shares with memoryview.
 *
 * The layout is bytearray's (len counts bytes) plus the typecode, so a
 * buffer reader takes data and len without a switch. As MicroPython, a
 * store truncates an int to the item (no OverflowError), items are not
 * deleted, and the methods are append and extend; indexing and slicing
 * otherwise follow CPython (slices with a step too). */
#include "mpy/runtime.h"
#include "mpy/modutil.h"

_Static_assert(offsetof(mp_array_t, len) == offsetof(mp_bytes_t, len), "array and bytes share len");
_Static_assert(offsetof(mp_array_t, data) == offsetof(mp_bytes_t, data), "array and bytes share data");

#define ARR(o) ((mp_array_t *)(o))

size_t mp_typecode_size(char tc) {
    switch (tc) {
    case 'b':
    case 'B': return 1;
    case 'h':
    case 'H': return 2;
    case 'i':
    case 'I':
    case 'f': return 4;
    case 'l':
    case 'L': return sizeof(long);
    case 'q':
    case 'Q':
    case 'd': return 8;
    default: return 0;
    }
}

static bool tc_signed(char tc) { return tc == 'b' || tc == 'h' || tc == 'i' || tc == 'l' || tc == 'q'; }

mp_obj_t mp_buffer_item_get(char tc, const uint8_t *p) {
    size_t sz = mp_typecode_size(tc);
    if (tc == 'f') {
        float f;
        __builtin_memcpy(&f, p, 4);
        return mp_float_new((double)f);
    }
    if (tc == 'd') {
        double d;
        __builtin_memcpy(&d, p, 8);
        return mp_float_new(d);
    }
    uint64_t u = 0;
    __builtin_memcpy(&u, p, sz); /* every target is little-endian */
    if (tc_signed(tc)) {
        int64_t x = sz == 8 ? (int64_t)u : (int64_t)(u ^ ((uint64_t)1 << (8 * sz - 1))) - ((int64_t)1 << (8 * sz - 1));
        return mp_int_from_i64(x);
    }
    if (u <= (uint64_t)INT64_MAX) return mp_int_from_i64((int64_t)u);
    mp_obj_t hi = mp_int_from_i64((int64_t)(u >> 32));
    mp_obj_t sh = hi == MP_OBJ_NULL ? hi : mp_binary_op(MPY_BINARY_LSHIFT, hi, mp_small_int(32));
    mp_obj_t lo = sh == MP_OBJ_NULL ? sh : mp_int_from_i64((int64_t)(u & 0xffffffffu));
    return lo == MP_OBJ_NULL ? lo : mp_binary_op(MPY_BINARY_OR, sh, lo);
}

/* The low 64 bits of any int (two's complement), as MicroPython truncates. */
static bool int_low64(mp_obj_t v, uint64_t *out) {
    int64_t x;
    if (mp_int_to_i64(v, &x)) {
        *out = (uint64_t)x;
        return true;
    }
    mp_obj_t mask = mp_int_from_i64(0xffffffff);
    if (mask == MP_OBJ_NULL) return false;
    mp_obj_t lo = mp_binary_op(MPY_BINARY_AND, v, mask);
    mp_obj_t hi = mp_binary_op(MPY_BINARY_RSHIFT, v, mp_small_int(32));
    hi = hi == MP_OBJ_NULL ? hi : mp_binary_op(MPY_BINARY_AND, hi, mask);
    int64_t l, h;
    if (lo == MP_OBJ_NULL || hi == MP_OBJ_NULL || !mp_int_to_i64(lo, &l) || !mp_int_to_i64(hi, &h)) return false;
    *out = ((uint64_t)h << 32) | (uint64_t)l;
    return true;
}

bool mp_buffer_item_set(char tc, uint8_t *p, mp_obj_t v) {
    if (v == MP_TRUE || v == MP_FALSE) v = mp_small_int(v == MP_TRUE);
    if (tc == 'f' || tc == 'd') {
        const mp_type_t *t = mp_type_of(v);
        if (t != &mp_type_float && t != &mp_type_int) {
            mp_raise_fmt(&mp_type_TypeError, "must be real number, not %s", t->name);
            return false;
        }
        double d;
        if (!mp_obj_to_double(v, &d)) return false;
        if (tc == 'f') {
            float f = (float)d;
            __builtin_memcpy(p, &f, 4);
        } else
            __builtin_memcpy(p, &d, 8);
        return true;
    }
    if (mp_type_of(v) != &mp_type_int) {
        mp_obj_t i = mp_index_opt(v);
        if (i == MP_OBJ_NULL) return false;
        if (i == MP_OBJ_SENTINEL) {
            mp_raise_fmt(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(v)->name);
            return false;
        }
        v = i;
    }
    uint64_t u;
    if (!int_low64(v, &u)) return false;
    __builtin_memcpy(p, &u, mp_typecode_size(tc));
    return true;
}

/* ---- construction ---- */

static bool arr_reserve(mp_array_t *a, size_t need) {
    if (need <= a->alloc) return true;
    size_t cap = a->alloc * 2;
    if (cap < need) cap = need;
    if (cap < 8) cap = 8;
    uint8_t *d = mp_realloc(a->data, a->len, cap);
    if (d == NULL) return false;
    a->data = d;
    a->alloc = cap;
    return true;
}

mp_obj_t mp_array_new(char tc, size_t n) {
    size_t sz = mp_typecode_size(tc);
    if (n > SIZE_MAX / 2 / sz) return mp_raise(mp_state.memory_error);
    mp_array_t *a = mp_alloc(sizeof *a);
    if (a == NULL) return MP_OBJ_NULL;
    a->base.type = &mp_type_array;
    a->typecode = tc;
    a->data = mp_alloc(n ? n * sz : 1); /* zeroed */
    if (a->data == NULL) return MP_OBJ_NULL;
    a->alloc = n ? n * sz : 1;
    a->len = n * sz;
    return (mp_obj_t)a;
}

static size_t arr_count(const mp_array_t *a) { return a->len / mp_typecode_size(a->typecode); }

static bool arr_append(mp_array_t *a, mp_obj_t v) {
    size_t sz = mp_typecode_size(a->typecode);
    uint8_t item[8];
    if (!mp_buffer_item_set(a->typecode, item, v) || !arr_reserve(a, a->len + sz)) return false;
    __builtin_memcpy(a->data + a->len, item, sz);
    a->len += sz;
    return true;
}

static bool arr_extend_bytes(mp_array_t *a, const uint8_t *d, size_t n) {
    if (!arr_reserve(a, a->len + n)) return false; /* d may be a's own block: the old one stays intact */
    if (n) __builtin_memmove(a->data + a->len, d, n);
    a->len += n;
    return true;
}

/* Appends every item of an iterable (an array of the same typecode raw). */
static bool arr_extend(mp_array_t *a, mp_obj_t src) {
    mp_obj_t native = mp_instance_native(src);
    if (native != MP_OBJ_NULL) src = native;
    if (mp_type_of(src) == &mp_type_array) {
        if (ARR(src)->typecode != a->typecode) {
            mp_raise_msg(&mp_type_TypeError, "can only extend with array of same kind");
            return false;
        }
        return arr_extend_bytes(a, ARR(src)->data, ARR(src)->len);
    }
    mp_obj_t it = mp_getiter(src);
    if (it == MP_OBJ_NULL) return false;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return false;
        if (x == MP_OBJ_SENTINEL) return true;
        if (!arr_append(a, x)) return false;
    }
}

static mp_obj_t array_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    if (kw != NULL && kw->used > 0) return mp_raise_msg(&mp_type_TypeError, "array.array() takes no keyword arguments");
    if (n < 1 || n > 2) return mp_raise_fmt(&mp_type_TypeError, "array() takes at most 2 arguments (%d given)", (int)n);
    if (mp_type_of(args[0]) != &mp_type_str)
        return mp_raise_fmt(
            &mp_type_TypeError, "array() argument 1 must be a unicode character, not %s", mp_type_of(args[0])->name);
    size_t tl;
    const char *ts = mp_str_data(args[0], &tl);
    if (tl != 1 || mp_typecode_size(ts[0]) == 0) return mp_raise_msg(&mp_type_ValueError, "bad typecode");
    char tc = ts[0];
    mp_obj_t r = mp_array_new(tc, 0);
    if (r == MP_OBJ_NULL || n == 1) return r;
    mp_obj_t src = args[1];
    const mp_type_t *st = mp_type_of(src);
    if (st == &mp_type_str)
        return mp_raise_fmt(&mp_type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
    if (st == &mp_type_bytes || st == &mp_type_bytearray) {
        /* The bytes are the items' memory (as CPython's frombytes); a
         * trailing partial item is dropped, as MicroPython does. */
        const mp_bytes_t *b = (const mp_bytes_t *)src;
        size_t sz = mp_typecode_size(tc);
        return arr_extend_bytes(ARR(r), b->data, b->len / sz * sz) ? r : MP_OBJ_NULL;
    }
    if (st == &mp_type_array) {
        /* Another array: its values, converted. */
        const mp_array_t *s = ARR(src);
        size_t sz = mp_typecode_size(s->typecode);
        for (size_t i = 0; i < s->len; i += sz) {
            mp_obj_t v = mp_buffer_item_get(s->typecode, s->data + i);
            if (v == MP_OBJ_NULL || !arr_append(ARR(r), v)) return MP_OBJ_NULL;
        }
        return r;
    }
    return arr_extend(ARR(r), src) ? r : MP_OBJ_NULL;
}

/* ---- printing, operators ---- */

static bool array_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    (void)kind;
    const mp_array_t *a = ARR(self);
    char head[] = "array('?'";
    head[7] = a->typecode;
    mp_print_str(out, head);
    size_t sz = mp_typecode_size(a->typecode);
    if (a->len > 0) {
        mp_print_str(out, ", [");
        for (size_t i = 0; i < a->len; i += sz) {
            if (i > 0) mp_print_str(out, ", ");
            mp_obj_t v = mp_buffer_item_get(a->typecode, a->data + i);
            if (v == MP_OBJ_NULL || !mp_print_obj(out, v, MP_PRINT_REPR)) return false;
        }
        mp_print_str(out, "]");
    }
    mp_print_str(out, ")");
    return true;
}

static mp_obj_t array_unary(int op, mp_obj_t self) {
    const mp_array_t *a = ARR(self);
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(a->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)arr_count(a));
    case MP_UNARY_HASH: return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'array'");
    default: return MP_OBJ_SENTINEL;
    }
}

/* The items of an array as objects, for comparisons. */
static mp_obj_t *boxed_items(const mp_array_t *a, size_t *n) {
    size_t sz = mp_typecode_size(a->typecode);
    *n = a->len / sz;
    mp_obj_t *items = mp_alloc((*n ? *n : 1) * sizeof(mp_obj_t));
    if (items == NULL) return NULL;
    for (size_t i = 0; i < *n; i++) {
        items[i] = mp_buffer_item_get(a->typecode, a->data + i * sz);
        if (items[i] == MP_OBJ_NULL) return NULL;
    }
    return items;
}

static mp_obj_t array_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op & MP_OP_REFLECTED) return MP_NOT_IMPLEMENTED;
    mp_array_t *a = ARR(lhs);
    mp_obj_t native = mp_instance_native(rhs);
    mp_obj_t r = native != MP_OBJ_NULL ? native : rhs;
    bool r_array = mp_type_of(r) == &mp_type_array;
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        size_t sz = mp_typecode_size(a->typecode);
        for (size_t i = 0; i < a->len; i += sz) {
            mp_obj_t v = mp_buffer_item_get(a->typecode, a->data + i);
            mp_obj_t eq = v == MP_OBJ_NULL ? v : mp_obj_equal(v, rhs);
            if (eq != MP_FALSE) return eq;
        }
        return MP_FALSE;
    }
    if (op >= MP_OP_COMPARE) {
        if (!r_array) return MP_NOT_IMPLEMENTED;
        size_t na, nb;
        mp_obj_t *ia = boxed_items(a, &na), *ib = ia == NULL ? NULL : boxed_items(ARR(r), &nb);
        if (ib == NULL) return MP_OBJ_NULL;
        return mp_seq_compare(op, ia, na, ib, nb);
    }
    if (op == MPY_BINARY_ADD || op == MP_OP_INPLACE + MPY_BINARY_ADD) {
        if (!r_array) {
            if (mp_type_of(rhs)->flags & MP_TYPE_FLAG_USER) return MP_NOT_IMPLEMENTED;
            return mp_raise_fmt(
                &mp_type_TypeError, "can only append array (not \"%s\") to array", mp_type_of(rhs)->name);
        }
        if (ARR(r)->typecode != a->typecode)
            return mp_raise_msg(&mp_type_TypeError, "bad argument type for built-in operation");
        if (op == MP_OP_INPLACE + MPY_BINARY_ADD)
            return arr_extend_bytes(a, ARR(r)->data, ARR(r)->len) ? lhs : MP_OBJ_NULL;
        mp_obj_t res = mp_array_new(a->typecode, 0);
        if (res == MP_OBJ_NULL || !arr_extend_bytes(ARR(res), a->data, a->len) ||
            !arr_extend_bytes(ARR(res), ARR(r)->data, ARR(r)->len))
            return MP_OBJ_NULL;
        return res;
    }
    return MP_NOT_IMPLEMENTED;
}

/* ---- indexing and slicing ---- */

static mp_obj_t slice_assign(mp_array_t *a, mp_obj_t slice, mp_obj_t value) {
    mp_obj_t native = mp_instance_native(value);
    mp_obj_t v = native != MP_OBJ_NULL ? native : value;
    if (mp_type_of(v) != &mp_type_array)
        return mp_raise_fmt(
            &mp_type_TypeError, "can only assign array (not \"%s\") to array slice", mp_type_of(value)->name);
    if (ARR(v)->typecode != a->typecode)
        return mp_raise_msg(&mp_type_TypeError, "bad argument type for built-in operation");
    size_t sz = mp_typecode_size(a->typecode);
    mp_int_t s, e, st;
    if (!mp_slice_indices(slice, (mp_int_t)arr_count(a), &s, &e, &st)) return MP_OBJ_NULL;
    mp_int_t n = mp_slice_count(s, e, st);
    size_t sn = ARR(v)->len; /* bytes */
    uint8_t *src = mp_alloc(sn ? sn : 1); /* the source may be a itself */
    if (src == NULL) return MP_OBJ_NULL;
    if (sn) __builtin_memcpy(src, ARR(v)->data, sn);
    if (st != 1) {
        if ((mp_int_t)(sn / sz) != n)
            return mp_raise_fmt(&mp_type_ValueError, "attempt to assign array of size %d to extended slice of size %d",
                (int)(sn / sz), (int)n);
        for (mp_int_t i = 0; i < n; i++)
            __builtin_memcpy(a->data + (size_t)(s + i * st) * sz, src + (size_t)i * sz, sz);
        return MP_NONE;
    }
    if (e < s) e = s;
    size_t from = (size_t)s * sz, to = (size_t)e * sz;
    size_t new_len = a->len - (to - from) + sn;
    if (!arr_reserve(a, new_len)) return MP_OBJ_NULL;
    __builtin_memmove(a->data + from + sn, a->data + to, a->len - to);
    if (sn) __builtin_memcpy(a->data + from, src, sn);
    a->len = new_len;
    return MP_NONE;
}

static mp_obj_t array_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_array_t *a = ARR(self);
    if (value == MP_OBJ_NULL) return mp_raise_msg(&mp_type_TypeError, "'array' object doesn't support item deletion");
    size_t sz = mp_typecode_size(a->typecode);
    if (mp_type_of(index) == &mp_type_slice) {
        if (value != MP_OBJ_SENTINEL) return slice_assign(a, index, value);
        mp_int_t s, e, st;
        if (!mp_slice_indices(index, (mp_int_t)arr_count(a), &s, &e, &st)) return MP_OBJ_NULL;
        mp_int_t n = mp_slice_count(s, e, st);
        mp_obj_t r = mp_array_new(a->typecode, (size_t)n);
        if (r == MP_OBJ_NULL) return r;
        for (mp_int_t i = 0; i < n; i++)
            __builtin_memcpy(ARR(r)->data + (size_t)i * sz, a->data + (size_t)(s + i * st) * sz, sz);
        return r;
    }
    size_t i;
    if (!mp_arg_index(index, arr_count(a), &i, "array", "array")) return MP_OBJ_NULL;
    if (value == MP_OBJ_SENTINEL) return mp_buffer_item_get(a->typecode, a->data + i * sz);
    return mp_buffer_item_set(a->typecode, a->data + i * sz, value) ? MP_NONE : MP_OBJ_NULL;
}

/* ---- iteration, methods ---- */

static mp_obj_t array_iternext(mp_obj_t o) {
    mp_seq_iter_t *it = (mp_seq_iter_t *)o;
    const mp_array_t *a = ARR(it->seq);
    size_t sz = mp_typecode_size(a->typecode);
    if ((it->index + 1) * sz > a->len) return MP_OBJ_SENTINEL;
    return mp_buffer_item_get(a->typecode, a->data + it->index++ * sz);
}
static const mp_type_t array_iter_type = {
    .base = { &mp_type_type }, .name = "array_iterator", .iternext = array_iternext
};

static mp_obj_t array_getiter(mp_obj_t self) {
    mp_seq_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &array_iter_type;
    it->seq = self;
    return (mp_obj_t)it;
}

static mp_obj_t array_append(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return arr_append(ARR(a[0]), a[1]) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t array_extend(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return arr_extend(ARR(a[0]), a[1]) ? MP_NONE : MP_OBJ_NULL;
}

static const mp_method_t array_methods[] = {
    MP_METHOD("append", array_append, 2, 2),
    MP_METHOD("extend", array_extend, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_array = { .methods = array_methods,
    .base = { &mp_type_type },
    .name = "array",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = array_print,
    .unary_op = array_unary,
    .binary_op = array_binary,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .make_new = array_make_new };
