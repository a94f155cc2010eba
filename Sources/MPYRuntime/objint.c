/* int: small ints are tagged words with inline arithmetic; results that
 * leave the small range are promoted to arbitrary precision (mpz). Division
 * and modulo floor toward negative infinity, as in Python. */
#include "mpy/runtime.h"

mp_obj_t mp_int_from_i64(int64_t v) {
    if (v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX) return mp_small_int((mp_int_t)v);
    return mp_int_big_from_i64(v);
}

bool mp_int_to_i64(mp_obj_t o, int64_t *out) {
    if (mp_is_small_int(o)) {
        *out = mp_small_int_value(o);
        return true;
    }
    if (o == MP_TRUE || o == MP_FALSE) {
        *out = o == MP_TRUE;
        return true;
    }
    return mp_int_big_to_i64(o, out);
}

static bool int_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    if (mp_is_small_int(self)) {
        mp_print_int(out, mp_small_int_value(self));
        return true;
    }
    return mp_int_big_print(out, self);
}

/* CPython's hash of an int that fits a word: v mod 2**61-1, keeping the sign. */
int64_t mp_hash_small_int(mp_int_t v) {
    const int64_t mod = ((int64_t)1 << 61) - 1;
    int64_t h = (int64_t)v;
    if (h >= mod || h <= -mod) h %= mod;
    return h == -1 ? -2 : h;
}

static mp_obj_t int_unary(int op, mp_obj_t self) {
    if (!mp_is_small_int(self)) return mp_int_big_unary(op, self);
    mp_int_t v = mp_small_int_value(self);
    switch (op) {
    case MPY_UNARY_POSITIVE: return self;
    case MPY_UNARY_NEGATIVE: return mp_int_from_i64(-(int64_t)v);
    case MPY_UNARY_INVERT: return mp_small_int(~v);
    case MP_UNARY_ABS: return v < 0 ? mp_int_from_i64(-(int64_t)v) : self;
    case MP_UNARY_BOOL: return mp_bool(v != 0);
    case MP_UNARY_HASH: return mp_hash_from_i64(mp_hash_small_int(v));
    default: return MP_OBJ_SENTINEL;
    }
}

/* Ints of this magnitude or less convert to double exactly. */
#define EXACT_DOUBLE ((mp_int_t)1 << (MP_SMALL_INT_BITS - 1 < 53 ? MP_SMALL_INT_BITS - 1 : 53))

static mp_obj_t small_binary(int op, mp_int_t a, mp_int_t b) {
    mp_int_t r;
    switch (op) {
    case MPY_BINARY_ADD:
        if (__builtin_add_overflow(a, b, &r) || !mp_small_int_fits(r)) break;
        return mp_small_int(r);
    case MPY_BINARY_SUB:
        if (__builtin_sub_overflow(a, b, &r) || !mp_small_int_fits(r)) break;
        return mp_small_int(r);
    case MPY_BINARY_MUL:
        if (__builtin_mul_overflow(a, b, &r) || !mp_small_int_fits(r)) break;
        return mp_small_int(r);
    case MPY_BINARY_FLOORDIV:
    case MPY_BINARY_MOD: {
        if (b == 0) return mp_raise_msg(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
        mp_int_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            q -= 1;
            m += b;
        }
        if (op == MPY_BINARY_MOD) return mp_small_int(m);
        if (!mp_small_int_fits(q)) break; /* MIN // -1 */
        return mp_small_int(q);
    }
    case MPY_BINARY_TRUEDIV:
        if (b == 0) return mp_raise_msg(&mp_type_ZeroDivisionError, "division by zero");
        /* Exact operands give a correctly rounded quotient directly. */
        if (a >= -EXACT_DOUBLE && a <= EXACT_DOUBLE && b >= -EXACT_DOUBLE && b <= EXACT_DOUBLE)
            return mp_float_new((double)a / (double)b);
        return mp_int_true_divide(mp_small_int(a), mp_small_int(b));
    case MPY_BINARY_POW: {
        if (b < 0) return mp_float_binary(MPY_BINARY_POW, mp_small_int(a), mp_small_int(b));
        mp_int_t base = a, result = 1, e = b;
        while (e > 0) {
            if (e & 1) {
                if (__builtin_mul_overflow(result, base, &result) || !mp_small_int_fits(result)) goto big;
            }
            e >>= 1;
            if (e > 0 && (__builtin_mul_overflow(base, base, &base))) goto big;
        }
        return mp_small_int(result);
    }
    case MPY_BINARY_LSHIFT:
        if (b < 0) return mp_raise_msg(&mp_type_ValueError, "negative shift count");
        if (b < (mp_int_t)MP_SMALL_INT_BITS - 1) {
            r = (mp_int_t)((mp_uint_t)a << b); /* unsigned: no UB on negatives */
            if ((r >> b) == a && mp_small_int_fits(r)) return mp_small_int(r);
        }
        if (a == 0) return mp_small_int(0);
        break;
    case MPY_BINARY_RSHIFT:
        if (b < 0) return mp_raise_msg(&mp_type_ValueError, "negative shift count");
        if (b >= (mp_int_t)MP_SMALL_INT_BITS) return mp_small_int(a < 0 ? -1 : 0);
        return mp_small_int(a >> b);
    case MPY_BINARY_OR: return mp_small_int(a | b);
    case MPY_BINARY_XOR: return mp_small_int(a ^ b);
    case MPY_BINARY_AND: return mp_small_int(a & b);
    default: return MP_NOT_IMPLEMENTED;
    }
big:
    return mp_int_big_binary(op, mp_small_int(a), mp_small_int(b));
}

static mp_obj_t int_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (reflected) {
        mp_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    if (op >= MP_OP_INPLACE && op < MP_OP_COMPARE) op -= MP_OP_INPLACE;
    if (rhs == MP_TRUE || rhs == MP_FALSE) rhs = mp_small_int(rhs == MP_TRUE);
    if (lhs == MP_TRUE || lhs == MP_FALSE) lhs = mp_small_int(lhs == MP_TRUE);
    const mp_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
    if (lt == &mp_type_float || rt == &mp_type_float) return mp_float_binary(op, lhs, rhs);
    if (lt != &mp_type_int || rt != &mp_type_int) {
        if (op == MP_OP_COMPARE + MPY_COMPARE_EQ || op == MP_OP_COMPARE + MPY_COMPARE_NE) return MP_NOT_IMPLEMENTED;
        if (op == MPY_BINARY_MUL && !reflected) {
            /* int * sequence: let the sequence repeat itself. */
            return MP_NOT_IMPLEMENTED;
        }
        return MP_NOT_IMPLEMENTED;
    }
    if (mp_is_small_int(lhs) && mp_is_small_int(rhs)) {
        mp_int_t a = mp_small_int_value(lhs), b = mp_small_int_value(rhs);
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
        return small_binary(op, a, b);
    }
    return mp_int_big_binary(op, lhs, rhs);
}

static mp_obj_t int_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    (void)kw;
    if (n == 0) return mp_small_int(0);
    return mp_int_from_obj(args[0], n > 1 ? args[1] : MP_OBJ_NULL);
}

const mp_type_t mp_type_int = { .base = { &mp_type_type },
    .name = "int",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = int_print,
    .unary_op = int_unary,
    .binary_op = int_binary,
    .make_new = int_make_new,
    .attr = mp_int_attr,
    .methods = mp_int_methods };
