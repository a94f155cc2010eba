/* Runtime helpers that only native code calls: the pieces of the
 * interpreter's error path that machine code shares (traceback lines,
 * taking the exception into a handler) and the errors it raises inline
 * checks for. Everything else native code calls is the ordinary runtime
 * ABI (runtime.h) or an operation shared with the VM (ops.c). */
#include "mpy/native.h"

/* The exception being handled where a new one is raised: the innermost
 * handler of the running frame or, failing that, of its callers. */
mp_obj_t mp_frame_handled_exception(const mp_frame_t *f) {
    for (; f != NULL; f = f->back)
        if (f->handling != NULL) return f->handling->exc;
    return MP_OBJ_NULL;
}

/* An exception leaves an instruction on `line` of frame f, as the
 * interpreter's error path: a new exception gets the handled one as its
 * __context__, and the frame goes into the traceback unless the exception
 * is being re-raised from it. */
void mp_native_traceback(mp_frame_t *f, int line) {
    const mpy_code *code = f->fun->code;
    mp_exception_t *e = (mp_exception_t *)mp_state.exc;
    if (e->traceback == MP_OBJ_NULL) mp_exception_set_context(mp_state.exc, mp_frame_handled_exception(f));
    if (!e->traceback_frozen) mp_traceback_add((mp_obj_t)code->file, line, (mp_obj_t)code->name);
    e->traceback_frozen = false;
}

/* The handler whose code is [handler, end) takes the pending exception;
 * the frame is handling it while it runs that code. */
mp_obj_t mp_native_catch(mp_frame_t *f, uint32_t handler, uint32_t end) {
    mp_obj_t e = mp_state.exc;
    mp_state.exc = MP_OBJ_NULL;
    mp_handling_trim(&f->handling, handler);
    if (!mp_handling_push(&f->handling, e, handler, end))
        mp_state.exc = MP_OBJ_NULL;  /* out of memory: no chaining for this one */
    return e;
}

/* Control reaches the block at `offset`: handlers whose code it leaves end. */
void mp_native_enter_block(mp_frame_t *f, uint32_t offset) {
    mp_handling_trim(&f->handling, offset);
}

mp_obj_t mp_native_unbound_local(void) {
    return mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
}

mp_obj_t mp_native_unbound_free(void) {
    return mp_raise_msg(&mp_type_NameError, "free variable referenced before assignment");
}
