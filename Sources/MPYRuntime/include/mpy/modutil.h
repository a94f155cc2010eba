/* Helpers for built-in modules (mod*.c): module functions as static const
 * built-in objects (no RAM), adding names to a module's globals, and
 * reading keyword arguments. */
#ifndef MPY_MODUTIL_H
#define MPY_MODUTIL_H

#include "mpy/runtime.h"

/* A module-level built-in function in read-only data. */
#define MP_FN(NAME, FN, LO, HI) { { &mp_type_builtin }, NAME, FN, LO, HI, false }
#define MP_FN_KW(NAME, FN, LO, HI) { { &mp_type_builtin }, NAME, FN, LO, HI, true }
#define MP_N(ARRAY) (sizeof(ARRAY) / sizeof((ARRAY)[0]))

static inline bool mp_mod_set(mp_dict_t *g, const char *name, mp_obj_t v) {
    if (v == MP_OBJ_NULL) return false;
    mp_obj_t k = mp_str_from_cstr(name);
    return k != MP_OBJ_NULL && mp_dict_set(g, k, v);
}

static inline bool mp_mod_add_fns(mp_dict_t *g, const mp_builtin_t *fns, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!mp_mod_set(g, fns[i].name, (mp_obj_t)&fns[i])) return false;
    return true;
}

/* Keyword argument `name`: its value, SENTINEL when absent, NULL on error. */
static inline mp_obj_t mp_kw_get(mp_dict_t *kw, const char *name) {
    if (kw == NULL || kw->used == 0) return MP_OBJ_SENTINEL;
    mp_obj_t k = mp_str_from_cstr(name);
    if (k == MP_OBJ_NULL) return k;
    return mp_dict_get(kw, k);
}

/* Raises TypeError for the first keyword of kw that is not in names
 * (a NULL-terminated list); false if one was found. */
static inline bool mp_kw_check(mp_dict_t *kw, const char *fn, const char *const *names) {
    if (kw == NULL) return true;
    for (size_t i = 0; i < kw->filled; i++) {
        mp_obj_t k = kw->entries[i].key;
        if (k == MP_OBJ_NULL) continue;
        size_t n;
        const char *s = mp_str_data(k, &n);
        bool known = false;
        for (const char *const *p = names; *p && !known; p++)
            known = __builtin_strlen(*p) == n && __builtin_memcmp(*p, s, n) == 0;
        if (!known) {
            mp_raise_fmt(&mp_type_TypeError, "%s() got an unexpected keyword argument '%S'", fn, k);
            return false;
        }
    }
    return true;
}

#endif
