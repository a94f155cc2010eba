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
        mp_state.exc = MP_OBJ_NULL; /* out of memory: no chaining for this one */
    return e;
}

/* Control reaches the block at `offset`: handlers whose code it leaves end. */
void mp_native_enter_block(mp_frame_t *f, uint32_t offset) { mp_handling_trim(&f->handling, offset); }

mp_obj_t mp_native_unbound_local(void) {
    return mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
}

mp_obj_t mp_native_unbound_free(void) {
    return mp_raise_msg(&mp_type_NameError, "free variable referenced before assignment");
}

/* LOAD_GLOBAL with a per-site cache. The cache remembers which entry of the
 * globals or builtins dict holds the name; entries keep their place while a
 * dict's version is unchanged, and a rebinding replaces the entry's value in
 * place, so the value is read from the entry every time. */
mp_obj_t mp_native_load_global(mp_dict_t *globals, mp_obj_t name, mp_global_cache_t *c) {
    mp_dict_t *builtins = mp_state.builtins;
    if (c->globals == globals && c->version == globals->version) {
        mp_uint_t i = c->entry >> 1;
        if ((c->entry & 1) == 0) return globals->entries[i].value;
        if (c->builtins_version == builtins->version) return builtins->entries[i].value;
    }
    long i = mp_dict_index(globals, name);
    if (i == -2) return MP_OBJ_NULL;
    if (i >= 0) {
        c->entry = (mp_uint_t)i << 1;
    } else {
        i = mp_dict_index(builtins, name);
        if (i == -2) return MP_OBJ_NULL;
        if (i < 0) return mp_load_global(globals, name); /* raises NameError */
        c->entry = (mp_uint_t)i << 1 | 1;
        c->builtins_version = builtins->version;
    }
    c->globals = globals;
    c->version = globals->version;
    return (c->entry & 1 ? builtins : globals)->entries[i].value;
}

/* A store of a global whose cache does not hold its globals entry: the
 * store, then the entry it went into. */
bool mp_store_global_slow(mp_dict_t *globals, mp_obj_t name, mp_obj_t value, mp_global_cache_t *c) {
    if (!mp_dict_set(globals, name, value)) return false;
    long i = mp_dict_index(globals, name);
    if (i < 0) {
        mp_state.exc = MP_OBJ_NULL; /* only an unhashable key fails, and a name is a str */
        return true;
    }
    c->globals = globals;
    c->version = globals->version;
    c->entry = (mp_uint_t)i << 1;
    return true;
}

/* A direct call from native code to a native function of the same module
 * (same globals): the caller fills `f` (fun, slots = the arguments) and
 * calls the callee's entry between these two. Enter fails (RecursionError)
 * when the C stack budget is spent. */
bool mp_native_enter_frame(mp_frame_t *f) {
    if (!mp_stack_check()) return false;
    f->handling = NULL;
    f->back = mp_state.frame;
    mp_state.frame = f;
    return true;
}

void mp_native_leave_frame(mp_frame_t *f) { mp_state.frame = f->back; }
