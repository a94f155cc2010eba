/* The sys module: argv, exit, maxsize, byteorder, implementation,
 * version, version_info, path, modules, print_exception, and stdin,
 * stdout, stderr (the console's streams, stdio.c). Made on first import. */
#include "mpy/runtime.h"

int mp_argc;
char **mp_argv;

/* ---- sys ---- */

/* The machine, for sys.implementation._machine and sys.version. */
#if defined(__x86_64__)
#define MACHINE "x86-64"
#elif defined(__ARM_ARCH_7EM__)
#define MACHINE "armv7emsp"
#elif defined(__ARM_ARCH_7M__)
#define MACHINE "armv7m"
#else
#define MACHINE "unknown"
#endif

static mp_obj_t sys_exit(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t e = mp_exception_new(&mp_type_SystemExit, n, a);
    return e == MP_OBJ_NULL ? e : mp_raise(e);
}

/* print_exception(exc, file=sys.stdout): MicroPython's traceback printer,
 * which asyncio's default exception handler uses. */
static mp_obj_t sys_print_exception(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    if (!mp_type_is_subclass(mp_type_of(a[0]), &mp_type_BaseException))
        return mp_raise_msg(&mp_type_TypeError, "print_exception() argument must be an exception");
    mp_obj_t file = n > 1 ? a[1] : mp_sys_stdio(1);
    const mp_print_t *console = mp_stdio_target(file);
    if (console != NULL) {
        mp_print_exception(console, a[0]);
        return MP_NONE;
    }
    char buf[128];
    mp_strbuilder_t b;
    mp_strbuilder_init(&b, buf, sizeof buf);
    const mp_print_t out = { mp_strbuilder_write, &b };
    mp_print_exception(&out, a[0]);
    mp_obj_t s = mp_strbuilder_str(&b);
    return s != MP_OBJ_NULL && mp_stream_print(file, s) ? MP_NONE : MP_OBJ_NULL;
}

static bool set(mp_dict_t *d, const char *name, mp_obj_t v) {
    mp_obj_t k = mp_str_from_cstr(name);
    return k != MP_OBJ_NULL && v != MP_OBJ_NULL && mp_dict_set(d, k, v);
}

static bool set_fn(mp_dict_t *d, const char *name, mp_builtin_fn_t fn, int lo, int hi) {
    return set(d, name, mp_builtin_new(name, fn, lo, hi));
}

bool mp_modsys_fill(mp_dict_t *g) {
    mp_obj_t argv = mp_list_new(0, NULL);
    if (argv == MP_OBJ_NULL) return false;
    /* argv[0] is the main module's source path, as `python3 prog.py` gives. */
    if (!mp_list_append(argv, (mp_obj_t)mpy_main_module->code->file)) return false;
    for (int i = 1; i < mp_argc; i++)
        if (!mp_list_append(argv, mp_str_from_cstr(mp_argv[i]))) return false;
    /* implementation: a small namespace (a module object) with MicroPython's
     * name, version (major, minor, micro, release level: '' for a release)
     * and _machine. No _mpy: as a MicroPython port without .mpy loading, it
     * runs no .mpy files. */
    mp_dict_t *impl = mp_dict_new(3);
    if (impl == NULL) return false;
    mp_obj_t ver[4] = { mp_small_int(1), mp_small_int(29), mp_small_int(0), mp_str_from_cstr("") };
    /* sys.version_info: the Python language level MicroPython reports. */
    mp_obj_t lang[3] = { mp_small_int(3), mp_small_int(4), mp_small_int(0) };
    mp_module_t *ns = mp_alloc(sizeof *ns);
    if (ns == NULL || ver[3] == MP_OBJ_NULL) return false;
    ns->base.type = &mp_type_module;
    ns->name = mp_str_from_cstr("implementation");
    ns->globals = impl;
    return set(impl, "name", mp_str_from_cstr("micropython")) && set(impl, "version", mp_tuple_new(4, ver)) &&
        set(impl, "_machine", mp_str_from_cstr("mpy-native " MACHINE)) && set(g, "argv", argv) &&
        set_fn(g, "exit", sys_exit, 0, 1) && set_fn(g, "print_exception", sys_print_exception, 1, 2) &&
        set(g, "maxsize", mp_int_from_i64(INTPTR_MAX)) && set(g, "byteorder", mp_str_from_cstr("little")) &&
        set(g, "implementation", (mp_obj_t)ns) && set(g, "version_info", mp_tuple_new(3, lang)) &&
        set(g, "version", mp_str_from_cstr("3.4.0; MicroPython v1.29.0 (mpy-native " MACHINE ")")) &&
        set(g, "path", mp_list_new(0, NULL)) && set(g, "modules", (mp_obj_t)mp_state.modules) &&
        set(g, "platform", mp_str_from_cstr(MPY_PLATFORM)) && set(g, "stdin", mp_sys_stdio(0)) &&
        set(g, "stdout", mp_sys_stdio(1)) && set(g, "stderr", mp_sys_stdio(2));
}
