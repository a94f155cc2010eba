/* The struct module: pack, unpack, calcsize, pack_into, unpack_from.
 * Byte order / size / alignment prefixes @ (native, aligned) = < > !;
 * format characters x c b B ? h H i I l L q Q e f d s with repeat counts,
 * and MicroPython's machine-word codes in every mode: P (an address as an
 * unsigned int), O (an object reference) and S (packed as an address,
 * unpacked as the str of the NUL-terminated bytes there). As MicroPython,
 * values missing at the end of pack's arguments pack as zeros; extra ones
 * are CPython's error. Buffers are any object of the buffer protocol. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

static const MP_EXC_TYPE(struct_error, "error", &mp_type_Exception);

typedef struct {
    const char *p, *end;
    bool big, native;
} fmt_t;

static bool fmt_begin(mp_obj_t fmt, fmt_t *f) {
    size_t len;
    const char *s;
    if (mp_type_of(fmt) == &mp_type_str)
        s = mp_str_data(fmt, &len);
    else if (!mp_get_buffer(fmt, (const uint8_t **)&s, &len)) {
        mp_raise_fmt(
            &mp_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", mp_type_of(fmt)->name);
        return false;
    }
    f->p = s;
    f->end = s + len;
    f->big = false;
    f->native = true;
    if (f->p < f->end) {
        switch (*f->p) {
        case '@': f->p++; break;
        case '=':
            f->native = false;
            f->p++;
            break;
        case '<':
            f->native = false;
            f->p++;
            break;
        case '>':
        case '!':
            f->native = false;
            f->big = true;
            f->p++;
            break;
        default: break;
        }
    }
    return true;
}

static size_t code_size(char c, bool native) {
    switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's': return 1;
    case 'h':
    case 'H':
    case 'e': return 2;
    case 'i':
    case 'I':
    case 'f': return 4;
    case 'P':
    case 'O':
    case 'S': return sizeof(void *);
    case 'l':
    case 'L': return native ? sizeof(long) : 4;
    case 'q':
    case 'Q':
    case 'd': return 8;
    default: return 0;
    }
}

/* The next item group: count and code; false at the end (or on error, with *err). */
static bool fmt_next(fmt_t *f, size_t *count, char *code, bool *err) {
    *err = false;
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n')) f->p++;
    if (f->p >= f->end) return false;
    size_t c = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        c = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') c = c * 10 + (size_t)(*f->p++ - '0');
        if (f->p >= f->end) {
            mp_raise_msg(&struct_error, "repeat count given without format specifier");
            *err = true;
            return false;
        }
    }
    *code = *f->p++;
    if (code_size(*code, f->native) == 0) {
        mp_raise_msg(&struct_error, "bad char in struct format");
        *err = true;
        return false;
    }
    *count = c;
    return true;
}

static size_t align_to(size_t off, size_t size, bool native) {
    if (!native || size <= 1) return off;
    return (off + size - 1) / size * size;
}

/* Total size and number of values; false on a bad format. */
static bool fmt_measure(mp_obj_t fmt, size_t *size, size_t *items) {
    fmt_t f;
    if (!fmt_begin(fmt, &f)) return false;
    size_t off = 0, k = 0, count;
    char code;
    bool err;
    while (fmt_next(&f, &count, &code, &err)) {
        size_t sz = code_size(code, f.native);
        if (code == 's') {
            off += count;
            k++;
            continue;
        }
        if (code == 'x') {
            off += count;
            continue;
        }
        off = align_to(off, sz, f.native);
        off += sz * count;
        k += count;
    }
    if (err) return false;
    *size = off;
    *items = k;
    return true;
}

static void put_uint(uint8_t *p, uint64_t v, size_t size, bool big) {
    for (size_t i = 0; i < size; i++) {
        size_t at = big ? size - 1 - i : i;
        p[at] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get_uint(const uint8_t *p, size_t size, bool big) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        size_t at = big ? size - 1 - i : i;
        v |= (uint64_t)p[at] << (8 * i);
    }
    return v;
}

/* IEEE binary16 from a double, rounded to nearest even (as CPython's
 * PyFloat_Pack2); false when it is too large. */
static bool half_from_double(double x, uint16_t *out) {
    union {
        double d;
        uint64_t u;
    } b = { x };
    uint16_t sign = (uint16_t)((b.u >> 48) & 0x8000);
    int exp = (int)((b.u >> 52) & 0x7ff);
    uint64_t frac = b.u & (((uint64_t)1 << 52) - 1);
    if (exp == 0x7ff) {
        *out = sign | (frac ? 0x7e00 : 0x7c00);
        return true;
    }
    if (exp == 0) { /* zero or a double subnormal: far below half's range */
        *out = sign;
        return true;
    }
    exp -= 1023;
    uint64_t sig = frac | ((uint64_t)1 << 52);
    int shift = exp >= -14 ? 42 : 28 - exp; /* bits dropped from sig */
    uint64_t m = shift >= 64 ? 0 : sig >> shift;
    uint64_t rem = shift >= 64 ? sig : sig & (((uint64_t)1 << shift) - 1);
    uint64_t half = shift >= 65 ? 0 : (uint64_t)1 << (shift - 1);
    if (shift < 65 && (rem > half || (rem == half && (m & 1)))) m++;
    uint32_t h;
    if (exp >= -14) {
        uint32_t e = (uint32_t)(exp + 15);
        if (m == 2048) { /* rounding carried into the exponent */
            m = 1024;
            e++;
        }
        if (e >= 31) return false;
        h = (e << 10) | (uint32_t)(m & 0x3ff);
    } else
        h = (uint32_t)m; /* subnormal; 1024 is the smallest normal's encoding */
    *out = sign | (uint16_t)h;
    return true;
}

static double half_to_double(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    uint32_t m = h & 0x3ff;
    double v;
    if (e == 0)
        v = (double)m * 5.9604644775390625e-08; /* 2**-24 */
    else if (e == 31)
        v = m ? __builtin_nan("") : __builtin_inf();
    else {
        union {
            uint64_t u;
            double d;
        } b = { ((uint64_t)(e - 15 + 1023) << 52) | ((uint64_t)m << 42) };
        v = b.d;
    }
    return (h & 0x8000) ? -v : v;
}

static bool is_signed(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q'; }

static bool range_error(char code, size_t size) {
    if (is_signed(code)) {
        if (code == 'b')
            mp_raise_msg(&struct_error, "byte format requires -128 <= number <= 127");
        else if (code == 'h')
            mp_raise_msg(&struct_error, "short format requires -32768 <= number <= 32767");
        else if (size == 8)
            mp_raise_msg(&struct_error, "argument out of range");
        else {
            int64_t lim = (int64_t)1 << (8 * size - 1);
            mp_raise_fmt(&struct_error, "'%c' format requires %R <= number <= %R", code, mp_int_from_i64(-lim),
                mp_int_from_i64(lim - 1));
        }
    } else {
        if (code == 'B')
            mp_raise_msg(&struct_error, "ubyte format requires 0 <= number <= 255");
        else if (code == 'H')
            mp_raise_msg(&struct_error, "ushort format requires 0 <= number <= 65535");
        else if (size == 8)
            mp_raise_msg(&struct_error, "argument out of range");
        else
            mp_raise_fmt(&struct_error, "'%c' format requires 0 <= number <= %R", code,
                mp_int_from_i64(((int64_t)1 << (8 * size)) - 1));
    }
    return false;
}

/* An integer value for an integer code, as the two's-complement bits. */
static bool int_value(mp_obj_t v, char code, size_t size, uint64_t *out) {
    if (v == MP_TRUE || v == MP_FALSE) v = mp_small_int(v == MP_TRUE);
    if (mp_type_of(v) != &mp_type_int) {
        mp_raise_msg(&struct_error, "required argument is not an integer");
        return false;
    }
    int64_t x;
    bool fits = mp_int_to_i64(v, &x);
    if (!fits && !is_signed(code) && size == 8) {
        /* 2**63 <= v < 2**64: v - 2**64 fits. */
        mp_obj_t two63 = mp_binary_op(MPY_BINARY_LSHIFT, mp_small_int(1), mp_small_int(63));
        mp_obj_t lo = two63 == MP_OBJ_NULL ? two63 : mp_binary_op(MPY_BINARY_SUB, v, two63);
        lo = lo == MP_OBJ_NULL ? lo : mp_binary_op(MPY_BINARY_SUB, lo, two63);
        if (lo == MP_OBJ_NULL) return false;
        if (mp_int_to_i64(lo, &x) && x < 0) {
            *out = (uint64_t)x;
            return true;
        }
        return range_error(code, size);
    }
    if (!fits) return range_error(code, size);
    if (is_signed(code)) {
        if (size < 8) {
            int64_t lim = (int64_t)1 << (8 * size - 1);
            if (x < -lim || x >= lim) return range_error(code, size);
        }
    } else {
        if (x < 0 || (size < 8 && x >= (int64_t)1 << (8 * size))) return range_error(code, size);
    }
    *out = (uint64_t)x;
    return true;
}

/* Packs values into p (size bytes, zeroed); *stop is where the values ran
 * out (the size when none is missing). */
static bool pack_values(mp_obj_t fmt, uint8_t *p, const mp_obj_t *vals, size_t nvals, size_t *stop) {
    fmt_t f;
    if (!fmt_begin(fmt, &f)) return false;
    size_t off = 0, k = 0, count;
    char code;
    bool err;
    while (fmt_next(&f, &count, &code, &err)) {
        size_t sz = code_size(code, f.native);
        if (code == 'x') {
            off += count;
            continue;
        }
        if (code == 's') {
            const uint8_t *d;
            size_t len;
            if (k >= nvals) {
                *stop = off;
                return true;
            }
            if (mp_type_of(vals[k]) == &mp_type_str || !mp_get_buffer(vals[k], &d, &len)) {
                mp_raise_msg(&struct_error, "argument for 's' must be a bytes object");
                return false;
            }
            __builtin_memcpy(p + off, d, len < count ? len : count);
            off += count;
            k++;
            continue;
        }
        off = align_to(off, sz, f.native);
        for (size_t i = 0; i < count; i++, k++, off += sz) {
            if (k >= nvals) {
                *stop = off;
                return true;
            }
            mp_obj_t v = vals[k];
            if (code == 'f' || code == 'd' || code == 'e') {
                double d;
                if (mp_type_of(v) != &mp_type_float && mp_type_of(v) != &mp_type_int &&
                    mp_type_of(v) != &mp_type_bool) {
                    mp_raise_msg(&struct_error, "required argument is not a float");
                    return false;
                }
                if (!mp_obj_to_double(v, &d)) return false;
                if (code == 'e') {
                    uint16_t h;
                    if (!half_from_double(d, &h)) {
                        mp_raise_msg(&mp_type_OverflowError, "float too large to pack with e format");
                        return false;
                    }
                    put_uint(p + off, h, 2, f.big);
                } else if (code == 'f') {
                    float fl = (float)d;
                    if (fl - fl != 0 && d - d == 0) {
                        mp_raise_msg(&mp_type_OverflowError, "float too large to pack with f format");
                        return false;
                    }
                    union {
                        float f;
                        uint32_t u;
                    } b = { fl };
                    put_uint(p + off, b.u, 4, f.big);
                } else {
                    union {
                        double d;
                        uint64_t u;
                    } b = { d };
                    put_uint(p + off, b.u, 8, f.big);
                }
            } else if (code == 'O') {
                put_uint(p + off, (uintptr_t)v, sz, f.big);
            } else if ((code == 'P' || code == 'S') && mp_type_of(v) == &mp_type_int &&
                mp_int_to_i64(v, &(int64_t){ 0 })) {
                int64_t x;
                mp_int_to_i64(v, &x);
                put_uint(p + off, (uint64_t)x, sz, f.big); /* an address: negative values wrap */
            } else if (code == '?') {
                int t = mp_truth(v);
                if (t < 0) return false;
                p[off] = (uint8_t)t;
            } else if (code == 'c') {
                const uint8_t *d;
                size_t len;
                if (mp_type_of(v) == &mp_type_str || !mp_get_buffer(v, &d, &len) || len != 1) {
                    mp_raise_msg(&struct_error, "char format requires a bytes object of length 1");
                    return false;
                }
                p[off] = d[0];
            } else {
                uint64_t u;
                if (!int_value(v, code, sz, &u)) return false;
                put_uint(p + off, u, sz, f.big);
            }
        }
    }
    *stop = off;
    return !err;
}

/* Missing values pack as zeros (MicroPython); extra ones are an error. */
static bool check_count(const char *fn, size_t items, size_t given) {
    if (given <= items) return true;
    mp_raise_fmt(&struct_error, "%s expected %d items for packing (got %d)", fn, (int)items, (int)given);
    return false;
}

/* An offset into a buffer of len bytes for size bytes: negative from the
 * end; CPython's struct.error otherwise. */
static bool check_offset(
    const char *fn, const char *neg_msg, const char *verb, mp_int_t *off, size_t size, size_t len) {
    mp_int_t o = *off;
    if (o < 0) {
        if (o + (mp_int_t)len < 0) {
            mp_raise_fmt(&struct_error, "offset %d out of range for %d-byte buffer", (int)o, (int)len);
            return false;
        }
        if ((size_t)-o < size) {
            mp_raise_fmt(&struct_error, "%s %d bytes at offset %d", neg_msg, (int)size, (int)o);
            return false;
        }
        *off = o + (mp_int_t)len;
        return true;
    }
    if ((size_t)o > len || size > len - (size_t)o) {
        mp_raise_fmt(&struct_error,
            "%s requires a buffer of at least %d bytes for %s %d bytes at offset %d (actual buffer size is %d)", fn,
            (int)(size + (size_t)o), verb, (int)size, (int)o, (int)len);
        return false;
    }
    return true;
}

static mp_obj_t s_calcsize(ARGS) {
    (void)n;
    (void)kw;
    size_t size, items;
    if (!fmt_measure(a[0], &size, &items)) return MP_OBJ_NULL;
    return mp_small_int((mp_int_t)size);
}

static mp_obj_t s_pack(ARGS) {
    (void)kw;
    size_t size, items;
    if (!fmt_measure(a[0], &size, &items) || !check_count("pack", items, n - 1)) return MP_OBJ_NULL;
    mp_obj_t out;
    uint8_t *p = mp_bytes_like_alloc(&mp_type_bytes, size, &out);
    if (p == NULL) return MP_OBJ_NULL;
    size_t stop;
    return pack_values(a[0], p, a + 1, n - 1, &stop) ? out : MP_OBJ_NULL;
}

static mp_obj_t s_pack_into(ARGS) {
    (void)kw;
    size_t size, items;
    mp_int_t off;
    if (!fmt_measure(a[0], &size, &items) || !mp_arg_int(a[2], &off) || !check_count("pack_into", items, n - 3))
        return MP_OBJ_NULL;
    mp_buffer_t buf;
    if (!mp_get_buffer_info(a[1], &buf) || !buf.writable)
        return mp_raise_fmt(
            &mp_type_TypeError, "argument must be read-write bytes-like object, not %s", mp_type_of(a[1])->name);
    if (!check_offset("pack_into", "no space to pack", "packing", &off, size, buf.len)) return MP_OBJ_NULL;
    uint8_t *tmp = mp_alloc(size ? size : 1);
    size_t stop;
    if (tmp == NULL || !pack_values(a[0], tmp, a + 3, n - 3, &stop)) return MP_OBJ_NULL;
    /* Packing may have run user code (__index__, __bool__) that resized
     * the buffer: take it again. Bytes past the last value given stay. */
    if (!mp_get_buffer_info(a[1], &buf) || (size_t)off + size > buf.len)
        return mp_raise_msg(&mp_type_ValueError, "buffer resized while packing");
    __builtin_memcpy(buf.data + off, tmp, stop);
    return MP_NONE;
}

static mp_obj_t unpack_at(mp_obj_t fmt, const uint8_t *p, size_t items) {
    fmt_t f;
    if (!fmt_begin(fmt, &f)) return MP_OBJ_NULL;
    mp_tuple_t *t = (mp_tuple_t *)mp_tuple_new(items, NULL);
    if (t == NULL) return MP_OBJ_NULL;
    size_t off = 0, k = 0, count;
    char code;
    bool err;
    while (fmt_next(&f, &count, &code, &err)) {
        size_t sz = code_size(code, f.native);
        if (code == 'x') {
            off += count;
            continue;
        }
        if (code == 's') {
            t->items[k] = mp_bytes_new(p + off, count);
            if (t->items[k++] == MP_OBJ_NULL) return MP_OBJ_NULL;
            off += count;
            continue;
        }
        off = align_to(off, sz, f.native);
        for (size_t i = 0; i < count; i++, k++, off += sz) {
            uint64_t u = get_uint(p + off, sz, f.big);
            mp_obj_t v;
            if (code == 'e')
                v = mp_float_new(half_to_double((uint16_t)u));
            else if (code == 'O')
                v = (mp_obj_t)(uintptr_t)u;
            else if (code == 'S') {
                const char *c = (const char *)(uintptr_t)u;
                v = mp_str_new(c, __builtin_strlen(c));
            } else if (code == 'f') {
                union {
                    uint32_t u;
                    float f;
                } b = { (uint32_t)u };
                v = mp_float_new((double)b.f);
            } else if (code == 'd') {
                union {
                    uint64_t u;
                    double d;
                } b = { u };
                v = mp_float_new(b.d);
            } else if (code == '?')
                v = mp_bool(u != 0);
            else if (code == 'c')
                v = mp_bytes_new(p + off, 1);
            else if (is_signed(code)) {
                int64_t x =
                    sz == 8 ? (int64_t)u : (int64_t)(u ^ ((uint64_t)1 << (8 * sz - 1))) - ((int64_t)1 << (8 * sz - 1));
                v = mp_int_from_i64(x);
            } else if (u <= (uint64_t)INT64_MAX)
                v = mp_int_from_i64((int64_t)u);
            else {
                mp_obj_t hi = mp_int_from_i64((int64_t)(u >> 32));
                mp_obj_t sh = hi == MP_OBJ_NULL ? hi : mp_binary_op(MPY_BINARY_LSHIFT, hi, mp_small_int(32));
                v = sh == MP_OBJ_NULL ? sh
                                      : mp_binary_op(MPY_BINARY_OR, sh, mp_int_from_i64((int64_t)(u & 0xffffffffu)));
            }
            if (v == MP_OBJ_NULL) return v;
            t->items[k] = v;
        }
    }
    return err ? MP_OBJ_NULL : (mp_obj_t)t;
}

static mp_obj_t s_unpack(ARGS) {
    (void)n;
    (void)kw;
    size_t size, items, len;
    const uint8_t *d;
    if (!fmt_measure(a[0], &size, &items)) return MP_OBJ_NULL;
    if (!mp_get_buffer(a[1], &d, &len))
        return mp_raise_fmt(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(a[1])->name);
    if (len != size) return mp_raise_fmt(&struct_error, "unpack requires a buffer of %d bytes", (int)size);
    return unpack_at(a[0], d, items);
}

static mp_obj_t s_unpack_from(ARGS) {
    static const char *const names[] = { "offset", NULL };
    if (!mp_kw_check(kw, "unpack_from", names)) return MP_OBJ_NULL;
    size_t size, items, len;
    const uint8_t *d;
    mp_int_t off = 0;
    mp_obj_t o = n > 2 ? a[2] : mp_kw_get(kw, "offset");
    if (o == MP_OBJ_NULL) return o;
    if (!fmt_measure(a[0], &size, &items) || (o != MP_OBJ_SENTINEL && !mp_arg_int(o, &off))) return MP_OBJ_NULL;
    if (!mp_get_buffer(a[1], &d, &len))
        return mp_raise_fmt(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(a[1])->name);
    if (!check_offset("unpack_from", "not enough data to unpack", "unpacking", &off, size, len)) return MP_OBJ_NULL;
    return unpack_at(a[0], d + off, items);
}

static const mp_builtin_t struct_fns[] = {
    MP_FN("calcsize", s_calcsize, 1, 1),
    MP_FN("pack", s_pack, 1, -1),
    MP_FN("pack_into", s_pack_into, 3, -1),
    MP_FN("unpack", s_unpack, 2, 2),
    MP_FN_KW("unpack_from", s_unpack_from, 2, 3),
};

bool mp_modstruct_fill(mp_dict_t *g) {
    return mp_mod_set(g, "error", (mp_obj_t)&struct_error) && mp_mod_add_fns(g, struct_fns, MP_N(struct_fns));
}
