/* printf-style formatting of str: `fmt % args`, with flags (-, +, space,
 * 0, #), width, precision and the conversions s r a d i u x X o c e E f F
 * g G %. Floats go through fpconv, big ints through int's printer. */
#include "mpy/runtime.h"
#include "mpy/fpconv.h"

typedef struct { char *buf; size_t len, cap; bool failed; } sb_t;
static void sb_put(sb_t *b, const char *s, size_t n) {
    if (b->failed || n == 0) return;
    if (b->len + n > b->cap) {
        size_t cap = b->cap * 2 + n + 32;
        char *nb = mp_realloc(b->buf, b->len, cap);
        if (nb == NULL) { b->failed = true; return; }
        b->buf = nb;
        b->cap = cap;
    }
    __builtin_memcpy(b->buf + b->len, s, n);
    b->len += n;
}
static void sb_write(void *ctx, const char *s, size_t n) { sb_put(ctx, s, n); }

/* Pads `body` (already signed) to `width`. */
static void pad(sb_t *out, const char *body, size_t n, int width, bool left, bool zero) {
    size_t w = width > 0 ? (size_t)width : 0;
    size_t fill = w > n ? w - n : 0;
    if (left) { sb_put(out, body, n); while (fill--) sb_put(out, " ", 1); return; }
    if (zero && n > 0 && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) { sb_put(out, body, 1); body++; n--; }
    while (fill--) sb_put(out, zero ? "0" : " ", 1);
    sb_put(out, body, n);
}

mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args) {
    size_t flen;
    const char *f = mp_str_data(fmt, &flen);
    const mp_obj_t *items = &args;
    size_t n_items = 1, next = 0;
    if (mp_type_of(args) == &mp_type_tuple) {
        items = ((const mp_tuple_t *)args)->items;
        n_items = ((const mp_tuple_t *)args)->len;
    }
    bool is_map = mp_type_of(args) == &mp_type_dict;
    sb_t out = {0};
    for (size_t i = 0; i < flen; i++) {
        if (f[i] != '%') { sb_put(&out, f + i, 1); continue; }
        i++;
        if (i >= flen) return mp_raise_msg(&mp_type_ValueError, "incomplete format");
        mp_obj_t arg = MP_OBJ_NULL;
        if (f[i] == '(') {
            size_t s = ++i;
            while (i < flen && f[i] != ')') i++;
            if (!is_map || i >= flen) return mp_raise_msg(&mp_type_TypeError, "format requires a mapping");
            mp_obj_t key = mp_str_new(f + s, i - s);
            if (key == MP_OBJ_NULL) return key;
            arg = mp_subscr(args, key, MP_OBJ_SENTINEL);
            if (arg == MP_OBJ_NULL) return arg;
            i++;
        }
        bool left = false, plus = false, space = false, zero = false, alt = false;
        for (; i < flen; i++) {
            if (f[i] == '-') left = true;
            else if (f[i] == '+') plus = true;
            else if (f[i] == ' ') space = true;
            else if (f[i] == '0') zero = true;
            else if (f[i] == '#') alt = true;
            else break;
        }
        int width = -1, prec = -1;
        if (i < flen && f[i] == '*') {
            if (next >= n_items || !mp_is_small_int(items[next])) return mp_raise_msg(&mp_type_TypeError, "* wants int");
            width = (int)mp_small_int_value(items[next++]);
            i++;
        } else {
            while (i < flen && f[i] >= '0' && f[i] <= '9') width = (width < 0 ? 0 : width) * 10 + (f[i++] - '0');
        }
        if (i < flen && f[i] == '.') {
            i++;
            prec = 0;
            while (i < flen && f[i] >= '0' && f[i] <= '9') prec = prec * 10 + (f[i++] - '0');
        }
        if (i >= flen) return mp_raise_msg(&mp_type_ValueError, "incomplete format");
        char conv = f[i];
        if (conv == '%') { sb_put(&out, "%", 1); continue; }
        if (arg == MP_OBJ_NULL) {
            if (next >= n_items) return mp_raise_msg(&mp_type_TypeError, "not enough arguments for format string");
            arg = items[next++];
        }
        char tmp[64];
        switch (conv) {
        case 's': case 'r': case 'a': {
            mp_obj_t s = mp_obj_str(arg, conv == 's' ? MP_PRINT_STR : MP_PRINT_REPR);
            if (s == MP_OBJ_NULL) return s;
            size_t n;
            const char *d = mp_str_data(s, &n);
            if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
            pad(&out, d, n, width, left, false);
            break;
        }
        case 'c': {
            mp_obj_t s = arg;
            if (mp_is_small_int(arg)) {
                mp_obj_t chr_args[1] = { arg };
                mp_obj_t chr = mp_load_global(mp_state.builtins, mp_str_from_cstr("chr"));
                if (chr == MP_OBJ_NULL) return chr;
                s = mp_call(chr, 1, chr_args, NULL);
                if (s == MP_OBJ_NULL) return s;
            }
            size_t n;
            const char *d = mp_str_data(s, &n);
            pad(&out, d, n, width, left, false);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            mp_obj_t v = arg;
            if (mp_type_of(v) == &mp_type_float) { v = mp_int_from_obj(v, MP_OBJ_NULL); if (v == MP_OBJ_NULL) return v; }
            if (v == MP_TRUE || v == MP_FALSE) v = mp_small_int(v == MP_TRUE);
            if (mp_type_of(v) != &mp_type_int)
                return mp_raise_fmt(&mp_type_TypeError, "%%%c format: a number is required, not %s", (int)conv, mp_type_of(v)->name);
            int64_t x;
            char *p = tmp + sizeof tmp;
            bool neg = false;
            if (mp_int_to_i64(v, &x)) {
                neg = x < 0;
                uint64_t u = neg ? 0 - (uint64_t)x : (uint64_t)x;
                unsigned base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
                const char *digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
                do { *--p = digits[u % base]; u /= base; } while (u);
                while (prec > 0 && (size_t)(tmp + sizeof tmp - p) < (size_t)prec) *--p = '0';
                if (alt && base != 10) { *--p = conv == 'o' ? 'o' : conv; *--p = '0'; }
            } else {
                /* Big ints: decimal only through the printer. */
                sb_t big = {0};
                mp_print_t bp = { sb_write, &big };
                if (!mp_print_obj(&bp, v, MP_PRINT_STR) || big.failed) return MP_OBJ_NULL;
                neg = big.buf[0] == '-';
                char *body = big.buf + (neg ? 1 : 0);
                size_t bl = big.len - (neg ? 1 : 0);
                sb_t sign = {0};
                if (neg) sb_put(&sign, "-", 1); else if (plus) sb_put(&sign, "+", 1); else if (space) sb_put(&sign, " ", 1);
                sb_put(&sign, body, bl);
                if (sign.failed) return MP_OBJ_NULL;
                pad(&out, sign.buf, sign.len, width, left, zero);
                break;
            }
            if (neg) *--p = '-'; else if (plus) *--p = '+'; else if (space) *--p = ' ';
            pad(&out, p, (size_t)(tmp + sizeof tmp - p), width, left, zero);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (!mp_obj_to_double(arg, &d)) {
                mp_state.exc = MP_OBJ_NULL;
                return mp_raise_fmt(&mp_type_TypeError, "must be real number, not %s", mp_type_of(arg)->name);
            }
            char num[400];
            size_t n = fp_format(d, conv, prec < 0 ? 6 : prec, alt ? FP_FLAG_ALT : 0, num + 1, sizeof num - 1);
            if (n >= sizeof num - 1) return mp_raise_msg(&mp_type_OverflowError, "formatted float is too long");
            char *p = num + 1;
            if (p[0] != '-' && (plus || space)) { *--p = plus ? '+' : ' '; n++; }
            pad(&out, p, n, width, left, zero && d - d == 0);
            break;
        }
        default:
            return mp_raise_fmt(&mp_type_ValueError, "unsupported format character '%c'", (int)conv);
        }
    }
    if (next < n_items && !is_map && mp_type_of(args) == &mp_type_tuple)
        return mp_raise_msg(&mp_type_TypeError, "not all arguments converted during string formatting");
    if (next == 0 && n_items == 1 && !is_map && mp_type_of(args) != &mp_type_tuple)
        return mp_raise_msg(&mp_type_TypeError, "not all arguments converted during string formatting");
    if (out.failed) return MP_OBJ_NULL;
    return mp_str_new(out.buf ? out.buf : "", out.len);
}
