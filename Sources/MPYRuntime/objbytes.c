/* bytes and bytearray: construction, repr, operators, indexing and
 * slicing, and iteration. The methods of bytes and bytearray (search,
 * split, strip, codecs, and bytearray's mutators) are in
 * objbytes_methods.c; memoryview and the buffer protocol in
 * objmemoryview.c.
 *
 * bytes and bytearray share one layout (mp_bytes_t / mp_bytearray_t: len
 * and data at the same offsets), so reading either is the same code.
 * Static bytes of a module image point at read-only data; heap bytes keep
 * their data right after the header; a bytearray owns a growable block. */
#include "mpy/runtime.h"
#include "mpy/modutil.h"

_Static_assert(offsetof(mp_bytes_t, len) == offsetof(mp_bytearray_t, len), "bytes and bytearray share len");
_Static_assert(offsetof(mp_bytes_t, data) == offsetof(mp_bytearray_t, data), "bytes and bytearray share data");

static const char byte_range_msg[] = "byte must be in range(0, 256)";

static bool is_bytes_type(const mp_type_t *t) { return t == &mp_type_bytes || t == &mp_type_bytearray; }

/* ---- construction ---- */

uint8_t *mp_bytes_like_alloc(const mp_type_t *type, size_t len, mp_obj_t *out) {
    if (type == &mp_type_bytearray) {
        mp_bytearray_t *a = mp_alloc(sizeof *a);
        if (a == NULL) return NULL;
        a->base.type = &mp_type_bytearray;
        a->data = mp_alloc(len ? len : 1);
        if (a->data == NULL) return NULL;
        a->alloc = len ? len : 1;
        a->len = len;
        *out = (mp_obj_t)a;
        return a->data;
    }
    mp_bytes_t *b = mp_alloc(sizeof *b + len + 1);
    if (b == NULL) return NULL;
    uint8_t *d = (uint8_t *)(b + 1);
    b->base.type = &mp_type_bytes;
    b->len = len;
    b->data = d;
    *out = (mp_obj_t)b;
    return d;
}

mp_obj_t mp_bytes_like_new(const mp_type_t *type, const void *data, size_t len) {
    mp_obj_t r;
    uint8_t *d = mp_bytes_like_alloc(type, len, &r);
    if (d == NULL) return MP_OBJ_NULL;
    if (data != NULL && len > 0) __builtin_memcpy(d, data, len);
    return r;
}

mp_obj_t mp_bytes_new(const void *data, size_t len) { return mp_bytes_like_new(&mp_type_bytes, data, len); }
mp_obj_t mp_bytearray_new(const void *data, size_t len) { return mp_bytes_like_new(&mp_type_bytearray, data, len); }

static bool ba_reserve(mp_bytearray_t *a, size_t need) {
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

bool mp_bytearray_extend(mp_obj_t ba, const void *data, size_t len) {
    mp_bytearray_t *a = (mp_bytearray_t *)ba;
    /* data may point into a's own block: reserve copies to a new block and
     * leaves the old one intact. */
    if (!ba_reserve(a, a->len + len)) return false;
    if (len > 0) __builtin_memmove(a->data + a->len, data, len);
    a->len += len;
    return true;
}

static bool get_byte(mp_obj_t x, uint8_t *out, const char *range_msg) {
    if (x == MP_TRUE || x == MP_FALSE) x = mp_small_int(x == MP_TRUE);
    if (!mp_is_small_int(x)) {
        if (mp_type_of(x) == &mp_type_int)
            mp_raise_msg(&mp_type_ValueError, range_msg);
        else
            mp_raise_fmt(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(x)->name);
        return false;
    }
    mp_int_t v = mp_small_int_value(x);
    if (v < 0 || v > 255) {
        mp_raise_msg(&mp_type_ValueError, range_msg);
        return false;
    }
    *out = (uint8_t)v;
    return true;
}

bool mp_obj_get_byte(mp_obj_t x, uint8_t *out) { return get_byte(x, out, byte_range_msg); }

/* ---- repr ---- */

/* CPython's repr: b'...' with \x escapes, double quotes when only single
 * ones occur; bytearray's repr escapes single quotes even then. */
static void print_bytes_literal(const mp_print_t *out, const uint8_t *d, size_t n, bool array) {
    bool has_single = false, has_double = false;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\'')
            has_single = true;
        else if (d[i] == '"')
            has_double = true;
    }
    char q = has_single && !has_double ? '"' : '\'';
    static const char digits[] = "0123456789abcdef";
    out->write(out->ctx, "b", 1);
    out->write(out->ctx, &q, 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        char esc[4];
        size_t en = 2;
        esc[0] = '\\';
        if (c == '\\' || c == (uint8_t)q || (array && c == '\''))
            esc[1] = (char)c;
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else if (c < 0x20 || c >= 0x7f) {
            esc[1] = 'x';
            esc[2] = digits[c >> 4];
            esc[3] = digits[c & 15];
            en = 4;
        } else {
            run++;
            continue;
        }
        out->write(out->ctx, (const char *)d + i - run, run);
        run = 0;
        out->write(out->ctx, esc, en);
    }
    out->write(out->ctx, (const char *)d + n - run, run);
    out->write(out->ctx, &q, 1);
}

static bool bytes_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    (void)kind;
    const mp_bytes_t *b = (const mp_bytes_t *)self;
    bool array = b->base.type == &mp_type_bytearray;
    if (array) mp_print_str(out, "bytearray(");
    print_bytes_literal(out, b->data, b->len, array);
    if (array) mp_print_str(out, ")");
    return true;
}

/* ---- hash, len, truth ---- */

/* The str hash (FNV-1a), so equal text hashes alike; never 0. The image
 * writer computes the same value for static bytes. */
static mp_uint_t hash_data(const uint8_t *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    mp_uint_t r = h & (MP_SMALL_INT_MAX >> 1);
    return r ? r : 1;
}

static mp_obj_t bytes_unary(int op, mp_obj_t self) {
    mp_bytes_t *b = (mp_bytes_t *)self;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(b->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)b->len);
    case MP_UNARY_HASH:
        if (b->base.type == &mp_type_bytearray) return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'bytearray'");
        if (b->hash == 0) b->hash = hash_data(b->data, b->len); /* static bytes carry their hash */
        return mp_small_int((mp_int_t)b->hash);
    default: return MP_OBJ_SENTINEL;
    }
}

/* ---- operators ---- */

static int compare_data(const uint8_t *a, size_t an, const uint8_t *b, size_t bn) {
    size_t n = an < bn ? an : bn;
    int c = n ? __builtin_memcmp(a, b, n) : 0;
    if (c != 0) return c;
    return an < bn ? -1 : an > bn ? 1 : 0;
}

static mp_obj_t compare_result(int cmp, int c) {
    switch (cmp) {
    case MPY_COMPARE_EQ: return mp_bool(c == 0);
    case MPY_COMPARE_NE: return mp_bool(c != 0);
    case MPY_COMPARE_LT: return mp_bool(c < 0);
    case MPY_COMPARE_LE: return mp_bool(c <= 0);
    case MPY_COMPARE_GT: return mp_bool(c > 0);
    case MPY_COMPARE_GE: return mp_bool(c >= 0);
    default: return MP_NOT_IMPLEMENTED;
    }
}

static bool contains_data(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn) {
    if (nn == 0) return true;
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == nd[0] && __builtin_memcmp(h + i, nd, nn) == 0) return true;
    return false;
}

static mp_obj_t contains_op(const uint8_t *h, size_t hn, mp_obj_t item) {
    if (mp_is_small_int(item) || item == MP_TRUE || item == MP_FALSE || mp_type_of(item) == &mp_type_int) {
        uint8_t c;
        if (!get_byte(item, &c, byte_range_msg)) return MP_OBJ_NULL;
        return mp_bool(hn > 0 && __builtin_memchr(h, c, hn) != NULL);
    }
    const uint8_t *nd;
    size_t nn;
    if (!mp_get_buffer_copy(item, &nd, &nn)) return MP_OBJ_NULL;
    return mp_bool(contains_data(h, hn, nd, nn));
}

static mp_obj_t bytes_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    bool inplace = op >= MP_OP_INPLACE && op < MP_OP_COMPARE;
    if (inplace) op -= MP_OP_INPLACE;
    const mp_type_t *t = mp_type_of(lhs);
    const mp_bytes_t *a = (const mp_bytes_t *)lhs;
    if (op == MPY_BINARY_MUL) {
        size_t n;
        int ok = mp_arg_repeat(rhs, a->len, 1, "repeated bytes are too long", &n);
        if (ok <= 0) return ok < 0 ? MP_OBJ_NULL : MP_NOT_IMPLEMENTED;
        size_t total = a->len * n;
        if (inplace && t == &mp_type_bytearray) {
            mp_bytearray_t *ba = (mp_bytearray_t *)lhs;
            if (!ba_reserve(ba, total)) return MP_OBJ_NULL;
            for (size_t i = 1; i < n; i++) __builtin_memcpy(ba->data + i * ba->len, ba->data, ba->len);
            ba->len = total;
            return lhs;
        }
        mp_obj_t r;
        uint8_t *d = mp_bytes_like_alloc(t, total, &r);
        if (d == NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < n; i++) __builtin_memcpy(d + i * a->len, a->data, a->len);
        return r;
    }
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) return contains_op(a->data, a->len, rhs);
    if (reflected) return MP_NOT_IMPLEMENTED;
    if (op == MPY_BINARY_MOD) return mp_bytes_percent(lhs, rhs);
    const uint8_t *bd;
    size_t bn;
    if (op == MPY_BINARY_ADD) {
        if (!mp_get_buffer(rhs, &bd, &bn)) {
            if (mp_type_of(rhs) == &mp_type_memoryview) {
                if (!mp_get_buffer_copy(rhs, &bd, &bn)) return MP_OBJ_NULL;
            } else {
                if (mp_type_of(rhs)->flags & MP_TYPE_FLAG_USER) return MP_NOT_IMPLEMENTED;
                return mp_raise_fmt(&mp_type_TypeError, "can't concat %s to %s", mp_type_of(rhs)->name, t->name);
            }
        }
        if (inplace && t == &mp_type_bytearray) return mp_bytearray_extend(lhs, bd, bn) ? lhs : MP_OBJ_NULL;
        mp_obj_t r;
        uint8_t *d = mp_bytes_like_alloc(t, a->len + bn, &r);
        if (d == NULL) return MP_OBJ_NULL;
        if (a->len) __builtin_memcpy(d, a->data, a->len);
        if (bn) __builtin_memcpy(d + a->len, bd, bn);
        return r;
    }
    if (op >= MP_OP_COMPARE) {
        int cmp = op - MP_OP_COMPARE;
        const mp_type_t *rt = mp_type_of(rhs);
        if (is_bytes_type(rt) || (rt->flags & MP_TYPE_FLAG_USER)) {
            if (!mp_get_buffer(rhs, &bd, &bn)) return MP_NOT_IMPLEMENTED;
        } else if (rt == &mp_type_memoryview && (cmp == MPY_COMPARE_EQ || cmp == MPY_COMPARE_NE)) {
            if (!mp_get_buffer_copy(rhs, &bd, &bn)) return MP_OBJ_NULL;
        } else {
            return MP_NOT_IMPLEMENTED;
        }
        return compare_result(cmp, compare_data(a->data, a->len, bd, bn));
    }
    return MP_NOT_IMPLEMENTED;
}

/* ---- indexing ---- */

static bool get_index(mp_obj_t index, size_t len, size_t *out, const mp_type_t *t) {
    bool array = t == &mp_type_bytearray;
    if (mp_arg_index(index, len, out, array ? "bytearray" : "byte", "bytearray")) return true;
    if (!array && mp_is_instance_of_type(mp_state.exc, &mp_type_IndexError)) {
        mp_state.exc = MP_OBJ_NULL;
        mp_raise_msg(&mp_type_IndexError, "index out of range");
    }
    return false;
}

/* The bytes of `value` for a bytearray slice assignment: a bytes-like
 * object (copied: it may be the target itself) or an iterable of ints. */
static bool assign_source(mp_obj_t value, const uint8_t **data, size_t *len) {
    const uint8_t *d;
    size_t n;
    if (mp_get_buffer(value, &d, &n) || mp_type_of(value) == &mp_type_memoryview) {
        if (!mp_get_buffer_copy(value, &d, &n)) return false;
        uint8_t *c = mp_alloc(n ? n : 1);
        if (c == NULL) return false;
        if (n) __builtin_memcpy(c, d, n);
        *data = c;
        *len = n;
        return true;
    }
    const mp_type_t *vt = mp_type_of(value);
    mp_obj_t it = vt == &mp_type_str || vt == &mp_type_int || vt == &mp_type_bool ? MP_OBJ_NULL : mp_getiter(value);
    if (it == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        mp_raise_msg(&mp_type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    mp_obj_t tmp = mp_bytearray_new(NULL, 0);
    if (tmp == MP_OBJ_NULL) return false;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return false;
        if (x == MP_OBJ_SENTINEL) break;
        uint8_t c;
        if (!get_byte(x, &c, byte_range_msg) || !mp_bytearray_extend(tmp, &c, 1)) return false;
    }
    *data = ((const mp_bytearray_t *)tmp)->data;
    *len = ((const mp_bytearray_t *)tmp)->len;
    return true;
}

static mp_obj_t ba_slice_assign(mp_bytearray_t *ba, mp_obj_t slice, mp_obj_t value) {
    const uint8_t *src = NULL;
    size_t sn = 0;
    if (value != MP_OBJ_NULL && !assign_source(value, &src, &sn)) return MP_OBJ_NULL;
    mp_int_t a, b, st;
    if (!mp_slice_indices(slice, (mp_int_t)ba->len, &a, &b, &st)) return MP_OBJ_NULL;
    mp_int_t n = mp_slice_count(a, b, st);
    if (value == MP_OBJ_NULL && st != 1) {
        if (st < 0) {
            a = a + (n - 1) * st;
            st = -st;
        }
        size_t w = 0;
        for (size_t i = 0; i < ba->len; i++) {
            bool gone = (mp_int_t)i >= a && ((mp_int_t)i - a) % st == 0 && ((mp_int_t)i - a) / st < n;
            if (!gone) ba->data[w++] = ba->data[i];
        }
        ba->len = w;
        return MP_NONE;
    }
    if (st != 1) {
        if ((mp_int_t)sn != n)
            return mp_raise_fmt(&mp_type_ValueError, "attempt to assign bytes of size %d to extended slice of size %d",
                (int)sn, (int)n);
        for (mp_int_t i = 0; i < n; i++) ba->data[a + i * st] = src[i];
        return MP_NONE;
    }
    if (b < a) b = a;
    size_t new_len = ba->len - (size_t)(b - a) + sn;
    if (!ba_reserve(ba, new_len)) return MP_OBJ_NULL;
    __builtin_memmove(ba->data + a + sn, ba->data + b, ba->len - (size_t)b);
    if (sn) __builtin_memcpy(ba->data + a, src, sn);
    ba->len = new_len;
    return MP_NONE;
}

static mp_obj_t bytes_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    const mp_type_t *t = mp_type_of(self);
    mp_bytes_t *b = (mp_bytes_t *)self;
    if (value != MP_OBJ_SENTINEL && t == &mp_type_bytes)
        return mp_raise_msg(&mp_type_TypeError,
            value == MP_OBJ_NULL ? "'bytes' object doesn't support item deletion"
                                 : "'bytes' object does not support item assignment");
    if (mp_type_of(index) == &mp_type_slice) {
        if (value != MP_OBJ_SENTINEL) return ba_slice_assign((mp_bytearray_t *)self, index, value);
        mp_int_t a, e, st;
        if (!mp_slice_indices(index, (mp_int_t)b->len, &a, &e, &st)) return MP_OBJ_NULL;
        mp_int_t n = mp_slice_count(a, e, st);
        if (st == 1) return mp_bytes_like_new(t, b->data + a, (size_t)n);
        mp_obj_t r;
        uint8_t *d = mp_bytes_like_alloc(t, (size_t)n, &r);
        if (d == NULL) return MP_OBJ_NULL;
        for (mp_int_t i = 0; i < n; i++) d[i] = b->data[a + i * st];
        return r;
    }
    size_t i;
    if (!get_index(index, b->len, &i, t)) return MP_OBJ_NULL;
    if (value == MP_OBJ_SENTINEL) return mp_small_int(b->data[i]);
    mp_bytearray_t *ba = (mp_bytearray_t *)self;
    if (value == MP_OBJ_NULL) {
        __builtin_memmove(ba->data + i, ba->data + i + 1, ba->len - i - 1);
        ba->len--;
        return MP_NONE;
    }
    uint8_t c;
    if (!get_byte(value, &c, byte_range_msg)) return MP_OBJ_NULL;
    ba->data[i] = c;
    return MP_NONE;
}

/* ---- iteration (bytes and bytearray yield ints) ---- */

static mp_obj_t bytes_iternext(mp_obj_t o) {
    mp_seq_iter_t *it = (mp_seq_iter_t *)o;
    const mp_bytes_t *b = (const mp_bytes_t *)it->seq;
    if (it->index >= b->len) return MP_OBJ_SENTINEL;
    return mp_small_int(b->data[it->index++]);
}
static const mp_type_t bytes_iter_type = {
    .base = { &mp_type_type }, .name = "bytes_iterator", .iternext = bytes_iternext
};

static mp_obj_t bytes_getiter(mp_obj_t self) {
    mp_seq_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &bytes_iter_type;
    it->seq = self;
    return (mp_obj_t)it;
}

/* ---- constructors ---- */

static mp_obj_t kw_arg(mp_dict_t *kw, const char *name, mp_obj_t dflt) {
    if (kw == NULL) return dflt;
    mp_obj_t k = mp_str_from_cstr(name);
    if (k == MP_OBJ_NULL) return k;
    mp_obj_t v = mp_dict_get(kw, k);
    return v == MP_OBJ_SENTINEL ? dflt : v;
}

static mp_obj_t bytes_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    if (n > 3) return mp_raise_fmt(&mp_type_TypeError, "%s() takes at most 3 arguments (%d given)", type->name, (int)n);
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    if (!mp_kw_check(kw, type->name, names)) return MP_OBJ_NULL;
    mp_obj_t src = kw_arg(kw, "source", n > 0 ? args[0] : MP_OBJ_SENTINEL);
    mp_obj_t enc = kw_arg(kw, "encoding", n > 1 ? args[1] : MP_OBJ_SENTINEL);
    mp_obj_t err = kw_arg(kw, "errors", n > 2 ? args[2] : MP_OBJ_SENTINEL);
    if (src == MP_OBJ_NULL || enc == MP_OBJ_NULL || err == MP_OBJ_NULL) return MP_OBJ_NULL;
    bool has_enc = enc != MP_OBJ_SENTINEL || err != MP_OBJ_SENTINEL;
    if (src == MP_OBJ_SENTINEL) {
        if (has_enc) return mp_raise_msg(&mp_type_TypeError, "encoding without a string argument");
        return mp_bytes_like_new(type, NULL, 0);
    }
    if (mp_type_of(src) == &mp_type_str) {
        if (!has_enc) return mp_raise_msg(&mp_type_TypeError, "string argument without an encoding");
        mp_obj_t a[3] = { src, enc == MP_OBJ_SENTINEL ? mp_str_from_cstr("utf-8") : enc,
            err == MP_OBJ_SENTINEL ? mp_str_from_cstr("strict") : err };
        if (a[1] == MP_OBJ_NULL || a[2] == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_t r = mp_str_encode(3, a, NULL);
        if (r == MP_OBJ_NULL || type == &mp_type_bytes) return r;
        return mp_bytes_like_new(type, ((const mp_bytes_t *)r)->data, ((const mp_bytes_t *)r)->len);
    }
    if (has_enc) return mp_raise_msg(&mp_type_TypeError, "encoding without a string argument");
    if (mp_is_small_int(src) || mp_type_of(src) == &mp_type_int) {
        int64_t count;
        if (!mp_int_to_i64(src, &count))
            return mp_raise_msg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        if (count < 0) return mp_raise_msg(&mp_type_ValueError, "negative count");
        if ((uint64_t)count > SIZE_MAX / 2) return mp_raise(mp_state.memory_error);
        return mp_bytes_like_new(type, NULL, (size_t)count);
    }
    if (type == &mp_type_bytes && mp_type_of(src) == &mp_type_bytes) return src;
    const uint8_t *d;
    size_t len;
    mp_obj_t native = mp_instance_native(src);
    bool view = mp_type_of(native != MP_OBJ_NULL ? native : src) == &mp_type_memoryview;
    if (mp_get_buffer(src, &d, &len) || (view && mp_get_buffer_copy(src, &d, &len)))
        return mp_bytes_like_new(type, d, len); /* a strided view's bytes, as tobytes() */
    if (view) return MP_OBJ_NULL;
    mp_obj_t it = mp_getiter(src);
    if (it == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        return mp_raise_fmt(&mp_type_TypeError, "cannot convert '%s' object to %s", mp_type_of(src)->name, type->name);
    }
    mp_obj_t tmp = mp_bytearray_new(NULL, 0);
    if (tmp == MP_OBJ_NULL) return tmp;
    const char *range_msg = type == &mp_type_bytes ? "bytes must be in range(0, 256)" : byte_range_msg;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) break;
        uint8_t c;
        if (!get_byte(x, &c, range_msg) || !mp_bytearray_extend(tmp, &c, 1)) return MP_OBJ_NULL;
    }
    if (type == &mp_type_bytearray) return tmp;
    const mp_bytearray_t *t = (const mp_bytearray_t *)tmp;
    return mp_bytes_new(t->data, t->len);
}

const mp_type_t mp_type_bytes = { .methods = mp_bytes_methods,
    .base = { &mp_type_type },
    .name = "bytes",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = bytes_print,
    .unary_op = bytes_unary,
    .binary_op = bytes_binary,
    .subscr = bytes_subscr,
    .getiter = bytes_getiter,
    .make_new = bytes_make_new };

const mp_type_t mp_type_bytearray = { .methods = mp_bytearray_methods,
    .base = { &mp_type_type },
    .name = "bytearray",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = bytes_print,
    .unary_op = bytes_unary,
    .binary_op = bytes_binary,
    .subscr = bytes_subscr,
    .getiter = bytes_getiter,
    .make_new = bytes_make_new };
