/* The time module: MicroPython's ticks (ticks_ms, ticks_us, ticks_cpu,
 * ticks_diff, ticks_add, wrapping at the small-int period as MicroPython
 * does), sleep / sleep_ms / sleep_us, and time() / time_ns(). The port
 * supplies the clocks (mp_port_ticks_us, mp_port_sleep_us, and optionally
 * mp_port_time_us for wall-clock time). */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

/* MicroPython's TICKS_PERIOD: one more than the largest small int. */
#define TICKS_PERIOD ((mp_uint_t)MP_SMALL_INT_MAX + 1)
#define TICKS_MAX (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

/* Wall-clock microseconds since 1970; a port without a calendar clock
 * leaves this to the monotonic one. */
__attribute__((weak)) int64_t mp_port_time_us(void) { return (int64_t)mp_port_ticks_us(); }

static mp_obj_t t_ticks_ms(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_small_int((mp_int_t)((mp_port_ticks_us() / 1000) & TICKS_MAX));
}
static mp_obj_t t_ticks_us(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_small_int((mp_int_t)(mp_port_ticks_us() & TICKS_MAX));
}

static bool ticks_arg(mp_obj_t o, mp_uint_t *out) {
    mp_int_t v;
    if (!mp_arg_int(o, &v)) return false;
    *out = (mp_uint_t)v;
    return true;
}

static mp_obj_t t_ticks_diff(ARGS) {
    (void)n;
    (void)kw;
    mp_uint_t end, start;
    if (!ticks_arg(a[0], &end) || !ticks_arg(a[1], &start)) return MP_OBJ_NULL;
    mp_int_t d = (mp_int_t)((end - start + TICKS_HALF) & TICKS_MAX) - (mp_int_t)TICKS_HALF;
    return mp_small_int(d);
}

static mp_obj_t t_ticks_add(ARGS) {
    (void)n;
    (void)kw;
    mp_uint_t t, d;
    if (!ticks_arg(a[0], &t) || !ticks_arg(a[1], &d)) return MP_OBJ_NULL;
    return mp_small_int((mp_int_t)((t + d) & TICKS_MAX));
}

static bool sleep_for(double us) {
    if (us != us || us < 0) {
        mp_raise_msg(&mp_type_ValueError, "sleep length must be non-negative");
        return false;
    }
    if (us > 1.8e19) us = 1.8e19;
    mp_port_sleep_us((uint64_t)us);
    return true;
}

static mp_obj_t t_sleep(ARGS) {
    (void)n;
    (void)kw;
    double s;
    if (!mp_obj_to_double(a[0], &s)) return MP_OBJ_NULL;
    return sleep_for(s * 1e6) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t t_sleep_ms(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v;
    if (!mp_arg_int(a[0], &v)) return MP_OBJ_NULL;
    return v <= 0 || sleep_for((double)v * 1000) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t t_sleep_us(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t v;
    if (!mp_arg_int(a[0], &v)) return MP_OBJ_NULL;
    return v <= 0 || sleep_for((double)v) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t t_time(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_float_new((double)mp_port_time_us() / 1e6);
}
static mp_obj_t t_time_ns(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    mp_obj_t us = mp_int_from_i64(mp_port_time_us());
    return us == MP_OBJ_NULL ? us : mp_binary_op(MPY_BINARY_MUL, us, mp_small_int(1000));
}
static mp_obj_t t_monotonic(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_float_new((double)mp_port_ticks_us() / 1e6);
}

static const mp_builtin_t time_fns[] = {
    MP_FN("ticks_ms", t_ticks_ms, 0, 0),
    MP_FN("ticks_us", t_ticks_us, 0, 0),
    MP_FN("ticks_cpu", t_ticks_us, 0, 0),
    MP_FN("ticks_diff", t_ticks_diff, 2, 2),
    MP_FN("ticks_add", t_ticks_add, 2, 2),
    MP_FN("sleep", t_sleep, 1, 1),
    MP_FN("sleep_ms", t_sleep_ms, 1, 1),
    MP_FN("sleep_us", t_sleep_us, 1, 1),
    MP_FN("time", t_time, 0, 0),
    MP_FN("time_ns", t_time_ns, 0, 0),
    MP_FN("monotonic", t_monotonic, 0, 0),
    MP_FN("perf_counter", t_monotonic, 0, 0),
};

bool mp_modtime_fill(mp_dict_t *g) { return mp_mod_add_fns(g, time_fns, MP_N(time_fns)); }
