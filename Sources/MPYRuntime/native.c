/* Runtime helpers that only native code calls: the pieces of the
 * interpreter's error path that machine code shares (traceback lines,
 * taking the exception into a handler) and the errors it raises inline
 * checks for. Everything else native code calls is the ordinary runtime
 * ABI (runtime.h) or an operation shared with the VM (ops.c). */
#include "mpy/native.h"

/* An exception leaves an instruction on `line`: record the frame in the
 * traceback, unless it is being re-raised from this frame. */
void mp_native_traceback(const mpy_code *code, int line) {
    mp_exception_t *e = (mp_exception_t *)mp_state.exc;
    if (!e->traceback_frozen) mp_traceback_add((mp_obj_t)code->file, line, (mp_obj_t)code->name);
    e->traceback_frozen = false;
}

mp_obj_t mp_native_catch(void) {
    mp_obj_t e = mp_state.exc;
    mp_state.exc = MP_OBJ_NULL;
    return e;
}

mp_obj_t mp_native_unbound_local(void) {
    return mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
}

mp_obj_t mp_native_unbound_free(void) {
    return mp_raise_msg(&mp_type_NameError, "free variable referenced before assignment");
}
