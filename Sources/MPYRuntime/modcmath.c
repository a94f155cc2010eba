/* The cmath module, MicroPython's set: e, pi, phase, polar, rect, exp, log,
 * log10, sqrt, cos, sin. The formulas are CPython's (cmathmodule.c) for
 * finite arguments, so results agree with it to the last digit where the
 * C library does; a result that overflows from finite arguments is
 * OverflowError("math range error"), log(0) ValueError("math domain
 * error"). Arguments are complex, float, int or bool, or objects with
 * __complex__, __float__ or __index__. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw
#define UNUSED \
    (void)n; \
    (void)kw

#define LN2 0.6931471805599453
#define LN10 2.302585092994046
#define E 2.718281828459045
#define LOG_LARGE_DOUBLE 708.3964185322641 /* log(DBL_MAX) - 1 */
#define LARGE_DOUBLE (1.7976931348623157e308 / 4.)
#define DBL_MIN_ 2.2250738585072014e-308

typedef struct {
    double re, im;
} cpx;

/* An argument as a complex number: TypeError "must be real number, not X". */
static bool arg(mp_obj_t o, cpx *z) {
    if (mp_complex_parts(o, &z->re, &z->im)) return true;
    if (mp_state.exc) return false;
    if (mp_type_of(o)->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t c = mp_call((mp_obj_t)&mp_type_complex, 1, &o, NULL);
        if (c == MP_OBJ_NULL) {
            mp_obj_t exc = mp_state.exc;
            if (mp_type_of(exc) != &mp_type_TypeError) return false;
            mp_state.exc = MP_OBJ_NULL;
        } else
            return mp_complex_parts(c, &z->re, &z->im);
    }
    mp_raise_fmt(&mp_type_TypeError, "must be real number, not %s", mp_type_of(o)->name);
    return false;
}

/* A real argument (rect): the same error for a complex one. */
static bool real_arg(mp_obj_t o, double *x) {
    cpx z;
    if (mp_type_of(o) != &mp_type_complex && arg(o, &z) && z.im == 0) {
        *x = z.re;
        return true;
    }
    if (mp_state.exc) return false;
    mp_raise_fmt(&mp_type_TypeError, "must be real number, not %s", mp_type_of(o)->name);
    return false;
}

static bool is_finite(cpx z) { return __builtin_isfinite(z.re) && __builtin_isfinite(z.im); }

/* The result of f(z): OverflowError when it overflowed from a finite z. */
static mp_obj_t result(cpx z, cpx r) {
    if (is_finite(z) && !is_finite(r)) return mp_raise_msg(&mp_type_OverflowError, "math range error");
    return mp_complex_new(r.re, r.im);
}

static mp_obj_t domain_error(void) { return mp_raise_msg(&mp_type_ValueError, "math domain error"); }

/* log(z) without the errors: CPython's c_log, careful near |z| = 1 and at
 * the ends of the double range. *zero: z was 0. */
static cpx c_log(cpx z, bool *zero) {
    cpx r;
    double ax = __builtin_fabs(z.re), ay = __builtin_fabs(z.im);
    *zero = false;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.re = __builtin_log(__builtin_hypot(ax / 2., ay / 2.)) + LN2;
    } else if (ax < DBL_MIN_ && ay < DBL_MIN_) {
        if (ax > 0. || ay > 0.) {
            r.re = __builtin_log(__builtin_hypot(__builtin_ldexp(ax, 53), __builtin_ldexp(ay, 53))) - 53 * LN2;
        } else {
            r.re = -__builtin_inf();
            *zero = true;
        }
    } else {
        double h = __builtin_hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = __builtin_log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = __builtin_log(h);
        }
    }
    r.im = __builtin_atan2(z.im, z.re);
    return r;
}

/* cosh (sinh false) or sinh (sinh true) of z: cos(im) and sin(im) times
 * cosh(re) and sinh(re), swapped for sinh; for a large re the hyperbolic
 * parts are taken at re -+ 1 and scaled by e, so that they do not overflow
 * before the product does. */
static cpx c_hyperbolic(cpx z, bool sinh) {
    double x = z.re, scale = 1.0;
    if (__builtin_fabs(x) > LOG_LARGE_DOUBLE) {
        x -= __builtin_copysign(1., x);
        scale = E;
    }
    double ch = __builtin_cosh(x), sh = __builtin_sinh(x);
    cpx r;
    r.re = __builtin_cos(z.im) * (sinh ? sh : ch) * scale;
    r.im = __builtin_sin(z.im) * (sinh ? ch : sh) * scale;
    return r;
}

static cpx c_cosh(cpx z) { return c_hyperbolic(z, false); }
static cpx c_sinh(cpx z) { return c_hyperbolic(z, true); }

static mp_obj_t cm_phase(ARGS) {
    UNUSED;
    cpx z;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    return mp_float_new(__builtin_atan2(z.im, z.re));
}

static mp_obj_t cm_polar(ARGS) {
    UNUSED;
    cpx z;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    double r = __builtin_hypot(z.re, z.im);
    if (__builtin_isinf(r) && is_finite(z)) return mp_raise_msg(&mp_type_OverflowError, "math range error");
    mp_obj_t items[2] = { mp_float_new(r), mp_float_new(__builtin_atan2(z.im, z.re)) };
    if (items[0] == MP_OBJ_NULL || items[1] == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_tuple_new(2, items);
}

static mp_obj_t cm_rect(ARGS) {
    UNUSED;
    double r, phi;
    if (!real_arg(a[0], &r) || !real_arg(a[1], &phi)) return MP_OBJ_NULL;
    cpx z = { r, phi }, w;
    if (phi == 0) {
        w.re = r;
        w.im = r * phi;
    } else {
        w.re = r * __builtin_cos(phi);
        w.im = r * __builtin_sin(phi);
    }
    return result(z, w);
}

static mp_obj_t cm_exp(ARGS) {
    UNUSED;
    cpx z, r;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = __builtin_exp(z.re - 1.);
        r.re = l * __builtin_cos(z.im) * E;
        r.im = l * __builtin_sin(z.im) * E;
    } else {
        double l = __builtin_exp(z.re);
        r.re = l * __builtin_cos(z.im);
        r.im = l * __builtin_sin(z.im);
    }
    return result(z, r);
}

static mp_obj_t cm_log(ARGS) {
    UNUSED;
    cpx z;
    bool zero;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    cpx r = c_log(z, &zero);
    if (zero) return domain_error();
    if (n > 1) {
        cpx b;
        if (!arg(a[1], &b)) return MP_OBJ_NULL;
        cpx lb = c_log(b, &zero);
        if (zero) return domain_error();
        mp_obj_t num = mp_complex_new(r.re, r.im), den = mp_complex_new(lb.re, lb.im);
        if (num == MP_OBJ_NULL || den == MP_OBJ_NULL) return MP_OBJ_NULL;
        return mp_binary_op(MPY_BINARY_TRUEDIV, num, den);
    }
    return mp_complex_new(r.re, r.im);
}

static mp_obj_t cm_log10(ARGS) {
    UNUSED;
    cpx z;
    bool zero;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    cpx r = c_log(z, &zero);
    if (zero) return domain_error();
    return mp_complex_new(r.re / LN10, r.im / LN10);
}

static mp_obj_t cm_sqrt(ARGS) {
    UNUSED;
    cpx z, r;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    if (z.re == 0. && z.im == 0.) return mp_complex_new(0., z.im);
    double ax = __builtin_fabs(z.re), ay = __builtin_fabs(z.im), s;
    if (ax < DBL_MIN_ && ay < DBL_MIN_) {
        ax = __builtin_ldexp(ax, 53);
        s = __builtin_ldexp(__builtin_sqrt(ax + __builtin_hypot(ax, __builtin_ldexp(ay, 53))), -27);
    } else {
        ax /= 8.;
        s = 2. * __builtin_sqrt(ax + __builtin_hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.re >= 0.) {
        r.re = s;
        r.im = __builtin_copysign(d, z.im);
    } else {
        r.re = d;
        r.im = __builtin_copysign(s, z.im);
    }
    return mp_complex_new(r.re, r.im);
}

/* cos(z) = cosh(iz), sin(z) = -i sinh(iz). */
static mp_obj_t cm_cos(ARGS) {
    UNUSED;
    cpx z;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    cpx iz = { -z.im, z.re };
    return result(z, c_cosh(iz));
}

static mp_obj_t cm_sin(ARGS) {
    UNUSED;
    cpx z;
    if (!arg(a[0], &z)) return MP_OBJ_NULL;
    cpx iz = { -z.im, z.re }, s = c_sinh(iz), r = { s.im, -s.re };
    return result(z, r);
}

static const mp_builtin_t cmath_fns[] = {
    MP_FN("phase", cm_phase, 1, 1),
    MP_FN("polar", cm_polar, 1, 1),
    MP_FN("rect", cm_rect, 2, 2),
    MP_FN("exp", cm_exp, 1, 1),
    MP_FN("log", cm_log, 1, 2),
    MP_FN("log10", cm_log10, 1, 1),
    MP_FN("sqrt", cm_sqrt, 1, 1),
    MP_FN("cos", cm_cos, 1, 1),
    MP_FN("sin", cm_sin, 1, 1),
};

static const mp_float_t pi_obj = { { &mp_type_float }, 3.141592653589793 };
static const mp_float_t e_obj = { { &mp_type_float }, E };

bool mp_modcmath_fill(mp_dict_t *g) {
    return mp_mod_set(g, "e", (mp_obj_t)&e_obj) && mp_mod_set(g, "pi", (mp_obj_t)&pi_obj) &&
        mp_mod_add_fns(g, cmath_fns, MP_N(cmath_fns));
}
