/* printf-style formatting of str: `fmt % args`, with flags (-, +, space,
 * 0, #), width, precision and the conversions s r a d i u x X o c e E f F
 * g G %. Floats go through fpconv, big ints through int's printer. */
#include "mpy/runtime.h"
#include "mpy/fpconv.h"

/* Characters in UTF-8 text: the bytes that start one. */
static size_t utf8_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Bytes of the first `chars` characters of UTF-8 text. */
/* The argument of a * width or precision is an int (bool counts). */
static bool star_int(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    return t == &mp_type_int || t == &mp_type_bool;
}

static size_t utf8_prefix(const char *s, size_t n, size_t chars) {
    size_t i = 0;
    while (i < n && chars > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        chars--;
    }
    return i;
}

/* Pads `body` to `width` characters; zero padding goes after its first
 * `prefix` bytes (sign and base prefix). */
static void pad(mp_strbuilder_t *out, const char *body, size_t n, int width, bool left, bool zero, size_t prefix) {
    size_t w = width > 0 ? (size_t)width : 0;
    size_t chars = utf8_chars(body, n);
    size_t fill = w > chars ? w - chars : 0;
    if (left) {
        mp_strbuilder_add(out, body, n);
        while (fill--) mp_strbuilder_add(out, " ", 1);
        return;
    }
    if (zero) {
        mp_strbuilder_add(out, body, prefix);
        body += prefix;
        n -= prefix;
    }
    while (fill--) mp_strbuilder_add(out, zero ? "0" : " ", 1);
    mp_strbuilder_add(out, body, n);
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
    mp_strbuilder_t out = { 0 };
    for (size_t i = 0; i < flen; i++) {
        if (f[i] != '%') {
            mp_strbuilder_add(&out, f + i, 1);
            continue;
        }
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
            if (f[i] == '-')
                left = true;
            else if (f[i] == '+')
                plus = true;
            else if (f[i] == ' ')
                space = true;
            else if (f[i] == '0')
                zero = true;
            else if (f[i] == '#')
                alt = true;
            else
                break;
        }
        int width = -1, prec = -1;
        if (i < flen && f[i] == '*') {
            if (next >= n_items || !star_int(items[next])) return mp_raise_msg(&mp_type_TypeError, "* wants int");
            int64_t w;
            if (!mp_arg_i64(items[next++], &w)) return MP_OBJ_NULL;
            if (w < 0) {
                left = true;
                w = w == INT64_MIN ? INT64_MAX : -w;
            }
            if (w > 0x7FFFFFFF) return mp_raise(mp_state.memory_error); /* CPython would need that many bytes too */
            width = (int)w;
            i++;
        } else {
            int64_t w = -1;
            while (i < flen && f[i] >= '0' && f[i] <= '9') {
                if (w > (INT64_MAX - 9) / 10) return mp_raise_msg(&mp_type_ValueError, "width too big");
                w = (w < 0 ? 0 : w) * 10 + (f[i++] - '0');
            }
            if (w > 0x7FFFFFFF) return mp_raise(mp_state.memory_error); /* CPython would need that many bytes too */
            width = (int)w;
        }
        if (i < flen && f[i] == '.') {
            i++;
            prec = 0;
            if (i < flen && f[i] == '*') {
                if (next >= n_items || !star_int(items[next])) return mp_raise_msg(&mp_type_TypeError, "* wants int");
                int64_t p;
                if (!mp_arg_int_range(
                        items[next++], INT32_MIN, INT32_MAX, "Python int too large to convert to C int", &p))
                    return MP_OBJ_NULL;
                prec = (int)p;
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < flen && f[i] >= '0' && f[i] <= '9') {
                    if (prec > (0x7FFFFFFF - 9) / 10) return mp_raise_msg(&mp_type_ValueError, "precision too big");
                    prec = prec * 10 + (f[i++] - '0');
                }
            }
        }
        if (i >= flen) return mp_raise_msg(&mp_type_ValueError, "incomplete format");
        char conv = f[i];
        if (conv == '%') {
            mp_strbuilder_add(&out, "%", 1);
            continue;
        }
        if (arg == MP_OBJ_NULL) {
            if (next >= n_items) return mp_raise_msg(&mp_type_TypeError, "not enough arguments for format string");
            arg = items[next++];
        }
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            mp_obj_t s = mp_obj_str(arg, conv == 's' ? MP_PRINT_STR : MP_PRINT_REPR);
            if (s == MP_OBJ_NULL) return s;
            size_t n;
            const char *d = mp_str_data(s, &n);
            if (prec >= 0) n = utf8_prefix(d, n, (size_t)prec);
            pad(&out, d, n, width, left, false, 0);
            break;
        }
        case 'c': {
            /* A one-character str, or an int code point. */
            const char *d;
            size_t n;
            if (mp_is_instance_of_type(arg, &mp_type_str)) {
                if (!mp_arg_str(arg, "%c", &d, &n)) return MP_OBJ_NULL;
                if (n == 0 || utf8_prefix(d, n, 1) != n)
                    return mp_raise_msg(&mp_type_TypeError, "%c requires int or char");
            } else {
                mp_obj_t v = mp_is_small_int(arg) ? arg : mp_index_opt(arg);
                if (v == MP_OBJ_NULL) return v;
                if (v == MP_OBJ_SENTINEL) return mp_raise_msg(&mp_type_TypeError, "%c requires int or char");
                int64_t c;
                if (!mp_arg_int_range(v, 0, 0x10FFFF, "%c arg not in range(0x110000)", &c)) return MP_OBJ_NULL;
                mp_obj_t s = mp_str_from_codepoint((uint32_t)c);
                if (s == MP_OBJ_NULL) return s;
                d = mp_str_data(s, &n);
            }
            pad(&out, d, n, width, left, false, 0);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            mp_obj_t v = arg;
            bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
            if (decimal && mp_type_of(v) == &mp_type_float) {
                v = mp_int_from_obj(v, MP_OBJ_NULL);
                if (v == MP_OBJ_NULL) return v;
            }
            if (v == MP_TRUE || v == MP_FALSE) v = mp_small_int(v == MP_TRUE);
            if (mp_type_of(v)->flags & MP_TYPE_FLAG_USER) {
                /* An object with __index__ (for %d also __int__) formats as its int. */
                mp_obj_t i = decimal ? mp_int_from_obj(v, MP_OBJ_NULL) : mp_index_opt(v);
                if (i == MP_OBJ_NULL && decimal) {
                    mp_state.exc = MP_OBJ_NULL;
                    i = MP_OBJ_SENTINEL;
                }
                if (i == MP_OBJ_NULL) return i;
                if (i != MP_OBJ_SENTINEL) v = i;
            }
            if (mp_type_of(v) != &mp_type_int)
                return mp_raise_fmt(&mp_type_TypeError, "%%%c format: %s is required, not %s", (int)conv,
                    decimal ? "a real number" : "an integer", mp_type_of(v)->name);
            unsigned base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
            size_t dn;
            bool neg;
            const char *digits = mp_int_digits(v, (int)base, conv == 'X', &dn, &neg);
            if (digits == NULL) return MP_OBJ_NULL;
            /* sign, base prefix, zeros up to the precision, digits */
            mp_strbuilder_t num = { 0 };
            if (neg)
                mp_strbuilder_add(&num, "-", 1);
            else if (plus)
                mp_strbuilder_add(&num, "+", 1);
            else if (space)
                mp_strbuilder_add(&num, " ", 1);
            if (alt && base != 10) {
                char pre[2] = { '0', conv == 'o' ? 'o' : conv };
                mp_strbuilder_add(&num, pre, 2);
            }
            for (size_t k = dn; prec > 0 && k < (size_t)prec; k++) mp_strbuilder_add(&num, "0", 1);
            mp_strbuilder_add(&num, digits, dn);
            if (num.failed) return mp_raise(mp_state.memory_error);
            pad(&out, num.buf, num.len, width, left, zero,
                (neg || plus || space ? 1 : 0) + (alt && base != 10 ? 2 : 0));
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (!mp_obj_to_double(arg, &d)) {
                mp_state.exc = MP_OBJ_NULL;
                return mp_raise_fmt(&mp_type_TypeError, "must be real number, not %s", mp_type_of(arg)->name);
            }
            char num[400];
            size_t n = fp_format(d, conv, prec < 0 ? 6 : prec, alt ? FP_FLAG_ALT : 0, num + 1, sizeof num - 1);
            if (n >= sizeof num - 1) return mp_raise_msg(&mp_type_OverflowError, "formatted float is too long");
            char *p = num + 1;
            if (p[0] != '-' && (plus || space)) {
                *--p = plus ? '+' : ' ';
                n++;
            }
            pad(&out, p, n, width, left, zero && d - d == 0, p[0] == '-' || p[0] == '+' || p[0] == ' ');
            break;
        }
        default: return mp_raise_fmt(&mp_type_ValueError, "unsupported format character '%c'", (int)conv);
        }
    }
    if (next < n_items && !is_map && mp_type_of(args) == &mp_type_tuple)
        return mp_raise_msg(&mp_type_TypeError, "not all arguments converted during string formatting");
    if (next == 0 && n_items == 1 && !is_map && mp_type_of(args) != &mp_type_tuple)
        return mp_raise_msg(&mp_type_TypeError, "not all arguments converted during string formatting");
    return mp_strbuilder_str(&out);
}
