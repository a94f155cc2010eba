/* module: module objects, running a module image in a new module, and
 * the built-in modules (made on first import; `import` itself is
 * import.c, each module's contents mod<name>.c). */
#include "mpy/runtime.h"

static bool module_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_print_str(out, "<module '");
    mp_print_obj(out, ((const mp_module_t *)self)->name, MP_PRINT_STR);
    mp_print_str(out, "'>");
    return true;
}

static mp_obj_t module_attr(mp_obj_t self, mp_obj_t name) {
    const mp_module_t *m = (const mp_module_t *)self;
    return mp_dict_get(m->globals, name);
}

const mp_type_t mp_type_module = {
    .base = { &mp_type_type }, .name = "module", .print = module_print, .attr = module_attr
};

static mp_module_t *module_new(mp_obj_t name) {
    mp_module_t *m = mp_alloc(sizeof *m);
    if (m == NULL) return NULL;
    m->base.type = &mp_type_module;
    m->name = name;
    m->globals = mp_dict_new(8);
    if (m->globals == NULL) return NULL;
    mp_obj_t key = mp_str_from_cstr("__name__");
    if (key == MP_OBJ_NULL || !mp_dict_set(m->globals, key, name)) return NULL;
    return m;
}

static mp_obj_t identity(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return args[0];
}

static bool set_fn(mp_module_t *m, const char *name, mp_builtin_fn_t fn, int lo, int hi) {
    mp_obj_t k = mp_str_from_cstr(name), f = mp_builtin_new(name, fn, lo, hi);
    return k != MP_OBJ_NULL && f != MP_OBJ_NULL && mp_dict_set(m->globals, k, f);
}

/* The built-in modules by name, one line each (each module's contents
 * are its mod<name>.c; its fill function is declared in mpy/module.h). */
static const struct {
    const char *name;
    bool (*fill)(mp_dict_t *);
    bool u; /* also importable as u<name>, as MicroPython's were before 1.20 */
} builtin_modules[] = {
    { "array", mp_modarray_fill, true },
    { "binascii", mp_modbinascii_fill, true },
    { "cmath", mp_modcmath_fill, false },
    { "collections", mp_modcollections_fill, true },
    { "deflate", mp_moddeflate_fill, false },
    { "errno", mp_moderrno_fill, true },
    { "framebuf", mp_modframebuf_fill, false },
    { "gc", mp_modgc_fill, false },
    { "hashlib", mp_modhashlib_fill, true },
    { "heapq", mp_modheapq_fill, true },
    { "io", mp_modio_fill, true },
    { "json", mp_modjson_fill, true },
    { "math", mp_modmath_fill, false },
    { "os", mp_modos_fill, true },
    { "random", mp_modrandom_fill, true },
    { "select", mp_modselect_fill, true },
    { "re", mp_modre_fill, true },
    { "struct", mp_modstruct_fill, true },
    { "sys", mp_modsys_fill, true },
    { "time", mp_modtime_fill, true },
    { "uctypes", mp_moductypes_fill, false },
    { "vfs", mp_modvfs_fill, false },
};

/* Built-in modules, made on first import: the module, or SENTINEL when
 * there is no built-in module of that name. */
mp_obj_t mp_builtin_module(mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 11 && __builtin_memcmp(s, "micropython", 11) == 0) {
        mp_module_t *m = module_new(name);
        if (m == NULL) return MP_OBJ_NULL;
        if (!set_fn(m, "const", identity, 1, 1) || !set_fn(m, "native", identity, 1, 1) ||
            !set_fn(m, "viper", identity, 1, 1) || !set_fn(m, "bytecode", identity, 1, 1) ||
            !mp_modmicropython_fill(m->globals))
            return MP_OBJ_NULL;
        return (mp_obj_t)m;
    }
    /* As MicroPython, `import ujson` finds the built-in `json` (the names
     * its library modules had before 1.20); the module keeps its own name. */
    bool u = n > 1 && s[0] == 'u';
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        const char *bn = builtin_modules[i].name;
        size_t bl = __builtin_strlen(bn);
        if (bl == n && __builtin_memcmp(s, bn, n) == 0) {
        } else if (u && builtin_modules[i].u && bl == n - 1 && __builtin_memcmp(s + 1, bn, bl) == 0) {
            /* The module under its own name too, so that both names give
             * the same module. */
            mp_obj_t real = mp_str_new(bn, bl);
            mp_obj_t m = real == MP_OBJ_NULL ? real : mp_import(real, MP_NONE, 0, NULL);
            return m;
        } else
            continue;
        mp_module_t *m = module_new(name);
        if (m == NULL || !builtin_modules[i].fill(m->globals)) return MP_OBJ_NULL;
        return (mp_obj_t)m;
    }
    return MP_OBJ_SENTINEL;
}

mp_obj_t mp_run_module(const mpy_module_image *image, mp_obj_t *module_out) {
    mp_module_t *m = module_new((mp_obj_t)image->name);
    if (m == NULL) return MP_OBJ_NULL;
    *module_out = (mp_obj_t)m;
    if (!mp_dict_set(mp_state.modules, (mp_obj_t)image->name, (mp_obj_t)m)) return MP_OBJ_NULL;
    mp_obj_t body = mp_make_function(image->code, m->globals, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
    if (body == MP_OBJ_NULL) return body;
    return mp_execute_with_namespace((const mp_fun_bc_t *)body, m->globals);
}
