/* Methods of bytes and bytearray (one implementation: results take the
 * type of self), bytearray's mutators, and the codecs: bytes.decode and
 * str.encode for utf-8 (strictly validated), ascii and latin-1, with the
 * 'strict', 'replace' and 'ignore' error handlers. */
#include "mpy/runtime.h"

#define SELF(DATA, LEN) \
    const uint8_t *DATA = ((const mp_bytes_t *)args[0])->data; \
    size_t LEN = ((const mp_bytes_t *)args[0])->len
#define SELF_TYPE mp_type_of(args[0])

static mp_obj_t kw_arg(mp_dict_t *kw, const char *name, mp_obj_t dflt) {
    if (kw == NULL) return dflt;
    mp_obj_t k = mp_str_from_cstr(name);
    if (k == MP_OBJ_NULL) return k;
    mp_obj_t v = mp_dict_get(kw, k);
    return v == MP_OBJ_SENTINEL ? dflt : v;
}

/* Bytes-like argument, or TypeError "<what>, not 'T'". */
static bool want_buffer(mp_obj_t o, const uint8_t **d, size_t *n) {
    if (mp_get_buffer(o, d, n)) return true;
    if (mp_type_of(o) == &mp_type_memoryview) {
        mp_obj_t b = mp_bytes_new(NULL, 0);
        mp_obj_t r = b == MP_OBJ_NULL ? b : mp_binary_op(MPY_BINARY_ADD, b, o); /* copies a strided view */
        return r != MP_OBJ_NULL && mp_get_buffer(r, d, n);
    }
    mp_raise_fmt(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_type_of(o)->name);
    return false;
}

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* ---- search ---- */

/* Optional start/end arguments as a byte range; from may exceed to
 * (then nothing matches, not even the empty pattern). */
static bool range_args(size_t n, const mp_obj_t *args, size_t first, size_t len, mp_int_t *from, mp_int_t *to) {
    mp_int_t a = 0, b = (mp_int_t)len;
    for (size_t k = 0; k < 2; k++) {
        if (n <= first + k || args[first + k] == MP_NONE) continue;
        mp_obj_t x = args[first + k];
        if (x == MP_TRUE || x == MP_FALSE) x = mp_small_int(x == MP_TRUE);
        if (!mp_is_small_int(x)) {
            mp_raise_msg(&mp_type_TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        mp_int_t v = mp_small_int_value(x);
        if (v < 0) {
            v += (mp_int_t)len;
            if (v < 0) v = 0;
        }
        if (v > (mp_int_t)len) v = (mp_int_t)len + (k == 0); /* a start past the end matches nothing */
        if (k == 0)
            a = v;
        else
            b = v;
    }
    *from = a;
    *to = b;
    return true;
}

/* The pattern of find/count/index: bytes-like or an int. */
static bool pattern_arg(mp_obj_t o, const uint8_t **d, size_t *n, uint8_t *one) {
    if (mp_is_small_int(o) || o == MP_TRUE || o == MP_FALSE || mp_type_of(o) == &mp_type_int) {
        if (!mp_obj_get_byte(o, one)) return false;
        *d = one;
        *n = 1;
        return true;
    }
    if (mp_get_buffer(o, d, n) || mp_type_of(o) == &mp_type_memoryview) return want_buffer(o, d, n);
    mp_raise_fmt(&mp_type_TypeError, "argument should be integer or bytes-like object, not '%s'", mp_type_of(o)->name);
    return false;
}

static mp_int_t find_in(const uint8_t *h, mp_int_t from, mp_int_t to, const uint8_t *nd, size_t nn, bool reverse) {
    if (to - from < (mp_int_t)nn) return -1;
    if (reverse) {
        for (mp_int_t i = to - (mp_int_t)nn; i >= from; i--)
            if (__builtin_memcmp(h + i, nd, nn) == 0) return i;
    } else {
        for (mp_int_t i = from; i + (mp_int_t)nn <= to; i++)
            if (__builtin_memcmp(h + i, nd, nn) == 0) return i;
    }
    return -1;
}

static mp_obj_t do_find(size_t n, const mp_obj_t *args, bool reverse, bool raise) {
    SELF(s, len);
    const uint8_t *nd;
    size_t nn;
    uint8_t one;
    mp_int_t from, to;
    if (!pattern_arg(args[1], &nd, &nn, &one) || !range_args(n, args, 2, len, &from, &to)) return MP_OBJ_NULL;
    mp_int_t r = find_in(s, from, to, nd, nn, reverse);
    if (r < 0 && raise) return mp_raise_msg(&mp_type_ValueError, "subsection not found");
    return mp_small_int(r);
}
static mp_obj_t m_find(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return do_find(n, a, false, false);
}
static mp_obj_t m_rfind(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return do_find(n, a, true, false);
}
static mp_obj_t m_index(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return do_find(n, a, false, true);
}
static mp_obj_t m_rindex(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return do_find(n, a, true, true);
}

static mp_obj_t m_count(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    SELF(s, len);
    const uint8_t *nd;
    size_t nn;
    uint8_t one;
    mp_int_t from, to;
    if (!pattern_arg(args[1], &nd, &nn, &one) || !range_args(n, args, 2, len, &from, &to)) return MP_OBJ_NULL;
    if (to < from) return mp_small_int(0);
    if (nn == 0) return mp_small_int(to - from + 1);
    mp_int_t c = 0;
    for (mp_int_t i = from; i + (mp_int_t)nn <= to;) {
        if (__builtin_memcmp(s + i, nd, nn) == 0) {
            c++;
            i += (mp_int_t)nn;
        } else
            i++;
    }
    return mp_small_int(c);
}

static mp_obj_t affix(size_t n, const mp_obj_t *args, bool end) {
    SELF(s, len);
    mp_int_t from, to;
    if (!range_args(n, args, 2, len, &from, &to)) return MP_OBJ_NULL;
    mp_obj_t p = args[1];
    const mp_obj_t *cands = &p;
    size_t nc = 1;
    if (mp_type_of(p) == &mp_type_tuple) {
        cands = ((const mp_tuple_t *)p)->items;
        nc = ((const mp_tuple_t *)p)->len;
    }
    for (size_t k = 0; k < nc; k++) {
        const uint8_t *pd;
        size_t pn;
        if (!mp_get_buffer(cands[k], &pd, &pn)) {
            if (mp_type_of(cands[k]) == &mp_type_memoryview) {
                if (!want_buffer(cands[k], &pd, &pn)) return MP_OBJ_NULL;
            } else {
                return mp_raise_fmt(&mp_type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                    end ? "endswith" : "startswith", mp_type_of(cands[k])->name);
            }
        }
        if (to - from < (mp_int_t)pn) continue;
        if (pn == 0 || __builtin_memcmp(end ? s + to - (mp_int_t)pn : s + from, pd, pn) == 0) return MP_TRUE;
    }
    return MP_FALSE;
}
static mp_obj_t m_startswith(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return affix(n, a, false);
}
static mp_obj_t m_endswith(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return affix(n, a, true);
}

/* ---- split, strip, replace, join, partition ---- */

static bool append_part(mp_obj_t list, const mp_type_t *t, const uint8_t *d, size_t n) {
    mp_obj_t part = mp_bytes_like_new(t, d, n);
    return part != MP_OBJ_NULL && mp_list_append(list, part);
}

static mp_obj_t split(size_t n, const mp_obj_t *args, mp_dict_t *kw, bool reverse) {
    SELF(s, len);
    const mp_type_t *t = SELF_TYPE;
    mp_obj_t sep_obj = kw_arg(kw, "sep", n > 1 ? args[1] : MP_NONE);
    mp_obj_t max_obj = kw_arg(kw, "maxsplit", n > 2 ? args[2] : mp_small_int(-1));
    if (sep_obj == MP_OBJ_NULL || max_obj == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_int_t maxsplit;
    if (!mp_arg_ssize(max_obj, &maxsplit)) return MP_OBJ_NULL;
    mp_obj_t parts = mp_list_new(0, NULL);
    if (parts == MP_OBJ_NULL) return parts;
    /* Collected back to front when reverse, then flipped. */
    if (sep_obj == MP_NONE) {
        size_t i = 0, e = len;
        for (;;) {
            if (!reverse) {
                while (i < e && is_space(s[i])) i++;
            } else {
                while (e > i && is_space(s[e - 1])) e--;
            }
            if (i >= e) break;
            if (maxsplit == 0) { /* the rest, whitespace at its far end kept */
                if (!append_part(parts, t, s + i, e - i)) return MP_OBJ_NULL;
                break;
            }
            if (!reverse) {
                size_t j = i;
                while (j < e && !is_space(s[j])) j++;
                if (!append_part(parts, t, s + i, j - i)) return MP_OBJ_NULL;
                i = j;
            } else {
                size_t b = e;
                while (b > i && !is_space(s[b - 1])) b--;
                if (!append_part(parts, t, s + b, e - b)) return MP_OBJ_NULL;
                e = b;
            }
            if (maxsplit > 0) maxsplit--;
        }
    } else {
        const uint8_t *sep;
        size_t sn;
        if (!want_buffer(sep_obj, &sep, &sn)) return MP_OBJ_NULL;
        if (sn == 0) return mp_raise_msg(&mp_type_ValueError, "empty separator");
        mp_int_t i = 0, e = (mp_int_t)len;
        for (;;) {
            mp_int_t f = maxsplit == 0 ? -1 : find_in(s, i, e, sep, sn, reverse);
            if (f < 0) {
                if (!append_part(parts, t, s + i, (size_t)(e - i))) return MP_OBJ_NULL;
                break;
            }
            if (!reverse) {
                if (!append_part(parts, t, s + i, (size_t)(f - i))) return MP_OBJ_NULL;
                i = f + (mp_int_t)sn;
            } else {
                if (!append_part(parts, t, s + f + sn, (size_t)(e - f) - sn)) return MP_OBJ_NULL;
                e = f;
            }
            if (maxsplit > 0) maxsplit--;
        }
    }
    if (reverse) {
        mp_list_t *l = (mp_list_t *)parts;
        for (size_t a = 0, b = l->len; a + 1 < b; a++, b--) {
            mp_obj_t x = l->items[a];
            l->items[a] = l->items[b - 1];
            l->items[b - 1] = x;
        }
    }
    return parts;
}
static mp_obj_t m_split(size_t n, const mp_obj_t *a, mp_dict_t *kw) { return split(n, a, kw, false); }
static mp_obj_t m_rsplit(size_t n, const mp_obj_t *a, mp_dict_t *kw) { return split(n, a, kw, true); }

/* Lines end at \n, \r or \r\n, as CPython's bytes.splitlines. */
static mp_obj_t m_splitlines(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t keep_obj = kw_arg(kw, "keepends", n > 1 ? args[1] : MP_FALSE);
    if (keep_obj == MP_OBJ_NULL) return keep_obj;
    int keep = mp_truth(keep_obj);
    if (keep < 0) return MP_OBJ_NULL;
    SELF(s, len);
    mp_obj_t parts = mp_list_new(0, NULL);
    if (parts == MP_OBJ_NULL) return parts;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '\n' && s[j] != '\r') j++;
        size_t e = j;
        if (j < len) j += (s[j] == '\r' && j + 1 < len && s[j + 1] == '\n') ? 2 : 1;
        if (!append_part(parts, SELF_TYPE, s + i, (keep ? j : e) - i)) return MP_OBJ_NULL;
        s = ((const mp_bytes_t *)args[0])->data; /* a bytearray's buffer may move */
        i = j;
    }
    return parts;
}

static mp_obj_t strip(size_t n, const mp_obj_t *args, bool left, bool right) {
    SELF(s, len);
    const uint8_t *chars = NULL;
    size_t cn = 0;
    if (n > 1 && args[1] != MP_NONE && !want_buffer(args[1], &chars, &cn)) return MP_OBJ_NULL;
    size_t a = 0, b = len;
#define IN_SET(c) (chars ? cn > 0 && __builtin_memchr(chars, (c), cn) != NULL : is_space(c))
    if (left)
        while (a < b && IN_SET(s[a])) a++;
    if (right)
        while (b > a && IN_SET(s[b - 1])) b--;
#undef IN_SET
    if (a == 0 && b == len && SELF_TYPE == &mp_type_bytes) return args[0];
    return mp_bytes_like_new(SELF_TYPE, s + a, b - a);
}
static mp_obj_t m_strip(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return strip(n, a, true, true);
}
static mp_obj_t m_lstrip(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return strip(n, a, true, false);
}
static mp_obj_t m_rstrip(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return strip(n, a, false, true);
}

static mp_obj_t m_replace(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    SELF(s, len);
    const uint8_t *old, *nw;
    size_t on, nn;
    if (!want_buffer(args[1], &old, &on) || !want_buffer(args[2], &nw, &nn)) return MP_OBJ_NULL;
    mp_int_t max = -1;
    if (n > 3) {
        if (!mp_arg_ssize(args[3], &max)) return MP_OBJ_NULL;
    }
    /* Count the replacements, then build the result in one allocation. */
    size_t hits = 0;
    if (on == 0)
        hits = len + 1;
    else
        for (size_t i = 0; i + on <= len;) {
            if (__builtin_memcmp(s + i, old, on) == 0) {
                hits++;
                i += on;
            } else
                i++;
        }
    if (max >= 0 && (size_t)max < hits) hits = (size_t)max;
    mp_obj_t r;
    uint8_t *d = mp_bytes_like_alloc(SELF_TYPE, len + hits * nn - hits * on, &r);
    if (d == NULL) return MP_OBJ_NULL;
    size_t w = 0, i = 0;
    while (i <= len) {
        bool hit = hits > 0 && (on == 0 || (i + on <= len && __builtin_memcmp(s + i, old, on) == 0));
        if (hit) {
            __builtin_memcpy(d + w, nw, nn);
            w += nn;
            hits--;
            if (on > 0) {
                i += on;
                continue;
            }
        }
        if (i == len) break;
        d[w++] = s[i++];
    }
    return r;
}

static mp_obj_t m_join(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    SELF(sep, sn);
    mp_obj_t items = args[1];
    if (mp_type_of(items) != &mp_type_list && mp_type_of(items) != &mp_type_tuple) {
        items = mp_type_list.make_new(&mp_type_list, 1, &items, NULL);
        if (items == MP_OBJ_NULL) return items;
    }
    const mp_obj_t *it;
    size_t cnt;
    if (mp_type_of(items) == &mp_type_list) {
        it = ((const mp_list_t *)items)->items;
        cnt = ((const mp_list_t *)items)->len;
    } else {
        it = ((const mp_tuple_t *)items)->items;
        cnt = ((const mp_tuple_t *)items)->len;
    }
    size_t total = 0;
    for (size_t i = 0; i < cnt; i++) {
        const uint8_t *d;
        size_t dn;
        if (!mp_get_buffer(it[i], &d, &dn))
            return mp_raise_fmt(&mp_type_TypeError, "sequence item %d: expected a bytes-like object, %s found", (int)i,
                mp_type_of(it[i])->name);
        total += dn + (i ? sn : 0);
    }
    mp_obj_t r;
    uint8_t *out = mp_bytes_like_alloc(SELF_TYPE, total, &r);
    if (out == NULL) return MP_OBJ_NULL;
    size_t w = 0;
    for (size_t i = 0; i < cnt; i++) {
        const uint8_t *d;
        size_t dn;
        mp_get_buffer(it[i], &d, &dn);
        if (i && sn) {
            __builtin_memcpy(out + w, sep, sn);
            w += sn;
        }
        if (dn) __builtin_memcpy(out + w, d, dn);
        w += dn;
    }
    return r;
}

static mp_obj_t partition(const mp_obj_t *args, bool reverse) {
    SELF(s, len);
    const mp_type_t *t = SELF_TYPE;
    const uint8_t *sep;
    size_t sn;
    if (!want_buffer(args[1], &sep, &sn)) return MP_OBJ_NULL;
    if (sn == 0) return mp_raise_msg(&mp_type_ValueError, "empty separator");
    mp_int_t f = find_in(s, 0, (mp_int_t)len, sep, sn, reverse);
    mp_obj_t parts[3];
    if (f < 0) {
        size_t whole = reverse ? 2 : 0;
        for (size_t k = 0; k < 3; k++)
            parts[k] = k == whole ? mp_bytes_like_new(t, s, len) : mp_bytes_like_new(t, NULL, 0);
    } else {
        parts[0] = mp_bytes_like_new(t, s, (size_t)f);
        parts[1] = mp_bytes_like_new(t, sep, sn);
        parts[2] = mp_bytes_like_new(t, s + f + sn, len - (size_t)f - sn);
    }
    if (parts[0] == MP_OBJ_NULL || parts[1] == MP_OBJ_NULL || parts[2] == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_tuple_new(3, parts);
}
static mp_obj_t m_partition(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return partition(a, false);
}
static mp_obj_t m_rpartition(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return partition(a, true);
}

/* ---- case and classes (ASCII) ---- */

static mp_obj_t map_case(const mp_obj_t *args, bool upper) {
    SELF(s, len);
    mp_obj_t r;
    uint8_t *d = mp_bytes_like_alloc(SELF_TYPE, len, &r);
    if (d == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        if (upper && is_lower(c))
            c -= 32;
        else if (!upper && is_upper(c))
            c += 32;
        d[i] = c;
    }
    return r;
}
static mp_obj_t m_upper(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return map_case(a, true);
}
static mp_obj_t m_lower(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return map_case(a, false);
}

static mp_obj_t predicate(const mp_obj_t *args, int kind) {
    SELF(s, len);
    if (len == 0) return MP_FALSE;
    bool cased = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        bool ok;
        switch (kind) {
        case 0: ok = is_digit(c); break;
        case 1: ok = is_lower(c) || is_upper(c); break;
        case 2: ok = is_space(c); break;
        case 3: ok = is_digit(c) || is_lower(c) || is_upper(c); break;
        case 4:
            ok = !is_upper(c);
            cased |= is_lower(c);
            break;
        default:
            ok = !is_lower(c);
            cased |= is_upper(c);
            break;
        }
        if (!ok) return MP_FALSE;
    }
    return kind >= 4 ? mp_bool(cased) : MP_TRUE;
}
static mp_obj_t m_isdigit(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 0);
}
static mp_obj_t m_isalpha(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 1);
}
static mp_obj_t m_isspace(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 2);
}
static mp_obj_t m_isalnum(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 3);
}
static mp_obj_t m_islower(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 4);
}
static mp_obj_t m_isupper(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 5);
}

/* ---- hex ---- */

static const char hex_digits[] = "0123456789abcdef";

mp_obj_t mp_hex_of_buffer(mp_obj_t o, mp_obj_t sep_obj, mp_obj_t per_obj, bool as_bytes) {
    char sep = 0;
    if (sep_obj != MP_OBJ_SENTINEL) {
        const uint8_t *sd;
        size_t sl;
        if (mp_type_of(sep_obj) == &mp_type_str)
            sd = (const uint8_t *)mp_str_data(sep_obj, &sl);
        else if (!mp_get_buffer(sep_obj, &sd, &sl))
            return mp_raise_msg(&mp_type_TypeError, "sep must be str or bytes.");
        if (sl != 1) return mp_raise_msg(&mp_type_ValueError, "sep must be length 1.");
        if (sd[0] >= 0x80) return mp_raise_msg(&mp_type_ValueError, "sep must be ASCII.");
        sep = (char)sd[0];
    }
    mp_int_t per = 1;
    if (per_obj != MP_OBJ_SENTINEL && !mp_arg_ssize(per_obj, &per)) return MP_OBJ_NULL;
    if (per < -INTPTR_MAX) per = -INTPTR_MAX;
    const uint8_t *d;
    size_t len;
    if (!mp_get_buffer_copy(o, &d, &len)) return MP_OBJ_NULL;
    size_t group = (size_t)(per < 0 ? -per : per);
    size_t nseps = sep && group && len ? (len - 1) / group : 0;
    mp_obj_t out = MP_OBJ_NULL;
    char *buf =
        as_bytes ? (char *)mp_bytes_like_alloc(&mp_type_bytes, 2 * len + nseps, &out) : mp_alloc(2 * len + nseps + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    /* A strided memoryview's copy may have gone with that allocation: read again. */
    if (!mp_get_buffer_copy(o, &d, &len)) return MP_OBJ_NULL;
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        /* Groups count from the right for a positive bytes_per_sep. */
        if (i > 0 && nseps > 0 && (per > 0 ? len - i : i) % group == 0) buf[w++] = sep;
        buf[w++] = hex_digits[d[i] >> 4];
        buf[w++] = hex_digits[d[i] & 15];
    }
    return as_bytes ? out : mp_str_new(buf, w);
}

static mp_obj_t m_hex(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t sep_obj = kw_arg(kw, "sep", n > 1 ? args[1] : MP_NONE);
    mp_obj_t per_obj = kw_arg(kw, "bytes_per_sep", n > 2 ? args[2] : mp_small_int(1));
    if (sep_obj == MP_OBJ_NULL || per_obj == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_hex_of_buffer(args[0], sep_obj == MP_NONE ? MP_OBJ_SENTINEL : sep_obj, per_obj, false);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex(s): a class method (args[0] is the class). */
static mp_obj_t fromhex(size_t n, const mp_obj_t *args, const mp_type_t *t) {
    (void)n;
    mp_obj_t s = args[1];
    if (mp_type_of(s) != &mp_type_str)
        return mp_raise_fmt(&mp_type_TypeError, "fromhex() argument must be str, not %s", mp_type_of(s)->name);
    size_t len;
    const char *d = mp_str_data(s, &len);
    uint8_t *buf = mp_alloc(len / 2 + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        if (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r' || d[i] == '\f' || d[i] == '\v') {
            i++;
            continue;
        }
        int hi = hex_value(d[i]);
        int lo = i + 1 < len ? hex_value(d[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return mp_raise_fmt(&mp_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %d",
                (int)(hi < 0 ? i : i + 1));
        buf[w++] = (uint8_t)(hi << 4 | lo);
        i += 2;
    }
    return mp_bytes_like_new(t, buf, w);
}
static mp_obj_t m_fromhex(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return fromhex(n, a, &mp_type_bytes);
}
static mp_obj_t m_ba_fromhex(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return fromhex(n, a, &mp_type_bytearray);
}

/* ---- codecs ---- */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };
enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE };

static bool name_is(const char *s, size_t n, const char *lit) {
    size_t k = 0;
    for (; k < n && lit[k]; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c == '_') c = '-';
        if (c != lit[k]) return false;
    }
    return k == n && lit[k] == 0;
}

/* Encoding and error handler from (encoding, errors) arguments, either
 * of which may be SENTINEL (default). */
static bool codec_args(mp_obj_t enc, mp_obj_t err, int *codec, int *handler) {
    *codec = CODEC_UTF8;
    *handler = ERR_STRICT;
    if (enc != MP_OBJ_SENTINEL) {
        if (mp_type_of(enc) != &mp_type_str) {
            mp_raise_fmt(&mp_type_TypeError, "decode() argument 'encoding' must be str, not %s", mp_type_of(enc)->name);
            return false;
        }
        size_t n;
        const char *s = mp_str_data(enc, &n);
        if (name_is(s, n, "utf-8") || name_is(s, n, "utf8"))
            *codec = CODEC_UTF8;
        else if (name_is(s, n, "ascii") || name_is(s, n, "us-ascii"))
            *codec = CODEC_ASCII;
        else if (name_is(s, n, "latin-1") || name_is(s, n, "latin1") || name_is(s, n, "iso-8859-1") ||
            name_is(s, n, "iso8859-1"))
            *codec = CODEC_LATIN1;
        else {
            mp_raise_fmt(&mp_type_LookupError, "unknown encoding: %S", enc);
            return false;
        }
    }
    if (err != MP_OBJ_SENTINEL) {
        if (mp_type_of(err) != &mp_type_str) {
            mp_raise_fmt(&mp_type_TypeError, "decode() argument 'errors' must be str, not %s", mp_type_of(err)->name);
            return false;
        }
        size_t n;
        const char *s = mp_str_data(err, &n);
        if (name_is(s, n, "replace"))
            *handler = ERR_REPLACE;
        else if (name_is(s, n, "ignore"))
            *handler = ERR_IGNORE;
    }
    return true;
}

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1" };

static mp_obj_t decode_error(int codec, const uint8_t *d, size_t start, size_t end, const char *reason) {
    char what[48];
    if (end - start == 1) {
        __builtin_memcpy(what, "byte 0x", 7);
        what[7] = hex_digits[d[start] >> 4];
        what[8] = hex_digits[d[start] & 15];
        what[9] = 0;
        return mp_raise_fmt(&mp_type_UnicodeDecodeError, "'%s' codec can't decode %s in position %d: %s",
            codec_names[codec], what, (int)start, reason);
    }
    return mp_raise_fmt(&mp_type_UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s",
        codec_names[codec], (int)start, (int)end - 1, reason);
}

static mp_obj_t decode(const uint8_t *d, size_t len, int codec, int handler) {
    char *out = mp_alloc(len * 3 + 1); /* U+FFFD is 3 bytes; latin-1 at most 2 per byte */
    if (out == NULL) return MP_OBJ_NULL;
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        uint8_t c = d[i];
        if (c < 0x80) {
            out[w++] = (char)c;
            i++;
            continue;
        }
        if (codec == CODEC_LATIN1) {
            out[w++] = (char)(0xC0 | c >> 6);
            out[w++] = (char)(0x80 | (c & 0x3F));
            i++;
            continue;
        }
        size_t end;
        const char *reason;
        if (codec == CODEC_ASCII) {
            end = i + 1;
            reason = "ordinal not in range(128)";
        } else {
            /* Well-formed UTF-8 (no overlongs, surrogates or values past
             * U+10FFFF): the allowed range of the second byte depends on
             * the first. The error covers the valid prefix. */
            size_t need = 0;
            uint8_t lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF)
                need = 1;
            else if (c == 0xE0) {
                need = 2;
                lo = 0xA0;
            } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
                need = 2;
            else if (c == 0xED) {
                need = 2;
                hi = 0x9F;
            } else if (c == 0xF0) {
                need = 3;
                lo = 0x90;
            } else if (c >= 0xF1 && c <= 0xF3)
                need = 3;
            else if (c == 0xF4) {
                need = 3;
                hi = 0x8F;
            }
            size_t j = i + 1;
            reason = need == 0 ? "invalid start byte" : NULL;
            for (size_t k = 0; k < need; k++, j++) {
                if (j >= len) {
                    reason = "unexpected end of data";
                    break;
                }
                uint8_t b = d[j];
                if (b < (k == 0 ? lo : 0x80) || b > (k == 0 ? hi : 0xBF)) {
                    reason = "invalid continuation byte";
                    break;
                }
            }
            if (reason == NULL) {
                __builtin_memcpy(out + w, d + i, j - i);
                w += j - i;
                i = j;
                continue;
            }
            end = j > len ? len : j;
        }
        if (handler == ERR_STRICT) return decode_error(codec, d, i, end, reason);
        if (handler == ERR_REPLACE) {
            out[w++] = (char)0xEF;
            out[w++] = (char)0xBF;
            out[w++] = (char)0xBD;
        }
        i = end;
    }
    return mp_str_new(out, w);
}

mp_obj_t mp_bytes_decode(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    SELF(s, len);
    mp_obj_t enc = kw_arg(kw, "encoding", n > 1 ? args[1] : MP_OBJ_SENTINEL);
    mp_obj_t err = kw_arg(kw, "errors", n > 2 ? args[2] : MP_OBJ_SENTINEL);
    if (enc == MP_OBJ_NULL || err == MP_OBJ_NULL) return MP_OBJ_NULL;
    int codec, handler;
    if (!codec_args(enc, err, &codec, &handler)) return MP_OBJ_NULL;
    return decode(s, len, codec, handler);
}

mp_obj_t mp_str_encode(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t enc = kw_arg(kw, "encoding", n > 1 ? args[1] : MP_OBJ_SENTINEL);
    mp_obj_t err = kw_arg(kw, "errors", n > 2 ? args[2] : MP_OBJ_SENTINEL);
    if (enc == MP_OBJ_NULL || err == MP_OBJ_NULL) return MP_OBJ_NULL;
    int codec, handler;
    if (!codec_args(enc, err, &codec, &handler)) return MP_OBJ_NULL;
    size_t len;
    const uint8_t *s = (const uint8_t *)mp_str_data(args[0], &len);
    if (codec == CODEC_UTF8) return mp_bytes_new(s, len);
    uint8_t *out = mp_alloc(len + 1);
    if (out == NULL) return MP_OBJ_NULL;
    size_t w = 0, pos = 0;
    for (size_t i = 0; i < len; pos++) {
        /* One code point of the (valid) UTF-8 text. */
        uint32_t cp = s[i];
        size_t k = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
        if (k > 1) cp &= 0x3F >> (k - 1);
        for (size_t j = 1; j < k && i + j < len; j++) cp = cp << 6 | (s[i + j] & 0x3F);
        i += k;
        uint32_t limit = codec == CODEC_ASCII ? 0x80 : 0x100;
        if (cp < limit) {
            out[w++] = (uint8_t)cp;
            continue;
        }
        if (handler == ERR_REPLACE) {
            out[w++] = '?';
            continue;
        }
        if (handler == ERR_IGNORE) continue;
        char esc[12];
        size_t digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        esc[0] = '\\';
        esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (size_t d = 0; d < digits; d++) esc[2 + d] = hex_digits[(cp >> (4 * (digits - 1 - d))) & 15];
        esc[2 + digits] = 0;
        return mp_raise_fmt(&mp_type_UnicodeEncodeError,
            "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", codec_names[codec], esc,
            (int)pos, (int)limit);
    }
    return mp_bytes_new(out, w);
}

/* ---- bytearray mutators ---- */

#define BA(o) ((mp_bytearray_t *)(o))

static mp_obj_t int_arg(mp_obj_t o, mp_int_t *out) { return mp_arg_ssize(o, out) ? MP_NONE : MP_OBJ_NULL; }

static mp_obj_t ba_append(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    uint8_t c;
    if (!mp_obj_get_byte(a[1], &c)) return MP_OBJ_NULL;
    return mp_bytearray_extend(a[0], &c, 1) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t ba_extend(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const uint8_t *d;
    size_t len;
    if (mp_get_buffer(a[1], &d, &len) || mp_type_of(a[1]) == &mp_type_memoryview) {
        if (!want_buffer(a[1], &d, &len)) return MP_OBJ_NULL;
        return mp_bytearray_extend(a[0], d, len) ? MP_NONE : MP_OBJ_NULL;
    }
    if (mp_type_of(a[1]) == &mp_type_str)
        return mp_raise_msg(&mp_type_TypeError, "expected iterable of integers; got: 'str'");
    mp_obj_t it = mp_getiter(a[1]);
    if (it == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        return mp_raise_fmt(&mp_type_TypeError, "can't extend bytearray with %s", mp_type_of(a[1])->name);
    }
    /* Collect first: the iterable may be the bytearray itself. */
    mp_obj_t tmp = mp_bytearray_new(NULL, 0);
    if (tmp == MP_OBJ_NULL) return tmp;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) break;
        uint8_t c;
        if (!mp_obj_get_byte(x, &c) || !mp_bytearray_extend(tmp, &c, 1)) return MP_OBJ_NULL;
    }
    return mp_bytearray_extend(a[0], BA(tmp)->data, BA(tmp)->len) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t ba_pop(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    mp_bytearray_t *ba = BA(a[0]);
    mp_int_t i = -1;
    if (n > 1 && int_arg(a[1], &i) == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (ba->len == 0) return mp_raise_msg(&mp_type_IndexError, "pop from empty bytearray");
    if (i < 0) i += (mp_int_t)ba->len;
    if (i < 0 || i >= (mp_int_t)ba->len) return mp_raise_msg(&mp_type_IndexError, "pop index out of range");
    uint8_t c = ba->data[i];
    __builtin_memmove(ba->data + i, ba->data + i + 1, ba->len - (size_t)i - 1);
    ba->len--;
    return mp_small_int(c);
}

static mp_obj_t ba_insert(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_bytearray_t *ba = BA(a[0]);
    mp_int_t i;
    uint8_t c;
    if (int_arg(a[1], &i) == MP_OBJ_NULL || !mp_obj_get_byte(a[2], &c)) return MP_OBJ_NULL;
    if (i < 0) {
        i += (mp_int_t)ba->len;
        if (i < 0) i = 0;
    }
    if (i > (mp_int_t)ba->len) i = (mp_int_t)ba->len;
    if (!mp_bytearray_extend(a[0], &c, 1)) return MP_OBJ_NULL;
    __builtin_memmove(ba->data + i + 1, ba->data + i, ba->len - 1 - (size_t)i);
    ba->data[i] = c;
    return MP_NONE;
}

static mp_obj_t ba_remove(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_bytearray_t *ba = BA(a[0]);
    uint8_t c;
    if (!mp_obj_get_byte(a[1], &c)) return MP_OBJ_NULL;
    for (size_t i = 0; i < ba->len; i++) {
        if (ba->data[i] == c) {
            __builtin_memmove(ba->data + i, ba->data + i + 1, ba->len - i - 1);
            ba->len--;
            return MP_NONE;
        }
    }
    return mp_raise_msg(&mp_type_ValueError, "value not found in bytearray");
}

static mp_obj_t ba_clear(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    BA(a[0])->len = 0;
    return MP_NONE;
}

static mp_obj_t ba_copy(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_bytearray_new(BA(a[0])->data, BA(a[0])->len);
}

static mp_obj_t ba_reverse(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_bytearray_t *ba = BA(a[0]);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        uint8_t c = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = c;
    }
    return MP_NONE;
}

/* ---- tables ---- */

#define SHARED_METHODS \
    MP_METHOD_KW("decode", mp_bytes_decode, 1, 3), MP_METHOD_KW("hex", m_hex, 1, 3), MP_METHOD("find", m_find, 2, 4), \
        MP_METHOD("rfind", m_rfind, 2, 4), MP_METHOD("index", m_index, 2, 4), MP_METHOD("rindex", m_rindex, 2, 4), \
        MP_METHOD("count", m_count, 2, 4), MP_METHOD("startswith", m_startswith, 2, 4), \
        MP_METHOD("endswith", m_endswith, 2, 4), MP_METHOD_KW("split", m_split, 1, 3), \
        MP_METHOD_KW("rsplit", m_rsplit, 1, 3), MP_METHOD_KW("splitlines", m_splitlines, 1, 2), \
        MP_METHOD("strip", m_strip, 1, 2), MP_METHOD("lstrip", m_lstrip, 1, 2), MP_METHOD("rstrip", m_rstrip, 1, 2), \
        MP_METHOD("replace", m_replace, 3, 4), MP_METHOD("join", m_join, 2, 2), \
        MP_METHOD("partition", m_partition, 2, 2), MP_METHOD("rpartition", m_rpartition, 2, 2), \
        MP_METHOD("upper", m_upper, 1, 1), MP_METHOD("lower", m_lower, 1, 1), MP_METHOD("isdigit", m_isdigit, 1, 1), \
        MP_METHOD("isalpha", m_isalpha, 1, 1), MP_METHOD("isspace", m_isspace, 1, 1), \
        MP_METHOD("isalnum", m_isalnum, 1, 1), MP_METHOD("islower", m_islower, 1, 1), \
        MP_METHOD("isupper", m_isupper, 1, 1)

const mp_method_t mp_bytes_methods[] = {
    SHARED_METHODS,
    MP_CLASSMETHOD("fromhex", m_fromhex, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_method_t mp_bytearray_methods[] = {
    SHARED_METHODS,
    MP_CLASSMETHOD("fromhex", m_ba_fromhex, 2, 2),
    MP_METHOD("append", ba_append, 2, 2),
    MP_METHOD("extend", ba_extend, 2, 2),
    MP_METHOD("pop", ba_pop, 1, 2),
    MP_METHOD("insert", ba_insert, 3, 3),
    MP_METHOD("remove", ba_remove, 2, 2),
    MP_METHOD("clear", ba_clear, 1, 1),
    MP_METHOD("copy", ba_copy, 1, 1),
    MP_METHOD("reverse", ba_reverse, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};
