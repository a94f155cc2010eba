/* float: IEEE binary64 on every target, boxed on the heap. Printing and
 * parsing go through fpconv (shortest round-trip repr, as CPython). Mixed
 * int/float arithmetic converts the int exactly first. */
#include "mpy/runtime.h"
#include "mpy/fpconv.h"
#include "mpy/mpz.h"

#ifdef MPY_EXACT_INT_POW
/* x ** n for an integer n, correctly rounded, where the C library's pow is
 * not (newlib's is within an ulp: 10.0 ** -5 would print as
 * 9.999999999999999e-06). With x = m * 2**e (m odd), x**n is the exact
 * ratio of two big ints, which mp_int_true_divide rounds once. SENTINEL
 * when the numbers would get large (then pow() answers). */
static mp_obj_t exact_int_pow(double x, int n) {
    if (x == 0 || n == 0 || n == 1) return MP_OBJ_SENTINEL;
    bool neg = x < 0 && (n & 1);
    int k;
    double f = __builtin_frexp(x < 0 ? -x : x, &k);
    uint64_t m = (uint64_t)__builtin_ldexp(f, 53);
    int64_t e = (int64_t)k - 53;
    while ((m & 1) == 0) {
        m >>= 1;
        e++;
    }
    unsigned bits = 64 - (unsigned)__builtin_clzll(m);
    unsigned un = (unsigned)(n < 0 ? -n : n);
    /* |result| is about 2**(n * log2|x|); beyond the float range pow() gives inf or 0. */
    int64_t mag = (int64_t)(k - 1) * n;
    if ((uint64_t)bits * un > 20000 || mag > 1020 || mag < -1200) return MP_OBJ_SENTINEL;
    mpz_t *base = mpz_from_u64(m), *one = mpz_from_u64(1);
    mpz_t *p = base ? mpz_pow_u64(base, un) : NULL;
    if (p == NULL || one == NULL) return mp_raise(mp_state.memory_error);
    /* x**n = p * 2**(e*n) for n > 0, 2**(e*n) / p for n < 0. */
    int64_t shift = e * n;
    mpz_t *num = n > 0 ? p : one, *den = n > 0 ? one : p;
    if (shift > 0)
        num = mpz_lshift(num, (uint64_t)shift);
    else if (shift < 0)
        den = mpz_lshift(den, (uint64_t)-shift);
    if (num == NULL || den == NULL) return mp_raise(mp_state.memory_error);
    mp_obj_t inum = mp_int_from_mpz(num), iden = mp_int_from_mpz(den);
    if (inum == MP_OBJ_NULL || iden == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t r = mp_int_true_divide(inum, iden);
    if (r == MP_OBJ_NULL || !neg) return r;
    return mp_float_new(-((const mp_float_t *)r)->value);
}
#endif

mp_obj_t mp_float_new(double v) {
    mp_float_t *f = mp_alloc(sizeof *f);
    if (f == NULL) return MP_OBJ_NULL;
    f->base.type = &mp_type_float;
    f->value = v;
    return (mp_obj_t)f;
}

bool mp_obj_to_double(mp_obj_t o, double *out) {
    if (mp_is_small_int(o)) {
        *out = (double)mp_small_int_value(o);
        return true;
    }
    if (o == MP_TRUE || o == MP_FALSE) {
        *out = o == MP_TRUE;
        return true;
    }
    const mp_type_t *t = mp_type_of(o);
    if (t == &mp_type_float) {
        *out = ((const mp_float_t *)o)->value;
        return true;
    }
    if (mp_instance_native(o) != MP_OBJ_NULL) return mp_obj_to_double(mp_instance_native(o), out);
    if (t == &mp_type_int) {
        int64_t v;
        if (mp_int_to_i64(o, &v)) {
            *out = (double)v;
            return true;
        }
        /* A big int: through mpz's correctly rounded conversion. */
        const mpz_t *z = mp_int_mpz(o);
        bool ovf;
        *out = mpz_to_double(z, &ovf);
        if (ovf) {
            mp_raise_msg(&mp_type_OverflowError, "int too large to convert to float");
            return false;
        }
        return true;
    }
    if (t->flags & MP_TYPE_FLAG_USER) {
        /* A user class: __float__, else __index__, as CPython. */
        mp_obj_t r = t->unary_op(MP_UNARY_FLOAT, o);
        if (r == MP_OBJ_NULL) return false;
        if (r != MP_OBJ_SENTINEL && mp_type_of(r) != &mp_type_float) {
            mp_raise_fmt(&mp_type_TypeError, "%s.__float__ returned non-float (type %s)", t->name, mp_type_of(r)->name);
            return false;
        }
        if (r == MP_OBJ_SENTINEL) r = mp_index_opt(o);
        if (r == MP_OBJ_NULL) return false;
        if (r != MP_OBJ_SENTINEL) return mp_obj_to_double(r, out);
    }
    mp_raise_fmt(&mp_type_TypeError, "can't convert %s to float", t->name);
    return false;
}

/* Hash values as objects: CPython's 64-bit hash, narrowed the same way for
 * every numeric type so that equal numbers hash equal on every target. */
mp_obj_t mp_hash_from_i64(int64_t h) {
    if (h >= MP_SMALL_INT_MIN && h <= MP_SMALL_INT_MAX) return mp_small_int((mp_int_t)h);
    return mp_small_int((mp_int_t)(h & MP_SMALL_INT_MAX));
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* CPython's hash of a finite double (x mod 2**61-1, with sign). */
int64_t mp_hash_double(double v) {
    if (v != v) return 0;
    if (v - v != 0) return v > 0 ? 314159 : -314159;
    int e;
    double m = __builtin_frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
    int64_t r = (int64_t)x * sign;
    return r == -1 ? -2 : r;
}

/* Compares an int with a double exactly: -1, 0 or 1, or 2 when d is NaN. */
static int int_float_cmp(mp_obj_t i, double d, bool *err) {
    *err = false;
    if (d != d) return 2;
    if (d - d != 0) return d > 0 ? -1 : 1;
    int64_t v;
    if (mp_int_to_i64(i, &v) && v > -((int64_t)1 << 53) && v < ((int64_t)1 << 53)) {
        double x = (double)v;
        return x < d ? -1 : x > d ? 1 : 0;
    }
    double fl = __builtin_floor(d);
    mp_obj_t f = mp_float_new(fl);
    mp_obj_t F = f == MP_OBJ_NULL ? f : mp_int_from_obj(f, MP_OBJ_NULL);
    if (F == MP_OBJ_NULL) {
        *err = true;
        return 0;
    }
    mp_obj_t lt = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, i, F);
    mp_obj_t gt = lt == MP_OBJ_NULL ? lt : mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_GT, i, F);
    if (gt == MP_OBJ_NULL) {
        *err = true;
        return 0;
    }
    if (lt == MP_TRUE) return -1;
    if (gt == MP_TRUE) return 1;
    return d > fl ? -1 : 0;
}

static bool float_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    char buf[FP_REPR_BUFSIZE];
    size_t n = fp_repr(((const mp_float_t *)self)->value, buf);
    out->write(out->ctx, buf, n);
    return true;
}

/* Python's floor division and modulo of floats (b != 0): the remainder
 * takes the sign of b, the quotient is floor(a / b) computed from the exact
 * fmod, and zero results keep the sign CPython gives them. */
static void py_divmod(double a, double b, double *q, double *m) {
    double mod = __builtin_fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = __builtin_copysign(0.0, b);
    }
    double fl;
    if (div != 0) {
        fl = __builtin_floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = __builtin_copysign(0.0, a / b);
    }
    *q = fl;
    *m = mod;
}

mp_obj_t mp_float_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    double a, b;
    const mp_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
    bool ln = lt == &mp_type_float || lt == &mp_type_int || lt == &mp_type_bool;
    bool rn = rt == &mp_type_float || rt == &mp_type_int || rt == &mp_type_bool;
    if (!ln || !rn) return MP_NOT_IMPLEMENTED;
    if (op >= MP_OP_COMPARE && (lt == &mp_type_float) != (rt == &mp_type_float)) {
        /* int against float: exact, as CPython (no rounding of the int). */
        bool err;
        int c = lt == &mp_type_float ? -int_float_cmp(rhs, ((const mp_float_t *)lhs)->value, &err)
                                     : int_float_cmp(lhs, ((const mp_float_t *)rhs)->value, &err);
        if (err) return MP_OBJ_NULL;
        int cmp = op - MP_OP_COMPARE;
        if (c == 2 || c == -2) return mp_bool(cmp == MPY_COMPARE_NE);
        switch (cmp) {
        case MPY_COMPARE_LT: return mp_bool(c < 0);
        case MPY_COMPARE_LE: return mp_bool(c <= 0);
        case MPY_COMPARE_EQ: return mp_bool(c == 0);
        case MPY_COMPARE_NE: return mp_bool(c != 0);
        case MPY_COMPARE_GT: return mp_bool(c > 0);
        case MPY_COMPARE_GE: return mp_bool(c >= 0);
        default: return MP_NOT_IMPLEMENTED;
        }
    }
    if (!mp_obj_to_double(lhs, &a) || !mp_obj_to_double(rhs, &b)) return MP_OBJ_NULL;
    if (op >= MP_OP_COMPARE) {
        switch (op - MP_OP_COMPARE) {
        case MPY_COMPARE_LT: return mp_bool(a < b);
        case MPY_COMPARE_LE: return mp_bool(a <= b);
        case MPY_COMPARE_EQ: return mp_bool(a == b);
        case MPY_COMPARE_NE: return mp_bool(a != b);
        case MPY_COMPARE_GT: return mp_bool(a > b);
        case MPY_COMPARE_GE: return mp_bool(a >= b);
        default: return MP_NOT_IMPLEMENTED;
        }
    }
    switch (op) {
    case MPY_BINARY_ADD: return mp_float_new(a + b);
    case MPY_BINARY_SUB: return mp_float_new(a - b);
    case MPY_BINARY_MUL: return mp_float_new(a * b);
    case MPY_BINARY_TRUEDIV:
        if (b == 0) return mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
        return mp_float_new(a / b);
    case MPY_BINARY_FLOORDIV:
    case MPY_BINARY_MOD: {
        if (b == 0)
            return mp_raise_msg(
                &mp_type_ZeroDivisionError, op == MPY_BINARY_MOD ? "float modulo" : "float floor division by zero");
        double q, m;
        py_divmod(a, b, &q, &m);
        return mp_float_new(op == MPY_BINARY_MOD ? m : q);
    }
    case MPY_BINARY_POW:
        /* NaN operands as C99 and CPython, whatever the target's libm says. */
        if (b != b) return mp_float_new(a == 1 ? 1.0 : b);
        if (a != a) return mp_float_new(b == 0 ? 1.0 : a);
        if (a == 0 && b < 0 && b - b == 0)
            return mp_raise_msg(&mp_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (a < 0 && a - a == 0 && b - b == 0 && b != __builtin_floor(b)) /* NaN and inf are no complex case */
            return mp_complex_pow(a, 0.0, b, 0.0); /* a complex result, as CPython */
#ifdef MPY_EXACT_INT_POW
        if (b == __builtin_floor(b) && b >= -1100 && b <= 1100 && b != 2 && a - a == 0) {
            mp_obj_t r = exact_int_pow(a, (int)b);
            if (r != MP_OBJ_SENTINEL) return r;
        }
#endif
        {
            double r = __builtin_pow(a, b);
            if (r - r != 0 && a - a == 0 && b - b == 0)
                return mp_raise_msg(&mp_type_OverflowError, "(34, 'Numerical result out of range')");
            return mp_float_new(r);
        }
    default: return MP_NOT_IMPLEMENTED;
    }
}

static mp_obj_t float_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op >= MP_OP_INPLACE && op < MP_OP_COMPARE) op -= MP_OP_INPLACE;
    if (reflected) {
        mp_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    return mp_float_binary(op, lhs, rhs);
}

static mp_obj_t float_unary(int op, mp_obj_t self) {
    double v = ((const mp_float_t *)self)->value;
    switch (op) {
    case MPY_UNARY_POSITIVE: return self;
    case MPY_UNARY_NEGATIVE: return mp_float_new(-v);
    case MP_UNARY_ABS: return mp_float_new(__builtin_fabs(v));
    case MP_UNARY_BOOL: return mp_bool(v != 0);
    case MP_UNARY_HASH:
        /* Equal numbers hash equal: CPython's numeric hash. */
        if (v != v) return mp_small_int((mp_int_t)(self >> 4));
        return mp_hash_from_i64(mp_hash_double(v));
    default: return MP_OBJ_SENTINEL;
    }
}

static mp_obj_t float_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    (void)kw;
    if (n == 0) return mp_float_new(0.0);
    mp_obj_t o = args[0];
    if (mp_type_of(o) == &mp_type_float) return o;
    const mp_type_t *ot = mp_type_of(o);
    if (ot == &mp_type_str || ot == &mp_type_bytes || ot == &mp_type_bytearray) {
        size_t len;
        const char *s = ot == &mp_type_str ? mp_str_data(o, &len) : (const char *)((const mp_bytes_t *)o)->data;
        if (ot != &mp_type_str) len = ((const mp_bytes_t *)o)->len;
#define FLOAT_SPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
        size_t i = 0, e = len;
        while (i < e && FLOAT_SPACE(s[i])) i++;
        while (e > i && FLOAT_SPACE(s[e - 1])) e--;
#undef FLOAT_SPACE
        double d;
        if (!fp_parse(s + i, e - i, &d))
            return mp_raise_fmt(&mp_type_ValueError, "could not convert string to float: %R", o);
        return mp_float_new(d);
    }
    if ((mp_type_of(o)->flags & MP_TYPE_FLAG_USER) && mp_instance_native(o) == MP_OBJ_NULL) {
        mp_obj_t r = mp_type_of(o)->unary_op(MP_UNARY_FLOAT, o);
        if (r == MP_OBJ_NULL) return r;
        if (r != MP_OBJ_SENTINEL) {
            if (mp_type_of(r) != &mp_type_float)
                return mp_raise_fmt(&mp_type_TypeError, "%s.__float__ returned non-float (type %s)",
                    mp_type_of(o)->name, mp_type_of(r)->name);
            return r;
        }
    }
    double d;
    if (!mp_obj_to_double(o, &d)) return MP_OBJ_NULL;
    return mp_float_new(d);
}

/* float.is_integer(): finite with no fraction (CPython; MicroPython lacks it). */
static mp_obj_t float_is_integer(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    double d;
    if (!mp_obj_to_double(a[0], &d)) return MP_OBJ_NULL;
    return d - d == 0 && __builtin_floor(d) == d ? MP_TRUE : MP_FALSE;
}

/* The number protocol shared with int and complex: real, imag, conjugate(). */
static mp_obj_t float_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 4 && __builtin_memcmp(s, "real", 4) == 0) return self;
    if (n == 4 && __builtin_memcmp(s, "imag", 4) == 0) return mp_float_new(0.0);
    return MP_OBJ_SENTINEL;
}

static mp_obj_t float_conjugate(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return a[0];
}

static const mp_method_t float_methods[] = {
    MP_METHOD("conjugate", float_conjugate, 1, 1),
    MP_METHOD("is_integer", float_is_integer, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_float = { .base = { &mp_type_type },
    .name = "float",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = float_print,
    .unary_op = float_unary,
    .binary_op = float_binary,
    .make_new = float_make_new,
    .attr = float_attr,
    .methods = float_methods };

/* round(x[, ndigits]): ints stay ints, floats round half to even through
 * the exact decimal value (fp_round), as CPython. */
mp_obj_t mp_round(mp_obj_t x, mp_obj_t ndigits) {
    const mp_type_t *t = mp_type_of(x);
    if (ndigits != MP_NONE) {
        /* Any int (bool, __index__) counts: CPython's TypeError otherwise. */
        mp_obj_t nd = mp_index_opt(ndigits);
        if (nd == MP_OBJ_NULL) return nd;
        if (nd == MP_OBJ_SENTINEL)
            return mp_raise_fmt(
                &mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(ndigits)->name);
        ndigits = nd;
    }
    if (t == &mp_type_int || t == &mp_type_bool) {
        if (t == &mp_type_bool) x = mp_small_int(x == MP_TRUE);
        if (ndigits == MP_NONE || !mp_is_small_int(ndigits) || mp_small_int_value(ndigits) >= 0) return x;
        /* Round to a power of ten, half to even. */
        mp_obj_t p = mp_binary_op(MPY_BINARY_POW, mp_small_int(10), mp_small_int(-mp_small_int_value(ndigits)));
        if (p == MP_OBJ_NULL) return p;
        mp_obj_t q = mp_binary_op(MPY_BINARY_FLOORDIV, x, p), r = mp_binary_op(MPY_BINARY_MOD, x, p);
        if (q == MP_OBJ_NULL || r == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_t twice = mp_binary_op(MPY_BINARY_MUL, r, mp_small_int(2));
        if (twice == MP_OBJ_NULL) return twice;
        mp_obj_t cmp = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_GT, twice, p);
        mp_obj_t eq = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_EQ, twice, p);
        mp_obj_t odd = mp_binary_op(MPY_BINARY_AND, q, mp_small_int(1));
        if (cmp == MP_OBJ_NULL || eq == MP_OBJ_NULL || odd == MP_OBJ_NULL) return MP_OBJ_NULL;
        if (cmp == MP_TRUE || (eq == MP_TRUE && odd == mp_small_int(1))) {
            q = mp_binary_op(MPY_BINARY_ADD, q, mp_small_int(1));
            if (q == MP_OBJ_NULL) return q;
        }
        return mp_binary_op(MPY_BINARY_MUL, q, p);
    }
    double d;
    if (!mp_obj_to_double(x, &d)) return MP_OBJ_NULL;
    if (ndigits == MP_NONE) {
        if (d != d) return mp_raise_msg(&mp_type_ValueError, "cannot convert float NaN to integer");
        if (d - d != 0) return mp_raise_msg(&mp_type_OverflowError, "cannot convert float infinity to integer");
        double r = fp_round(d, 0);
        return mp_int_from_obj(mp_float_new(r), MP_OBJ_NULL);
    }
    /* Beyond +-400 digits every double rounds to itself or to zero. */
    mp_int_t nd = 400;
    if (mp_is_small_int(ndigits))
        nd = mp_small_int_value(ndigits);
    else if (mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, ndigits, mp_small_int(0)) == MP_TRUE)
        nd = -400;
    if (nd > 400) nd = 400;
    if (nd < -400) nd = -400;
    double r = fp_round(d, (int)nd);
    if (r - r != 0 && d - d == 0) return mp_raise_msg(&mp_type_OverflowError, "rounded value too large to represent");
    return mp_float_new(r);
}
