/* The math module: constants, the libm functions (through compiler
 * built-ins, so a freestanding target links them from its libm) and the
 * integer helpers, with CPython's errors: a NaN result from non-NaN
 * arguments is ValueError("math domain error"), an infinite result from
 * finite arguments is OverflowError("math range error") where the function
 * can overflow and a domain error where it cannot (log(0)). */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw
#define UNUSED \
    (void)n; \
    (void)a; \
    (void)kw

static bool is_nan(double x) { return x != x; }
static bool is_inf(double x) { return x - x != 0 && x == x; }
static bool is_finite(double x) { return x - x == 0; }

static mp_obj_t domain_error(void) { return mp_raise_msg(&mp_type_ValueError, "math domain error"); }
static mp_obj_t range_error(void) { return mp_raise_msg(&mp_type_OverflowError, "math range error"); }

/* A one-argument float function with CPython's error rule. */
static mp_obj_t math_1(mp_obj_t arg, double (*f)(double), bool can_overflow) {
    double x;
    if (!mp_obj_to_double(arg, &x)) return MP_OBJ_NULL;
    double r = f(x);
    if (is_nan(r) && !is_nan(x)) return domain_error();
    if (is_inf(r) && is_finite(x)) return can_overflow ? range_error() : domain_error();
    return mp_float_new(r);
}

/* Two float arguments, same rule. */
static mp_obj_t math_2(mp_obj_t ax, mp_obj_t ay, double (*f)(double, double)) {
    double x, y;
    if (!mp_obj_to_double(ax, &x) || !mp_obj_to_double(ay, &y)) return MP_OBJ_NULL;
    double r = f(x, y);
    if (is_nan(r) && !is_nan(x) && !is_nan(y)) return domain_error();
    if (is_inf(r) && is_finite(x) && is_finite(y)) return range_error();
    return mp_float_new(r);
}

static double d_sqrt(double x) { return __builtin_sqrt(x); }
static double d_exp(double x) { return __builtin_exp(x); }
static double d_expm1(double x) { return __builtin_expm1(x); }
static double d_log1p(double x) { return __builtin_log1p(x); }
static double d_sin(double x) { return __builtin_sin(x); }
static double d_cos(double x) { return __builtin_cos(x); }
static double d_tan(double x) { return __builtin_tan(x); }
static double d_asin(double x) { return __builtin_asin(x); }
static double d_acos(double x) { return __builtin_acos(x); }
static double d_atan(double x) { return __builtin_atan(x); }
static double d_sinh(double x) { return __builtin_sinh(x); }
static double d_cosh(double x) { return __builtin_cosh(x); }
static double d_tanh(double x) { return __builtin_tanh(x); }
static double d_asinh(double x) { return __builtin_asinh(x); }
static double d_acosh(double x) { return __builtin_acosh(x); }
static double d_atanh(double x) { return __builtin_atanh(x); }
static double d_erf(double x) { return __builtin_erf(x); }
static double d_erfc(double x) { return __builtin_erfc(x); }
static double d_fabs(double x) { return __builtin_fabs(x); }
static double d_atan2(double y, double x) { return __builtin_atan2(y, x); }
static double d_fmod(double x, double y) { return __builtin_fmod(x, y); }

#define F1(NAME, FN, OVF) \
    static mp_obj_t math_##NAME(ARGS) { \
        (void)n; \
        (void)kw; \
        return math_1(a[0], FN, OVF); \
    }
F1(sqrt, d_sqrt, false)
F1(exp, d_exp, true)
F1(expm1, d_expm1, true)
F1(log1p, d_log1p, false)
F1(sin, d_sin, false)
F1(cos, d_cos, false)
F1(tan, d_tan, false)
F1(asin, d_asin, false)
F1(acos, d_acos, false)
F1(atan, d_atan, false)
F1(sinh, d_sinh, true)
F1(cosh, d_cosh, true)
F1(tanh, d_tanh, false)
F1(asinh, d_asinh, false)
F1(acosh, d_acosh, false)
F1(atanh, d_atanh, false)
F1(erf, d_erf, false)
F1(erfc, d_erfc, false)
F1(fabs, d_fabs, false)

static mp_obj_t math_atan2(ARGS) {
    (void)n;
    (void)kw;
    return math_2(a[0], a[1], d_atan2);
}
static mp_obj_t math_fmod(ARGS) {
    (void)n;
    (void)kw;
    return math_2(a[0], a[1], d_fmod);
}

/* A log argument as x * 2**scale: an int too large for a float is shifted
 * right 512 bits at a time, then split as frexp (as CPython, log(10**400) works). False with
 * the exception pending; ValueError for a non-positive argument. */
static bool log_arg(mp_obj_t o, double *x, double *scale) {
    *scale = 0;
    while (!mp_obj_to_double(o, x)) {
        if (mp_type_of(o) != &mp_type_int || !mp_is_instance_of_type(mp_state.exc, &mp_type_OverflowError))
            return false;
        mp_state.exc = MP_OBJ_NULL;
        o = mp_binary_op(MPY_BINARY_RSHIFT, o, mp_small_int(512));
        if (o == MP_OBJ_NULL) return false;
        *scale += 512;
    }
    if (*x <= 0) {
        domain_error();
        return false;
    }
    if (*scale > 0) { /* CPython's form: a mantissa in [0.5, 1) */
        int e;
        *x = __builtin_frexp(*x, &e);
        *scale += e;
    }
    return true;
}

#define LN2 0.6931471805599453
#define LOG10_2 0.30102999566398120

static mp_obj_t math_log2(ARGS) {
    UNUSED;
    double x, scale;
    if (!log_arg(a[0], &x, &scale)) return MP_OBJ_NULL;
    return mp_float_new(__builtin_log2(x) + scale);
}

static mp_obj_t math_log10(ARGS) {
    UNUSED;
    double x, scale;
    if (!log_arg(a[0], &x, &scale)) return MP_OBJ_NULL;
    return mp_float_new(__builtin_log10(x) + scale * LOG10_2);
}

static mp_obj_t math_log(ARGS) {
    (void)kw;
    double x, scale;
    if (!log_arg(a[0], &x, &scale)) return MP_OBJ_NULL;
    double r = __builtin_log(x) + scale * LN2;
    if (n > 1) {
        if (!log_arg(a[1], &x, &scale)) return MP_OBJ_NULL;
        double lb = __builtin_log(x) + scale * LN2;
        if (lb == 0) return mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
        r /= lb;
    }
    return mp_float_new(r);
}

static mp_obj_t math_pow(ARGS) {
    (void)n;
    (void)kw;
    double x, y;
    if (!mp_obj_to_double(a[0], &x) || !mp_obj_to_double(a[1], &y)) return MP_OBJ_NULL;
    double r = __builtin_pow(x, y);
    if (is_finite(x) && is_finite(y)) {
        if (is_nan(r)) return domain_error();
        if (is_inf(r)) return x == 0 ? domain_error() : range_error();
    } else if (is_nan(x))
        r = y == 0 ? 1.0 : x;
    else if (is_nan(y))
        r = x == 1 ? 1.0 : y;
    return mp_float_new(r);
}

static mp_obj_t math_copysign(ARGS) {
    (void)n;
    (void)kw;
    double x, y;
    if (!mp_obj_to_double(a[0], &x) || !mp_obj_to_double(a[1], &y)) return MP_OBJ_NULL;
    return mp_float_new(__builtin_copysign(x, y));
}

/* A float with an integral value as an int object (any size). */
static mp_obj_t double_to_int(double d) {
    if (is_nan(d)) return mp_raise_msg(&mp_type_ValueError, "cannot convert float NaN to integer");
    if (is_inf(d)) return mp_raise_msg(&mp_type_OverflowError, "cannot convert float infinity to integer");
    if (d > -4e18 && d < 4e18) return mp_int_from_i64((int64_t)d);
    mp_obj_t f = mp_float_new(d);
    return f == MP_OBJ_NULL ? f : mp_int_from_obj(f, MP_OBJ_NULL);
}

/* floor, ceil, trunc: ints stay as they are (bool becomes int). */
static mp_obj_t rounding(mp_obj_t x, int mode) {
    const mp_type_t *t = mp_type_of(x);
    if (t == &mp_type_int) return x;
    if (t == &mp_type_bool) return mp_small_int(x == MP_TRUE);
    double d;
    if (!mp_obj_to_double(x, &d)) return MP_OBJ_NULL;
    if (mode == 0)
        d = __builtin_floor(d);
    else if (mode == 1)
        d = __builtin_ceil(d);
    else
        d = __builtin_trunc(d);
    return double_to_int(d);
}
static mp_obj_t math_floor(ARGS) {
    (void)n;
    (void)kw;
    return rounding(a[0], 0);
}
static mp_obj_t math_ceil(ARGS) {
    (void)n;
    (void)kw;
    return rounding(a[0], 1);
}
static mp_obj_t math_trunc(ARGS) {
    (void)n;
    (void)kw;
    return rounding(a[0], 2);
}

static mp_obj_t pair(double x, double y) {
    mp_obj_t fx = mp_float_new(x), fy = fx == MP_OBJ_NULL ? fx : mp_float_new(y);
    if (fy == MP_OBJ_NULL) return fy;
    mp_obj_t items[2] = { fx, fy };
    return mp_tuple_new(2, items);
}

static mp_obj_t math_modf(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    if (is_inf(x)) return pair(__builtin_copysign(0.0, x), x);
    if (is_nan(x)) return pair(x, x);
    double ip = __builtin_trunc(x);
    return pair(__builtin_copysign(x - ip, x), ip);
}

static mp_obj_t math_frexp(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    int e = 0;
    double m = x;
    if (x != 0 && is_finite(x)) m = __builtin_frexp(x, &e);
    mp_obj_t fm = mp_float_new(m);
    if (fm == MP_OBJ_NULL) return fm;
    mp_obj_t items[2] = { fm, mp_small_int(e) };
    return mp_tuple_new(2, items);
}

static mp_obj_t math_ldexp(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    mp_obj_t ea = a[1];
    if (mp_type_of(ea) != &mp_type_int && mp_type_of(ea) != &mp_type_bool)
        return mp_raise_msg(&mp_type_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!mp_int_to_i64(ea == MP_TRUE || ea == MP_FALSE ? mp_small_int(ea == MP_TRUE) : ea, &e)) {
        /* A huge exponent: the sign of the big int decides. */
        mp_obj_t neg = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, ea, mp_small_int(0));
        if (neg == MP_OBJ_NULL) return neg;
        e = neg == MP_TRUE ? -100000 : 100000;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    if (x == 0 || !is_finite(x)) return mp_float_new(x);
    double r = __builtin_ldexp(x, (int)e);
    if (is_inf(r)) return range_error();
    return mp_float_new(r);
}

static mp_obj_t math_isnan(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    return mp_bool(is_nan(x));
}
static mp_obj_t math_isinf(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    return mp_bool(is_inf(x));
}
static mp_obj_t math_isfinite(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    return mp_bool(is_finite(x));
}

static mp_obj_t math_isclose(ARGS) {
    (void)n;
    static const char *const names[] = { "rel_tol", "abs_tol", NULL };
    if (!mp_kw_check(kw, "isclose", names)) return MP_OBJ_NULL;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (!mp_obj_to_double(a[0], &x) || !mp_obj_to_double(a[1], &y)) return MP_OBJ_NULL;
    mp_obj_t r = mp_kw_get(kw, "rel_tol"), ab = mp_kw_get(kw, "abs_tol");
    if (r == MP_OBJ_NULL || ab == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (r != MP_OBJ_SENTINEL && !mp_obj_to_double(r, &rel)) return MP_OBJ_NULL;
    if (ab != MP_OBJ_SENTINEL && !mp_obj_to_double(ab, &abs_tol)) return MP_OBJ_NULL;
    if (rel < 0 || abs_tol < 0) return mp_raise_msg(&mp_type_ValueError, "tolerances must be non-negative");
    if (x == y) return MP_TRUE;
    if (is_inf(x) || is_inf(y)) return MP_FALSE;
    double diff = __builtin_fabs(y - x);
    return mp_bool(diff <= __builtin_fabs(rel * y) || diff <= __builtin_fabs(rel * x) || diff <= abs_tol);
}

static const double deg_per_rad = 57.29577951308232;
static mp_obj_t math_degrees(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    return mp_float_new(x * deg_per_rad);
}
static mp_obj_t math_radians(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    return mp_float_new(x * (3.141592653589793 / 180.0));
}

/* An int argument (not a float), as an object; bool becomes int. */
static mp_obj_t int_arg(mp_obj_t x) {
    if (x == MP_TRUE || x == MP_FALSE) return mp_small_int(x == MP_TRUE);
    if (mp_type_of(x) != &mp_type_int)
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(x)->name);
    return x;
}

static mp_obj_t math_factorial(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t x = int_arg(a[0]);
    if (x == MP_OBJ_NULL) return x;
    if (!mp_is_small_int(x) || mp_small_int_value(x) < 0) {
        mp_obj_t neg = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, x, mp_small_int(0));
        if (neg == MP_OBJ_NULL) return neg;
        if (neg == MP_TRUE) return mp_raise_msg(&mp_type_ValueError, "factorial() not defined for negative values");
        return mp_raise_msg(&mp_type_OverflowError, "factorial() argument should not exceed 2147483647");
    }
    mp_int_t k = mp_small_int_value(x);
    /* Multiply in machine words while they fit, then into the big result. */
    int64_t acc = 1;
    mp_obj_t result = mp_small_int(1);
    for (mp_int_t i = 2; i <= k + 1; i++) {
        if (i > k || acc > INT64_MAX / i) {
            mp_obj_t part = mp_int_from_i64(acc);
            result = part == MP_OBJ_NULL ? part : mp_binary_op(MPY_BINARY_MUL, result, part);
            if (result == MP_OBJ_NULL) return result;
            acc = 1;
        }
        acc *= i;
    }
    return result;
}

static mp_obj_t int_abs(mp_obj_t x) {
    if (mp_is_small_int(x)) {
        mp_int_t v = mp_small_int_value(x);
        return v >= 0 ? x : mp_int_from_i64(-(int64_t)v);
    }
    return mp_unary_op(MP_UNARY_ABS, x);
}

static mp_obj_t gcd2(mp_obj_t x, mp_obj_t y) {
    x = int_abs(x);
    y = x == MP_OBJ_NULL ? x : int_abs(y);
    if (y == MP_OBJ_NULL) return y;
    while (!(mp_is_small_int(x) && mp_is_small_int(y))) {
        if (y == mp_small_int(0)) return x;
        mp_obj_t r = mp_binary_op(MPY_BINARY_MOD, x, y);
        if (r == MP_OBJ_NULL) return r;
        x = y;
        y = r;
    }
    mp_uint_t u = (mp_uint_t)mp_small_int_value(x), v = (mp_uint_t)mp_small_int_value(y);
    while (v != 0) {
        mp_uint_t t = u % v;
        u = v;
        v = t;
    }
    return mp_int_from_i64((int64_t)u);
}

static mp_obj_t math_gcd(ARGS) {
    (void)kw;
    mp_obj_t g = mp_small_int(0);
    for (size_t i = 0; i < n; i++) {
        mp_obj_t x = int_arg(a[i]);
        if (x == MP_OBJ_NULL) return x;
        g = gcd2(g, x);
        if (g == MP_OBJ_NULL) return g;
    }
    return g;
}

static mp_obj_t math_hypot(ARGS) {
    (void)kw;
    double maxv = 0, buf[8];
    double *v = buf;
    if (n > 8) {
        v = mp_alloc(n * sizeof(double));
        if (v == NULL) return MP_OBJ_NULL;
    }
    bool any_nan = false, any_inf = false;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_to_double(a[i], &v[i])) return MP_OBJ_NULL;
        v[i] = __builtin_fabs(v[i]);
        if (is_nan(v[i]))
            any_nan = true;
        else if (is_inf(v[i]))
            any_inf = true;
        else if (v[i] > maxv)
            maxv = v[i];
    }
    if (any_inf) return mp_float_new(__builtin_inf());
    if (any_nan) return mp_float_new(__builtin_nan(""));
    if (n == 2) return mp_float_new(__builtin_hypot(v[0], v[1]));
    if (maxv == 0 || n == 1) return mp_float_new(maxv);
    /* Scaled sum of squares with compensation (Neumaier). */
    double sum = 0, c = 0;
    for (size_t i = 0; i < n; i++) {
        double q = v[i] / maxv, t = q * q, s = sum + t;
        c += __builtin_fabs(sum) >= t ? (sum - s) + t : (t - s) + sum;
        sum = s;
    }
    return mp_float_new(__builtin_sqrt(sum + c) * maxv);
}

static mp_obj_t math_isqrt(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t x = int_arg(a[0]);
    if (x == MP_OBJ_NULL) return x;
    mp_obj_t neg = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, x, mp_small_int(0));
    if (neg == MP_OBJ_NULL) return neg;
    if (neg == MP_TRUE) return mp_raise_msg(&mp_type_ValueError, "isqrt() argument must be nonnegative");
    if (x == mp_small_int(0)) return x;
    /* Newton's method from an upper bound: r = (r + x // r) // 2 until it stops decreasing. */
    mp_obj_t r = x;
    double d;
    if (mp_obj_to_double(x, &d) && d < 4e18) {
        uint64_t s = (uint64_t)__builtin_sqrt(d) + 2;
        r = mp_int_from_i64((int64_t)s);
    } else {
        mp_state.exc = MP_OBJ_NULL;
    }
    if (r == MP_OBJ_NULL) return r;
    for (;;) {
        mp_obj_t q = mp_binary_op(MPY_BINARY_FLOORDIV, x, r);
        mp_obj_t s = q == MP_OBJ_NULL ? q : mp_binary_op(MPY_BINARY_ADD, r, q);
        mp_obj_t nr = s == MP_OBJ_NULL ? s : mp_binary_op(MPY_BINARY_FLOORDIV, s, mp_small_int(2));
        if (nr == MP_OBJ_NULL) return nr;
        mp_obj_t lt = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, nr, r);
        if (lt == MP_OBJ_NULL) return lt;
        if (lt != MP_TRUE) return r;
        r = nr;
    }
}

static mp_obj_t math_gamma(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    if (is_nan(x) || x == __builtin_inf()) return mp_float_new(x);
    if (x == -__builtin_inf() || (x <= 0 && x == __builtin_floor(x))) return domain_error();
    double r = __builtin_tgamma(x);
    if (is_inf(r)) return range_error();
    return mp_float_new(r);
}

static mp_obj_t math_lgamma(ARGS) {
    (void)n;
    (void)kw;
    double x;
    if (!mp_obj_to_double(a[0], &x)) return MP_OBJ_NULL;
    if (is_nan(x)) return mp_float_new(x);
    if (is_inf(x)) return mp_float_new(__builtin_inf());
    if (x <= 0 && x == __builtin_floor(x)) return domain_error();
    double r = __builtin_lgamma(x);
    if (is_inf(r)) return range_error();
    return mp_float_new(r);
}

/* fsum: exact partial sums (Shewchuk), rounded once at the end. */
static mp_obj_t math_fsum(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t it = mp_getiter(a[0]);
    if (it == MP_OBJ_NULL) return it;
    double stack[32], *p = stack, special = 0, inf_sum = 0;
    size_t np = 0, cap = 32;
    for (;;) {
        mp_obj_t o = mp_iternext(it);
        if (o == MP_OBJ_NULL) return o;
        if (o == MP_OBJ_SENTINEL) break;
        double x;
        if (!mp_obj_to_double(o, &x)) return MP_OBJ_NULL;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < np; j++) {
            double y = p[j];
            if (__builtin_fabs(x) < __builtin_fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        np = i;
        if (x != 0.0) {
            if (!is_finite(x)) {
                /* A non-finite item, or an overflow of the running sum. */
                if (is_finite(xsave)) return mp_raise_msg(&mp_type_OverflowError, "intermediate overflow in fsum");
                if (is_inf(xsave)) inf_sum += xsave;
                special += xsave;
                np = 0;
            } else {
                if (np == cap) {
                    double *q = mp_alloc(2 * cap * sizeof(double));
                    if (q == NULL) return MP_OBJ_NULL;
                    __builtin_memcpy(q, p, np * sizeof(double));
                    p = q;
                    cap *= 2;
                }
                p[np++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (is_nan(inf_sum)) return mp_raise_msg(&mp_type_ValueError, "-inf + inf in fsum");
        return mp_float_new(special);
    }
    double hi = 0.0;
    if (np > 0) {
        double lo = 0.0;
        hi = p[--np];
        while (np > 0) {
            double x = hi, y = p[--np];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Round half to even across the remaining partials. */
        if (np > 0 && ((lo < 0.0 && p[np - 1] < 0.0) || (lo > 0.0 && p[np - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return mp_float_new(hi);
}

static mp_obj_t math_prod(ARGS) {
    (void)n;
    static const char *const names[] = { "start", NULL };
    if (!mp_kw_check(kw, "prod", names)) return MP_OBJ_NULL;
    mp_obj_t acc = mp_kw_get(kw, "start");
    if (acc == MP_OBJ_NULL) return acc;
    if (acc == MP_OBJ_SENTINEL) acc = mp_small_int(1);
    mp_obj_t it = mp_getiter(a[0]);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL || x == MP_OBJ_SENTINEL) return x == MP_OBJ_NULL ? x : acc;
        acc = mp_binary_op(MPY_BINARY_MUL, acc, x);
        if (acc == MP_OBJ_NULL) return acc;
    }
}

static const mp_builtin_t math_fns[] = {
    MP_FN("sqrt", math_sqrt, 1, 1),
    MP_FN("pow", math_pow, 2, 2),
    MP_FN("exp", math_exp, 1, 1),
    MP_FN("expm1", math_expm1, 1, 1),
    MP_FN("log", math_log, 1, 2),
    MP_FN("log2", math_log2, 1, 1),
    MP_FN("log10", math_log10, 1, 1),
    MP_FN("log1p", math_log1p, 1, 1),
    MP_FN("sin", math_sin, 1, 1),
    MP_FN("cos", math_cos, 1, 1),
    MP_FN("tan", math_tan, 1, 1),
    MP_FN("asin", math_asin, 1, 1),
    MP_FN("acos", math_acos, 1, 1),
    MP_FN("atan", math_atan, 1, 1),
    MP_FN("atan2", math_atan2, 2, 2),
    MP_FN("sinh", math_sinh, 1, 1),
    MP_FN("cosh", math_cosh, 1, 1),
    MP_FN("tanh", math_tanh, 1, 1),
    MP_FN("asinh", math_asinh, 1, 1),
    MP_FN("acosh", math_acosh, 1, 1),
    MP_FN("atanh", math_atanh, 1, 1),
    MP_FN("erf", math_erf, 1, 1),
    MP_FN("erfc", math_erfc, 1, 1),
    MP_FN("gamma", math_gamma, 1, 1),
    MP_FN("lgamma", math_lgamma, 1, 1),
    MP_FN("floor", math_floor, 1, 1),
    MP_FN("ceil", math_ceil, 1, 1),
    MP_FN("trunc", math_trunc, 1, 1),
    MP_FN("fabs", math_fabs, 1, 1),
    MP_FN("fmod", math_fmod, 2, 2),
    MP_FN("modf", math_modf, 1, 1),
    MP_FN("frexp", math_frexp, 1, 1),
    MP_FN("ldexp", math_ldexp, 2, 2),
    MP_FN("copysign", math_copysign, 2, 2),
    MP_FN("isnan", math_isnan, 1, 1),
    MP_FN("isinf", math_isinf, 1, 1),
    MP_FN("isfinite", math_isfinite, 1, 1),
    MP_FN_KW("isclose", math_isclose, 2, 2),
    MP_FN("degrees", math_degrees, 1, 1),
    MP_FN("radians", math_radians, 1, 1),
    MP_FN("factorial", math_factorial, 1, 1),
    MP_FN("gcd", math_gcd, 0, -1),
    MP_FN("hypot", math_hypot, 0, -1),
    MP_FN("isqrt", math_isqrt, 1, 1),
    MP_FN("fsum", math_fsum, 1, 1),
    MP_FN_KW("prod", math_prod, 1, 1),
};

static const mp_float_t pi_obj = { { &mp_type_float }, 3.141592653589793 };
static const mp_float_t e_obj = { { &mp_type_float }, 2.718281828459045 };
static const mp_float_t tau_obj = { { &mp_type_float }, 6.283185307179586 };
static const mp_float_t inf_obj = { { &mp_type_float }, __builtin_inf() };
static const mp_float_t nan_obj = { { &mp_type_float }, __builtin_nan("") };

bool mp_modmath_fill(mp_dict_t *g) {
    return mp_mod_set(g, "pi", (mp_obj_t)&pi_obj) && mp_mod_set(g, "e", (mp_obj_t)&e_obj) &&
        mp_mod_set(g, "tau", (mp_obj_t)&tau_obj) && mp_mod_set(g, "inf", (mp_obj_t)&inf_obj) &&
        mp_mod_set(g, "nan", (mp_obj_t)&nan_obj) && mp_mod_add_fns(g, math_fns, MP_N(math_fns));
}
