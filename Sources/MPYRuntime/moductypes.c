/* The uctypes module (MicroPython's): C-like structures over raw memory.
 * A descriptor is a dict of fields; each field is an int (offset | scalar
 * type, bitfields with BF_POS/BF_LEN) or a tuple (a nested struct, a
 * pointer or an array). The encoding is MicroPython's, in a 31-bit value
 * so that it is a small int on every target: bits 0..16 the offset, 17..21
 * a bitfield's position, 22..26 its length, 27..30 the scalar type, 29..30
 * the aggregate kind of a tuple's first item. A `struct` object is an
 * address, a descriptor and a layout (little/big endian or native, which
 * aligns sizes and reads aligned words as the CPU does, so that hardware
 * registers are read with loads of their width). */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

enum { LE = 0, BE = 1, NATIVE = 2 };
enum { T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_UINT64, T_INT64 };
enum { T_BFUINT8 = 8, T_BFINT8, T_BFUINT16, T_BFINT16, T_BFUINT32, T_BFINT32, T_FLOAT32, T_FLOAT64 };
enum { AGG_STRUCT, AGG_PTR, AGG_ARRAY };

#define OFFSET_MASK 0x1ffff
#define BF_POS_SHIFT 17
#define BF_LEN_SHIFT 22

/* A 4-bit type (or 2-bit aggregate kind) at the top of the 31-bit value. */
static unsigned val_type(int64_t x) { return (unsigned)(x >> 27) & 15; }
static unsigned agg_type(int64_t x) { return (unsigned)(x >> 29) & 3; }

typedef struct {
    mp_obj_base_t base;
    mp_obj_t desc; /* a dict (STRUCT) or a tuple (PTR, ARRAY) */
    uint8_t *addr;
    uint8_t layout;
} uct_t;

extern const mp_type_t mp_type_uctypes_struct;

static mp_obj_t syntax_error(void) { return mp_raise_msg(&mp_type_TypeError, "syntax error in uctypes descriptor"); }

static bool desc_int(mp_obj_t o, int64_t *out) { return mp_type_of(o) == &mp_type_int && mp_int_to_i64(o, out); }

static const mp_tuple_t *desc_tuple(mp_obj_t o) {
    return mp_type_of(o) == &mp_type_tuple ? (const mp_tuple_t *)o : NULL;
}

/* Bytes of a scalar type (a bitfield's: its container's). */
static size_t scalar_size(unsigned t) {
    if (t == T_FLOAT32) return 4;
    if (t == T_FLOAT64) return 8;
    if (t >= T_BFUINT8) t -= T_BFUINT8;
    return (size_t)1 << (t >> 1);
}

static size_t size_of(mp_obj_t desc, int layout, size_t *align);

/* The size of a tuple field (nested struct, pointer, array); *align grows
 * to its alignment. 0 with an exception on a bad descriptor. */
static bool agg_size(const mp_tuple_t *t, int layout, size_t *align, size_t *out) {
    int64_t t0;
    if (t->len < 2 || !desc_int(t->items[0], &t0)) return syntax_error(), false;
    switch (agg_type(t0)) {
    case AGG_STRUCT: *out = size_of(t->items[1], layout, align); return *out != (size_t)-1;
    case AGG_PTR:
        if (*align < sizeof(void *)) *align = sizeof(void *);
        *out = sizeof(void *);
        return true;
    case AGG_ARRAY: {
        int64_t t1;
        if (!desc_int(t->items[1], &t1)) return syntax_error(), false;
        if (t->len == 2) {
            size_t item = scalar_size(val_type(t1));
            if (*align < item) *align = item;
            *out = item * (size_t)(t1 & 0x7ffffff);
            return true;
        }
        size_t item = size_of(t->items[2], layout, align);
        if (item == (size_t)-1) return false;
        *out = item * (size_t)(t1 & 0x7fffffff);
        return true;
    }
    default: return syntax_error(), false;
    }
}

/* sizeof(desc): the end of the furthest field, rounded up to the largest
 * alignment in the native layout. (size_t)-1 with an exception. */
static size_t size_of(mp_obj_t desc, int layout, size_t *align) {
    const mp_tuple_t *tt = desc_tuple(desc);
    if (tt != NULL) {
        size_t s;
        return agg_size(tt, layout, align, &s) ? s : (size_t)-1;
    }
    if (mp_type_of(desc) == &mp_type_int) {
        mp_raise_msg(&mp_type_TypeError, "can't unambiguously get sizeof scalar");
        return (size_t)-1;
    }
    if (mp_type_of(desc) != &mp_type_dict) {
        syntax_error();
        return (size_t)-1;
    }
    mp_dict_t *d = (mp_dict_t *)desc;
    size_t total = 0, own_align = 1;
    for (size_t i = 0; i < d->filled; i++) {
        if (d->entries[i].key == MP_OBJ_NULL) continue;
        mp_obj_t v = d->entries[i].value;
        int64_t x;
        size_t end;
        if (desc_int(v, &x)) {
            size_t s = scalar_size(val_type(x));
            if (own_align < s) own_align = s;
            end = (size_t)(x & OFFSET_MASK) + s;
        } else {
            const mp_tuple_t *t = desc_tuple(v);
            int64_t t0;
            size_t s;
            if (t == NULL || t->len < 2 || !desc_int(t->items[0], &t0)) {
                syntax_error();
                return (size_t)-1;
            }
            if (!agg_size(t, layout, &own_align, &s)) return (size_t)-1;
            end = (size_t)(t0 & OFFSET_MASK) + s;
        }
        if (end > total) total = end;
    }
    if (*align < own_align) *align = own_align;
    if (layout == NATIVE) total = (total + own_align - 1) / own_align * own_align;
    return total;
}

/* ---- scalar loads and stores ---- */

static uint64_t load_bits(const uint8_t *p, size_t size, int layout) {
    if (layout == NATIVE && ((uintptr_t)p & (size - 1)) == 0) {
        /* One load of the field's width, as the CPU would (registers). */
        switch (size) {
        case 1: return *(const volatile uint8_t *)p;
        case 2: return *(const volatile uint16_t *)p;
        case 4: return *(const volatile uint32_t *)p;
        default: {
            uint64_t v;
            __builtin_memcpy(&v, p, 8);
            return v;
        }
        }
    }
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) v |= (uint64_t)p[layout == BE ? size - 1 - i : i] << (8 * i);
    return v;
}

static void store_bits(uint8_t *p, uint64_t v, size_t size, int layout) {
    if (layout == NATIVE && ((uintptr_t)p & (size - 1)) == 0) {
        switch (size) {
        case 1: *(volatile uint8_t *)p = (uint8_t)v; return;
        case 2: *(volatile uint16_t *)p = (uint16_t)v; return;
        case 4: *(volatile uint32_t *)p = (uint32_t)v; return;
        default: __builtin_memcpy(p, &v, 8); return;
        }
    }
    for (size_t i = 0; i < size; i++) p[layout == BE ? size - 1 - i : i] = (uint8_t)(v >> (8 * i));
}

static mp_obj_t int_of_bits(uint64_t u, size_t size, bool is_signed) {
    if (size < 8) {
        uint64_t sign = (uint64_t)1 << (8 * size - 1);
        if (is_signed) return mp_int_from_i64((int64_t)(u ^ sign) - (int64_t)sign);
        return mp_int_from_i64((int64_t)u);
    }
    uint8_t b[8];
    __builtin_memcpy(b, &u, 8); /* every target is little-endian */
    return mp_buffer_item_get(is_signed ? 'q' : 'Q', b);
}

/* Field `x` (offset | type, bitfield parts) at base. */
static mp_obj_t scalar_get(uint8_t *p, unsigned t, int64_t x, int layout) {
    size_t size = scalar_size(t);
    uint64_t u = load_bits(p, size, layout);
    if (t == T_FLOAT32) {
        union {
            uint32_t u;
            float f;
        } c = { (uint32_t)u };
        return mp_float_new((double)c.f);
    }
    if (t == T_FLOAT64) {
        union {
            uint64_t u;
            double d;
        } c = { u };
        return mp_float_new(c.d);
    }
    if (t >= T_BFUINT8) {
        unsigned pos = (unsigned)(x >> BF_POS_SHIFT) & 31, len = (unsigned)(x >> BF_LEN_SHIFT) & 31;
        u >>= pos;
        if (len < 64) u &= ((uint64_t)1 << len) - 1;
        return mp_int_from_i64((int64_t)u);
    }
    return int_of_bits(u, size, t & 1);
}

static bool scalar_set(uint8_t *p, unsigned t, int64_t x, int layout, mp_obj_t v) {
    size_t size = scalar_size(t);
    uint8_t b[8];
    uint64_t u;
    if (t == T_FLOAT32 || t == T_FLOAT64) {
        if (!mp_buffer_item_set(t == T_FLOAT32 ? 'f' : 'd', b, v)) return false;
        u = 0;
        __builtin_memcpy(&u, b, size);
    } else if (t < T_BFUINT8) {
        if (!mp_buffer_item_set('Q', b, v)) return false; /* the low 64 bits, as MicroPython */
        __builtin_memcpy(&u, b, 8);
    } else {
        /* A bitfield takes a machine word (OverflowError beyond it, as
         * MicroPython's), cut to the field below. */
        mp_int_t w;
        if (v == MP_TRUE || v == MP_FALSE) v = mp_small_int(v == MP_TRUE);
        if (!mp_arg_int(v, &w)) return false;
        u = (uint64_t)(int64_t)w;
    }
    if (t >= T_BFUINT8 && t <= T_BFINT32) {
        unsigned pos = (unsigned)(x >> BF_POS_SHIFT) & 31, len = (unsigned)(x >> BF_LEN_SHIFT) & 31;
        uint64_t mask = (len < 64 ? ((uint64_t)1 << len) - 1 : ~(uint64_t)0) << pos;
        uint64_t old = load_bits(p, size, layout);
        u = (old & ~mask) | ((u << pos) & mask);
    }
    store_bits(p, u, size, layout);
    return true;
}

/* ---- struct objects ---- */

static mp_obj_t uct_new(uint8_t *addr, mp_obj_t desc, int layout) {
    uct_t *s = mp_alloc(sizeof *s);
    if (s == NULL) return MP_OBJ_NULL;
    s->base.type = &mp_type_uctypes_struct;
    s->addr = addr;
    s->desc = desc;
    s->layout = (uint8_t)layout;
    return (mp_obj_t)s;
}

/* A bytearray over memory it does not own (bytearray_at, UINT8 arrays). */
static mp_obj_t bytearray_at(uint8_t *p, size_t len) {
    mp_bytearray_t *b = mp_alloc(sizeof *b);
    if (b == NULL) return MP_OBJ_NULL;
    b->base.type = &mp_type_bytearray;
    b->data = p;
    b->len = len;
    b->alloc = len;
    return (mp_obj_t)b;
}

static bool addr_arg(mp_obj_t o, uint8_t **out) {
    int64_t v;
    if (!mp_arg_i64(o, &v)) return false;
    *out = (uint8_t *)(uintptr_t)v;
    return true;
}

static mp_obj_t uct_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    if (kw != NULL && kw->used > 0) return mp_raise_msg(&mp_type_TypeError, "function doesn't take keyword arguments");
    if (n < 2 || n > 3) return mp_raise_fmt(&mp_type_TypeError, "struct() takes 2 or 3 arguments (%d given)", (int)n);
    uint8_t *addr;
    int64_t layout = NATIVE;
    if (!addr_arg(args[0], &addr) || (n == 3 && !mp_arg_i64(args[2], &layout))) return MP_OBJ_NULL;
    /* As MicroPython, a layout other than BIG_ENDIAN or NATIVE is little-endian. */
    return uct_new(addr, args[1], layout == NATIVE ? NATIVE : layout == BE ? BE : LE);
}

static bool uct_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    (void)kind;
    const uct_t *s = (const uct_t *)self;
    const char *what = "ERROR";
    const mp_tuple_t *t = desc_tuple(s->desc);
    int64_t t0;
    if (mp_type_of(s->desc) == &mp_type_dict)
        what = "STRUCT";
    else if (t != NULL && t->len > 0 && desc_int(t->items[0], &t0)) {
        unsigned k = agg_type(t0);
        what = k == AGG_PTR ? "PTR" : k == AGG_ARRAY ? "ARRAY" : "STRUCT";
    }
    char hex[2 * sizeof(void *) + 1];
    size_t i = sizeof hex - 1;
    hex[i] = 0;
    uintptr_t v = (uintptr_t)s->addr;
    do {
        hex[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v != 0);
    mp_print_str(out, "<struct ");
    mp_print_str(out, what);
    mp_print_str(out, " ");
    mp_print_str(out, hex + i);
    mp_print_str(out, ">");
    return true;
}

/* The field `name` of a STRUCT: its descriptor value, SENTINEL when none. */
static mp_obj_t field_of(const uct_t *s, mp_obj_t name) {
    if (mp_type_of(s->desc) != &mp_type_dict) return syntax_error();
    return mp_dict_get((mp_dict_t *)s->desc, name);
}

static mp_obj_t uct_attr(mp_obj_t self, mp_obj_t name) {
    const uct_t *s = (const uct_t *)self;
    mp_obj_t f = field_of(s, name);
    if (f == MP_OBJ_NULL || f == MP_OBJ_SENTINEL) return f;
    int64_t x;
    if (desc_int(f, &x)) return scalar_get(s->addr + (x & OFFSET_MASK), val_type(x), x, s->layout);
    const mp_tuple_t *t = desc_tuple(f);
    int64_t t0;
    if (t == NULL || t->len < 2 || !desc_int(t->items[0], &t0)) return syntax_error();
    uint8_t *p = s->addr + (t0 & OFFSET_MASK);
    switch (agg_type(t0)) {
    case AGG_STRUCT: return uct_new(p, t->items[1], s->layout);
    case AGG_ARRAY: {
        int64_t t1;
        /* As MicroPython, an array of UINT8 is a bytearray over the memory. */
        if (t->len == 2 && desc_int(t->items[1], &t1) && val_type(t1) == T_UINT8)
            return bytearray_at(p, (size_t)(t1 & 0x7ffffff));
        return uct_new(p, f, s->layout);
    }
    case AGG_PTR: return uct_new(p, f, s->layout);
    default: return syntax_error();
    }
}

static bool uct_store_attr(mp_obj_t self, mp_obj_t name, mp_obj_t value) {
    const uct_t *s = (const uct_t *)self;
    if (value == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_TypeError, "can't delete a struct field");
        return false;
    }
    mp_obj_t f = field_of(s, name);
    if (f == MP_OBJ_NULL) return false;
    if (f == MP_OBJ_SENTINEL) {
        mp_raise_fmt(&mp_type_AttributeError, "'struct' object has no attribute '%S'", name);
        return false;
    }
    int64_t x;
    if (!desc_int(f, &x)) return syntax_error(), false;
    return scalar_set(s->addr + (x & OFFSET_MASK), val_type(x), x, s->layout, value);
}

static mp_obj_t uct_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    const uct_t *s = (const uct_t *)self;
    if (value == MP_OBJ_NULL) return mp_raise_msg(&mp_type_TypeError, "'struct' object doesn't support item deletion");
    const mp_tuple_t *t = desc_tuple(s->desc);
    int64_t t0, t1;
    if (t == NULL) return mp_raise_msg(&mp_type_TypeError, "struct: can't index");
    if (t->len < 2 || !desc_int(t->items[0], &t0)) return syntax_error();
    unsigned k = agg_type(t0);
    if (k != AGG_ARRAY && k != AGG_PTR) return mp_raise_msg(&mp_type_TypeError, "struct: can't index");
    if (mp_type_of(index) == &mp_type_slice)
        return mp_raise_msg(&mp_type_TypeError, "struct: slices of arrays other than UINT8 are not supported");
    int64_t i;
    if (!mp_arg_i64(index, &i)) return MP_OBJ_NULL;
    uint8_t *base = s->addr;
    if (k == AGG_ARRAY) {
        if (!desc_int(t->items[1], &t1)) return syntax_error();
        int64_t count = t->len == 2 ? (t1 & 0x7ffffff) : (t1 & 0x7fffffff);
        if (i < 0 || i >= count) return mp_raise_msg(&mp_type_IndexError, "struct: index out of range");
    } else {
        base = (uint8_t *)(uintptr_t)load_bits(s->addr, sizeof(void *), s->layout);
        if (!desc_int(t->items[1], &t1)) t1 = -1;
    }
    mp_obj_t item_desc = k == AGG_ARRAY && t->len == 3 ? t->items[2] : t->items[1];
    if (desc_int(item_desc, &t1)) {
        unsigned vt = val_type(t1);
        uint8_t *p = base + (size_t)i * scalar_size(vt);
        if (value == MP_OBJ_SENTINEL) return scalar_get(p, vt, t1, s->layout);
        return scalar_set(p, vt, t1, s->layout, value) ? MP_NONE : MP_OBJ_NULL;
    }
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "'struct' object doesn't support item assignment");
    size_t align = 1, stride = size_of(item_desc, s->layout, &align);
    if (stride == (size_t)-1) return MP_OBJ_NULL;
    return uct_new(base + (size_t)i * stride, item_desc, s->layout);
}

/* int(p) of a pointer: its value (the address it points to). */
static mp_obj_t uct_unary(int op, mp_obj_t self) {
    const uct_t *s = (const uct_t *)self;
    const mp_tuple_t *t = desc_tuple(s->desc);
    int64_t t0;
    if (op == MP_UNARY_INT && t != NULL && t->len >= 2 && desc_int(t->items[0], &t0) && agg_type(t0) == AGG_PTR)
        return mp_int_from_i64((int64_t)load_bits(s->addr, sizeof(void *), s->layout));
    if (op == MP_UNARY_HASH) return mp_raise_msg(&mp_type_TypeError, "unhashable type: 'struct'");
    return MP_OBJ_SENTINEL;
}

const mp_type_t mp_type_uctypes_struct = { .base = { &mp_type_type },
    .name = "struct",
    .parent = &mp_type_object,
    .print = uct_print,
    .make_new = uct_make_new,
    .unary_op = uct_unary,
    .attr = uct_attr,
    .store_attr = uct_store_attr,
    .subscr = uct_subscr };

/* ---- module functions ---- */

static mp_obj_t u_sizeof(ARGS) {
    (void)kw;
    mp_obj_t desc = a[0];
    int64_t layout = NATIVE;
    if (mp_type_of(desc) == &mp_type_uctypes_struct) {
        if (n > 1) return mp_raise_msg(&mp_type_TypeError, "can't specify layout of an instantiated structure");
        layout = ((const uct_t *)desc)->layout;
        desc = ((const uct_t *)desc)->desc;
    } else if (n > 1 && !mp_arg_i64(a[1], &layout))
        return MP_OBJ_NULL;
    size_t align = 1, s = size_of(desc, layout == NATIVE ? NATIVE : LE, &align);
    return s == (size_t)-1 ? MP_OBJ_NULL : mp_int_from_i64((int64_t)s);
}

static mp_obj_t u_addressof(ARGS) {
    (void)n;
    (void)kw;
    mp_buffer_t b;
    if (mp_type_of(a[0]) == &mp_type_uctypes_struct)
        return mp_int_from_i64((int64_t)(uintptr_t)((const uct_t *)a[0])->addr);
    if (!mp_get_buffer_info(a[0], &b)) return mp_raise_msg(&mp_type_TypeError, "object with buffer protocol required");
    return mp_int_from_i64((int64_t)(uintptr_t)b.data);
}

static bool at_args(const mp_obj_t *a, uint8_t **p, size_t *len) {
    mp_int_t l;
    if (!addr_arg(a[0], p) || !mp_arg_ssize(a[1], &l)) return false;
    if (l < 0) {
        mp_raise_msg(&mp_type_ValueError, "negative size");
        return false;
    }
    *len = (size_t)l;
    return true;
}

static mp_obj_t u_bytes_at(ARGS) {
    (void)n;
    (void)kw;
    uint8_t *p;
    size_t len;
    return at_args(a, &p, &len) ? mp_bytes_new(p, len) : MP_OBJ_NULL;
}

static mp_obj_t u_bytearray_at(ARGS) {
    (void)n;
    (void)kw;
    uint8_t *p;
    size_t len;
    return at_args(a, &p, &len) ? bytearray_at(p, len) : MP_OBJ_NULL;
}

static const mp_builtin_t uctypes_fns[] = {
    MP_FN("sizeof", u_sizeof, 1, 2),
    MP_FN("addressof", u_addressof, 1, 1),
    MP_FN("bytes_at", u_bytes_at, 2, 2),
    MP_FN("bytearray_at", u_bytearray_at, 2, 2),
};

/* The constants as MicroPython computes them: (type << (32 - bits)) >> 1
 * in a 32-bit int, sign-extended. */
static mp_obj_t encoded(unsigned type, unsigned bits) {
    int32_t v = (int32_t)((uint32_t)type << (32 - bits)) >> 1;
    return mp_small_int(v);
}

bool mp_moductypes_fill(mp_dict_t *g) {
    static const char *const scalars[] = { "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64",
        "BFUINT8", "BFINT8", "BFUINT16", "BFINT16", "BFUINT32", "BFINT32", "FLOAT32", "FLOAT64" };
    if (!mp_mod_set(g, "struct", (mp_obj_t)&mp_type_uctypes_struct) ||
        !mp_mod_add_fns(g, uctypes_fns, MP_N(uctypes_fns)) || !mp_mod_set(g, "NATIVE", mp_small_int(NATIVE)) ||
        !mp_mod_set(g, "LITTLE_ENDIAN", mp_small_int(LE)) || !mp_mod_set(g, "BIG_ENDIAN", mp_small_int(BE)) ||
        !mp_mod_set(g, "VOID", encoded(T_UINT8, 4)))
        return false;
    for (unsigned i = 0; i < MP_N(scalars); i++)
        if (!mp_mod_set(g, scalars[i], encoded(i, 4))) return false;
    /* C's names, by the sizes of this target's C types. */
    unsigned long_t = sizeof(long) == 8 ? T_INT64 : T_INT32;
    if (!mp_mod_set(g, "BF_POS", mp_small_int(BF_POS_SHIFT)) || !mp_mod_set(g, "BF_LEN", mp_small_int(BF_LEN_SHIFT)) ||
        !mp_mod_set(g, "SHORT", encoded(T_INT16, 4)) || !mp_mod_set(g, "USHORT", encoded(T_UINT16, 4)) ||
        !mp_mod_set(g, "INT", encoded(T_INT32, 4)) || !mp_mod_set(g, "UINT", encoded(T_UINT32, 4)) ||
        !mp_mod_set(g, "LONG", encoded(long_t, 4)) || !mp_mod_set(g, "ULONG", encoded(long_t - 1, 4)) ||
        !mp_mod_set(g, "LONGLONG", encoded(T_INT64, 4)) || !mp_mod_set(g, "ULONGLONG", encoded(T_UINT64, 4)) ||
        !mp_mod_set(g, "PTR", encoded(AGG_PTR, 2)) || !mp_mod_set(g, "ARRAY", encoded(AGG_ARRAY, 2)))
        return false;
    return true;
}
