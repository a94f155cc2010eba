/* `await x` (GET_AWAITABLE): what the coroutine delegates to with YIELD_FROM.
 * Coroutines are generators, as in MicroPython, so awaiting one delegates
 * to it directly; an object whose class defines __await__ delegates to
 * what that returns (CPython's protocol); anything else to its iterator
 * (MicroPython's, which awaits any iterable). */
#include "mpy/native.h"

mp_obj_t mp_op_get_awaitable(mp_obj_t obj) {
    const mp_type_t *t = mp_type_of(obj);
    if (t == &mp_type_gen) return obj;
    mp_obj_t name = mp_str_from_cstr("__await__");
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t m = mp_class_attr(t, name);
    if (m == MP_OBJ_NULL) return m;
    if (m == MP_OBJ_SENTINEL) return mp_getiter(obj); /* TypeError if not iterable, as MicroPython */
    mp_obj_t self;
    mp_obj_t f = mp_load_method(obj, name, &self);
    if (f == MP_OBJ_NULL) return f;
    mp_obj_t r = mp_call(f, self ? 1 : 0, self ? &self : NULL, NULL);
    if (r == MP_OBJ_NULL) return r;
    return mp_getiter(r);
}
