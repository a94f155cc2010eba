/* Case mapping of str: upper, lower, swapcase, capitalize, title and the
 * cased predicates islower and isupper, over code points with
 * the Unicode tables of unicase.c (ASCII inline). lower() maps a capital
 * sigma that ends a word to the final form, as CPython. */
#include "mpy/runtime.h"
#include "mpy/unicase.h"

static uint32_t run_lookup(const mp_case_run_t *runs, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < runs[mid].first)
            hi = mid;
        else if (c > runs[mid].last)
            lo = mid + 1;
        else
            return (c - runs[mid].first) % runs[mid].stride == 0 ? (uint16_t)(c + runs[mid].delta) : c;
    }
    return c;
}

uint32_t mp_case_simple(uint32_t c, int kind) {
    if (c < 0x80) {
        if (kind == MP_CASE_LOWER) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    if (c > 0xFFFF) return c;
    return kind == MP_CASE_LOWER ? run_lookup(mp_case_lower_runs, mp_case_lower_count, c)
                                 : run_lookup(mp_case_upper_runs, mp_case_upper_count, c);
}

const char *mp_case_special(uint32_t c, int kind) {
    if (c < 0x80) return NULL;
    for (size_t i = 0; i < mp_case_special_count; i++)
        if (mp_case_specials[i].cp == c && mp_case_specials[i].kind == kind) return mp_case_specials[i].to;
    return NULL;
}

static bool in_set(const mp_case_set_t *set, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < set[mid].first)
            hi = mid;
        else if (c > set[mid].last)
            lo = mid + 1;
        else
            return (c - set[mid].first) % set[mid].stride == 0;
    }
    return false;
}

bool mp_case_is_lower(uint32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return c <= 0xFFFF && in_set(mp_case_lower_set, mp_case_lower_set_count, c);
}
bool mp_case_is_upper(uint32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return c <= 0xFFFF && in_set(mp_case_upper_set, mp_case_upper_set_count, c);
}

/* Title case letters (ǅ) are cased without being upper or lower. */
static bool is_title(uint32_t c) {
    return !mp_case_is_lower(c) && !mp_case_is_upper(c) && mp_case_simple(c, MP_CASE_LOWER) != c;
}
static bool is_cased(uint32_t c) { return mp_case_is_lower(c) || mp_case_is_upper(c) || is_title(c); }

static uint32_t decode(const unsigned char *s, size_t len, size_t *i) {
    uint32_t c = s[(*i)++];
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    c &= 0x3F >> extra;
    while (extra-- > 0 && *i < len) c = c << 6 | (s[(*i)++] & 0x3F);
    return c;
}

static size_t encode(uint32_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | c >> 6);
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12);
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | c >> 18);
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Whether a capital sigma at byte offset [at, next) ends a word: a cased
 * letter before it and none right after it. */
static bool final_sigma(const unsigned char *s, size_t len, size_t at, size_t next) {
    bool before = false;
    if (at > 0) {
        size_t j = at - 1;
        while (j > 0 && (s[j] & 0xC0) == 0x80) j--;
        size_t k = j;
        before = is_cased(decode(s, len, &k));
    }
    if (!before) return false;
    if (next >= len) return true;
    size_t k = next;
    return !is_cased(decode(s, len, &k));
}

/* Appends the `kind` mapping of c to buf at *w (room for 8 bytes needed). */
static void put_mapped(char *buf, size_t *w, uint32_t c, int kind) {
    const char *sp = mp_case_special(c, kind);
    if (sp == NULL && kind == MP_CASE_TITLE) {
        kind = MP_CASE_UPPER;
        sp = mp_case_special(c, kind);
    }
    if (sp) {
        size_t n = __builtin_strlen(sp);
        __builtin_memcpy(buf + *w, sp, n);
        *w += n;
        return;
    }
    *w += encode(mp_case_simple(c, kind == MP_CASE_TITLE ? MP_CASE_UPPER : kind), buf + *w);
}

mp_obj_t mp_str_map_case(mp_obj_t self, int mode) {
    size_t len;
    const unsigned char *s = (const unsigned char *)mp_str_data(self, &len);
    /* A mapping grows a code point of 2 or more bytes to at most 3 times its size. */
    char *buf = mp_alloc(len * 3 + 8);
    if (buf == NULL) return MP_OBJ_NULL;
    size_t w = 0;
    bool prev_cased = false;
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = decode(s, len, &i);
        int kind;
        switch (mode) {
        case MP_MAP_UPPER: kind = MP_CASE_UPPER; break;
        case MP_MAP_LOWER: kind = MP_CASE_LOWER; break;
        case MP_MAP_SWAP: kind = mp_case_is_upper(c) ? MP_CASE_LOWER : mp_case_is_lower(c) ? MP_CASE_UPPER : -1; break;
        case MP_MAP_CAPITALIZE: kind = at == 0 ? MP_CASE_TITLE : MP_CASE_LOWER; break;
        default: kind = prev_cased ? MP_CASE_LOWER : MP_CASE_TITLE; break;
        }
        prev_cased = is_cased(c);
        if (c == 0x3A3 && kind == MP_CASE_LOWER && final_sigma(s, len, at, i)) {
            w += encode(0x3C2, buf + w);
            continue;
        }
        if (kind < 0) {
            __builtin_memcpy(buf + w, s + at, i - at);
            w += i - at;
            continue;
        }
        put_mapped(buf, &w, c, kind);
    }
    return mp_str_new(buf, w);
}

/* islower / isupper: there is a cased character and every cased character
 * has the case asked for. */
mp_obj_t mp_str_is_cased(mp_obj_t self, bool want_upper) {
    size_t len;
    const unsigned char *s = (const unsigned char *)mp_str_data(self, &len);
    bool any = false;
    for (size_t i = 0; i < len;) {
        uint32_t c = decode(s, len, &i);
        if (want_upper ? mp_case_is_upper(c) : mp_case_is_lower(c))
            any = true;
        else if (is_cased(c))
            return MP_FALSE;
    }
    return mp_bool(any);
}
