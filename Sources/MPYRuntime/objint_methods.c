/* Methods and attributes of int (and so of bool): bit_length, bit_count,
 * to_bytes, from_bytes, as_integer_ratio, conjugate, numerator,
 * denominator, real, imag. Small and big ints share one code path through
 * their mpz value; byte conversions work on the two's complement. */
#include "mpy/runtime.h"
#include "mpy/modutil.h"
#include "mpy/mpz.h"

/* bool self becomes a plain int, as CPython's int methods return. */
static mp_obj_t as_int(mp_obj_t o) {
    if (o == MP_TRUE || o == MP_FALSE) return mp_small_int(o == MP_TRUE);
    return o;
}

static mp_obj_t m_bit_length(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mpz_t *z = mp_int_mpz(as_int(a[0]));
    if (z == NULL) return mp_raise(mp_state.memory_error);
    return mp_int_from_i64((int64_t)mpz_bit_length(z));
}

static mp_obj_t m_bit_count(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mpz_t *z = mp_int_mpz(as_int(a[0]));
    if (z == NULL) return mp_raise(mp_state.memory_error);
    return mp_int_from_i64((int64_t)mpz_popcount(z));
}

static mp_obj_t m_conjugate(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return as_int(a[0]);
}

static mp_obj_t m_as_integer_ratio(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t pair[2] = { as_int(a[0]), mp_small_int(1) };
    return mp_tuple_new(2, pair);
}

/* byteorder: 1 for "little", 0 for "big", -1 (ValueError raised) otherwise. */
static int byteorder(mp_obj_t o) {
    if (mp_type_of(o) != &mp_type_str) {
        mp_raise_fmt(&mp_type_TypeError, "argument 'byteorder' must be str, not %s", mp_type_of(o)->name);
        return -1;
    }
    size_t n;
    const char *s = mp_str_data(o, &n);
    if (n == 6 && __builtin_memcmp(s, "little", 6) == 0) return 1;
    if (n == 3 && __builtin_memcmp(s, "big", 3) == 0) return 0;
    mp_raise_msg(&mp_type_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Positional argument i (after self) or keyword `name`, else dflt. */
static mp_obj_t arg_or_kw(
    const char *fn, size_t n, const mp_obj_t *a, size_t i, mp_dict_t *kw, const char *name, mp_obj_t dflt) {
    mp_obj_t v = mp_kw_get(kw, name);
    if (v == MP_OBJ_NULL) return v;
    if (v != MP_OBJ_SENTINEL) {
        if (i < n)
            return mp_raise_fmt(
                &mp_type_TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, name, (int)i);
        return v;
    }
    return i < n ? a[i] : dflt;
}

static mp_obj_t m_to_bytes(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    static const char *const names[] = { "length", "byteorder", "signed", NULL };
    if (!mp_kw_check(kw, "to_bytes", names)) return MP_OBJ_NULL;
    mp_obj_t len_o = arg_or_kw("to_bytes", n, a, 1, kw, "length", mp_small_int(1));
    mp_obj_t order_o = len_o == MP_OBJ_NULL ? len_o : arg_or_kw("to_bytes", n, a, 2, kw, "byteorder", MP_OBJ_SENTINEL);
    mp_obj_t signed_o = order_o == MP_OBJ_NULL ? order_o : mp_kw_get(kw, "signed");
    if (signed_o == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_int_t len;
    if (!mp_arg_int(len_o, &len)) return MP_OBJ_NULL;
    if (len < 0) return mp_raise_msg(&mp_type_ValueError, "length argument must be non-negative");
    int little = order_o == MP_OBJ_SENTINEL ? 0 : byteorder(order_o);
    if (little < 0) return MP_OBJ_NULL;
    int is_signed = signed_o == MP_OBJ_SENTINEL ? 0 : mp_truth(signed_o);
    if (is_signed < 0) return MP_OBJ_NULL;
    const mpz_t *z = mp_int_mpz(as_int(a[0]));
    if (z == NULL) return mp_raise(mp_state.memory_error);
    if (z->neg && !is_signed) return mp_raise_msg(&mp_type_OverflowError, "can't convert negative int to unsigned");
    /* |z| must fit in len bytes before its two's complement is taken. */
    uint64_t bits = mpz_bit_length(z);
    if (bits > (uint64_t)len * 8) return mp_raise_msg(&mp_type_OverflowError, "int too big to convert");
    uint8_t *buf = mp_alloc(len > 0 ? (size_t)len : 1);
    if (buf == NULL) return MP_OBJ_NULL;
    /* Little-endian magnitude, then negated in place for negative values. */
    for (size_t i = 0; i < (size_t)len; i++) {
        size_t d = i / 4;
        buf[i] = d < z->len ? (uint8_t)(z->digits[d] >> (8 * (i % 4))) : 0;
    }
    if (z->neg) {
        unsigned carry = 1;
        for (size_t i = 0; i < (size_t)len; i++) {
            unsigned v = (uint8_t)~buf[i] + carry;
            buf[i] = (uint8_t)v;
            carry = v >> 8;
        }
    }
    if (is_signed) {
        /* The top bit must agree with the sign (no room for it otherwise). */
        bool top = len > 0 && (buf[len - 1] & 0x80) != 0;
        if (top != (z->neg != 0)) return mp_raise_msg(&mp_type_OverflowError, "int too big to convert");
    }
    if (!little)
        for (size_t i = 0, j = (size_t)len; i + 1 < j; i++, j--) {
            uint8_t t = buf[i];
            buf[i] = buf[j - 1];
            buf[j - 1] = t;
        }
    return mp_bytes_new(buf, (size_t)len);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a class
 * method (a[0] is the class). */
static mp_obj_t m_from_bytes(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    static const char *const names[] = { "bytes", "byteorder", "signed", NULL };
    a++;
    n--;
    if (!mp_kw_check(kw, "from_bytes", names)) return MP_OBJ_NULL;
    mp_obj_t src = arg_or_kw("from_bytes", n, a, 0, kw, "bytes", MP_OBJ_SENTINEL);
    if (src == MP_OBJ_NULL) return src;
    if (src == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    if (n > 2)
        return mp_raise_fmt(&mp_type_TypeError, "from_bytes() takes at most 2 positional arguments (%d given)", (int)n);
    mp_obj_t order_o = arg_or_kw("from_bytes", n, a, 1, kw, "byteorder", MP_OBJ_SENTINEL);
    mp_obj_t signed_o = order_o == MP_OBJ_NULL ? order_o : mp_kw_get(kw, "signed");
    if (signed_o == MP_OBJ_NULL) return MP_OBJ_NULL;
    int little = order_o == MP_OBJ_SENTINEL ? 0 : byteorder(order_o);
    if (little < 0) return MP_OBJ_NULL;
    int is_signed = signed_o == MP_OBJ_SENTINEL ? 0 : mp_truth(signed_o);
    if (is_signed < 0) return MP_OBJ_NULL;
    const uint8_t *data;
    size_t len;
    if (!mp_get_buffer(src, &data, &len)) {
        /* An int is not a byte count here (bytes(n) would be): CPython's TypeError. */
        if (mp_type_is_subclass(mp_type_of(src), &mp_type_int))
            return mp_raise_fmt(&mp_type_TypeError, "cannot convert '%s' object to bytes", mp_type_of(src)->name);
        /* Any iterable of ints in range(256), through bytes(). */
        src = mp_call((mp_obj_t)&mp_type_bytes, 1, &src, NULL);
        if (src == MP_OBJ_NULL) return src;
        mp_get_buffer(src, &data, &len);
    }
    size_t ndig = (len + 3) / 4;
    mpz_t *z = mpz_alloc(sizeof(mpz_t) + (ndig ? ndig : 1) * sizeof(mpz_digit_t));
    if (z == NULL) return mp_raise(mp_state.memory_error);
    z->neg = 0;
    for (size_t d = 0; d < ndig; d++) z->digits[d] = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t b = little ? data[i] : data[len - 1 - i];
        z->digits[i / 4] |= (mpz_digit_t)b << (8 * (i % 4));
    }
    size_t used = ndig;
    while (used > 0 && z->digits[used - 1] == 0) used--;
    z->len = (uint32_t)used;
    const mpz_t *v = z;
    bool negative = is_signed && len > 0 && ((little ? data[len - 1] : data[0]) & 0x80);
    if (negative) {
        const mpz_t *one = mpz_from_i64(1);
        const mpz_t *wrap = one ? mpz_lshift(one, (uint64_t)len * 8) : NULL;
        v = wrap ? mpz_sub(z, wrap) : NULL;
    }
    return mp_int_from_mpz(v);
}

const mp_method_t mp_int_methods[] = {
    MP_METHOD("bit_length", m_bit_length, 1, 1),
    MP_METHOD("bit_count", m_bit_count, 1, 1),
    MP_METHOD_KW("to_bytes", m_to_bytes, 1, 3),
    MP_CLASSMETHOD_KW("from_bytes", m_from_bytes, 1, 3),
    MP_METHOD("conjugate", m_conjugate, 1, 1),
    MP_METHOD("as_integer_ratio", m_as_integer_ratio, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

mp_obj_t mp_int_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if ((n == 9 && __builtin_memcmp(s, "numerator", 9) == 0) || (n == 4 && __builtin_memcmp(s, "real", 4) == 0))
        return as_int(self);
    if (n == 11 && __builtin_memcmp(s, "denominator", 11) == 0) return mp_small_int(1);
    if (n == 4 && __builtin_memcmp(s, "imag", 4) == 0) return mp_small_int(0);
    return MP_OBJ_SENTINEL;
}
