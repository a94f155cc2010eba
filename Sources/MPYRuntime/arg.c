/* Argument conversion for built-in functions and methods (arg.h): the one
 * place that turns argument objects into C ints, indices and strings, with
 * CPython's type and range errors. */
#include "mpy/mpz.h"
#include "mpy/runtime.h"

static bool not_an_int(mp_obj_t o) {
    mp_raise_fmt(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(o)->name);
    return false;
}

/* o as an int object (bool and __index__ converted); NULL + exception. */
static mp_obj_t as_int(mp_obj_t o) {
    if (mp_is_small_int(o)) return o;
    mp_obj_t i = mp_index_opt(o);
    if (i == MP_OBJ_NULL) return i;
    if (i == MP_OBJ_SENTINEL) {
        not_an_int(o);
        return MP_OBJ_NULL;
    }
    return i;
}

bool mp_arg_i64(mp_obj_t o, int64_t *out) {
    if (mp_is_small_int(o)) {
        *out = mp_small_int_value(o);
        return true;
    }
    mp_obj_t i = as_int(o);
    if (i == MP_OBJ_NULL) return false;
    if (mp_int_to_i64(i, out)) return true;
    mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

bool mp_arg_int(mp_obj_t o, mp_int_t *out) {
    int64_t v;
    if (!mp_arg_i64(o, &v)) return false;
    if (v < INTPTR_MIN || v > INTPTR_MAX) {
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = (mp_int_t)v;
    return true;
}

bool mp_arg_ssize(mp_obj_t o, mp_int_t *out) {
    int64_t v;
    if (!mp_arg_i64(o, &v)) return false;
    *out = v < INTPTR_MIN ? INTPTR_MIN : v > INTPTR_MAX ? INTPTR_MAX : (mp_int_t)v;
    return true;
}

bool mp_arg_int_range(mp_obj_t o, int64_t lo, int64_t hi, const char *msg, int64_t *out) {
    mp_obj_t i = as_int(o);
    if (i == MP_OBJ_NULL) return false;
    if (!mp_int_to_i64(i, out) || *out < lo || *out > hi) {
        mp_raise_msg(&mp_type_OverflowError, msg);
        return false;
    }
    return true;
}

bool mp_arg_index(mp_obj_t index, size_t len, size_t *out, const char *type, const char *what) {
    int64_t i;
    if (mp_is_small_int(index)) {
        i = mp_small_int_value(index);
    } else {
        mp_obj_t v = mp_index_opt(index);
        if (v == MP_OBJ_NULL) return false;
        if (v == MP_OBJ_SENTINEL) {
            mp_raise_fmt(
                &mp_type_TypeError, "%s indices must be integers or slices, not %s", type, mp_type_of(index)->name);
            return false;
        }
        if (!mp_int_to_i64(v, &i)) {
            mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
            return false;
        }
    }
    if (i < 0) i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        mp_raise_fmt(&mp_type_IndexError, "%s index out of range", what);
        return false;
    }
    *out = (size_t)i;
    return true;
}

bool mp_arg_slice_pos(mp_obj_t o, size_t len, bool none_ok, size_t dflt, size_t *out) {
    if (o == MP_NONE && none_ok) {
        *out = dflt;
        return true;
    }
    int64_t i;
    if (mp_is_small_int(o)) {
        i = mp_small_int_value(o);
    } else {
        mp_obj_t v = mp_index_opt(o);
        if (v == MP_OBJ_NULL) return false;
        if (v == MP_OBJ_SENTINEL) {
            mp_raise_msg(&mp_type_TypeError,
                none_ok ? "slice indices must be integers or None or have an __index__ method"
                        : "slice indices must be integers or have an __index__ method");
            return false;
        }
        if (!mp_int_to_i64(v, &i)) {
            const mpz_t *z = mp_int_mpz(v);
            if (z == NULL) {
                mp_raise(mp_state.memory_error);
                return false;
            }
            i = z->neg ? INT64_MIN : INT64_MAX;
        }
    }
    if (i < 0) {
        i += (int64_t)len;
        if (i < 0) i = 0;
    }
    *out = (uint64_t)i > len ? len : (size_t)i;
    return true;
}

int mp_arg_repeat(mp_obj_t count, size_t len, size_t item_size, const char *too_long, size_t *out) {
    int64_t n;
    if (mp_is_small_int(count)) {
        n = mp_small_int_value(count);
    } else {
        mp_obj_t v = mp_index_opt(count);
        if (v == MP_OBJ_NULL) return -1;
        if (v == MP_OBJ_SENTINEL) return 0;
        if (!mp_int_to_i64(v, &n)) {
            mp_raise_msg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    }
    if (n <= 0 || len == 0) {
        *out = 0;
        return 1;
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / len) {
        if (too_long)
            mp_raise_msg(&mp_type_OverflowError, too_long);
        else
            mp_raise(mp_state.memory_error);
        return -1;
    }
    if ((uint64_t)n > (SIZE_MAX / 2) / len / item_size) {
        mp_raise(mp_state.memory_error);
        return -1;
    }
    *out = (size_t)n;
    return 1;
}

bool mp_arg_str(mp_obj_t o, const char *what, const char **data, size_t *len) {
    if (mp_type_of(o) != &mp_type_str) {
        mp_obj_t native = mp_instance_native(o);
        if (native == MP_OBJ_NULL || mp_type_of(native) != &mp_type_str) {
            mp_raise_fmt(&mp_type_TypeError, "%s must be str, not %s", what, mp_type_of(o)->name);
            return false;
        }
        o = native;
    }
    *data = mp_str_data(o, len);
    return true;
}
