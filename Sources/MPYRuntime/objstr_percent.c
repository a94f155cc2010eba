/* printf-style formatting of str and bytes: `fmt % args`, with flags (-,
 * +, space, 0, #), width, precision and the conversions s r a d i u x X o
 * c e E f F g G % (and b for bytes, PEP 461: %s/%b take a buffer, %c an
 * int below 256 or one byte, %r/%a the ascii() form). Floats go through
 * fpconv, big ints through int's printer. */
#include "mpy/runtime.h"
#include "mpy/fpconv.h"

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
static void pad(
    mp_strbuilder_t *out, const char *body, size_t n, int width, bool left, bool zero, size_t prefix, bool bytes) {
    size_t w = width > 0 ? (size_t)width : 0;
    size_t chars = bytes ? n : mp_utf8_chars(body, n);
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

/* ascii(): a repr with every non-ASCII character escaped. */
static mp_obj_t ascii_of(mp_obj_t o) {
    mp_obj_t r = mp_obj_str(o, MP_PRINT_REPR);
    if (r == MP_OBJ_NULL) return r;
    size_t n;
    const char *d = mp_str_data(r, &n);
    size_t i = 0;
    while (i < n && (unsigned char)d[i] < 0x80) i++;
    if (i == n) return r;
    mp_strbuilder_t out = { 0 };
    for (i = 0; i < n;) {
        unsigned char c = (unsigned char)d[i];
        if (c < 0x80) {
            mp_strbuilder_add(&out, d + i++, 1);
            continue;
        }
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        uint32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra && i + k < n; k++) cp = (cp << 6) | ((unsigned char)d[i + k] & 0x3F);
        i += 1 + extra;
        char esc[11];
        int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        esc[0] = '\\';
        esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (int k = 0; k < digits; k++) esc[2 + k] = "0123456789abcdef"[(cp >> (4 * (digits - 1 - k))) & 15];
        mp_strbuilder_add(&out, esc, 2 + (size_t)digits);
    }
    return mp_strbuilder_str(&out);
}

static mp_obj_t percent(const char *f, size_t flen, mp_obj_t args, const mp_type_t *bytes_type);

mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args) {
    size_t flen;
    const char *f = mp_str_data(fmt, &flen);
    return percent(f, flen, args, NULL);
}

mp_obj_t mp_bytes_percent(mp_obj_t fmt, mp_obj_t args) {
    const mp_bytes_t *b = (const mp_bytes_t *)fmt;
    return percent((const char *)b->data, b->len, args, mp_type_of(fmt));
}

/* The formatting itself: a str result, or one of bytes_type when not NULL. */
static mp_obj_t percent(const char *f, size_t flen, mp_obj_t args, const mp_type_t *bytes_type) {
    bool bytes = bytes_type != NULL;
    const mp_obj_t *items = &args;
    size_t n_items = 1, next = 0;
    if (mp_type_of(args) == &mp_type_tuple) {
        items = ((const mp_tuple_t *)args)->items;
        n_items = ((const mp_tuple_t *)args)->len;
    }
    bool is_map = mp_type_of(args) == &mp_type_dict;
    bool keyed = false; /* a %(key) was used: no positional argument is left */
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
            if (!is_map) return mp_raise_msg(&mp_type_TypeError, "format requires a mapping");
            if (i >= flen) return mp_raise_msg(&mp_type_ValueError, "incomplete format key");
            mp_obj_t key = bytes ? mp_bytes_new((const uint8_t *)f + s, i - s) : mp_str_new(f + s, i - s);
            if (key == MP_OBJ_NULL) return key;
            arg = mp_subscr(args, key, MP_OBJ_SENTINEL);
            keyed = true;
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
            if (next >= n_items || keyed)
                return mp_raise_msg(&mp_type_TypeError, "not enough arguments for format string");
            arg = items[next++];
        }
        switch (conv) {
        case 's':
        case 'b':
        case 'r':
        case 'a': {
            const char *d;
            size_t n;
            if (bytes && (conv == 's' || conv == 'b')) {
                const uint8_t *bd;
                if (!mp_get_buffer(arg, &bd, &n))
                    return mp_raise_fmt(&mp_type_TypeError,
                        "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                        mp_type_of(arg)->name);
                d = (const char *)bd;
            } else if (conv == 'b') {
                return mp_raise_fmt(&mp_type_ValueError, "unsupported format character '%c'", (int)conv);
            } else {
                mp_obj_t s = conv == 's'   ? mp_obj_str(arg, MP_PRINT_STR)
                    : bytes || conv == 'a' ? ascii_of(arg)
                                           : mp_obj_str(arg, MP_PRINT_REPR);
                if (s == MP_OBJ_NULL) return s;
                d = mp_str_data(s, &n);
            }
            if (prec >= 0) n = bytes ? (n < (size_t)prec ? n : (size_t)prec) : utf8_prefix(d, n, (size_t)prec);
            pad(&out, d, n, width, left, false, 0, bytes);
            break;
        }
        case 'c': {
            /* A one-character str, or an int code point. */
            const char *d;
            size_t n;
            char byte;
            if (bytes) {
                /* An int below 256, or bytes of length 1. */
                const uint8_t *bd;
                int64_t c;
                if (mp_get_buffer(arg, &bd, &n) && mp_type_of(arg) != &mp_type_str) {
                    if (n != 1)
                        return mp_raise_msg(
                            &mp_type_TypeError, "%c requires an integer in range(256) or a single byte");
                    c = bd[0];
                } else {
                    mp_obj_t v = mp_is_small_int(arg) ? arg : mp_index_opt(arg);
                    if (v == MP_OBJ_NULL) return v;
                    if (v == MP_OBJ_SENTINEL)
                        return mp_raise_msg(
                            &mp_type_TypeError, "%c requires an integer in range(256) or a single byte");
                    if (!mp_arg_int_range(v, 0, 255, "%c arg not in range(256)", &c)) return MP_OBJ_NULL;
                }
                byte = (char)c;
                d = &byte;
                n = 1;
            } else if (mp_is_instance_of_type(arg, &mp_type_str)) {
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
            pad(&out, d, n, width, left, false, 0, bytes);
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
            pad(&out, num.buf, num.len, width, left, zero, (neg || plus || space ? 1 : 0) + (alt && base != 10 ? 2 : 0),
                bytes);
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
                if (mp_is_instance_of_type(mp_state.exc, &mp_type_OverflowError)) return MP_OBJ_NULL;
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
            pad(&out, p, n, width, left, zero, p[0] == '-' || p[0] == '+' || p[0] == ' ', bytes);
            break;
        }
        default: return mp_raise_fmt(&mp_type_ValueError, "unsupported format character '%c'", (int)conv);
        }
    }
    const char *what = bytes ? "not all arguments converted during bytes formatting"
                             : "not all arguments converted during string formatting";
    if (next < n_items && !is_map && mp_type_of(args) == &mp_type_tuple) return mp_raise_msg(&mp_type_TypeError, what);
    if (next == 0 && n_items == 1 && !is_map && mp_type_of(args) != &mp_type_tuple)
        return mp_raise_msg(&mp_type_TypeError, what);
    if (bytes) {
        if (out.failed) return mp_raise(mp_state.memory_error);
        return mp_bytes_like_new(bytes_type, (const uint8_t *)out.buf, out.len);
    }
    return mp_strbuilder_str(&out);
}
