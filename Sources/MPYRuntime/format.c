/* The format-spec mini-language (format(), str.format, f-strings):
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * for ints, floats and str (other objects format their str() with a
 * string spec), and str.format's field syntax with auto/explicit
 * numbering, keyword names, .attr and [index] access and nested fields. */
#include "mpy/runtime.h"
#include "mpy/fpconv.h"

typedef struct {
    char fill[4];
    size_t fill_len;
    char align;
    char sign;
    bool alt, zero, no_neg_zero;
    bool zero_align; /* align '=' came from the '0' flag, not the spec */
    int width;
    char grouping;
    int precision;
    char type;
} spec_t;

/* One more decimal digit of a width or precision (-1: none yet); beyond
 * what an int holds, CPython's ValueError (a huge width never loops). */
static bool add_digit(int *v, char c) {
    int cur = *v < 0 ? 0 : *v;
    if (cur > (0x7FFFFFFF - 9) / 10) {
        mp_raise_msg(&mp_type_ValueError, "Too many decimal digits in format string");
        return false;
    }
    *v = cur * 10 + (c - '0');
    return true;
}

static bool parse_spec(const char *s, size_t n, spec_t *sp) {
    *sp = (spec_t){ .fill = " ", .fill_len = 1, .width = -1, .precision = -1 };
    size_t i = 0;
    /* fill (one character, possibly multi-byte) followed by an align char */
    bool explicit_fill = false;
    size_t clen = 1;
    while (clen < n && ((unsigned char)s[clen] & 0xC0) == 0x80) clen++;
    if (n > clen && (s[clen] == '<' || s[clen] == '>' || s[clen] == '^' || s[clen] == '=')) {
        __builtin_memcpy(sp->fill, s, clen);
        sp->fill_len = clen;
        explicit_fill = true;
        sp->align = s[clen];
        i = clen + 1;
    } else if (n > 0 && (s[0] == '<' || s[0] == '>' || s[0] == '^' || s[0] == '=')) {
        sp->align = s[0];
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp->sign = s[i++];
    if (i < n && s[i] == 'z') {
        sp->no_neg_zero = true;
        i++;
    }
    if (i < n && s[i] == '#') {
        sp->alt = true;
        i++;
    }
    if (i < n && s[i] == '0') {
        sp->zero = true;
        i++;
    }
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (!add_digit(&sp->width, s[i++])) return false;
    }
    if (i < n && (s[i] == ',' || s[i] == '_')) sp->grouping = s[i++];
    if (i < n && s[i] == '.') {
        i++;
        sp->precision = 0;
        if (i >= n || s[i] < '0' || s[i] > '9') {
            mp_raise_msg(&mp_type_ValueError, "Format specifier missing precision");
            return false;
        }
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (!add_digit(&sp->precision, s[i++])) return false;
        }
    }
    if (i < n) sp->type = s[i++];
    if (i < n) {
        mp_raise_msg(&mp_type_ValueError, "Invalid format specifier");
        return false;
    }
    /* '0' means fill '0' unless a fill was given, and align '=' unless an align was. */
    if (sp->zero) {
        if (!explicit_fill) {
            sp->fill[0] = '0';
            sp->fill_len = 1;
        }
        if (sp->align == 0) {
            sp->align = '=';
            sp->zero_align = true;
        }
    }
    return true;
}

/* Writes sign + body padded per spec; numeric bodies pad after the sign for '='. */
static void emit_padded(mp_strbuilder_t *out, const spec_t *sp, const char *sign, size_t sign_len, const char *body,
    size_t body_len, char default_align) {
    size_t chars = mp_utf8_chars(sign, sign_len) + mp_utf8_chars(body, body_len);
    size_t width = sp->width > 0 ? (size_t)sp->width : 0;
    size_t pad = width > chars ? width - chars : 0;
    char align = sp->align ? sp->align : default_align;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    size_t right = align == '<' ? pad : align == '^' ? pad - pad / 2 : 0;
    if (align == '=') {
        mp_strbuilder_add(out, sign, sign_len);
        for (size_t i = 0; i < pad; i++) mp_strbuilder_add(out, sp->fill, sp->fill_len);
        mp_strbuilder_add(out, body, body_len);
        return;
    }
    for (size_t i = 0; i < left; i++) mp_strbuilder_add(out, sp->fill, sp->fill_len);
    mp_strbuilder_add(out, sign, sign_len);
    mp_strbuilder_add(out, body, body_len);
    for (size_t i = 0; i < right; i++) mp_strbuilder_add(out, sp->fill, sp->fill_len);
}

/* Writes the first int_len characters of digits with a separator every
 * `every` digits from the right, then the rest (fraction, exponent). With
 * zero padding ('0' fill, '=' align) the integer part grows with grouped
 * zeros to at least min_width characters, never starting with a separator,
 * as CPython does. */
static void group_digits(
    mp_strbuilder_t *out, const char *digits, size_t n, size_t int_len, char sep, int every, size_t min_width) {
    size_t total = 0, group = 0, real = int_len;
    mp_strbuilder_t rev = { 0 };
    while (real > 0 || total < min_width) {
        if (group == (size_t)every) {
            mp_strbuilder_add(&rev, &sep, 1);
            total++;
            group = 0;
        }
        mp_strbuilder_add(&rev, real > 0 ? &digits[--real] : "0", 1);
        total++;
        group++;
    }
    if (rev.failed) {
        out->failed = true;
        return;
    }
    for (size_t i = rev.len; i-- > 0;) mp_strbuilder_add(out, &rev.buf[i], 1);
    mp_strbuilder_add(out, digits + int_len, n - int_len);
}

/* Characters of the integer part a grouped number must fill when zero padded
 * (0 when the spec does not zero pad); rest_len counts what follows it. */
static size_t zero_pad_width(const spec_t *sp, size_t sign_len, size_t rest_len) {
    if (sp->align != '=' || sp->fill_len != 1 || sp->fill[0] != '0' || sp->width < 0) return 0;
    size_t used = sign_len + rest_len;
    return (size_t)sp->width > used ? (size_t)sp->width - used : 0;
}

static bool format_int(mp_strbuilder_t *out, mp_obj_t v, const spec_t *sp) {
    char type = sp->type ? sp->type : 'd';
    if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G' || type == '%') {
        return false; /* caller converts to float */
    }
    if (sp->precision >= 0) {
        mp_raise_msg(&mp_type_ValueError, "Precision not allowed in integer format specifier");
        return true;
    }
    /* '_' groups every base by 4 digits, ',' only decimal; neither suits 'c' or 'n'. */
    if (sp->grouping && (type == 'c' || type == 'n' || (sp->grouping == ',' && type != 'd'))) {
        mp_raise_fmt(&mp_type_ValueError, "Cannot specify '%c' with '%c'.", (int)sp->grouping, (int)type);
        return true;
    }
    if (type == 'c') {
        if (sp->sign || sp->alt) {
            mp_raise_fmt(&mp_type_ValueError, "%s not allowed with integer format specifier 'c'",
                sp->sign ? "Sign" : "Alternate form (#)");
            return true;
        }
        int64_t c;
        if (!mp_arg_int_range(v, 0, 0x10FFFF, "%c arg not in range(0x110000)", &c)) return true;
        mp_obj_t s = mp_str_from_codepoint((uint32_t)c);
        if (s == MP_OBJ_NULL) return true;
        size_t n;
        const char *d = mp_str_data(s, &n);
        emit_padded(out, sp, "", 0, d, n, '>'); /* an int: right-aligned by default, even as a character */
        return true;
    }
    unsigned base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
    if (type != 'd' && type != 'n' && base == 10) {
        mp_raise_fmt(&mp_type_ValueError, "Unknown format code '%c' for object of type 'int'", (int)type);
        return true;
    }
    size_t dn;
    bool neg;
    const char *digits = mp_int_digits(v, (int)base, type == 'X', &dn, &neg);
    if (digits == NULL) return true;
    char sign[4];
    size_t sl = 0;
    if (neg)
        sign[sl++] = '-';
    else if (sp->sign == '+')
        sign[sl++] = '+';
    else if (sp->sign == ' ')
        sign[sl++] = ' ';
    if (sp->alt && base != 10) {
        sign[sl++] = '0';
        sign[sl++] = type == 'X' ? 'X' : type;
    }
    mp_strbuilder_t body = { 0 };
    if (sp->grouping)
        group_digits(&body, digits, dn, dn, sp->grouping, base == 10 ? 3 : 4, zero_pad_width(sp, sl, 0));
    else
        mp_strbuilder_add(&body, digits, dn);
    emit_padded(out, sp, sign, sl, body.buf, body.len, '>');
    return true;
}

static void format_number_text(mp_strbuilder_t *out, const char *num, size_t n, const spec_t *sp);

static void format_float(mp_strbuilder_t *out, double d, const spec_t *sp) {
    char type = sp->type;
    char num[400];
    size_t n = fp_format(d, type == 'n' ? 'g' : type, sp->precision,
        (sp->alt ? FP_FLAG_ALT : 0) | (sp->no_neg_zero ? FP_FLAG_NO_NEG_ZERO : 0), num, sizeof num);
    if (n == 0 || n >= sizeof num) {
        mp_raise_msg(&mp_type_ValueError, "Invalid format specifier");
        return;
    }
    format_number_text(out, num, n, sp);
}

/* A formatted float's text (optional '-', digits...) with the spec's sign,
 * grouping and padding. */
static void format_number_text(mp_strbuilder_t *out, const char *num, size_t n, const spec_t *sp) {
    const char *body = num;
    char sign[2];
    size_t sl = 0;
    if (num[0] == '-') {
        sign[sl++] = '-';
        body++;
        n--;
    } else if (sp->sign == '+')
        sign[sl++] = '+';
    else if (sp->sign == ' ')
        sign[sl++] = ' ';
    mp_strbuilder_t b = { 0 };
    if (sp->grouping) {
        size_t int_len = 0;
        while (int_len < n && body[int_len] >= '0' && body[int_len] <= '9') int_len++;
        if (int_len > 0)
            group_digits(&b, body, n, int_len, sp->grouping, 3, zero_pad_width(sp, sl, n - int_len));
        else
            mp_strbuilder_add(&b, body, n);
    } else
        mp_strbuilder_add(&b, body, n);
    emit_padded(out, sp, sign, sl, b.buf, b.len, '>');
}

/* A complex number as CPython: with no type, str()'s form (the parts'
 * shortest repr, parentheses unless the real part is +0); with a float
 * type, both parts in that form (the imaginary one signed) and no
 * parentheses; the whole padded, right-aligned by default. */
/* Index of c in s[0..n), or n (no C library on the boards). */
static size_t find_char(const char *s, size_t n, char c) {
    size_t i = 0;
    while (i < n && s[i] != c) i++;
    return i;
}

static void format_complex(mp_strbuilder_t *out, double re, double im, const spec_t *sp) {
    if (sp->fill_len == 1 && sp->fill[0] == '0') {
        mp_raise_msg(&mp_type_ValueError, "Zero padding is not allowed in complex format specifier");
        return;
    }
    if (sp->align == '=') {
        mp_raise_msg(&mp_type_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return;
    }
    char type = sp->type;
    if (type && find_char("eEfFgGn", 7, type) == 7) {
        mp_raise_fmt(&mp_type_ValueError, "Unknown format code '%c' for object of type 'complex'", (int)type);
        return;
    }
    bool shortest = type == 0 && sp->precision < 0;
    bool skip_re = type == 0 && re == 0 && !__builtin_signbit(re), parens = type == 0 && !skip_re;
    spec_t part = *sp;
    part.width = -1;
    part.align = 0;
    part.type = type == 0 ? 'g' : type;
    mp_strbuilder_t b = { 0 };
    if (parens) mp_strbuilder_add(&b, "(", 1);
    for (int i = skip_re ? 1 : 0; i < 2; i++) {
        double d = i == 0 ? re : im;
        if (i == 1 && !skip_re) part.sign = '+';
        if (!shortest) {
            format_float(&b, d, &part);
            continue;
        }
        char num[FP_REPR_BUFSIZE + 2];
        size_t n = fp_repr_short(d, num);
        if (sp->no_neg_zero && n == 2 && num[0] == '-' && num[1] == '0') __builtin_memmove(num, num + 1, n--);
        if (sp->alt && d - d == 0 && find_char(num, n, '.') == n) {
            /* '#': keep a point, before the exponent if there is one. */
            size_t at = find_char(num, n, 'e');
            __builtin_memmove(num + at + 1, num + at, n - at + 1);
            num[at] = '.';
            n++;
        }
        format_number_text(&b, num, n, &part);
    }
    mp_strbuilder_add(&b, parens ? "j)" : "j", parens ? 2 : 1);
    if (b.failed) {
        out->failed = true;
        return;
    }
    emit_padded(out, sp, "", 0, b.buf, b.len, '>');
}

/* format(v, spec) of an instance whose class defines __format__: its
 * result, which must be a str (CPython); SENTINEL when no class defines it. */
static mp_obj_t user_format(mp_obj_t v, const char *spec, size_t spec_len) {
    const mp_type_t *t = mp_type_of(v);
    if (!(t->flags & MP_TYPE_FLAG_USER)) return MP_OBJ_SENTINEL;
    mp_obj_t name = mp_str_from_cstr("__format__");
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t f = mp_class_attr(t, name);
    if (f == MP_OBJ_NULL || f == MP_OBJ_SENTINEL) return f;
    mp_obj_t args[2] = { v, mp_str_new(spec, spec_len) };
    if (args[1] == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t r = mp_call(f, 2, args, NULL);
    if (r != MP_OBJ_NULL && !mp_is_instance_of_type(r, &mp_type_str))
        return mp_raise_fmt(&mp_type_TypeError, "__format__ must return a str, not %s", mp_type_of(r)->name);
    return r;
}

mp_obj_t mp_format_value(mp_obj_t v, const char *spec, size_t spec_len) {
    mp_obj_t user = user_format(v, spec, spec_len);
    if (user != MP_OBJ_SENTINEL) return user;
    spec_t sp;
    if (!parse_spec(spec, spec_len, &sp)) return MP_OBJ_NULL;
    mp_strbuilder_t out = { 0 };
    const mp_type_t *t = mp_type_of(v);
    if (t == &mp_type_bool && sp.type == 0 && spec_len == 0) return mp_obj_str(v, MP_PRINT_STR);
    if (t == &mp_type_int || t == &mp_type_bool) {
        if (t == &mp_type_bool) v = mp_small_int(v == MP_TRUE);
        if (sp.type == 's')
            return mp_raise_msg(&mp_type_ValueError, "Unknown format code 's' for object of type 'int'");
        if (!format_int(&out, v, &sp)) {
            if (mp_state.exc) return MP_OBJ_NULL;
            double d;
            if (!mp_obj_to_double(v, &d)) return MP_OBJ_NULL;
            format_float(&out, d, &sp);
        }
    } else if (t == &mp_type_float) {
        if (sp.type == 's' || sp.type == 'd' || sp.type == 'x' || sp.type == 'b' || sp.type == 'o' || sp.type == 'c')
            return mp_raise_fmt(
                &mp_type_ValueError, "Unknown format code '%c' for object of type 'float'", (int)sp.type);
        format_float(&out, ((const mp_float_t *)v)->value, &sp);
    } else if (t == &mp_type_complex && spec_len > 0) {
        format_complex(&out, ((const mp_complex_t *)v)->real, ((const mp_complex_t *)v)->imag, &sp);
    } else {
        if (sp.type && sp.type != 's')
            return mp_raise_fmt(
                &mp_type_ValueError, "Unknown format code '%c' for object of type '%s'", (int)sp.type, t->name);
        if (sp.grouping) return mp_raise_fmt(&mp_type_ValueError, "Cannot specify '%c' with 's'.", (int)sp.grouping);
        /* A string takes '0' as a fill only: left-aligned (CPython 3.10+). */
        if (sp.zero_align) sp.align = '<';
        if (sp.sign || sp.alt || sp.align == '=')
            return mp_raise_fmt(&mp_type_ValueError, "%s not allowed in string format specifier",
                sp.sign      ? "Sign"
                    : sp.alt ? "Alternate form (#)"
                             : "'=' alignment");
        mp_obj_t s = mp_obj_str(v, MP_PRINT_STR);
        if (s == MP_OBJ_NULL) return s;
        size_t n;
        const char *d = mp_str_data(s, &n);
        if (sp.precision >= 0) {
            size_t i = 0, c = 0;
            while (i < n && c < (size_t)sp.precision) {
                i++;
                while (i < n && ((unsigned char)d[i] & 0xC0) == 0x80) i++;
                c++;
            }
            n = i;
        }
        emit_padded(&out, &sp, "", 0, d, n, '<');
    }
    if (mp_state.exc) return MP_OBJ_NULL;
    return mp_strbuilder_str(&out);
}

/* ---- str.format ---- */

static bool all_digits(const char *s, size_t n) {
    for (size_t j = 0; j < n; j++)
        if (s[j] < '0' || s[j] > '9') return false;
    return true;
}

static mp_obj_t field_value(
    const char *name, size_t n, size_t *auto_index, size_t nargs, const mp_obj_t *args, mp_dict_t *kw) {
    size_t i = 0;
    while (i < n && name[i] != '.' && name[i] != '[') i++;
    mp_obj_t v;
    if (i == 0) {
        if (*auto_index == (size_t)-1)
            return mp_raise_msg(
                &mp_type_ValueError, "cannot switch from manual field specification to automatic field numbering");
        size_t k = (*auto_index)++;
        if (k >= nargs)
            return mp_raise_fmt(
                &mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
        v = args[k];
    } else if (all_digits(name, i)) {
        size_t k = 0;
        for (size_t j = 0; j < i; j++) k = k * 10 + (size_t)(name[j] - '0');
        if (*auto_index != 0 && *auto_index != (size_t)-1)
            return mp_raise_msg(
                &mp_type_ValueError, "cannot switch from automatic field numbering to manual field specification");
        *auto_index = (size_t)-1;
        if (k >= nargs)
            return mp_raise_fmt(
                &mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
        v = args[k];
    } else {
        mp_obj_t key = mp_str_new(name, i);
        if (key == MP_OBJ_NULL) return key;
        v = kw ? mp_dict_get(kw, key) : MP_OBJ_SENTINEL;
        if (v == MP_OBJ_SENTINEL) return mp_raise(mp_exception_new(&mp_type_KeyError, 1, &key));
        if (v == MP_OBJ_NULL) return v;
    }
    while (i < n) {
        if (name[i] == '.') {
            size_t s = ++i;
            while (i < n && name[i] != '.' && name[i] != '[') i++;
            if (i == s) return mp_raise_msg(&mp_type_ValueError, "Empty attribute in format string");
            mp_obj_t attr = mp_str_new(name + s, i - s);
            if (attr == MP_OBJ_NULL) return attr;
            v = mp_load_attr(v, attr);
        } else {
            size_t s = ++i;
            while (i < n && name[i] != ']') i++;
            if (i >= n) return mp_raise_msg(&mp_type_ValueError, "Missing ']' in format string");
            if (i == s) return mp_raise_msg(&mp_type_ValueError, "Empty attribute in format string");
            if (i + 1 < n && name[i + 1] != '.' && name[i + 1] != '[')
                return mp_raise_msg(&mp_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            bool digits = i > s;
            for (size_t j = s; j < i; j++)
                if (name[j] < '0' || name[j] > '9') digits = false;
            mp_obj_t key;
            if (digits) {
                mp_int_t k = 0;
                for (size_t j = s; j < i; j++) k = k * 10 + (name[j] - '0');
                key = mp_small_int(k);
            } else
                key = mp_str_new(name + s, i - s);
            if (key == MP_OBJ_NULL) return key;
            v = mp_subscr(v, key, MP_OBJ_SENTINEL);
            i++;
        }
        if (v == MP_OBJ_NULL) return v;
    }
    return v;
}

static mp_obj_t do_format(
    const char *f, size_t flen, size_t nargs, const mp_obj_t *args, mp_dict_t *kw, size_t *auto_index, int depth) {
    mp_strbuilder_t out = { 0 };
    for (size_t i = 0; i < flen; i++) {
        char c = f[i];
        if (c == '}') {
            if (i + 1 < flen && f[i + 1] == '}') {
                mp_strbuilder_add(&out, "}", 1);
                i++;
                continue;
            }
            return mp_raise_msg(&mp_type_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') {
            mp_strbuilder_add(&out, &c, 1);
            continue;
        }
        if (i + 1 < flen && f[i + 1] == '{') {
            mp_strbuilder_add(&out, "{", 1);
            i++;
            continue;
        }
        /* A field: find its end, allowing one level of nested braces in the spec. */
        size_t s = ++i, nest = 0;
        while (i < flen && (f[i] != '}' || nest > 0)) {
            if (f[i] == '{')
                nest++;
            else if (f[i] == '}')
                nest--;
            i++;
        }
        if (i >= flen) return mp_raise_msg(&mp_type_ValueError, "expected '}' before end of string");
        size_t e = i, name_end = s;
        while (name_end < e && f[name_end] != '!' && f[name_end] != ':') name_end++;
        char conv = 0;
        size_t spec_start = name_end;
        if (name_end < e && f[name_end] == '!') {
            if (name_end + 1 >= e)
                return mp_raise_msg(&mp_type_ValueError, "end of string while looking for conversion specifier");
            conv = f[name_end + 1];
            spec_start = name_end + 2;
            if (spec_start < e && f[spec_start] != ':')
                return mp_raise_msg(&mp_type_ValueError, "expected ':' after conversion specifier");
        }
        mp_obj_t v = field_value(f + s, name_end - s, auto_index, nargs, args, kw);
        if (v == MP_OBJ_NULL) return v;
        if (conv == 'r' || conv == 'a')
            v = mp_obj_str(v, MP_PRINT_REPR);
        else if (conv == 's')
            v = mp_obj_str(v, MP_PRINT_STR);
        else if (conv != 0)
            return mp_raise_fmt(&mp_type_ValueError, "Unknown conversion specifier %c", (int)conv);
        if (v == MP_OBJ_NULL) return v;
        const char *spec = "";
        size_t spec_len = 0;
        if (spec_start < e && f[spec_start] == ':') {
            spec = f + spec_start + 1;
            spec_len = e - spec_start - 1;
            bool nested = false;
            for (size_t j = 0; j < spec_len; j++)
                if (spec[j] == '{') nested = true;
            if (nested) {
                if (depth > 1) return mp_raise_msg(&mp_type_ValueError, "Max string recursion exceeded");
                mp_obj_t sp = do_format(spec, spec_len, nargs, args, kw, auto_index, depth + 1);
                if (sp == MP_OBJ_NULL) return sp;
                spec = mp_str_data(sp, &spec_len);
            }
        }
        mp_obj_t r = mp_format_value(v, spec, spec_len);
        if (r == MP_OBJ_NULL) return r;
        size_t rn;
        const char *rd = mp_str_data(r, &rn);
        mp_strbuilder_add(&out, rd, rn);
    }
    return mp_strbuilder_str(&out);
}

mp_obj_t mp_str_format(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    size_t flen;
    const char *f = mp_str_data(args[0], &flen);
    size_t auto_index = 0;
    return do_format(f, flen, n - 1, args + 1, kw, &auto_index, 0);
}
