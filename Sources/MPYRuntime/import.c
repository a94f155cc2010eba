/* `import`: modules by dotted name. Every module was compiled ahead of time
 * and linked into the program's module table or the frozen-module table of
 * a frozen image, so finding one is a lookup by name there (after
 * sys.modules; the program's table, then the frozen one, then the built-in
 * modules). Relative
 * imports were resolved to absolute names by the compiler; one that reaches
 * here climbed out of its packages. A module runs once and stays in
 * sys.modules; a submodule is also bound as an attribute of its package. */
#include "mpy/runtime.h"

/* Without a frozen image linked in, no frozen modules: a frozen image's
 * object defines the strong `mpy_frozen_table` that replaces this one. */
__attribute__((weak)) const mpy_module_image *const mpy_frozen_table[] = { NULL };

static const mpy_module_image *find_image(mp_obj_t name) {
    for (const mpy_module_image *const *p = mpy_module_table; *p; p++) {
        if (mp_str_equal((mp_obj_t)(*p)->name, name)) return *p;
    }
    for (const mpy_module_image *const *p = mpy_frozen_table; *p; p++) {
        if (mp_str_equal((mp_obj_t)(*p)->name, name)) return *p;
    }
    return NULL;
}

/* The module of exactly this name, imported if needed; SENTINEL when no
 * such module exists, NULL on error (the failed module leaves sys.modules). */
static mp_obj_t import_one(mp_obj_t name) {
    mp_obj_t m = mp_dict_get(mp_state.modules, name);
    if (m != MP_OBJ_SENTINEL) return m;
    const mpy_module_image *image = find_image(name);
    if (image != NULL) {
        if (mp_run_module(image, &m) == MP_OBJ_NULL) {
            mp_obj_t exc = mp_state.exc;
            mp_dict_delete(mp_state.modules, name);
            mp_state.exc = exc;
            return MP_OBJ_NULL;
        }
        return m;
    }
    m = mp_builtin_module(name);
    if (m == MP_OBJ_NULL || m == MP_OBJ_SENTINEL) return m;
    return mp_dict_set(mp_state.modules, name, m) ? m : MP_OBJ_NULL;
}

/* Binds `child` as attribute `attr` (len bytes) of the package `parent`. */
static bool bind_submodule(mp_obj_t parent, const char *attr, size_t len, mp_obj_t child) {
    if (mp_type_of(parent) != &mp_type_module) return true;
    mp_obj_t key = mp_str_new(attr, len);
    return key != MP_OBJ_NULL && mp_dict_set(((mp_module_t *)parent)->globals, key, child);
}

/* Imports each package on the way down "a.b.c" and the module itself;
 * returns the last one and sets *top to the first. */
static mp_obj_t import_dotted(mp_obj_t name, mp_obj_t *top) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    mp_obj_t parent = MP_OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.') continue;
        mp_obj_t full = i == n ? name : mp_str_new(s, i);
        if (full == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_t m = import_one(full);
        if (m == MP_OBJ_NULL) return m;
        if (m == MP_OBJ_SENTINEL) return mp_raise_fmt(&mp_type_ImportError, "no module named '%S'", full);
        if (parent == MP_OBJ_NULL)
            *top = m;
        else if (!bind_submodule(parent, s + start, i - start, m))
            return MP_OBJ_NULL;
        parent = m;
        start = i + 1;
    }
    return parent;
}

/* `from package import x`: x may be a submodule not imported yet. Names
 * that are neither attributes nor submodules are left for IMPORT_FROM to
 * report. */
static bool import_submodule_named(mp_obj_t package, mp_obj_t package_name, mp_obj_t item) {
    mp_dict_t *g = ((mp_module_t *)package)->globals;
    mp_obj_t have = mp_dict_get(g, item);
    if (have != MP_OBJ_SENTINEL) return have != MP_OBJ_NULL;
    size_t pn, in;
    const char *p = mp_str_data(package_name, &pn), *it = mp_str_data(item, &in);
    char *buf = mp_alloc(pn + 1 + in);
    if (buf == NULL) return false;
    __builtin_memcpy(buf, p, pn);
    buf[pn] = '.';
    __builtin_memcpy(buf + pn + 1, it, in);
    mp_obj_t full = mp_str_new(buf, pn + 1 + in);
    if (full == MP_OBJ_NULL) return false;
    mp_obj_t m = import_one(full);
    if (m == MP_OBJ_NULL) return false;
    return m == MP_OBJ_SENTINEL || mp_dict_set(g, item, m);
}

/* The from-list of `from package import ...`; for `*`, the package's
 * `__all__` may name submodules. */
static bool import_fromlist(mp_obj_t package, mp_obj_t package_name, mp_obj_t fromlist) {
    if (mp_type_of(package) != &mp_type_module || mp_type_of(fromlist) != &mp_type_tuple) return true;
    const mp_tuple_t *names = (const mp_tuple_t *)fromlist;
    for (size_t i = 0; i < names->len; i++) {
        size_t len;
        const char *s = mp_str_data(names->items[i], &len);
        if (len == 1 && s[0] == '*') {
            mp_obj_t key = mp_str_from_cstr("__all__");
            if (key == MP_OBJ_NULL) return false;
            mp_obj_t all = mp_dict_get(((mp_module_t *)package)->globals, key);
            if (all == MP_OBJ_NULL) return false;
            if (all == MP_OBJ_SENTINEL) continue;
            mp_obj_t iter = mp_getiter(all);
            if (iter == MP_OBJ_NULL) return false;
            for (mp_obj_t k; (k = mp_iternext(iter)) != MP_OBJ_SENTINEL;) {
                if (k == MP_OBJ_NULL || !import_submodule_named(package, package_name, k)) return false;
            }
        } else if (!import_submodule_named(package, package_name, names->items[i])) {
            return false;
        }
    }
    return true;
}

mp_obj_t mp_import(mp_obj_t name, mp_obj_t fromlist, int level, mp_dict_t *globals) {
    if (level != 0) {
        /* The compiler resolved every relative import it could: this one
         * has no package to start from, or climbs above the top one. */
        mp_obj_t key = mp_str_from_cstr("__name__");
        mp_obj_t own = key == MP_OBJ_NULL ? MP_OBJ_NULL : mp_dict_get(globals, key);
        if (own == MP_OBJ_NULL) return MP_OBJ_NULL;
        size_t n = 0;
        const char *s = own == MP_OBJ_SENTINEL ? "" : mp_str_data(own, &n);
        bool dotted = false;
        for (size_t i = 0; i < n; i++) dotted |= s[i] == '.';
        return mp_raise_msg(&mp_type_ImportError,
            dotted ? "attempted relative import beyond top-level package"
                   : "attempted relative import with no known parent package");
    }
    mp_obj_t top = MP_OBJ_NULL;
    mp_obj_t m = import_dotted(name, &top);
    if (m == MP_OBJ_NULL) return m;
    if (fromlist == MP_NONE) return top;
    return import_fromlist(m, name, fromlist) ? m : MP_OBJ_NULL;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0), as
 * CPython's: the top package of a dotted name, or with a non-empty
 * fromlist the module itself (its named submodules imported). A relative
 * import (level > 0) has no package to start from at run time here (the
 * compiler resolves those of `import` statements): ImportError. */
mp_obj_t mp_builtin___import__(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    if (kw != NULL) {
        for (size_t i = 0; i < kw->filled; i++) {
            mp_obj_t k = kw->entries[i].key;
            if (k == MP_OBJ_NULL) continue;
            size_t len;
            const char *s = mp_str_data(k, &len);
            bool known = false;
            for (const char *const *p = names; *p && !known; p++)
                known = __builtin_strlen(*p) == len && __builtin_memcmp(*p, s, len) == 0;
            if (!known)
                return mp_raise_fmt(&mp_type_TypeError, "__import__() got an unexpected keyword argument '%S'", k);
        }
    }
    mp_obj_t v[5] = { MP_OBJ_SENTINEL, MP_NONE, MP_NONE, MP_OBJ_SENTINEL, MP_OBJ_SENTINEL };
    for (size_t i = 0; i < n; i++) v[i] = args[i];
    for (size_t i = 0; kw != NULL && i < 5; i++) {
        mp_obj_t key = mp_str_from_cstr(names[i]);
        mp_obj_t x = key == MP_OBJ_NULL ? key : mp_dict_get(kw, key);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) continue;
        if (i < n)
            return mp_raise_fmt(&mp_type_TypeError, "argument for __import__() given by name ('%s') and position (%d)",
                names[i], (int)i + 1);
        v[i] = x;
    }
    if (v[0] == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (mp_type_of(v[0]) != &mp_type_str)
        return mp_raise_fmt(&mp_type_TypeError, "module name must be str, not %s", mp_type_of(v[0])->name);
    mp_int_t level = 0;
    if (v[4] != MP_OBJ_SENTINEL && !mp_arg_int(v[4], &level)) return MP_OBJ_NULL;
    if (level < 0) return mp_raise_msg(&mp_type_ValueError, "level must be >= 0");
    size_t len;
    mp_str_data(v[0], &len);
    if (len == 0 && level == 0) return mp_raise_msg(&mp_type_ValueError, "Empty module name");
    if (level > 0) return mp_raise_msg(&mp_type_ImportError, "attempted relative import with no known parent package");
    /* The from-list as a tuple of str; an empty one means none. */
    mp_obj_t fromlist = MP_NONE;
    if (v[3] != MP_OBJ_SENTINEL && v[3] != MP_NONE) {
        mp_obj_t t = mp_type_of(v[3]) == &mp_type_tuple ? v[3] : mp_call((mp_obj_t)&mp_type_tuple, 1, &v[3], NULL);
        if (t == MP_OBJ_NULL) return t;
        const mp_tuple_t *items = (const mp_tuple_t *)t;
        for (size_t i = 0; i < items->len; i++)
            if (mp_type_of(items->items[i]) != &mp_type_str)
                return mp_raise_fmt(
                    &mp_type_TypeError, "Item in from list must be str, not %s", mp_type_of(items->items[i])->name);
        if (items->len > 0) fromlist = t;
    }
    return mp_import(v[0], fromlist, 0, NULL);
}
