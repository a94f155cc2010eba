/* The buffer protocol and memoryview.
 *
 * mp_get_buffer_info is the one place that knows which objects expose
 * their memory (bytes, bytearray, array.array, a contiguous memoryview,
 * and instances of classes derived from those): a pointer, a length in
 * bytes, the item typecode and size, and whether it may be written.
 * Everything that reads or writes "a bytes-like object" goes through it
 * (bytes(), bytearray(), struct, bytes.join, viper's pointer casts...).
 *
 * A memoryview holds the object it views plus (start in bytes, len and
 * step in items, typecode), never a data pointer, so a bytearray or an
 * array may grow underneath it; slicing makes a new view without copying. */
#include "mpy/runtime.h"
#include "mpy/modutil.h"

#define MV(o) ((mp_memoryview_t *)(o))

static bool is_bytes_type(const mp_type_t *t) { return t == &mp_type_bytes || t == &mp_type_bytearray; }

static size_t mv_itemsize(const mp_memoryview_t *v) { return mp_typecode_size(v->typecode); }

/* Whether the view still lies inside its object (a bytearray or array may
 * have shrunk). */
static bool mv_fits(const mp_memoryview_t *v) {
    if (v->len == 0) return true;
    size_t sz = mv_itemsize(v);
    mp_int_t last = (mp_int_t)v->start + (mp_int_t)(v->len - 1) * v->step * (mp_int_t)sz;
    mp_int_t hi = v->step > 0 ? last : (mp_int_t)v->start;
    return (mp_uint_t)hi + sz <= ((const mp_bytes_t *)v->obj)->len;
}

static uint8_t *mv_base(const mp_memoryview_t *v) {
    if (!mv_fits(v)) {
        mp_raise_msg(&mp_type_ValueError, "memoryview: underlying buffer was resized");
        return NULL;
    }
    return (uint8_t *)((const mp_bytes_t *)v->obj)->data;
}

static bool mv_readonly(const mp_memoryview_t *v) {
    const mp_type_t *t = mp_type_of(v->obj);
    return t != &mp_type_bytearray && t != &mp_type_array;
}

bool mp_get_buffer_info(mp_obj_t o, mp_buffer_t *buf) {
    if (!mp_is_ptr(o)) return false;
    const mp_type_t *t = mp_type_of(o);
    if (is_bytes_type(t) || t == &mp_type_array) {
        const mp_bytes_t *b = (const mp_bytes_t *)o;
        buf->data = (uint8_t *)b->data;
        buf->len = b->len;
        buf->typecode = t == &mp_type_array ? ((const mp_array_t *)o)->typecode : 'B';
        buf->itemsize = (uint8_t)mp_typecode_size(buf->typecode);
        buf->writable = t != &mp_type_bytes;
        return true;
    }
    if (t == &mp_type_memoryview) {
        const mp_memoryview_t *v = MV(o);
        if ((v->step != 1 && v->len > 1) || !mv_fits(v)) return false;
        buf->data = (uint8_t *)((const mp_bytes_t *)v->obj)->data + (v->len ? v->start : 0);
        buf->typecode = v->typecode;
        buf->itemsize = (uint8_t)mv_itemsize(v);
        buf->len = v->len * buf->itemsize;
        buf->writable = !mv_readonly(v);
        return true;
    }
    mp_obj_t native = mp_instance_native(o);
    return native != MP_OBJ_NULL && mp_get_buffer_info(native, buf);
}

bool mp_get_buffer(mp_obj_t o, const uint8_t **data, size_t *len) {
    mp_buffer_t b;
    if (!mp_get_buffer_info(o, &b)) return false;
    *data = b.data;
    *len = b.len;
    return true;
}

/* A strided memoryview's bytes, copied. */
static bool mv_copy(const mp_memoryview_t *v, const uint8_t **data, size_t *len) {
    const uint8_t *base = mv_base(v);
    if (base == NULL) return false;
    size_t sz = mv_itemsize(v);
    uint8_t *d = mp_alloc(v->len > 0 ? v->len * sz : 1);
    if (d == NULL) return false;
    for (size_t i = 0; i < v->len; i++)
        __builtin_memcpy(d + i * sz, base + (mp_int_t)v->start + (mp_int_t)i * v->step * (mp_int_t)sz, sz);
    *data = d;
    *len = v->len * sz;
    return true;
}

bool mp_get_buffer_copy(mp_obj_t o, const uint8_t **data, size_t *len) {
    if (mp_get_buffer(o, data, len)) return true;
    mp_obj_t native = mp_instance_native(o);
    mp_obj_t src = native != MP_OBJ_NULL ? native : o;
    if (mp_type_of(src) == &mp_type_memoryview) return mv_copy(MV(src), data, len);
    mp_raise_fmt(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(o)->name);
    return false;
}

/* ---- construction ---- */

mp_obj_t mp_memoryview_new(mp_obj_t obj, size_t start, size_t len, mp_int_t step, char typecode) {
    mp_memoryview_t *v = mp_alloc(sizeof *v);
    if (v == NULL) return MP_OBJ_NULL;
    v->base.type = &mp_type_memoryview;
    v->obj = obj;
    v->start = start;
    v->len = len;
    v->step = step;
    v->typecode = typecode;
    return (mp_obj_t)v;
}

static mp_obj_t mv_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    static const char *const names[] = { "object", NULL };
    if (!mp_kw_check(kw, "memoryview", names)) return MP_OBJ_NULL;
    mp_obj_t o = n > 0 ? args[0] : mp_kw_get(kw, "object");
    if (o == MP_OBJ_NULL) return o;
    if (o == MP_OBJ_SENTINEL || n > 1 || (n == 1 && kw != NULL && kw->used > 0))
        return mp_raise_msg(&mp_type_TypeError, "memoryview() takes exactly one argument");
    mp_obj_t native = mp_instance_native(o);
    mp_obj_t src = native != MP_OBJ_NULL ? native : o;
    const mp_type_t *t = mp_type_of(src);
    if (t == &mp_type_memoryview) {
        const mp_memoryview_t *v = MV(src);
        return mp_memoryview_new(v->obj, v->start, v->len, v->step, v->typecode);
    }
    mp_buffer_t b;
    if ((is_bytes_type(t) || t == &mp_type_array) && mp_get_buffer_info(src, &b))
        return mp_memoryview_new(src, 0, b.len / b.itemsize, 1, b.typecode);
    return mp_raise_fmt(
        &mp_type_TypeError, "memoryview: a bytes-like object is required, not '%s'", mp_type_of(o)->name);
}

/* ---- printing, operators ---- */

static bool mv_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    (void)kind;
    char buf[2 + 2 * sizeof(mp_uint_t)];
    static const char digits[] = "0123456789abcdef";
    size_t i = sizeof buf;
    mp_uint_t a = (mp_uint_t)self;
    do {
        buf[--i] = digits[a & 15];
        a >>= 4;
    } while (a);
    buf[--i] = 'x';
    buf[--i] = '0';
    mp_print_str(out, "<memory at ");
    out->write(out->ctx, buf + i, sizeof buf - i);
    mp_print_str(out, ">");
    return true;
}

static mp_obj_t mv_tobytes(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const uint8_t *d;
    size_t len;
    if (!mp_get_buffer_copy(a[0], &d, &len)) return MP_OBJ_NULL;
    return mp_bytes_new(d, len);
}

static mp_obj_t mv_unary(int op, mp_obj_t self) {
    const mp_memoryview_t *v = MV(self);
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(v->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)v->len);
    case MP_UNARY_HASH: {
        if (!mv_readonly(v)) return mp_raise_msg(&mp_type_ValueError, "cannot hash writable memoryview object");
        mp_obj_t b = mv_tobytes(1, &self, NULL);
        return b == MP_OBJ_NULL ? b : mp_hash(b);
    }
    default: return MP_OBJ_SENTINEL;
    }
}

/* The items of a memoryview or a buffer object as objects (NULL with no
 * exception when o is neither). */
static mp_obj_t *boxed_items(mp_obj_t o, size_t *n, bool *err) {
    mp_obj_t native = mp_instance_native(o);
    if (native != MP_OBJ_NULL) o = native;
    const uint8_t *d;
    size_t len, sz;
    char tc;
    mp_buffer_t b;
    if (mp_type_of(o) == &mp_type_memoryview) {
        if (!mv_copy(MV(o), &d, &len)) return *err = true, NULL;
        tc = MV(o)->typecode;
    } else if (mp_get_buffer_info(o, &b)) {
        d = b.data;
        len = b.len;
        tc = b.typecode;
    } else
        return NULL;
    sz = mp_typecode_size(tc);
    *n = len / sz;
    mp_obj_t *items = mp_alloc((*n ? *n : 1) * sizeof(mp_obj_t));
    if (items == NULL) return *err = true, NULL;
    for (size_t i = 0; i < *n; i++)
        if ((items[i] = mp_buffer_item_get(tc, d + i * sz)) == MP_OBJ_NULL) return *err = true, NULL;
    return items;
}

static mp_obj_t mv_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    op &= ~MP_OP_REFLECTED;
    int cmp = op - MP_OP_COMPARE;
    if (cmp != MPY_COMPARE_EQ && cmp != MPY_COMPARE_NE) return MP_NOT_IMPLEMENTED;
    /* Equal when the values are, whatever the formats (as CPython). */
    bool err = false;
    size_t na, nb;
    mp_obj_t *a = boxed_items(lhs, &na, &err), *b = a == NULL ? NULL : boxed_items(rhs, &nb, &err);
    if (err) return MP_OBJ_NULL;
    if (b == NULL) return MP_NOT_IMPLEMENTED;
    return mp_seq_compare(op, a, na, b, nb);
}

/* ---- indexing and slicing ---- */

static mp_obj_t slice_assign(mp_memoryview_t *v, mp_int_t start, mp_int_t n, mp_int_t step, mp_obj_t value) {
    mp_buffer_t sb;
    mp_obj_t native = mp_instance_native(value);
    mp_obj_t src = native != MP_OBJ_NULL ? native : value;
    char stc;
    if (mp_get_buffer_info(src, &sb))
        stc = sb.typecode;
    else if (mp_type_of(src) == &mp_type_memoryview)
        stc = MV(src)->typecode;
    else
        return mp_raise_fmt(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(value)->name);
    const uint8_t *d;
    size_t len, sz = mv_itemsize(v);
    if (!mp_get_buffer_copy(src, &d, &len)) return MP_OBJ_NULL;
    if (stc != v->typecode || len != (size_t)n * sz)
        return mp_raise_msg(&mp_type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    uint8_t *base = mv_base(v);
    if (base == NULL) return MP_OBJ_NULL;
    uint8_t *copy = mp_alloc(len ? len : 1); /* source and target may overlap */
    if (copy == NULL) return MP_OBJ_NULL;
    if (len) __builtin_memcpy(copy, d, len);
    for (mp_int_t i = 0; i < n; i++)
        __builtin_memcpy(base + start + i * step * (mp_int_t)sz, copy + i * (mp_int_t)sz, sz);
    return MP_NONE;
}

static mp_obj_t mv_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_memoryview_t *v = MV(self);
    if (value != MP_OBJ_SENTINEL && mv_readonly(v))
        return mp_raise_msg(&mp_type_TypeError, "cannot modify read-only memory");
    if (value == MP_OBJ_NULL) return mp_raise_msg(&mp_type_TypeError, "cannot delete memory");
    mp_int_t sz = (mp_int_t)mv_itemsize(v);
    if (mp_type_of(index) == &mp_type_slice) {
        mp_int_t a, e, st;
        if (!mp_slice_indices(index, (mp_int_t)v->len, &a, &e, &st)) return MP_OBJ_NULL;
        mp_int_t n = mp_slice_count(a, e, st);
        mp_int_t start = (mp_int_t)v->start + a * v->step * sz;
        if (value == MP_OBJ_SENTINEL)
            return mp_memoryview_new(v->obj, n > 0 ? (size_t)start : 0, (size_t)n, v->step * st, v->typecode);
        return slice_assign(v, start, n, v->step * st, value);
    }
    size_t i;
    if (!mp_arg_index(index, v->len, &i, "memoryview", "memoryview")) {
        /* CPython's wording for memoryview. */
        bool range = mp_is_instance_of_type(mp_state.exc, &mp_type_IndexError);
        if (!range && !mp_is_instance_of_type(mp_state.exc, &mp_type_TypeError)) return MP_OBJ_NULL;
        mp_state.exc = MP_OBJ_NULL;
        return mp_raise_msg(range ? &mp_type_IndexError : &mp_type_TypeError,
            range ? "index out of bounds on dimension 1" : "memoryview: invalid slice key");
    }
    uint8_t *base = mv_base(v);
    if (base == NULL) return MP_OBJ_NULL;
    uint8_t *at = base + (mp_int_t)v->start + (mp_int_t)i * v->step * sz;
    if (value == MP_OBJ_SENTINEL) return mp_buffer_item_get(v->typecode, at);
    if (mp_type_of(v->obj) == &mp_type_array) return mp_buffer_item_set(v->typecode, at, value) ? MP_NONE : MP_OBJ_NULL;
    if (value == MP_TRUE || value == MP_FALSE) value = mp_small_int(value == MP_TRUE);
    if (!mp_is_small_int(value)) return mp_raise_msg(&mp_type_TypeError, "memoryview: invalid type for format 'B'");
    mp_int_t c = mp_small_int_value(value);
    if (c < 0 || c > 255) return mp_raise_msg(&mp_type_ValueError, "memoryview: invalid value for format 'B'");
    *at = (uint8_t)c;
    return MP_NONE;
}

static mp_obj_t mv_attr(mp_obj_t self, mp_obj_t name) {
    const mp_memoryview_t *v = MV(self);
    size_t n;
    const char *d = mp_str_data(name, &n);
#define IS(s) (n == sizeof(s) - 1 && __builtin_memcmp(d, s, n) == 0)
    if (IS("readonly")) return mp_bool(mv_readonly(v));
    if (IS("nbytes")) return mp_small_int((mp_int_t)(v->len * mv_itemsize(v)));
    if (IS("itemsize")) return mp_small_int((mp_int_t)mv_itemsize(v));
    if (IS("ndim")) return mp_small_int(1);
    if (IS("obj")) return v->obj;
    if (IS("format")) return mp_str_new(&v->typecode, 1);
#undef IS
    return MP_OBJ_SENTINEL;
}

/* ---- iteration, methods ---- */

static mp_obj_t mv_iternext(mp_obj_t o) {
    mp_seq_iter_t *it = (mp_seq_iter_t *)o;
    const mp_memoryview_t *v = MV(it->seq);
    if (it->index >= v->len) return MP_OBJ_SENTINEL;
    const uint8_t *base = mv_base(v);
    if (base == NULL) return MP_OBJ_NULL;
    mp_int_t at = (mp_int_t)v->start + (mp_int_t)it->index++ * v->step * (mp_int_t)mv_itemsize(v);
    return mp_buffer_item_get(v->typecode, base + at);
}
static const mp_type_t mv_iter_type = { .base = { &mp_type_type }, .name = "memory_iterator", .iternext = mv_iternext };

static mp_obj_t mv_getiter(mp_obj_t self) {
    mp_seq_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &mv_iter_type;
    it->seq = self;
    return (mp_obj_t)it;
}

static mp_obj_t mv_tolist(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    bool err = false;
    size_t len;
    mp_obj_t *items = boxed_items(a[0], &len, &err);
    if (items == NULL) return MP_OBJ_NULL;
    return mp_list_new(len, items);
}

static mp_obj_t mv_hex(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    mp_obj_t args[3];
    args[0] = mv_tobytes(1, a, NULL);
    if (args[0] == MP_OBJ_NULL) return MP_OBJ_NULL;
    for (size_t i = 1; i < n && i < 3; i++) args[i] = a[i];
    for (const mp_method_t *m = mp_bytes_methods; m->name; m++)
        if (__builtin_strcmp(m->name, "hex") == 0) return m->fn.fn(n < 3 ? n : 3, args, kw);
    return MP_NONE;
}

static mp_obj_t mv_release(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    return MP_NONE;
}

static const mp_method_t mv_methods[] = {
    MP_METHOD("tobytes", mv_tobytes, 1, 1),
    MP_METHOD("tolist", mv_tolist, 1, 1),
    MP_METHOD_KW("hex", mv_hex, 1, 3),
    MP_METHOD("release", mv_release, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_memoryview = { .methods = mv_methods,
    .base = { &mp_type_type },
    .name = "memoryview",
    .parent = &mp_type_object,
    .print = mv_print,
    .unary_op = mv_unary,
    .binary_op = mv_binary,
    .attr = mv_attr,
    .subscr = mv_subscr,
    .getiter = mv_getiter,
    .make_new = mv_make_new };
