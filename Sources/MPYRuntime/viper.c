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
    if (mp_is_small_int(o)) { *out = mp_small_int_value(o); return true; }
    if (o == MP_TRUE || o == MP_FALSE) { *out = o == MP_TRUE; return true; }
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
        if (mp_get_buffer(o, &data, &len)) { *out = (mp_int_t)(uintptr_t)data; return true; }
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

mp_obj_t mp_viper_zero_division(void) {
    return mp_raise_msg(&mp_type_ZeroDivisionError, "integer division by zero");
}

mp_obj_t mp_viper_range_zero_step(void) {
    return mp_raise_msg(&mp_type_ValueError, "range() arg 3 must not be zero");
}
