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
    return MP_OBJ_SENTINEL;
}

const mp_type_t mp_type_fun_bc = {
    .base = { &mp_type_type }, .name = "function", .call = fun_bc_call, .print = fun_bc_print, .attr = fun_bc_attr
};

/* ---- built-in functions ---- */

static mp_obj_t builtin_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mp_builtin_t *b = (const mp_builtin_t *)self;
    if (kw && kw->used > 0 && !b->takes_kw)
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
