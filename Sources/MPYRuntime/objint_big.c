/* Arbitrary-precision ints: a heap object holding an mpz value. Results
 * that fit a small int are demoted, so equal values have one form. */
#include "mpy/runtime.h"
#include "mpy/mpz.h"

typedef struct {
    mp_obj_base_t base;
    const mpz_t *z;
} mp_int_big_t;

void *mpz_alloc(size_t nbytes) { return mp_alloc(nbytes); }

static const mpz_t *as_mpz(mp_obj_t o) {
    if (mp_is_small_int(o)) return mpz_from_i64(mp_small_int_value(o));
    return ((const mp_int_big_t *)o)->z;
}
const mpz_t *mp_int_mpz(mp_obj_t o) { return as_mpz(o); }

/* Wraps an mpz, demoting it to a small int when it fits. */
mp_obj_t mp_int_from_mpz(const mpz_t *z) {
    if (z == NULL) return mp_state.exc ? MP_OBJ_NULL : mp_raise(mp_state.memory_error);
    if (mpz_fits_bits(z, MP_SMALL_INT_BITS)) return mp_small_int((mp_int_t)mpz_to_i64(z));
    mp_int_big_t *b = mp_alloc(sizeof *b);
    if (b == NULL) return MP_OBJ_NULL;
    b->base.type = &mp_type_int;
    b->z = z;
    return (mp_obj_t)b;
}

mp_obj_t mp_int_big_from_i64(int64_t v) { return mp_int_from_mpz(mpz_from_i64(v)); }

bool mp_int_big_to_i64(mp_obj_t o, int64_t *out) {
    if (mp_type_of(o) != &mp_type_int) return false;
    const mpz_t *z = as_mpz(o);
    if (z == NULL || !mpz_fits_i64(z)) return false;
    *out = mpz_to_i64(z);
    return true;
}

/* CPython 3.11's default limit on the digits of a decimal conversion. */
#define MAX_STR_DIGITS 4300

static bool too_many_digits(const char *buf, size_t n) {
    if (n - (n > 0 && buf[0] == '-') <= MAX_STR_DIGITS) return false;
    mp_raise_msg(&mp_type_ValueError, "Exceeds the limit (4300 digits) for integer string conversion");
    return true;
}

bool mp_int_big_print(const mp_print_t *out, mp_obj_t o) {
    const mpz_t *z = as_mpz(o);
    size_t cap = mpz_str_len_bound(z, 10);
    char *buf = mp_alloc(cap + 1);
    if (buf == NULL) return false;
    size_t n = mpz_to_str(z, 10, buf, cap);
    if (n == 0 && !mpz_is_zero(z)) {
        mp_raise(mp_state.memory_error);
        return false;
    }
    if (too_many_digits(buf, n)) return false;
    out->write(out->ctx, buf, n);
    return true;
}

mp_obj_t mp_int_big_unary(int op, mp_obj_t o) {
    const mpz_t *z = as_mpz(o);
    switch (op) {
    case MPY_UNARY_POSITIVE: return o;
    case MPY_UNARY_NEGATIVE: return mp_int_from_mpz(mpz_neg(z));
    case MPY_UNARY_INVERT: return mp_int_from_mpz(mpz_invert(z));
    case MP_UNARY_ABS: return mp_int_from_mpz(mpz_abs(z));
    case MP_UNARY_BOOL: return mp_bool(!mpz_is_zero(z));
    case MP_UNARY_HASH: return mp_hash_from_i64(mpz_hash(z));
    default: return MP_OBJ_SENTINEL;
    }
}

mp_obj_t mp_int_big_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    const mpz_t *a = as_mpz(lhs), *b = as_mpz(rhs);
    if (a == NULL || b == NULL) return mp_raise(mp_state.memory_error);
    if (op >= MP_OP_COMPARE) {
        int c = mpz_cmp(a, b);
        switch (op - MP_OP_COMPARE) {
        case MPY_COMPARE_LT: return mp_bool(c < 0);
        case MPY_COMPARE_LE: return mp_bool(c <= 0);
        case MPY_COMPARE_EQ: return mp_bool(c == 0);
        case MPY_COMPARE_NE: return mp_bool(c != 0);
        case MPY_COMPARE_GT: return mp_bool(c > 0);
        case MPY_COMPARE_GE: return mp_bool(c >= 0);
        default: return MP_NOT_IMPLEMENTED;
        }
    }
    switch (op) {
    case MPY_BINARY_ADD: return mp_int_from_mpz(mpz_add(a, b));
    case MPY_BINARY_SUB: return mp_int_from_mpz(mpz_sub(a, b));
    case MPY_BINARY_MUL: return mp_int_from_mpz(mpz_mul(a, b));
    case MPY_BINARY_FLOORDIV:
    case MPY_BINARY_MOD: {
        if (mpz_is_zero(b)) return mp_raise_msg(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
        mpz_t *q = NULL, *r = NULL;
        if (mpz_divmod(a, b, op == MPY_BINARY_FLOORDIV ? &q : NULL, op == MPY_BINARY_MOD ? &r : NULL) != MPZ_OK)
            return mp_raise(mp_state.memory_error);
        return mp_int_from_mpz(op == MPY_BINARY_FLOORDIV ? q : r);
    }
    case MPY_BINARY_TRUEDIV: return mp_int_true_divide(lhs, rhs);
    case MPY_BINARY_POW:
        if (mpz_is_neg(b)) return mp_float_binary(MPY_BINARY_POW, lhs, rhs);
        return mp_int_from_mpz(mpz_pow(a, b));
    case MPY_BINARY_LSHIFT:
    case MPY_BINARY_RSHIFT:
        if (mpz_is_neg(b)) return mp_raise_msg(&mp_type_ValueError, "negative shift count");
        if (!mpz_fits_i64(b)) {
            if (op == MPY_BINARY_RSHIFT) return mp_small_int(mpz_is_neg(a) ? -1 : 0);
            return mp_raise_msg(&mp_type_OverflowError, "too many digits in integer");
        }
        return mp_int_from_mpz(
            op == MPY_BINARY_LSHIFT ? mpz_lshift(a, (uint64_t)mpz_to_i64(b)) : mpz_rshift(a, (uint64_t)mpz_to_i64(b)));
    case MPY_BINARY_AND: return mp_int_from_mpz(mpz_and(a, b));
    case MPY_BINARY_OR: return mp_int_from_mpz(mpz_or(a, b));
    case MPY_BINARY_XOR: return mp_int_from_mpz(mpz_xor(a, b));
    default: return MP_NOT_IMPLEMENTED;
    }
}

/* The digits of |v| in base 2..36 (letters in the case asked for) in a
 * fresh buffer; *neg tells the sign. NULL with MemoryError raised. */
char *mp_int_digits(mp_obj_t v, int base, bool upper, size_t *len, bool *neg) {
    const mpz_t *z = as_mpz(v);
    size_t cap = z ? mpz_str_len_bound(z, base) : 0;
    char *buf = cap ? mp_alloc(cap) : NULL;
    size_t n = buf ? mpz_to_str(z, base, buf, cap) : 0;
    if (n == 0) {
        mp_raise(mp_state.memory_error);
        return NULL;
    }
    if (base == 10 && too_many_digits(buf, n)) return NULL;
    *neg = buf[0] == '-';
    if (*neg) {
        n--;
        __builtin_memmove(buf, buf + 1, n);
    }
    if (upper)
        for (size_t i = 0; i < n; i++)
            if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (char)(buf[i] - 'a' + 'A');
    *len = n;
    return buf;
}

/* a / b for ints, correctly rounded (half to even) as CPython, however
 * large the operands: the quotient is computed exactly to 55-56 bits (or to
 * the subnormal boundary), the remainder acts as a sticky bit, and the
 * result is rounded once. */
mp_obj_t mp_int_true_divide(mp_obj_t lhs, mp_obj_t rhs) {
    const mpz_t *a = as_mpz(lhs), *b = as_mpz(rhs);
    if (a == NULL || b == NULL) return mp_raise(mp_state.memory_error);
    if (mpz_is_zero(b)) return mp_raise_msg(&mp_type_ZeroDivisionError, "division by zero");
    bool neg = mpz_is_neg(a) != mpz_is_neg(b);
    if (mpz_is_zero(a)) return mp_float_new(neg ? -0.0 : 0.0);
    a = mpz_abs(a);
    b = mpz_abs(b);
    if (a == NULL || b == NULL) return mp_raise(mp_state.memory_error);
    int64_t diff = (int64_t)mpz_bit_length(a) - (int64_t)mpz_bit_length(b);
    if (diff > 1024) return mp_raise_msg(&mp_type_OverflowError, "integer division result too large for a float");
    /* a / b < 2**(diff + 1) <= 2**-1075: half the smallest subnormal or less. */
    if (diff < -1075) return mp_float_new(neg ? -0.0 : 0.0);
    int64_t shift = (diff > -1021 ? diff : -1021) - 55;
    if (shift >= 0)
        b = mpz_lshift(b, (uint64_t)shift);
    else
        a = mpz_lshift(a, (uint64_t)-shift);
    mpz_t *q = NULL, *r = NULL;
    if (a == NULL || b == NULL || mpz_divmod(a, b, &q, &r) != MPZ_OK) return mp_raise(mp_state.memory_error);
    uint64_t x = mpz_to_u64(q); /* below 2**57 */
    int64_t top = 63 - __builtin_clzll(x) + shift; /* exponent of the leading bit */
    int64_t lowest = top - 52 > -1074 ? top - 52 : -1074; /* exponent of the last kept bit */
    int extra = (int)(lowest - shift); /* at least 2 */
    uint64_t dropped = x & (((uint64_t)1 << extra) - 1), half = (uint64_t)1 << (extra - 1);
    x >>= extra;
    if (dropped > half || (dropped == half && (!mpz_is_zero(r) || (x & 1)))) x++;
    double d = __builtin_ldexp((double)x, (int)lowest);
    if (d - d != 0) return mp_raise_msg(&mp_type_OverflowError, "integer division result too large for a float");
    return mp_float_new(neg ? -d : d);
}

/* int(x) and int(s, base). */
mp_obj_t mp_int_from_obj(mp_obj_t o, mp_obj_t base_obj) {
    const mp_type_t *t = mp_type_of(o);
    if (base_obj == MP_OBJ_NULL) {
        if (t == &mp_type_int) return o;
        if (t == &mp_type_bool) return mp_small_int(o == MP_TRUE);
        if (t == &mp_type_float) {
            double d = ((const mp_float_t *)o)->value;
            if (d != d) return mp_raise_msg(&mp_type_ValueError, "cannot convert float NaN to integer");
            if (d - d != 0) return mp_raise_msg(&mp_type_OverflowError, "cannot convert float infinity to integer");
            return mp_int_from_mpz(mpz_from_double(d));
        }
        if (t->flags & MP_TYPE_FLAG_USER) {
            /* A derived int or float, then __int__, then __index__. */
            mp_obj_t native = mp_instance_native(o);
            if (native != MP_OBJ_NULL) return mp_int_from_obj(native, base_obj);
            mp_obj_t r = t->unary_op(MP_UNARY_INT, o);
            if (r == MP_OBJ_NULL) return r;
            if (r == MP_OBJ_SENTINEL) r = t->unary_op(MP_UNARY_INDEX, o);
            if (r == MP_OBJ_NULL) return r;
            if (r != MP_OBJ_SENTINEL) {
                if (r == MP_TRUE || r == MP_FALSE) return mp_small_int(r == MP_TRUE);
                if (mp_type_of(r) != &mp_type_int)
                    return mp_raise_fmt(&mp_type_TypeError, "__int__ returned non-int (type %s)", mp_type_of(r)->name);
                return r;
            }
        } else if (t->unary_op != NULL && t != &mp_type_str) {
            /* A built-in type with an integer value (uctypes' pointers). */
            mp_obj_t r = t->unary_op(MP_UNARY_INT, o);
            if (r != MP_OBJ_SENTINEL) return r;
        }
    }
    /* A str, or the text of a bytes-like object (bytes, bytearray, memoryview). */
    const uint8_t *bytes = NULL;
    size_t blen = 0;
    bool is_bytes = t != &mp_type_str && !(t->flags & MP_TYPE_FLAG_USER) && mp_get_buffer(o, &bytes, &blen);
    if (t != &mp_type_str && !is_bytes)
        return mp_raise_fmt(&mp_type_TypeError,
            "int() argument must be a string, a bytes-like object or a real number, not '%s'", t->name);
    int base = 10;
    if (base_obj != MP_OBJ_NULL) {
        if (!mp_is_small_int(base_obj)) return mp_raise_msg(&mp_type_TypeError, "int() base must be an integer");
        base = (int)mp_small_int_value(base_obj);
        if (base != 0 && (base < 2 || base > 36))
            return mp_raise_msg(&mp_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    size_t len = blen;
    const char *s = is_bytes ? (const char *)bytes : mp_str_data(o, &len);
    size_t i = 0, e = len;
    while (i < e && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v')) i++;
    while (e > i &&
        (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\f' ||
            s[e - 1] == '\v'))
        e--;
    char *buf = mp_alloc(e - i + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    size_t n = 0;
    bool neg = false;
    size_t k = i;
    if (k < e && (s[k] == '+' || s[k] == '-')) {
        neg = s[k] == '-';
        k++;
    }
    bool base0 = base == 0;
    if (k + 1 < e && s[k] == '0') {
        char p = (char)(s[k + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            k += 2;
            if (k < e && s[k] == '_') k++;
        }
    }
    if (base == 0) base = 10;
    bool ok = k < e && s[k] != '+' && s[k] != '-';
    /* With base 0 a decimal number may not have leading zeros ("08"). */
    if (ok && base0 && base == 10 && s[k] == '0') {
        for (size_t j = k; j < e; j++)
            if (s[j] != '0' && s[j] != '_') {
                ok = false;
                break;
            }
    }
    for (size_t j = k; j < e; j++) {
        if (s[j] == '_') {
            if (j == k || j + 1 >= e || s[j + 1] == '_') {
                ok = false;
                break;
            }
            continue;
        }
        buf[n++] = s[j];
    }
    mpz_t *z = NULL;
    if (ok && mpz_parse(buf, n, base, &z) == MPZ_OK) {
        if (neg) z = mpz_neg(z);
        return mp_int_from_mpz(z);
    }
    mp_obj_t text = is_bytes ? mp_bytes_new(s, len) : mp_str_new(s, len);
    if (text == MP_OBJ_NULL) return text;
    return mp_raise_fmt(&mp_type_ValueError, "invalid literal for int() with base %d: %R", base, text);
}

mp_obj_t mp_int_powmod(mp_obj_t base, mp_obj_t exp, mp_obj_t mod) {
    if (mp_type_of(base) != &mp_type_int || mp_type_of(exp) != &mp_type_int || mp_type_of(mod) != &mp_type_int)
        return mp_raise_msg(&mp_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    const mpz_t *b = as_mpz(base), *e = as_mpz(exp), *m = as_mpz(mod);
    if (b == NULL || e == NULL || m == NULL) return mp_raise(mp_state.memory_error);
    mpz_t *out = NULL;
    switch (mpz_powmod(b, e, m, &out)) {
    case MPZ_OK: return mp_int_from_mpz(out);
    case MPZ_EVALUE:
        return mp_raise_msg(&mp_type_ValueError,
            mpz_is_zero(m) ? "pow() 3rd argument cannot be 0" : "base is not invertible for the given modulus");
    default: return mp_raise(mp_state.memory_error);
    }
}
