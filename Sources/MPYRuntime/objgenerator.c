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
    mp_obj_t pend; /* pend_throw()'s exception for the next resumption, or NULL */
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
    if (g->pend != MP_OBJ_NULL && g->state != 3 && throw_exc == MP_OBJ_NULL) {
        /* MicroPython's pend_throw: the next resumption raises instead. */
        throw_exc = g->pend;
        g->pend = MP_OBJ_NULL;
        if (mp_type_of(throw_exc) == &mp_type_type) {
            throw_exc = mp_call(throw_exc, 0, NULL, NULL);
            if (throw_exc == MP_OBJ_NULL) return throw_exc;
        }
        if (!mp_is_instance_of_type(throw_exc, &mp_type_BaseException)) {
            mp_obj_t msg = mp_str_from_cstr("exceptions must derive from BaseException");
            throw_exc = msg == MP_OBJ_NULL ? msg : mp_exception_new(&mp_type_TypeError, 1, &msg);
            if (throw_exc == MP_OBJ_NULL) return throw_exc;
        }
        send = MP_NONE;
    }
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

/* A call of obj.name(arg) (no argument when n is 0) on a `yield from`
 * delegate; SENTINEL when obj has no such attribute. */
static mp_obj_t delegate_call(mp_obj_t obj, const char *name, size_t n, mp_obj_t arg) {
    mp_obj_t nm = mp_str_from_cstr(name), self = MP_OBJ_NULL;
    if (nm == MP_OBJ_NULL) return nm;
    mp_obj_t m = mp_load_method(obj, nm, &self);
    if (m == MP_OBJ_NULL) {
        if (!mp_is_instance_of_type(mp_state.exc, &mp_type_AttributeError)) return m;
        mp_state.exc = MP_OBJ_NULL;
        return MP_OBJ_SENTINEL;
    }
    mp_obj_t args[2] = { self, arg };
    return self ? mp_call(m, n + 1, args, NULL) : mp_call(m, n, args + 1, NULL);
}

/* A StopIteration out of a delegate ends the `yield from`: SENTINEL, with
 * the exception's value in *ret. */
static mp_obj_t delegate_result(mp_obj_t r, mp_obj_t *ret) {
    if (r == MP_OBJ_NULL && mp_is_instance_of_type(mp_state.exc, &mp_type_StopIteration)) {
        const mp_tuple_t *ea = (const mp_tuple_t *)((mp_exception_t *)mp_state.exc)->args;
        *ret = ea->len ? ea->items[0] : MP_NONE;
        mp_state.exc = MP_OBJ_NULL;
        return MP_OBJ_SENTINEL;
    }
    return r;
}

static mp_obj_t gen_close(mp_obj_t self);

/* One step of `yield from`: sends `sent` to the iterator (or throws
 * `throw_exc` into it). Returns the value it yields, SENTINEL when it is
 * exhausted (its return value in *ret), or NULL on error. Shared by the VM
 * and native generators. As CPython, a GeneratorExit closes the delegate
 * and then is raised here; other exceptions go to the delegate's throw()
 * when it has one; a duck-typed delegate gets send() only for non-None. */
mp_obj_t mp_op_yield_from(mp_obj_t iter, mp_obj_t sent, mp_obj_t throw_exc, mp_obj_t *ret) {
    *ret = MP_NONE;
    bool gen = mp_type_of(iter) == &mp_type_gen;
    if (throw_exc != MP_OBJ_NULL) {
        if (mp_is_instance_of_type(throw_exc, &mp_type_GeneratorExit)) {
            mp_obj_t r = gen ? gen_close(iter) : delegate_call(iter, "close", 0, MP_OBJ_NULL);
            return r == MP_OBJ_NULL ? r : mp_raise(throw_exc);
        }
        if (gen) return gen_resume(iter, MP_NONE, throw_exc, ret);
        mp_obj_t r = delegate_call(iter, "throw", 1, throw_exc);
        return r == MP_OBJ_SENTINEL ? mp_raise(throw_exc) : delegate_result(r, ret);
    }
    if (gen) return gen_resume(iter, sent, MP_OBJ_NULL, ret);
    if (sent == MP_NONE) {
        /* A class's __next__ may end with StopIteration(value). */
        if (mp_type_of(iter)->flags & MP_TYPE_FLAG_USER) {
            mp_obj_t r = delegate_call(iter, "__next__", 0, MP_OBJ_NULL);
            if (r != MP_OBJ_SENTINEL) return delegate_result(r, ret);
        }
        return mp_iternext(iter);
    }
    mp_obj_t r = delegate_call(iter, "send", 1, sent);
    if (r == MP_OBJ_SENTINEL)
        return mp_raise_fmt(&mp_type_AttributeError, "'%s' object has no attribute 'send'", mp_type_of(iter)->name);
    return delegate_result(r, ret);
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

/* throw(exc), throw(type[, value[, tb]]): a type is instantiated with
 * the value (kept when it is already an instance, as CPython). */
static mp_obj_t g_throw(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t exc = a[1];
    if (mp_type_of(exc) == &mp_type_type) {
        mp_obj_t v = n > 2 ? a[2] : MP_NONE;
        if (v != MP_NONE && mp_is_instance_of_type(v, (const mp_type_t *)exc)) {
            exc = v;
        } else if (mp_type_of(v) == &mp_type_tuple) {
            const mp_tuple_t *t = (const mp_tuple_t *)v;
            exc = mp_call(exc, t->len, t->items, NULL);
        } else {
            exc = mp_call(exc, v == MP_NONE ? 0 : 1, &v, NULL);
        }
        if (exc == MP_OBJ_NULL) return exc;
    } else if (n > 2 && a[2] != MP_NONE && mp_is_instance_of_type(exc, &mp_type_BaseException)) {
        return mp_raise_msg(&mp_type_TypeError, "instance exception may not have a separate value");
    }
    if (!mp_is_instance_of_type(exc, &mp_type_BaseException))
        return mp_raise_msg(&mp_type_TypeError, "exceptions must derive from BaseException");
    mp_obj_t ret;
    mp_obj_t r = gen_resume(a[0], MP_NONE, exc, &ret);
    return r == MP_OBJ_SENTINEL ? stop_iteration(ret) : r;
}

/* close(): GeneratorExit at the suspension point; a generator that yields
 * again ignored it (RuntimeError). */
static mp_obj_t gen_close(mp_obj_t self) {
    mp_gen_t *g = (mp_gen_t *)self;
    if (g->state == 0 || g->state == 3) {
        g->state = 3;
        return MP_NONE;
    }
    mp_obj_t exit = mp_exception_new(&mp_type_GeneratorExit, 0, NULL);
    if (exit == MP_OBJ_NULL) return exit;
    mp_obj_t ret;
    mp_obj_t r = gen_resume(self, MP_NONE, exit, &ret);
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

static mp_obj_t g_next(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t ret;
    mp_obj_t r = gen_resume(a[0], MP_NONE, MP_OBJ_NULL, &ret);
    return r == MP_OBJ_SENTINEL ? stop_iteration(ret) : r;
}

/* pend_throw(exc) (MicroPython): exc is raised at the next resumption
 * (None cancels); returns the one pending before, or None. */
static mp_obj_t g_pend_throw(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_gen_t *g = (mp_gen_t *)a[0];
    if (g->state == 2) return mp_raise_msg(&mp_type_ValueError, "generator already executing");
    mp_obj_t prev = g->pend == MP_OBJ_NULL ? MP_NONE : g->pend;
    g->pend = a[1] == MP_NONE ? MP_OBJ_NULL : a[1];
    return prev;
}

static mp_obj_t g_close(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return gen_close(a[0]);
}

static bool gen_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, "<generator object '");
    if (!mp_print_obj(out, (mp_obj_t)((const mp_gen_t *)self)->frame.fun->code->name, MP_PRINT_STR)) return false;
    mp_print_str(out, "'");
    mp_print_at(out, self);
    mp_print_str(out, ">");
    return true;
}

/* __name__: the generator function's name (CPython; MicroPython has none). */
static mp_obj_t gen_attr(mp_obj_t self, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 8 && __builtin_memcmp(s, "__name__", 8) == 0)
        return (mp_obj_t)((const mp_gen_t *)self)->frame.fun->code->name;
    return MP_OBJ_SENTINEL;
}

static const mp_method_t gen_methods[] = {
    MP_METHOD("send", g_send, 2, 2),
    MP_METHOD("throw", g_throw, 2, 4),
    MP_METHOD("close", g_close, 1, 1),
    MP_METHOD("__next__", g_next, 1, 1),
    MP_METHOD("pend_throw", g_pend_throw, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_gen = { .base = { &mp_type_type },
    .name = "generator",
    .print = gen_print,
    .attr = gen_attr,
    .iternext = gen_iternext,
    .methods = gen_methods };
