/* Methods of str: join, split and friends, strip family, replace, search,
 * case and class predicates, padding, partition, format. Byte-oriented
 * (UTF-8 stays valid because every separator and pattern is whole text),
 * except whitespace and strip sets, which are Unicode code points. */
#include "mpy/runtime.h"
#include "mpy/unicase.h"
#include "mpy/modutil.h"

#define SELF_DATA(var, len) \
    size_t len; \
    const char *var = mp_str_data(args[0], &len)

/* A piece of self's text (p inside it): ASCII when self is known to be. */
static mp_obj_t piece(mp_obj_t self, const char *p, size_t n) {
    const mp_str_t *o = (const mp_str_t *)self;
    return mp_str_new_chars(p, n, o->chars == o->len ? n : MP_STR_CHARS_UNKNOWN);
}

static bool want_str(mp_obj_t o, const char *what) {
    if (mp_type_of(o) == &mp_type_str) return true;
    mp_raise_fmt(&mp_type_TypeError, "%s must be str, not %s", what, mp_type_of(o)->name);
    return false;
}

static long find_bytes(const char *h, size_t hn, const char *n, size_t nn, size_t from, size_t to, bool reverse) {
    if (from > hn) return -1;
    if (nn > to - from || to < from) return nn == 0 && from <= to ? (long)(reverse ? to : from) : -1;
    if (nn == 0) return (long)(reverse ? to : from);
    /* The first byte is compared inline; memcmp only checks candidates. */
    char first = n[0];
    if (reverse) {
        for (size_t i = to - nn + 1; i-- > from;)
            if (h[i] == first && __builtin_memcmp(h + i + 1, n + 1, nn - 1) == 0) return (long)i;
    } else {
        for (size_t i = from; i + nn <= to; i++)
            if (h[i] == first && __builtin_memcmp(h + i + 1, n + 1, nn - 1) == 0) return (long)i;
    }
    (void)hn;
    return -1;
}

/* The code point starting at byte i (its length in *n) and the one ending at byte i. */
static uint32_t cp_at(const char *s, size_t len, size_t i, size_t *n) {
    size_t j = i + 1;
    while (j < len && ((unsigned char)s[j] & 0xC0) == 0x80) j++;
    *n = j - i;
    uint32_t c = (unsigned char)s[i];
    if (c < 0x80) return c;
    c &= 0x3F >> (*n - 1);
    for (size_t k = i + 1; k < j; k++) c = c << 6 | ((unsigned char)s[k] & 0x3F);
    return c;
}
static uint32_t cp_before(const char *s, size_t i, size_t *n) {
    size_t b = i - 1;
    while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80) b--;
    return cp_at(s, i, b, n);
}

/* Unicode whitespace, as str.isspace() and split() without a separator. */
static bool is_uspace(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
        c == 0x202F || c == 0x205F || c == 0x3000;
}
static size_t space_at(const char *s, size_t len, size_t i) {
    size_t n;
    return is_uspace(cp_at(s, len, i, &n)) ? n : 0;
}
static size_t space_before(const char *s, size_t i) {
    size_t n;
    return is_uspace(cp_before(s, i, &n)) ? n : 0;
}

/* Character offsets to byte offsets for optional start/end arguments of
 * self (args[0]); in ASCII they are the same. */
static bool char_range(
    const char *s, size_t len, size_t n, const mp_obj_t *args, size_t first, size_t *from, size_t *to) {
    size_t chars = mp_str_chars(args[0]);
    size_t ua = 0, ub = chars;
    if ((n > first && !mp_arg_slice_pos(args[first], chars, true, 0, &ua)) ||
        (n > first + 1 && !mp_arg_slice_pos(args[first + 1], chars, true, chars, &ub)))
        return false;
    if (chars == len) {
        *from = ua;
        *to = ub < ua ? ua : ub;
        return true;
    }
    mp_int_t a = (mp_int_t)ua, b = (mp_int_t)ub;
    size_t ci = 0, bi = 0;
    *from = len;
    *to = len;
    for (; bi <= len; bi++) {
        if (bi < len && ((unsigned char)s[bi] & 0xC0) == 0x80) continue;
        if ((mp_int_t)ci == a) *from = bi;
        if ((mp_int_t)ci == b) {
            *to = bi;
            break;
        }
        ci++;
    }
    if (*to < *from) *to = *from;
    return true;
}

/* The characters in the first off bytes of self (args[0], data s). */
static mp_int_t byte_to_char(mp_obj_t self, const char *s, size_t off) {
    size_t len;
    mp_str_data(self, &len);
    if (mp_str_chars(self) == len) return (mp_int_t)off;
    return (mp_int_t)mp_utf8_chars(s, off);
}

static mp_obj_t do_find(size_t n, const mp_obj_t *args, bool reverse, bool raise) {
    SELF_DATA(s, len);
    if (!want_str(args[1], "must be str")) return MP_OBJ_NULL;
    size_t nn;
    const char *nd = mp_str_data(args[1], &nn);
    size_t from, to;
    if (!char_range(s, len, n, args, 2, &from, &to)) return MP_OBJ_NULL;
    if (n > 2 && mp_is_small_int(args[2])) {
        /* A start beyond the end finds nothing, not even "". */
        mp_int_t a = mp_small_int_value(args[2]), chars = (mp_int_t)mp_str_chars(args[0]);
        if (a < 0) a += chars;
        if (a > chars) return raise ? mp_raise_msg(&mp_type_ValueError, "substring not found") : mp_small_int(-1);
    }
    long r = find_bytes(s, len, nd, nn, from, to, reverse);
    if (r < 0) return raise ? mp_raise_msg(&mp_type_ValueError, "substring not found") : mp_small_int(-1);
    return mp_small_int(byte_to_char(args[0], s, (size_t)r));
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
    SELF_DATA(s, len);
    if (!want_str(args[1], "must be str")) return MP_OBJ_NULL;
    size_t nn;
    const char *nd = mp_str_data(args[1], &nn);
    size_t from, to;
    if (!char_range(s, len, n, args, 2, &from, &to)) return MP_OBJ_NULL;
    if (nn == 0) {
        /* "" is found at each position, none when start is past the end
         * or end before start (CPython). */
        size_t chars = mp_str_chars(args[0]), ua = 0, ub = chars;
        if (n > 2 && args[2] != MP_NONE) {
            mp_obj_t start = mp_index_opt(args[2]);
            if (start == MP_OBJ_NULL) return start;
            if (start == MP_OBJ_SENTINEL) start = mp_small_int(0);
            mp_obj_t past = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_GT, start, mp_small_int((mp_int_t)chars));
            if (past == MP_OBJ_NULL) return past;
            if (past == MP_TRUE) return mp_small_int(0);
        }
        if (n > 2) mp_arg_slice_pos(args[2], chars, true, 0, &ua);
        if (n > 3) mp_arg_slice_pos(args[3], chars, true, chars, &ub);
        if (ub < ua) return mp_small_int(0);
        return mp_small_int((chars == len ? (mp_int_t)(to - from) : byte_to_char(args[0], s + from, to - from)) + 1);
    }
    mp_int_t c = 0;
    for (size_t i = from; i + nn <= to;) {
        if (s[i] == nd[0] && __builtin_memcmp(s + i + 1, nd + 1, nn - 1) == 0) {
            c++;
            i += nn;
        } else
            i++;
    }
    return mp_small_int(c);
}

static mp_obj_t affix(size_t n, const mp_obj_t *args, bool end) {
    SELF_DATA(s, len);
    size_t from, to;
    if (!char_range(s, len, n, args, 2, &from, &to)) return MP_OBJ_NULL;
    mp_obj_t p = args[1];
    const mp_obj_t *cands = &p;
    size_t nc = 1;
    if (mp_type_of(p) == &mp_type_tuple) {
        cands = ((const mp_tuple_t *)p)->items;
        nc = ((const mp_tuple_t *)p)->len;
    }
    for (size_t k = 0; k < nc; k++) {
        if (mp_type_of(cands[k]) != &mp_type_str)
            return mp_raise_fmt(&mp_type_TypeError, "%s first arg must be str or a tuple of str, not %s",
                end ? "endswith" : "startswith", mp_type_of(cands[k])->name);
        size_t pn;
        const char *pd = mp_str_data(cands[k], &pn);
        if (pn > to - from) continue;
        if (__builtin_memcmp(end ? s + to - pn : s + from, pd, pn) == 0) return MP_TRUE;
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

static bool contains_cp(const char *set, size_t n, uint32_t c) {
    for (size_t i = 0, k; i < n; i += k)
        if (cp_at(set, n, i, &k) == c) return true;
    return false;
}

static mp_obj_t strip(size_t n, const mp_obj_t *args, bool left, bool right) {
    SELF_DATA(s, len);
    const char *chars = NULL;
    size_t cn = 0;
    if (n > 1 && args[1] != MP_NONE) {
        if (!want_str(args[1], "strip arg")) return MP_OBJ_NULL;
        chars = mp_str_data(args[1], &cn);
    }
    /* Code points of chars (whitespace without it) are stripped from the ends. */
    size_t a = 0, b = len, k;
    while (left && a < b) {
        uint32_t c = cp_at(s, len, a, &k);
        if (!(chars ? contains_cp(chars, cn, c) : is_uspace(c))) break;
        a += k;
    }
    while (right && b > a) {
        uint32_t c = cp_before(s, b, &k);
        if (!(chars ? contains_cp(chars, cn, c) : is_uspace(c))) break;
        b -= k;
    }
    if (a == 0 && b == len) return args[0];
    return piece(args[0], s + a, b - a);
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

static mp_obj_t split(size_t n, const mp_obj_t *args, bool reverse) {
    SELF_DATA(s, len);
    mp_int_t maxsplit = -1;
    if (n > 2 && !mp_arg_ssize(args[2], &maxsplit)) return MP_OBJ_NULL;
    mp_obj_t parts = mp_list_new(0, NULL);
    if (parts == MP_OBJ_NULL) return parts;
    if (n < 2 || args[1] == MP_NONE) {
        /* Runs of whitespace. */
        if (!reverse) {
            size_t i = 0;
            for (;;) {
                for (size_t k; i < len && (k = space_at(s, len, i)) > 0;) i += k;
                if (i >= len) break;
                if (maxsplit == 0) {
                    /* The unsplit remainder keeps its trailing whitespace. */
                    if (!mp_list_append(parts, piece(args[0], s + i, len - i))) return MP_OBJ_NULL;
                    break;
                }
                size_t j = i;
                for (size_t k; j < len && space_at(s, len, j) == 0; j += k) cp_at(s, len, j, &k);
                if (!mp_list_append(parts, piece(args[0], s + i, j - i))) return MP_OBJ_NULL;
                if (maxsplit > 0) maxsplit--;
                i = j;
            }
        } else {
            size_t e = len;
            mp_obj_t rev = mp_list_new(0, NULL);
            if (rev == MP_OBJ_NULL) return rev;
            for (;;) {
                for (size_t k; e > 0 && (k = space_before(s, e)) > 0;) e -= k;
                if (e == 0) break;
                if (maxsplit == 0) {
                    if (!mp_list_append(rev, piece(args[0], s, e))) return MP_OBJ_NULL;
                    break;
                }
                size_t b = e;
                for (size_t k; b > 0 && space_before(s, b) == 0; b -= k) cp_before(s, b, &k);
                if (!mp_list_append(rev, piece(args[0], s + b, e - b))) return MP_OBJ_NULL;
                if (maxsplit > 0) maxsplit--;
                e = b;
            }
            const mp_list_t *r = (const mp_list_t *)rev;
            for (size_t k = r->len; k-- > 0;)
                if (!mp_list_append(parts, r->items[k])) return MP_OBJ_NULL;
        }
        return parts;
    }
    if (!want_str(args[1], "must be str")) return MP_OBJ_NULL;
    size_t sn;
    const char *sep = mp_str_data(args[1], &sn);
    if (sn == 0) return mp_raise_msg(&mp_type_ValueError, "empty separator");
    if (!reverse) {
        size_t i = 0;
        for (;;) {
            long f = maxsplit == 0 ? -1 : find_bytes(s, len, sep, sn, i, len, false);
            if (f < 0) {
                if (!mp_list_append(parts, piece(args[0], s + i, len - i))) return MP_OBJ_NULL;
                break;
            }
            if (!mp_list_append(parts, piece(args[0], s + i, (size_t)f - i))) return MP_OBJ_NULL;
            i = (size_t)f + sn;
            if (maxsplit > 0) maxsplit--;
        }
        return parts;
    }
    mp_obj_t rev = mp_list_new(0, NULL);
    if (rev == MP_OBJ_NULL) return rev;
    size_t e = len;
    for (;;) {
        long f = maxsplit == 0 ? -1 : find_bytes(s, len, sep, sn, 0, e, true);
        if (f < 0) {
            if (!mp_list_append(rev, piece(args[0], s, e))) return MP_OBJ_NULL;
            break;
        }
        if (!mp_list_append(rev, piece(args[0], s + f + sn, e - (size_t)f - sn))) return MP_OBJ_NULL;
        e = (size_t)f;
        if (maxsplit > 0) maxsplit--;
    }
    const mp_list_t *r = (const mp_list_t *)rev;
    for (size_t k = r->len; k-- > 0;)
        if (!mp_list_append(parts, r->items[k])) return MP_OBJ_NULL;
    return parts;
}
static mp_obj_t m_split(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return split(n, a, false);
}
static mp_obj_t m_rsplit(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return split(n, a, true);
}

/* Lines end at \n, \r or \r\n (as MicroPython: not at \v, \f, \x1c..\x1e,
 * \x85, \u2028 or \u2029, which CPython's str also takes). */
static mp_obj_t m_splitlines(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    static const char *const names[] = { "keepends", NULL };
    if (!mp_kw_check(kw, "splitlines", names)) return MP_OBJ_NULL;
    mp_obj_t keep_obj = mp_kw_get(kw, "keepends");
    if (keep_obj == MP_OBJ_NULL) return keep_obj;
    if (keep_obj != MP_OBJ_SENTINEL && n > 1)
        return mp_raise_msg(
            &mp_type_TypeError, "argument for splitlines() given by name ('keepends') and position (1)");
    if (keep_obj == MP_OBJ_SENTINEL) keep_obj = n > 1 ? args[1] : MP_FALSE;
    int keep = mp_truth(keep_obj);
    if (keep < 0) return MP_OBJ_NULL;
    SELF_DATA(s, len);
    mp_obj_t parts = mp_list_new(0, NULL);
    if (parts == MP_OBJ_NULL) return parts;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '\n' && s[j] != '\r') j++;
        size_t e = j;
        if (j < len) { j += (s[j] == '\r' && j + 1 < len && s[j + 1] == '\n') ? 2 : 1; }
        if (!mp_list_append(parts, piece(args[0], s + i, (keep ? j : e) - i))) return MP_OBJ_NULL;
        i = j;
    }
    return parts;
}

static mp_obj_t m_join(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    SELF_DATA(sep, sn);
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
    if (cnt == 1 && mp_type_of(it[0]) == &mp_type_str) return it[0];
    size_t sep_chars = cnt > 1 ? mp_str_chars(args[0]) : 0;
    size_t total = 0, chars = 0;
    for (size_t i = 0; i < cnt; i++) {
        if (mp_type_of(it[i]) != &mp_type_str)
            return mp_raise_fmt(&mp_type_TypeError, "sequence item %d: expected str instance, %s found", (int)i,
                mp_type_of(it[i])->name);
        const mp_str_t *x = (const mp_str_t *)it[i];
        total += x->len + (i ? sn : 0);
        if (chars != MP_STR_CHARS_UNKNOWN)
            chars = x->chars == MP_STR_CHARS_UNKNOWN ? MP_STR_CHARS_UNKNOWN : chars + x->chars + (i ? sep_chars : 0);
    }
    /* The text goes straight into the result, unless that is static. */
    char small[1], *buf = small;
    mp_obj_t r = MP_OBJ_NULL;
    if (total > 1) {
        r = mp_str_alloc(total, chars, &buf);
        if (r == MP_OBJ_NULL) return r;
    }
    size_t w = 0;
    for (size_t i = 0; i < cnt; i++) {
        if (i) {
            __builtin_memcpy(buf + w, sep, sn);
            w += sn;
        }
        const mp_str_t *x = (const mp_str_t *)it[i];
        __builtin_memcpy(buf + w, x->data, x->len);
        w += x->len;
    }
    return total > 1 ? r : mp_str_new_chars(buf, total, chars);
}

static mp_obj_t m_replace(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    SELF_DATA(s, len);
    if (!want_str(args[1], "replace() argument 1") || !want_str(args[2], "replace() argument 2")) return MP_OBJ_NULL;
    size_t on, nn;
    const char *old = mp_str_data(args[1], &on), *nw = mp_str_data(args[2], &nn);
    mp_int_t max = -1;
    if (n > 3 && !mp_arg_ssize(args[3], &max)) return MP_OBJ_NULL;
    char *buf = mp_alloc(len * (nn + 1) + nn + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    size_t w = 0, i = 0;
    if (on == 0) {
        for (; i <= len;) {
            if (max != 0) {
                __builtin_memcpy(buf + w, nw, nn);
                w += nn;
                if (max > 0) max--;
            }
            if (i == len) break;
            size_t e = i + 1;
            while (e < len && ((unsigned char)s[e] & 0xC0) == 0x80) e++;
            __builtin_memcpy(buf + w, s + i, e - i);
            w += e - i;
            i = e;
        }
        return mp_str_new(buf, w);
    }
    while (i < len) {
        if (max != 0 && i + on <= len && s[i] == old[0] && __builtin_memcmp(s + i + 1, old + 1, on - 1) == 0) {
            __builtin_memcpy(buf + w, nw, nn);
            w += nn;
            i += on;
            if (max > 0) max--;
        } else {
            buf[w++] = s[i++];
        }
    }
    return mp_str_new(buf, w);
}

static mp_obj_t m_upper(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_map_case(a[0], MP_MAP_UPPER);
}
static mp_obj_t m_lower(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_map_case(a[0], MP_MAP_LOWER);
}
static mp_obj_t m_swapcase(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_map_case(a[0], MP_MAP_SWAP);
}
static mp_obj_t m_capitalize(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_map_case(a[0], MP_MAP_CAPITALIZE);
}
static mp_obj_t m_title(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_map_case(a[0], MP_MAP_TITLE);
}

static mp_obj_t predicate(const mp_obj_t *args, int kind) {
    SELF_DATA(s, len);
    if (len == 0) return MP_FALSE;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool digit = c >= '0' && c <= '9', lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        bool ok;
        switch (kind) {
        case 0: ok = digit; break;
        case 1: ok = lower || upper || (unsigned char)c >= 0x80; break;
        default: ok = digit || lower || upper || (unsigned char)c >= 0x80; break;
        }
        if (!ok) return MP_FALSE;
    }
    return MP_TRUE;
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
    size_t len, k;
    const char *s = mp_str_data(a[0], &len);
    for (size_t i = 0; i < len; i += k)
        if (!is_uspace(cp_at(s, len, i, &k))) return MP_FALSE;
    return mp_bool(len > 0);
}
static mp_obj_t m_isalnum(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return predicate(a, 3);
}
static mp_obj_t m_islower(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_is_cased(a[0], false);
}
static mp_obj_t m_isupper(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_str_is_cased(a[0], true);
}

static mp_obj_t pad(size_t n, const mp_obj_t *args, char align) {
    SELF_DATA(s, len);
    mp_int_t width;
    if (!mp_arg_ssize(args[1], &width)) return MP_OBJ_NULL;
    const char *fill = " ";
    size_t fl = 1;
    if (n > 2) {
        if (!want_str(args[2], "fill character")) return MP_OBJ_NULL;
        fill = mp_str_data(args[2], &fl);
        if (mp_str_chars(args[2]) != 1)
            return mp_raise_msg(&mp_type_TypeError, "The fill character must be exactly one character long");
    }
    /* The fill character is checked first, as CPython does. */
    if (width > (mp_int_t)(SIZE_MAX / 8)) return mp_raise(mp_state.memory_error);
    size_t chars = mp_str_chars(args[0]);
    if (width <= (mp_int_t)chars) return args[0];
    size_t total = (size_t)width - chars, left;
    if (align == '<')
        left = 0;
    else if (align == '>')
        left = total;
    else
        left = total / 2 + (total & (size_t)width & 1);
    char *buf = mp_alloc(len + total * fl + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    size_t w = 0;
    for (size_t i = 0; i < left; i++) {
        __builtin_memcpy(buf + w, fill, fl);
        w += fl;
    }
    __builtin_memcpy(buf + w, s, len);
    w += len;
    for (size_t i = left; i < total; i++) {
        __builtin_memcpy(buf + w, fill, fl);
        w += fl;
    }
    return mp_str_new(buf, w);
}
static mp_obj_t m_ljust(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return pad(n, a, '<');
}
static mp_obj_t m_rjust(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return pad(n, a, '>');
}
static mp_obj_t m_center(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)kw;
    return pad(n, a, '^');
}

static mp_obj_t m_zfill(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    SELF_DATA(s, len);
    mp_int_t width;
    if (!mp_arg_ssize(args[1], &width)) return MP_OBJ_NULL;
    if (width > (mp_int_t)(SIZE_MAX / 8)) return mp_raise(mp_state.memory_error);
    if (width <= (mp_int_t)len) return args[0];
    size_t fill = (size_t)width - len;
    char *buf = mp_alloc((size_t)width + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    size_t w = 0, i = 0;
    if (len > 0 && (s[0] == '-' || s[0] == '+')) buf[w++] = s[i++];
    for (size_t k = 0; k < fill; k++) buf[w++] = '0';
    __builtin_memcpy(buf + w, s + i, len - i);
    return mp_str_new(buf, (size_t)width);
}

static mp_obj_t partition(const mp_obj_t *args, bool reverse) {
    SELF_DATA(s, len);
    if (!want_str(args[1], "must be str")) return MP_OBJ_NULL;
    size_t sn;
    const char *sep = mp_str_data(args[1], &sn);
    if (sn == 0) return mp_raise_msg(&mp_type_ValueError, "empty separator");
    long f = find_bytes(s, len, sep, sn, 0, len, reverse);
    mp_obj_t parts[3];
    mp_obj_t empty = mp_str_new("", 0);
    if (empty == MP_OBJ_NULL) return empty;
    if (f < 0) {
        if (reverse) {
            parts[0] = empty;
            parts[1] = empty;
            parts[2] = args[0];
        } else {
            parts[0] = args[0];
            parts[1] = empty;
            parts[2] = empty;
        }
    } else {
        parts[0] = piece(args[0], s, (size_t)f);
        parts[1] = args[1];
        parts[2] = piece(args[0], s + f + sn, len - (size_t)f - sn);
        if (parts[0] == MP_OBJ_NULL || parts[2] == MP_OBJ_NULL) return MP_OBJ_NULL;
    }
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

static mp_obj_t m_format(size_t n, const mp_obj_t *a, mp_dict_t *kw) { return mp_str_format(n, a, kw); }
static mp_obj_t m_encode(size_t n, const mp_obj_t *a, mp_dict_t *kw) { return mp_str_encode(n, a, kw); }

const mp_method_t mp_str_methods[] = {
    MP_METHOD_KW("format", m_format, 1, -1),
    MP_METHOD_KW("encode", m_encode, 1, 3),
    MP_METHOD("join", m_join, 2, 2),
    MP_METHOD("split", m_split, 1, 3),
    MP_METHOD("rsplit", m_rsplit, 1, 3),
    MP_METHOD_KW("splitlines", m_splitlines, 1, 2),
    MP_METHOD("strip", m_strip, 1, 2),
    MP_METHOD("lstrip", m_lstrip, 1, 2),
    MP_METHOD("rstrip", m_rstrip, 1, 2),
    MP_METHOD("replace", m_replace, 3, 4),
    MP_METHOD("find", m_find, 2, 4),
    MP_METHOD("rfind", m_rfind, 2, 4),
    MP_METHOD("index", m_index, 2, 4),
    MP_METHOD("rindex", m_rindex, 2, 4),
    MP_METHOD("count", m_count, 2, 4),
    MP_METHOD("startswith", m_startswith, 2, 4),
    MP_METHOD("endswith", m_endswith, 2, 4),
    MP_METHOD("upper", m_upper, 1, 1),
    MP_METHOD("lower", m_lower, 1, 1),
    MP_METHOD("swapcase", m_swapcase, 1, 1),
    MP_METHOD("capitalize", m_capitalize, 1, 1),
    MP_METHOD("title", m_title, 1, 1),
    MP_METHOD("isdigit", m_isdigit, 1, 1),
    MP_METHOD("isalpha", m_isalpha, 1, 1),
    MP_METHOD("isspace", m_isspace, 1, 1),
    MP_METHOD("isalnum", m_isalnum, 1, 1),
    MP_METHOD("islower", m_islower, 1, 1),
    MP_METHOD("isupper", m_isupper, 1, 1),
    MP_METHOD("ljust", m_ljust, 2, 3),
    MP_METHOD("rjust", m_rjust, 2, 3),
    MP_METHOD("center", m_center, 2, 3),
    MP_METHOD("zfill", m_zfill, 2, 2),
    MP_METHOD("partition", m_partition, 2, 2),
    MP_METHOD("rpartition", m_rpartition, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};
