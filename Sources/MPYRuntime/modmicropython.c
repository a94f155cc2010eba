/* The micropython module's run-time functions (const, native, viper and
 * bytecode are added by objmodule.c): opt_level, mem_info, qstr_info,
 * stack_use, heap_lock / heap_unlock / heap_locked (while locked, every
 * allocation raises MemoryError), alloc_emergency_exception_buf,
 * kbd_intr and schedule. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

static mp_int_t opt_level;
static mp_int_t lock_depth;

static mp_obj_t upy_opt_level(ARGS) {
    (void)kw;
    if (n == 0) return mp_small_int(opt_level);
    return mp_arg_int(a[0], &opt_level) ? MP_NONE : MP_OBJ_NULL;
}

static size_t stack_used(void) {
    volatile char here = 0;
    return (size_t)(mp_state.stack_top - (char *)&here);
}

static mp_obj_t upy_stack_use(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_small_int((mp_int_t)stack_used());
}

static void print_size(const char *label, size_t v) {
    mp_print_str(mp_state.out, label);
    mp_print_int(mp_state.out, (mp_int_t)v);
}

static mp_obj_t upy_mem_info(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    size_t used = mp_gc_used_bytes(), free = mp_gc_free_bytes();
    print_size("stack: ", stack_used());
    print_size(" out of ", mp_state.stack_limit);
    print_size("\nGC: total: ", used + free);
    print_size(", used: ", used);
    print_size(", free: ", free);
    mp_print_str(mp_state.out, "\n");
    return MP_NONE;
}

static mp_obj_t upy_qstr_info(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    /* Interned strings live in read-only data of the module images. */
    mp_print_str(mp_state.out, "qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n");
    return MP_NONE;
}

static mp_obj_t upy_heap_lock(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    lock_depth++;
    mp_heap_locked = true;
    return MP_NONE;
}

static mp_obj_t upy_heap_unlock(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    if (lock_depth > 0) lock_depth--;
    mp_heap_locked = lock_depth > 0;
    return mp_small_int(lock_depth);
}

static mp_obj_t upy_heap_locked(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_small_int(lock_depth);
}

static mp_obj_t upy_noop(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return MP_NONE;
}

/* schedule(func, arg): there are no interrupts to defer from, so it runs now. */
static mp_obj_t upy_schedule(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t r = mp_call(a[0], 1, &a[1], NULL);
    return r == MP_OBJ_NULL ? r : MP_NONE;
}

static const mp_builtin_t micropython_fns[] = {
    MP_FN("opt_level", upy_opt_level, 0, 1),
    MP_FN("mem_info", upy_mem_info, 0, 1),
    MP_FN("qstr_info", upy_qstr_info, 0, 1),
    MP_FN("stack_use", upy_stack_use, 0, 0),
    MP_FN("heap_lock", upy_heap_lock, 0, 0),
    MP_FN("heap_unlock", upy_heap_unlock, 0, 0),
    MP_FN("heap_locked", upy_heap_locked, 0, 0),
    MP_FN("alloc_emergency_exception_buf", upy_noop, 1, 1),
    MP_FN("kbd_intr", upy_noop, 1, 1),
    MP_FN("schedule", upy_schedule, 2, 2),
};

bool mp_modmicropython_fill(mp_dict_t *g) { return mp_mod_add_fns(g, micropython_fns, MP_N(micropython_fns)); }
