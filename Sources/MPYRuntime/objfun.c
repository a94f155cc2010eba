/* Functions: bytecode functions (their code object, globals, defaults and
 * closure; native code is entered through them too) and built-in
 * functions implemented in C. */
#include "mpy/runtime.h"

/* ---- bytecode functions ---- */

mp_obj_t mp_make_function(
    const struct mpy_code *code, mp_dict_t *globals, mp_obj_t defaults, mp_obj_t kwdefaults, mp_obj_t closure) {
    mp_fun_bc_t *f = mp_alloc(sizeof *f);
    if (f == NULL) return MP_OBJ_NULL;
    f->base.type = &mp_type_fun_bc;
    f->code = code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    return (mp_obj_t)f;
}

static mp_obj_t fun_bc_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    if (kw == NULL) return mp_call_fun_bc((const mp_fun_bc_t *)self, n, args);
    return mp_execute_bytecode((const mp_fun_bc_t *)self, n, args, kw);
}

static bool fun_bc_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_fun_bc_t *f = (const mp_fun_bc_t *)self;
    mp_print_str(out, "<function ");
    mp_print_obj(out, (mp_obj_t)f->code->name, MP_PRINT_STR);
    mp_print_str(out, ">");
    return true;
}

static mp_obj_t fun_bc_attr(mp_obj_t self, mp_obj_t name) {
    const mp_fun_bc_t *f = (const mp_fun_bc_t *)self;
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 8 && __builtin_memcmp(s, "__name__", 8) == 0) return (mp_obj_t)f->code->name;
    if (n == 11 && __builtin_memcmp(s, "__globals__", 11) == 0) return (mp_obj_t)f->globals;
    return MP_OBJ_SENTINEL;
}

const mp_type_t mp_type_fun_bc = {
    .base = { &mp_type_type }, .name = "function", .call = fun_bc_call, .print = fun_bc_print, .attr = fun_bc_attr
};

/* ---- built-in functions ---- */

static mp_obj_t builtin_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mp_builtin_t *b = (const mp_builtin_t *)self;
    if (kw && kw->used > 0 && !(b->flags & MP_BUILTIN_KW))
        return mp_raise_fmt(&mp_type_TypeError, "%s() takes no keyword arguments", b->name);
    if ((int)n < b->min_args || (b->max_args >= 0 && (int)n > b->max_args)) {
        if (b->min_args == b->max_args)
            return mp_raise_fmt(&mp_type_TypeError, "%s() takes exactly %d argument%s (%d given)", b->name, b->min_args,
                b->min_args == 1 ? "" : "s", (int)n);
        return mp_raise_fmt(
            &mp_type_TypeError, "%s() takes %d to %d arguments (%d given)", b->name, b->min_args, b->max_args, (int)n);
    }
    return b->fn(n, args, kw);
}

static bool builtin_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, "<built-in function ");
    mp_print_str(out, ((const mp_builtin_t *)self)->name);
    mp_print_str(out, ">");
    return true;
}

const mp_type_t mp_type_builtin = {
    .base = { &mp_type_type }, .name = "builtin_function_or_method", .call = builtin_call, .print = builtin_print
};

mp_obj_t mp_builtin_new(const char *name, mp_builtin_fn_t fn, int min_args, int max_args) {
    mp_builtin_t *b = mp_alloc(sizeof *b);
    if (b == NULL) return MP_OBJ_NULL;
    b->base.type = &mp_type_builtin;
    b->name = name;
    b->fn = fn;
    b->min_args = (int16_t)min_args;
    b->max_args = (int16_t)max_args;
    return (mp_obj_t)b;
}

/* ---- methods of built-in types taken from the type ---- */

/* str.upper, list.append: a method of a built-in type's table with that
 * type. Called, it checks that self is an instance of the type (or of a
 * subclass; a user class's instance passes its native sub-object), so
 * that no method body ever sees a self of another type. */
typedef struct {
    mp_obj_base_t base;
    const mp_type_t *owner;
    const mp_builtin_t *fn;
} method_descriptor_t;

static mp_obj_t descriptor_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const method_descriptor_t *d = (const method_descriptor_t *)self;
    if (n == 0)
        return mp_raise_fmt(
            &mp_type_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->fn->name);
    const mp_type_t *t = mp_type_of(args[0]);
    if (t == d->owner) return builtin_call((mp_obj_t)d->fn, n, args, kw);
    if (!mp_type_is_subclass(t, d->owner))
        return mp_raise_fmt(&mp_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
            d->fn->name, d->owner->name, t->name);
    if (!(t->flags & MP_TYPE_FLAG_USER) || d->owner == &mp_type_object ||
        mp_type_is_subclass(t, &mp_type_BaseException))
        return builtin_call((mp_obj_t)d->fn, n, args, kw);
    /* An instance of a class derived from the type: the method works on
     * its native sub-object, in a copy of the arguments. */
    mp_obj_t native = mp_instance_native(args[0]);
    if (native == MP_OBJ_NULL || !mp_type_is_subclass(mp_type_of(native), d->owner))
        return mp_raise_fmt(&mp_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
            d->fn->name, d->owner->name, t->name);
    mp_obj_t small[8];
    mp_obj_t *copy = n <= 8 ? small : mp_alloc(n * sizeof *copy);
    if (copy == NULL) return MP_OBJ_NULL;
    copy[0] = native;
    for (size_t i = 1; i < n; i++) copy[i] = args[i];
    return builtin_call((mp_obj_t)d->fn, n, copy, kw);
}

static bool descriptor_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const method_descriptor_t *d = (const method_descriptor_t *)self;
    mp_print_str(out, "<method '");
    mp_print_str(out, d->fn->name);
    mp_print_str(out, "' of '");
    mp_print_str(out, d->owner->name);
    mp_print_str(out, "' objects>");
    return true;
}

const mp_type_t mp_type_method_descriptor = {
    .base = { &mp_type_type }, .name = "method_descriptor", .call = descriptor_call, .print = descriptor_print
};

mp_obj_t mp_method_get(const mp_type_t *owner, const mp_builtin_t *fn, bool from_type) {
    if (fn->flags & MP_BUILTIN_CLASSMETHOD) return mp_bound_method_new((mp_obj_t)owner, (mp_obj_t)fn);
    if (!from_type) return (mp_obj_t)fn;
    method_descriptor_t *d = mp_alloc(sizeof *d);
    if (d == NULL) return MP_OBJ_NULL;
    d->base.type = &mp_type_method_descriptor;
    d->owner = owner;
    d->fn = fn;
    return (mp_obj_t)d;
}

const mp_builtin_t *mp_method_descriptor_fn(mp_obj_t o) {
    if (mp_type_of(o) != &mp_type_method_descriptor) return NULL;
    return ((const method_descriptor_t *)o)->fn;
}
