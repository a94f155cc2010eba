/* The gc module: collect, mem_free, mem_alloc, enable, disable,
 * isenabled, threshold over the runtime's heap (gc.c). Made on first import. */
#include "mpy/modutil.h"

static bool gc_enabled = true;

static mp_obj_t gc_collect(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    mp_gc_collect();
    return MP_NONE;
}
static mp_obj_t gc_mem_free(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_int_from_i64((int64_t)mp_gc_free_bytes());
}
static mp_obj_t gc_mem_alloc(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_int_from_i64((int64_t)mp_gc_used_bytes());
}
static mp_obj_t gc_enable(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    gc_enabled = true;
    return MP_NONE;
}
static mp_obj_t gc_disable(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    gc_enabled = false;
    return MP_NONE;
}
static mp_obj_t gc_isenabled(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_bool(gc_enabled);
}

/* threshold([amount]): MicroPython's; the amount is kept in whole blocks. */
static mp_obj_t gc_threshold(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    if (n == 0) return mp_int_from_i64(mp_gc_threshold());
    mp_int_t v;
    if (!mp_arg_int(a[0], &v)) return MP_OBJ_NULL;
    mp_gc_set_threshold(v);
    return MP_NONE;
}

static const mp_builtin_t gc_fns[] = {
    MP_FN("collect", gc_collect, 0, 1),
    MP_FN("mem_free", gc_mem_free, 0, 0),
    MP_FN("mem_alloc", gc_mem_alloc, 0, 0),
    MP_FN("enable", gc_enable, 0, 0),
    MP_FN("disable", gc_disable, 0, 0),
    MP_FN("isenabled", gc_isenabled, 0, 0),
    MP_FN("threshold", gc_threshold, 0, 1),
};

bool mp_modgc_fill(mp_dict_t *g) { return mp_mod_add_fns(g, gc_fns, MP_N(gc_fns)); }
