/* generator: a bytecode or native function whose code yields. Its frame
 * lives on the heap so it outlives each resumption; the interpreter
 * (vm.c) or the function's native code runs it. send, throw, close, and
 * one step of `yield from`, which the VM and native generators share. */
#include "mpy/native.h"

typedef struct mp_gen {
    mp_obj_base_t base;
    mp_frame_t frame;
    uint8_t state; /* 0 new, 1 suspended, 2 running, 3 finished */
    mp_obj_t ret; /* the value of `return`, until next() reports it */
} mp_gen_t;

mp_obj_t mp_gen_new(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_gen_t *g = mp_alloc(sizeof *g);
    if (g == NULL) return MP_OBJ_NULL;
    g->base.type = &mp_type_gen;
    g->frame.slots = mp_alloc(mp_frame_words(fun->code) * sizeof(mp_obj_t));
    if (g->frame.slots == NULL) return MP_OBJ_NULL;
    if (!mp_frame_setup(&g->frame, fun, n, args, kw, NULL)) return MP_OBJ_NULL;
    return (mp_obj_t)g;
}

/* Resumes a generator. Returns the yielded value, SENTINEL when it
 * returned (its value in *ret), or NULL with an exception pending. */
static mp_obj_t gen_resume(mp_obj_t self, mp_obj_t send, mp_obj_t throw_exc, mp_obj_t *ret) {
    mp_gen_t *g = (mp_gen_t *)self;
    if (g->state == 2) return mp_raise_msg(&mp_type_ValueError, "generator already executing");
    if (g->state == 3) {
        if (throw_exc != MP_OBJ_NULL) return mp_raise(throw_exc);
        *ret = MP_NONE;
        return MP_OBJ_SENTINEL;
    }
    if (g->state == 0) {
        if (send != MP_NONE && send != MP_OBJ_NULL && throw_exc == MP_OBJ_NULL)
            return mp_raise_msg(&mp_type_TypeError, "can't send non-None value to a just-started generator");
        if (throw_exc != MP_OBJ_NULL) {
            g->state = 3;
            return mp_raise(throw_exc);
        }
    } else if (throw_exc == MP_OBJ_NULL && g->frame.fun->code->native == NULL) {
        *++g->frame.sp = send == MP_OBJ_NULL ? MP_NONE : send;
    }
    g->state = 2;
    bool yielded;
    mp_dict_t *outer = mp_state.globals;
    mp_state.globals = g->frame.fun->globals;
    mp_obj_t r = mp_frame_execute(&g->frame, send == MP_OBJ_NULL ? MP_NONE : send, throw_exc, &yielded);
    mp_state.globals = outer;
    if (yielded) {
        g->state = 1;
        return r;
    }
    g->state = 3;
    if (r == MP_OBJ_NULL) {
        /* A StopIteration escaping a generator becomes RuntimeError (PEP 479). */
        if (mp_is_instance_of_type(mp_state.exc, &mp_type_StopIteration)) {
            mp_state.exc = MP_OBJ_NULL;
            return mp_raise_msg(&mp_type_RuntimeError, "generator raised StopIteration");
        }
        return r;
    }
    *ret = r;
    return MP_OBJ_SENTINEL;
}

/* One step of `yield from`: sends `sent` to the iterator (or throws
 * `throw_exc` into it). Returns the value it yields, SENTINEL when it is
 * exhausted (its return value in *ret), or NULL on error. Shared by the VM
 * and native generators. */
/* The result of a call that ends a delegation step: a value to yield, or
 * SENTINEL with *ret when the iterator stopped with StopIteration. */
static mp_obj_t step_result(mp_obj_t r, mp_obj_t *ret) {
    if (r == MP_OBJ_NULL && mp_is_instance_of_type(mp_state.exc, &mp_type_StopIteration)) {
        const mp_tuple_t *ea = (const mp_tuple_t *)((mp_exception_t *)mp_state.exc)->args;
        *ret = ea->len ? ea->items[0] : MP_NONE;
        mp_state.exc = MP_OBJ_NULL;
        return MP_OBJ_SENTINEL;
    }
    return r;
}

/* An exception thrown into a frame delegating to an iterator that is not a
 * generator (CPython and MicroPython): GeneratorExit calls its close(), if
 * it has one, and is raised here; another exception goes to its throw(),
 * if it has one; otherwise it is raised here. */
static mp_obj_t delegate_throw(mp_obj_t iter, mp_obj_t exc, mp_obj_t *ret) {
    bool closing = mp_is_instance_of_type(exc, &mp_type_GeneratorExit);
    mp_obj_t name = mp_str_from_cstr(closing ? "close" : "throw"), self;
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t found = mp_class_attr(mp_type_of(iter), name);
    if (found == MP_OBJ_NULL) return found;
    if (found == MP_OBJ_SENTINEL) return mp_raise(exc);
    mp_obj_t m = mp_load_method(iter, name, &self);
    if (m == MP_OBJ_NULL) return m;
    mp_obj_t args[2] = { self, exc };
    size_t n = (self ? 1 : 0) + (closing ? 0 : 1);
    mp_obj_t r = mp_call(m, n, self ? args : args + 1, NULL);
    if (closing) return r == MP_OBJ_NULL ? r : mp_raise(exc);
    return step_result(r, ret);
}

mp_obj_t mp_op_yield_from(mp_obj_t iter, mp_obj_t sent, mp_obj_t throw_exc, mp_obj_t *ret) {
    *ret = MP_NONE;
    if (mp_type_of(iter) == &mp_type_gen) return gen_resume(iter, sent, throw_exc, ret);
    if (throw_exc != MP_OBJ_NULL) return delegate_throw(iter, throw_exc, ret);
    /* A user iterator's __next__ is called directly, so that the value of
     * the StopIteration ending it is the result (as for send). */
    bool next = sent == MP_NONE;
    if (next && !(mp_type_of(iter)->flags & MP_TYPE_FLAG_USER)) return mp_iternext(iter);
    mp_obj_t name = mp_str_from_cstr(next ? "__next__" : "send"), self;
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t send = mp_load_method(iter, name, &self);
    if (send == MP_OBJ_NULL) return send;
    mp_obj_t sargs[2] = { self, sent };
    size_t n = (self ? 1 : 0) + (next ? 0 : 1);
    return step_result(mp_call(send, n, self ? sargs : sargs + 1, NULL), ret);
}

/* iternext: a return value other than None is kept for next(), which
 * raises StopIteration(value) as CPython. */
static mp_obj_t gen_iternext(mp_obj_t self) {
    mp_obj_t ret = MP_NONE;
    mp_obj_t r = gen_resume(self, MP_NONE, MP_OBJ_NULL, &ret);
    if (r == MP_OBJ_SENTINEL) ((mp_gen_t *)self)->ret = ret;
    return r;
}

mp_obj_t mp_gen_return_value(mp_obj_t gen) {
    mp_gen_t *g = (mp_gen_t *)gen;
    mp_obj_t r = g->ret;
    g->ret = MP_NONE;
    return r == MP_OBJ_NULL ? MP_NONE : r;
}

static mp_obj_t stop_iteration(mp_obj_t value) {
    mp_obj_t e = mp_exception_new(&mp_type_StopIteration, value == MP_NONE ? 0 : 1, &value);
    return e == MP_OBJ_NULL ? e : mp_raise(e);
}

static mp_obj_t g_send(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t ret;
    mp_obj_t r = gen_resume(a[0], a[1], MP_OBJ_NULL, &ret);
    return r == MP_OBJ_SENTINEL ? stop_iteration(ret) : r;
}

static mp_obj_t g_throw(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t exc = a[1];
    if (mp_type_of(exc) == &mp_type_type) {
        exc = mp_call(exc, n > 2 ? 1 : 0, a + 2, NULL);
        if (exc == MP_OBJ_NULL) return exc;
    }
    if (!mp_is_instance_of_type(exc, &mp_type_BaseException))
        return mp_raise_msg(&mp_type_TypeError, "exceptions must derive from BaseException");
    mp_obj_t ret;
    mp_obj_t r = gen_resume(a[0], MP_NONE, exc, &ret);
    return r == MP_OBJ_SENTINEL ? stop_iteration(ret) : r;
}

static mp_obj_t g_close(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_gen_t *g = (mp_gen_t *)a[0];
    if (g->state == 0 || g->state == 3) {
        g->state = 3;
        return MP_NONE;
    }
    mp_obj_t exit = mp_exception_new(&mp_type_GeneratorExit, 0, NULL);
    if (exit == MP_OBJ_NULL) return exit;
    mp_obj_t ret;
    mp_obj_t r = gen_resume(a[0], MP_NONE, exit, &ret);
    if (r == MP_OBJ_SENTINEL) return MP_NONE;
    if (r == MP_OBJ_NULL) {
        if (mp_is_instance_of_type(mp_state.exc, &mp_type_GeneratorExit) ||
            mp_is_instance_of_type(mp_state.exc, &mp_type_StopIteration)) {
            mp_state.exc = MP_OBJ_NULL;
            return MP_NONE;
        }
        return r;
    }
    return mp_raise_msg(&mp_type_RuntimeError, "generator ignored GeneratorExit");
}

static bool gen_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, "<generator object ");
    mp_print_obj(out, (mp_obj_t)((const mp_gen_t *)self)->frame.fun->code->name, MP_PRINT_STR);
    mp_print_str(out, ">");
    return true;
}

static const mp_method_t gen_methods[] = {
    MP_METHOD("send", g_send, 2, 2),
    MP_METHOD("throw", g_throw, 2, 4),
    MP_METHOD("close", g_close, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_gen = {
    .base = { &mp_type_type }, .name = "generator", .print = gen_print, .iternext = gen_iternext, .methods = gen_methods
};
