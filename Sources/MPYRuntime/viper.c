/* What viper code (typed machine words, `@micropython.viper`) needs from the
 * runtime at the boundary with object code: boxing a machine int, uint or
 * pointer as a Python int, converting an object to a machine word (an int
 * truncated to the word, as MicroPython's viper does; a truth value; a
 * buffer's address; what int(x) gives), and the errors machine
 * arithmetic and range loops raise. */
#include "mpy/runtime.h"
#include "mpy/mpz.h"
#include "mpy/native.h"

mp_obj_t mp_viper_box_int(mp_int_t v) { return mp_int_from_i64((int64_t)v); }

mp_obj_t mp_viper_box_uint(mp_uint_t v) {
    if (v <= (mp_uint_t)MP_SMALL_INT_MAX) return mp_small_int((mp_int_t)v);
    return mp_int_from_mpz(mpz_from_u64((uint64_t)v));
}

/* Kinds of conversion, as the emitter numbers them (ViperType.unboxKind). */
enum { VIPER_TO_INT = 0, VIPER_TO_BOOL = 1, VIPER_TO_PTR = 2, VIPER_INT_CALL = 3 };

/* An int (or bool) as a machine word: its low bits in two's complement. */
static bool int_word(mp_obj_t o, mp_int_t *out) {
    if (mp_is_small_int(o)) {
        *out = mp_small_int_value(o);
        return true;
    }
    if (o == MP_TRUE || o == MP_FALSE) {
        *out = o == MP_TRUE;
        return true;
    }
    if (mp_type_of(o) != &mp_type_int) return false;
    const struct mpz *z = mp_int_mpz(o);
    if (z == NULL) return false;
    *out = (mp_int_t)(mp_uint_t)mpz_low_u64(z);
    return true;
}

bool mp_viper_unbox(mp_obj_t o, int32_t kind, mp_int_t *out) {
    switch (kind) {
    case VIPER_INT_CALL: {
        /* int(x) / uint(x) of an object in viper code: what int(x) gives
         * (a str parsed, a float truncated), then as a word. */
        mp_obj_t r = mp_int_from_obj(o, MP_OBJ_NULL);
        return r != MP_OBJ_NULL && int_word(r, out);
    }
    case VIPER_TO_BOOL: {
        int t = mp_truth(o);
        if (t < 0) return false;
        *out = t;
        return true;
    }
    case VIPER_TO_PTR: {
        const uint8_t *data;
        size_t len;
        if (mp_get_buffer(o, &data, &len)) {
            *out = (mp_int_t)(uintptr_t)data;
            return true;
        }
        if (int_word(o, out)) return true;
        mp_raise_fmt(&mp_type_TypeError, "can't convert '%s' object to a pointer", mp_type_of(o)->name);
        return false;
    }
    default:
        if (int_word(o, out)) return true;
        if (mp_state.exc) return false;
        mp_raise_fmt(&mp_type_TypeError, "can't convert '%s' object to int", mp_type_of(o)->name);
        return false;
    }
}

mp_obj_t mp_viper_zero_division(void) { return mp_raise_msg(&mp_type_ZeroDivisionError, "integer division by zero"); }

mp_obj_t mp_viper_range_zero_step(void) { return mp_raise_msg(&mp_type_ValueError, "range() arg 3 must not be zero"); }

/* Floats in viper code are unboxed binary64. */
bool mp_viper_unbox_float(mp_obj_t o, int32_t kind, double *out) {
    if (kind == VIPER_INT_CALL) {
        /* float(x) in the code: what float(x) gives (a str parsed). */
        mp_obj_t r = mp_call((mp_obj_t)&mp_type_float, 1, &o, NULL);
        return r != MP_OBJ_NULL && mp_obj_to_double(r, out);
    }
    return mp_obj_to_double(o, out);
}

/* int(x) of a float in viper code: toward zero, then the word's low bits;
 * nan and infinities raise as int(x) does. */
bool mp_viper_float_to_int(double d, mp_int_t *out) {
    if (d != d) {
        mp_raise_msg(&mp_type_ValueError, "cannot convert float NaN to integer");
        return false;
    }
    if (d > 1.7976931348623157e308 || d < -1.7976931348623157e308) {
        mp_raise_msg(&mp_type_OverflowError, "cannot convert float infinity to integer");
        return false;
    }
    if (d > -9.2e18 && d < 9.2e18) {
        *out = (mp_int_t)(int64_t)d;
        return true;
    }
    mp_obj_t big = mp_int_from_mpz(mpz_from_double(d));
    return big != MP_OBJ_NULL && int_word(big, out);
}

mp_obj_t mp_viper_float_zero_division(void) {
    return mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
}
