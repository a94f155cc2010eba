/* complex: two IEEE binary64 parts, boxed on the heap (imaginary literals
 * are read-only objects of the module image). Arithmetic, comparison,
 * hashing, repr and the constructor follow CPython 3.11 (complexobject.c):
 * ints, bools and floats mix in as (x + 0j); ordering, // and % are not
 * defined; repr prints both parts with the float repr's shortest digits. */
#include "mpy/runtime.h"
#include "mpy/fpconv.h"
#include "mpy/modutil.h"

mp_obj_t mp_complex_new(double real, double imag) {
    mp_complex_t *c = mp_alloc(sizeof *c);
    if (c == NULL) return MP_OBJ_NULL;
    c->base.type = &mp_type_complex;
    c->real = real;
    c->imag = imag;
    return (mp_obj_t)c;
}

bool mp_complex_parts(mp_obj_t o, double *real, double *imag) {
    const mp_type_t *t = mp_type_of(o);
    if (t == &mp_type_complex) {
        *real = ((const mp_complex_t *)o)->real;
        *imag = ((const mp_complex_t *)o)->imag;
        return true;
    }
    if (mp_is_small_int(o) || t == &mp_type_int || t == &mp_type_bool || t == &mp_type_float) {
        *imag = 0.0;
        return mp_obj_to_double(o, real);
    }
    mp_obj_t native = mp_instance_native(o);
    if (native != MP_OBJ_NULL) return mp_complex_parts(native, real, imag);
    return false;
}

static bool is_number(mp_obj_t o) {
    if (mp_instance_native(o) != MP_OBJ_NULL) o = mp_instance_native(o);
    const mp_type_t *t = mp_type_of(o);
    return mp_is_small_int(o) || t == &mp_type_int || t == &mp_type_bool || t == &mp_type_float ||
        t == &mp_type_complex;
}

/* ---- printing ---- */

static bool complex_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_complex_t *c = (const mp_complex_t *)self;
    char re[FP_REPR_BUFSIZE], im[FP_REPR_BUFSIZE + 1];
    size_t n;
    if (c->real == 0 && !__builtin_signbit(c->real)) {
        /* A real part of +0 is left out, and so are the parentheses. */
        n = fp_repr_short(c->imag, im);
        out->write(out->ctx, im, n);
        out->write(out->ctx, "j", 1);
        return true;
    }
    out->write(out->ctx, "(", 1);
    n = fp_repr_short(c->real, re);
    out->write(out->ctx, re, n);
    n = fp_repr_short(c->imag, im + 1);
    if (im[1] == '-') {
        out->write(out->ctx, im + 1, n);
    } else {
        im[0] = '+';
        out->write(out->ctx, im, n + 1);
    }
    out->write(out->ctx, "j)", 2);
    return true;
}

/* ---- arithmetic ---- */

/* a / b, CPython's _Py_c_quot (Smith's method); false when b is zero. */
static bool c_quot(double ar, double ai, double br, double bi, double *rr, double *ri) {
    double abr = br < 0 ? -br : br, abi = bi < 0 ? -bi : bi;
    if (abr >= abi) {
        if (abr == 0.0) return false;
        double ratio = bi / br, denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi, denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        *rr = *ri = __builtin_nan("");
    }
    return true;
}

/* a ** b as CPython's complex_pow: repeated squaring for integral exponents
 * up to 100 in size, polar form otherwise. */
mp_obj_t mp_complex_pow(double ar, double ai, double br, double bi) {
    double rr, ri;
    bool zero_div = false;
    if (bi == 0 && br == __builtin_floor(br) && __builtin_fabs(br) <= 100.0) {
        long n = (long)br;
        unsigned long u = (unsigned long)(n < 0 ? -n : n);
        double xr = 1.0, xi = 0.0, pr = ar, pi = ai;
        for (unsigned long mask = 1; mask > 0 && u >= mask; mask <<= 1) {
            if (u & mask) {
                double t = xr * pr - xi * pi;
                xi = xr * pi + xi * pr;
                xr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        rr = xr;
        ri = xi;
        if (n < 0) zero_div = !c_quot(1.0, 0.0, xr, xi, &rr, &ri);
    } else if (br == 0 && bi == 0) {
        rr = 1.0;
        ri = 0.0;
    } else if (ar == 0 && ai == 0) {
        zero_div = bi != 0 || br < 0;
        rr = ri = 0.0;
    } else {
        double vabs = __builtin_hypot(ar, ai), len = __builtin_pow(vabs, br);
        double at = __builtin_atan2(ai, ar), phase = at * br;
        if (bi != 0.0) {
            len /= __builtin_exp(at * bi);
            phase += bi * __builtin_log(vabs);
        }
        rr = len * __builtin_cos(phase);
        ri = len * __builtin_sin(phase);
    }
    if (zero_div) return mp_raise_msg(&mp_type_ZeroDivisionError, "0.0 to a negative or complex power");
    if (__builtin_isinf(rr) || __builtin_isinf(ri))
        return mp_raise_msg(&mp_type_OverflowError, "complex exponentiation");
    return mp_complex_new(rr, ri);
}

/* == of a complex with another number: exact against ints, as CPython. */
static mp_obj_t complex_equal(const mp_complex_t *c, mp_obj_t other) {
    if (mp_type_of(other) == &mp_type_complex) {
        const mp_complex_t *d = (const mp_complex_t *)other;
        return mp_bool(c->real == d->real && c->imag == d->imag);
    }
    if (c->imag != 0) return MP_FALSE;
    mp_obj_t re = mp_float_new(c->real);
    if (re == MP_OBJ_NULL) return re;
    return mp_float_binary(MP_OP_COMPARE + MPY_COMPARE_EQ, re, other);
}

static mp_obj_t complex_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op >= MP_OP_INPLACE && op < MP_OP_COMPARE) op -= MP_OP_INPLACE;
    if (reflected) {
        mp_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    if (!is_number(lhs) || !is_number(rhs)) return MP_NOT_IMPLEMENTED;
    if (op >= MP_OP_COMPARE) {
        int cmp = op - MP_OP_COMPARE;
        if (cmp != MPY_COMPARE_EQ && cmp != MPY_COMPARE_NE) return MP_NOT_IMPLEMENTED;
        mp_obj_t a = mp_instance_native(lhs) != MP_OBJ_NULL ? mp_instance_native(lhs) : lhs;
        mp_obj_t b = mp_instance_native(rhs) != MP_OBJ_NULL ? mp_instance_native(rhs) : rhs;
        mp_obj_t self = mp_type_of(a) == &mp_type_complex ? a : b, other = self == a ? b : a;
        if (mp_type_of(self) != &mp_type_complex) return MP_NOT_IMPLEMENTED;
        mp_obj_t r = complex_equal((const mp_complex_t *)self, other);
        if (r == MP_OBJ_NULL || cmp == MPY_COMPARE_EQ) return r;
        return mp_bool(r == MP_FALSE);
    }
    double ar, ai, br, bi, rr, ri;
    if (!mp_complex_parts(lhs, &ar, &ai) || !mp_complex_parts(rhs, &br, &bi)) return MP_OBJ_NULL;
    switch (op) {
    case MPY_BINARY_ADD: return mp_complex_new(ar + br, ai + bi);
    case MPY_BINARY_SUB: return mp_complex_new(ar - br, ai - bi);
    case MPY_BINARY_MUL: return mp_complex_new(ar * br - ai * bi, ar * bi + ai * br);
    case MPY_BINARY_TRUEDIV:
        if (!c_quot(ar, ai, br, bi, &rr, &ri))
            return mp_raise_msg(&mp_type_ZeroDivisionError, "complex division by zero");
        return mp_complex_new(rr, ri);
    case MPY_BINARY_POW: return mp_complex_pow(ar, ai, br, bi);
    default: return MP_NOT_IMPLEMENTED;
    }
}

static mp_obj_t complex_unary(int op, mp_obj_t self) {
    const mp_complex_t *c = (const mp_complex_t *)self;
    switch (op) {
    case MPY_UNARY_POSITIVE: return mp_complex_new(c->real, c->imag);
    case MPY_UNARY_NEGATIVE: return mp_complex_new(-c->real, -c->imag);
    case MP_UNARY_ABS: {
        double r = __builtin_hypot(c->real, c->imag);
        if (__builtin_isinf(r) && __builtin_isfinite(c->real) && __builtin_isfinite(c->imag))
            return mp_raise_msg(&mp_type_OverflowError, "absolute value too large");
        return mp_float_new(r);
    }
    case MP_UNARY_BOOL: return mp_bool(c->real != 0 || c->imag != 0);
    case MP_UNARY_HASH: {
        /* CPython: hash(real) + 1000003 * hash(imag), in unsigned 64-bit arithmetic. */
        if (c->real != c->real || c->imag != c->imag) return mp_small_int((mp_int_t)(self >> 4));
        uint64_t h = (uint64_t)mp_hash_double(c->real) + 1000003u * (uint64_t)mp_hash_double(c->imag);
        int64_t r = (int64_t)h;
        return mp_hash_from_i64(r == -1 ? -2 : r);
    }
    default: return MP_OBJ_SENTINEL;
    }
}

static mp_obj_t complex_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    const mp_complex_t *c = (const mp_complex_t *)self;
    if (n == 4 && __builtin_memcmp(s, "real", 4) == 0) return mp_float_new(c->real);
    if (n == 4 && __builtin_memcmp(s, "imag", 4) == 0) return mp_float_new(c->imag);
    return MP_OBJ_SENTINEL;
}

static mp_obj_t m_conjugate(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_complex_t *c = (const mp_complex_t *)a[0];
    return mp_complex_new(c->real, -c->imag);
}

static const mp_method_t complex_methods[] = {
    MP_METHOD("conjugate", m_conjugate, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

/* ---- complex() ---- */

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static bool word_at(const char *s, size_t n, const char *w) {
    size_t k = __builtin_strlen(w);
    if (n < k) return false;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 0x20) != w[i]) return false;
    return true;
}

/* The longest float at s[0..n): its length (0: none) and value. */
static size_t scan_float(const char *s, size_t n, double *out) {
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (word_at(s + i, n - i, "infinity"))
        i += 8;
    else if (word_at(s + i, n - i, "inf") || word_at(s + i, n - i, "nan"))
        i += 3;
    else {
        size_t digits = 0;
        while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) digits += s[i++] != '_';
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) digits += s[i++] != '_';
        }
        if (digits == 0) return 0;
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            size_t j = i + 1;
            if (j < n && (s[j] == '+' || s[j] == '-')) j++;
            if (j < n && s[j] >= '0' && s[j] <= '9') {
                while (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == '_')) j++;
                i = j;
            }
        }
    }
    return fp_parse(s, i, out) ? i : 0;
}

/* complex(str): "[(] [real] [+-imag j] [)]" with surrounding blanks. */
static mp_obj_t complex_from_str(mp_obj_t str) {
    size_t n;
    const char *s = mp_str_data(str, &n);
    /* Underscores only between digits (CPython's check, before parsing). */
    for (size_t j = 0; j < n; j++) {
        bool digit_before = j > 0 && s[j - 1] >= '0' && s[j - 1] <= '9';
        bool digit_after = j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9';
        if (s[j] == '_' && (!digit_before || !digit_after))
            return mp_raise_fmt(&mp_type_ValueError, "could not convert string to complex: %R", str);
    }
    size_t i = 0;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (i < n && is_space(s[i])) i++;
    if (i < n && s[i] == '(') {
        bracket = true;
        i++;
        while (i < n && is_space(s[i])) i++;
    }
    size_t k = scan_float(s + i, n - i, &z);
    if (k > 0) {
        i += k;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = z;
            k = scan_float(s + i, n - i, &y);
            if (k > 0)
                i += k;
            else
                y = s[i++] == '+' ? 1.0 : -1.0;
            if (i >= n || (s[i] != 'j' && s[i] != 'J')) goto malformed;
            i++;
        } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (i < n && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
        if (i >= n || (s[i] != 'j' && s[i] != 'J')) goto malformed;
        i++;
    }
    while (i < n && is_space(s[i])) i++;
    if (bracket) {
        if (i >= n || s[i] != ')') goto malformed;
        i++;
        while (i < n && is_space(s[i])) i++;
    }
    if (i != n) goto malformed;
    return mp_complex_new(x, y);
malformed:
    return mp_raise_msg(&mp_type_ValueError, "complex() arg is a malformed string");
}

/* The result of o.__complex__() for a user object that defines it, or
 * SENTINEL when it does not. */
static mp_obj_t try_dunder_complex(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    if (!(t->flags & MP_TYPE_FLAG_USER)) return MP_OBJ_SENTINEL;
    mp_obj_t name = mp_str_from_cstr("__complex__");
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t f = mp_class_attr(t, name);
    if (f == MP_OBJ_NULL || f == MP_OBJ_SENTINEL) return f;
    mp_obj_t r = mp_call(f, 1, &o, NULL);
    if (r == MP_OBJ_NULL) return r;
    if (mp_type_of(r) != &mp_type_complex)
        return mp_raise_fmt(&mp_type_TypeError, "__complex__ returned non-complex (type %s)", mp_type_of(r)->name);
    return r;
}

/* One argument of complex() as parts: *is_complex tells whether it was one. */
static bool ctor_arg(mp_obj_t o, bool first, double *re, double *im, bool *is_complex) {
    *is_complex = false;
    *im = 0.0;
    if (mp_complex_parts(o, re, im)) {
        mp_obj_t v = mp_instance_native(o) != MP_OBJ_NULL ? mp_instance_native(o) : o;
        *is_complex = mp_type_of(v) == &mp_type_complex;
        return true;
    }
    if (mp_state.exc) return false;
    const mp_type_t *t = mp_type_of(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t f = mp_str_from_cstr("__float__"), x = mp_str_from_cstr("__index__");
        if (f == MP_OBJ_NULL || x == MP_OBJ_NULL) return false;
        mp_obj_t d = MP_OBJ_SENTINEL;
        if (mp_class_attr(t, f) != MP_OBJ_SENTINEL)
            d = mp_call((mp_obj_t)&mp_type_float, 1, &o, NULL);
        else if (mp_class_attr(t, x) != MP_OBJ_SENTINEL)
            d = mp_index(o);
        if (d != MP_OBJ_SENTINEL) return d != MP_OBJ_NULL && mp_obj_to_double(d, re);
    }
    if (first)
        mp_raise_fmt(&mp_type_TypeError, "complex() first argument must be a string or a number, not '%s'", t->name);
    else
        mp_raise_fmt(&mp_type_TypeError, "complex() second argument must be a number, not '%s'", t->name);
    return false;
}

static mp_obj_t complex_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    if (n > 2) return mp_raise_fmt(&mp_type_TypeError, "complex() takes at most 2 arguments (%d given)", (int)n);
    mp_obj_t r = n > 0 ? args[0] : MP_OBJ_SENTINEL, i = n > 1 ? args[1] : MP_OBJ_SENTINEL;
    if (kw != NULL && kw->used > 0) {
        static const char *const names[] = { "real", "imag" };
        mp_obj_t *slots[] = { &r, &i };
        for (size_t j = 0; j < kw->filled; j++) {
            mp_obj_t key = kw->entries[j].key;
            if (key == MP_OBJ_NULL) continue;
            size_t kl;
            const char *ks = mp_str_data(key, &kl);
            size_t which = 2;
            for (size_t m = 0; m < 2; m++)
                if (kl == 4 && __builtin_memcmp(ks, names[m], 4) == 0) which = m;
            if (which == 2)
                return mp_raise_fmt(&mp_type_TypeError, "'%S' is an invalid keyword argument for complex()", key);
            if (n > which)
                return mp_raise_fmt(&mp_type_TypeError, "argument for complex() given by name ('%s') and position (%d)",
                    names[which], (int)which + 1);
            *slots[which] = kw->entries[j].value;
        }
    }
    if (r == MP_OBJ_SENTINEL) r = mp_small_int(0);
    if (mp_type_of(r) == &mp_type_str) {
        if (i != MP_OBJ_SENTINEL)
            return mp_raise_msg(&mp_type_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(r);
    }
    if (i != MP_OBJ_SENTINEL && mp_type_of(i) == &mp_type_str)
        return mp_raise_msg(&mp_type_TypeError, "complex() second arg can't be a string");
    mp_obj_t special = try_dunder_complex(r);
    if (special == MP_OBJ_NULL) return special;
    if (special != MP_OBJ_SENTINEL) r = special;
    if (mp_type_of(r) == &mp_type_complex && i == MP_OBJ_SENTINEL) return r;
    double crr, cri, cir = 0.0, cii = 0.0;
    bool r_complex, i_complex = false;
    if (!ctor_arg(r, true, &crr, &cri, &r_complex)) return MP_OBJ_NULL;
    if (i == MP_OBJ_SENTINEL)
        cir = cri;
    else if (!ctor_arg(i, false, &cir, &cii, &i_complex))
        return MP_OBJ_NULL;
    if (i_complex) crr -= cii;
    if (r_complex && i != MP_OBJ_SENTINEL) cir += cri;
    return mp_complex_new(crr, cir);
}

const mp_type_t mp_type_complex = { .base = { &mp_type_type },
    .name = "complex",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary,
    .binary_op = complex_binary,
    .attr = complex_attr,
    .methods = complex_methods };
