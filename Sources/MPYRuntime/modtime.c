/* The time module: MicroPython's ticks (ticks_ms, ticks_us, ticks_cpu,
 * ticks_diff, ticks_add, wrapping at the small-int period as MicroPython
 * does), sleep / sleep_ms / sleep_us, time() / time_ns(), and the calendar:
 * gmtime / localtime (MicroPython's 8-tuple) and mktime, seconds since
 * 1970 on every target, in UTC (no time zones: localtime is gmtime). The
 * port supplies the clocks (mp_port_ticks_us, mp_port_sleep_us, and
 * optionally mp_port_time_us for wall-clock time). */
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

/* ---- calendar: proleptic Gregorian, days counted from 1970-01-01 ---- */

static int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

/* Days from 1970-01-01 to year-month-day (month 1..12). Years are counted
 * from March, so that the leap day ends a year: 400-year eras of 146097
 * days, each year of the era 365 days plus its leap days so far. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The inverse: the date of day z (0 is 1970-01-01). */
static void civil_from_days(int64_t z, int64_t *y, int *m, int *d) {
    z += 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* Seconds (an int, or a float taken down to a whole second) or, absent or
 * None, now. Bounded to years CPython can show (about +-2^55 s). */
static bool secs_arg(size_t n, const mp_obj_t *a, int64_t *out) {
    if (n == 0 || a[0] == MP_NONE) {
        *out = floor_div(mp_port_time_us(), 1000000);
        return true;
    }
    if (mp_type_of(a[0]) == &mp_type_float) {
        double f;
        if (!mp_obj_to_double(a[0], &f)) return false;
        if (f != f) return mp_raise_msg(&mp_type_ValueError, "Invalid value NaN (not a number)"), false;
        if (f >= 3.6e16 || f <= -3.6e16)
            return mp_raise_msg(&mp_type_OverflowError, "timestamp out of range for platform time_t"), false;
        double w = (double)(int64_t)f;
        *out = (int64_t)f - (w > f);
        return true;
    }
    if (!mp_arg_i64(a[0], out)) return false;
    if (*out >= 36000000000000000 || *out <= -36000000000000000)
        return mp_raise_msg(&mp_type_OverflowError, "timestamp out of range for platform time_t"), false;
    return true;
}

static mp_obj_t t_gmtime(ARGS) {
    (void)kw;
    int64_t secs;
    if (!secs_arg(n, a, &secs)) return MP_OBJ_NULL;
    int64_t days = floor_div(secs, 86400), rem = secs - days * 86400;
    int64_t year;
    int month, mday;
    civil_from_days(days, &year, &month, &mday);
    int64_t yday = days - days_from_civil(year, 1, 1) + 1;
    int64_t wday = days - floor_div(days + 3, 7) * 7 + 3; /* 1970-01-01 was a Thursday (3) */
    mp_obj_t t[8] = { mp_int_from_i64(year), mp_small_int(month), mp_small_int(mday),
        mp_small_int((mp_int_t)(rem / 3600)), mp_small_int((mp_int_t)(rem / 60 % 60)),
        mp_small_int((mp_int_t)(rem % 60)), mp_small_int((mp_int_t)wday), mp_small_int((mp_int_t)yday) };
    return t[0] == MP_OBJ_NULL ? MP_OBJ_NULL : mp_tuple_new(8, t);
}

/* mktime((year, month, mday, hour, minute, second, wday, yday[, isdst])):
 * the seconds since 1970 of that UTC time, fields out of their range
 * carried over as C's mktime does (month 13 is January next year, day 0
 * the last of the month before); wday, yday and isdst are ignored. */
static mp_obj_t t_mktime(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t t = a[0];
    if (mp_type_of(t) != &mp_type_tuple && mp_type_of(t) != &mp_type_list)
        return mp_raise_msg(&mp_type_TypeError, "mktime needs a tuple of length 8 or 9");
    mp_obj_t len_obj = mp_len(t);
    if (len_obj == MP_OBJ_NULL) return len_obj;
    mp_int_t len = mp_small_int_value(len_obj);
    if (len < 8 || len > 9) return mp_raise_msg(&mp_type_TypeError, "mktime needs a tuple of length 8 or 9");
    int64_t f[6];
    for (int i = 0; i < 6; i++) {
        mp_obj_t item = mp_subscr(t, mp_small_int(i), MP_OBJ_SENTINEL);
        if (item == MP_OBJ_NULL || !mp_arg_i64(item, &f[i])) return MP_OBJ_NULL;
        /* Far past any calendar: keeps the arithmetic below in range. */
        if (f[i] > 100000000000LL || f[i] < -100000000000LL)
            return mp_raise_msg(&mp_type_OverflowError, "mktime argument out of range");
    }
    int64_t year = f[0] + floor_div(f[1] - 1, 12);
    int64_t month = f[1] - 1 - floor_div(f[1] - 1, 12) * 12 + 1;
    int64_t days = days_from_civil(year, month, 1) + f[2] - 1;
    return mp_int_from_i64(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]);
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
    MP_FN("gmtime", t_gmtime, 0, 1),
    MP_FN("localtime", t_gmtime, 0, 1),
    MP_FN("mktime", t_mktime, 1, 1),
    MP_FN("perf_counter", t_monotonic, 0, 0),
};

bool mp_modtime_fill(mp_dict_t *g) { return mp_mod_add_fns(g, time_fns, MP_N(time_fns)); }
