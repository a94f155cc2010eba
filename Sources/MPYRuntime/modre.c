/* The re module: compile, match, search, fullmatch, sub, subn, split,
 * findall, finditer, escape, the flags and re.error; pattern and match
 * objects. The engine (compiler and matcher) is re_engine.c; this file
 * turns Python arguments into subjects (str: UTF-8 with code point
 * positions; bytes-likes: bytes) and results back into objects. */
#include "mpy/modutil.h"
#include "mpy/re.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

/* re.error: a ValueError (MicroPython raises ValueError for a bad regex,
 * so code catching that works) named as CPython's. */
static const MP_EXC_TYPE(re_error, "error", &mp_type_ValueError);

typedef struct {
    mp_obj_base_t base;
    mp_obj_t pattern; /* the str or bytes source */
    mp_re_prog_t prog;
} pattern_t;

typedef struct {
    mp_obj_base_t base;
    pattern_t *re;
    mp_obj_t string; /* as given */
    mp_obj_t subject; /* str or bytes matched (a copy of other bytes-likes) */
    mp_int_t pos, endpos; /* code points / bytes, as given */
    mp_int_t slots[]; /* 2 per group: byte offsets, -1 unmatched */
} match_t;

static const mp_type_t pattern_type, match_type;

/* ---- Arguments ---- */

/* Argument i by position or keyword `name`: SENTINEL when absent. */
static mp_obj_t arg_at(size_t n, const mp_obj_t *a, mp_dict_t *kw, size_t i, const char *name) {
    if (i < n) return a[i];
    return mp_kw_get(kw, name);
}

static bool flags_arg(mp_obj_t o, uint32_t *out) {
    *out = 0;
    if (o == MP_OBJ_SENTINEL) return true;
    mp_int_t f;
    if (!mp_arg_int(o, &f)) return false;
    uint32_t ok = MP_RE_IGNORECASE | MP_RE_MULTILINE | MP_RE_DOTALL | MP_RE_UNICODE | MP_RE_ASCII;
    if (f < 0 || ((uint32_t)f & ~ok) != 0) {
        mp_raise_msg(&mp_type_ValueError, "unsupported regular expression flags");
        return false;
    }
    *out = (uint32_t)f;
    return true;
}

static pattern_t *compile_obj(mp_obj_t pat, uint32_t flags) {
    const mp_type_t *t = mp_type_of(pat);
    if (t == &pattern_type) {
        if (flags != 0) {
            mp_raise_msg(&mp_type_ValueError, "cannot process flags argument with a compiled pattern");
            return NULL;
        }
        return (pattern_t *)pat;
    }
    const char *s;
    size_t len;
    bool is_str = t == &mp_type_str;
    if (is_str)
        s = mp_str_data(pat, &len);
    else if (t != &mp_type_bytes || !mp_get_buffer(pat, (const uint8_t **)&s, &len)) {
        mp_raise_msg(&mp_type_TypeError, "first argument must be string or compiled pattern");
        return NULL;
    }
    if (is_str && (flags & MP_RE_ASCII) && (flags & MP_RE_UNICODE)) {
        mp_raise_msg(&mp_type_ValueError, "ASCII and UNICODE flags are incompatible");
        return NULL;
    }
    pattern_t *p = mp_alloc(sizeof(pattern_t));
    if (p == NULL) return NULL;
    p->base.type = &pattern_type;
    p->pattern = pat;
    const char *err = NULL;
    int r = mp_re_compile(s, len, is_str, flags, &p->prog, &err);
    if (r < 0) return NULL;
    if (r == 0) {
        mp_raise_msg(&re_error, err);
        return NULL;
    }
    return p;
}

/* The subject for p: str for a str pattern, bytes (copied from another
 * bytes-like) for a bytes one; TypeError otherwise. */
static bool subject_of(pattern_t *p, mp_obj_t s, mp_obj_t *subj, const uint8_t **d, size_t *len) {
    const mp_type_t *t = mp_type_of(s);
    if (t == &mp_type_str) {
        if (!p->prog.is_str) {
            mp_raise_msg(&mp_type_TypeError, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        *d = (const uint8_t *)mp_str_data(s, len);
        *subj = s;
        return true;
    }
    const uint8_t *bd;
    size_t bl;
    if (!mp_get_buffer(s, &bd, &bl)) {
        mp_raise_fmt(&mp_type_TypeError, "expected string or bytes-like object, got '%s'", t->name);
        return false;
    }
    if (p->prog.is_str) {
        mp_raise_msg(&mp_type_TypeError, "cannot use a string pattern on a bytes-like object");
        return false;
    }
    if (t != &mp_type_bytes) {
        s = mp_bytes_new(bd, bl);
        if (s == MP_OBJ_NULL) return false;
        mp_get_buffer(s, &bd, &bl);
    }
    *subj = s;
    *d = bd;
    *len = bl;
    return true;
}

/* Byte offset of code point index `cp` (clamped) in a str subject. */
static size_t byte_pos(bool is_str, const uint8_t *d, size_t len, mp_int_t cp) {
    if (cp <= 0) return 0;
    if (!is_str) return (size_t)cp < len ? (size_t)cp : len;
    size_t i = 0;
    for (mp_int_t k = 0; k < cp && i < len; k++) {
        i++;
        while (i < len && (d[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

static mp_int_t char_pos(bool is_str, const uint8_t *d, mp_int_t off) {
    if (!is_str || off < 0) return off;
    mp_int_t k = 0;
    for (mp_int_t i = 0; i < off; i++) k += (d[i] & 0xC0) != 0x80;
    return k;
}

static mp_obj_t piece(bool is_str, const uint8_t *d, size_t a, size_t b) {
    return is_str ? mp_str_new((const char *)d + a, b - a) : mp_bytes_new(d + a, b - a);
}

static const uint8_t *subject_data(const match_t *m, size_t *len) {
    if (mp_type_of(m->subject) == &mp_type_str) return (const uint8_t *)mp_str_data(m->subject, len);
    const uint8_t *d;
    mp_get_buffer(m->subject, &d, len);
    return d;
}

/* ---- Matching ---- */

/* A match object for the slots, or None. */
static mp_obj_t new_match(
    pattern_t *p, mp_obj_t string, mp_obj_t subj, mp_int_t pos, mp_int_t endpos, const mp_int_t *slots) {
    size_t ns = 2 * p->prog.ngroups;
    match_t *m = mp_alloc(sizeof(match_t) + ns * sizeof(mp_int_t));
    if (m == NULL) return MP_OBJ_NULL;
    m->base.type = &match_type;
    m->re = p;
    m->string = string;
    m->subject = subj;
    m->pos = pos;
    m->endpos = endpos;
    __builtin_memcpy(m->slots, slots, ns * sizeof(mp_int_t));
    return (mp_obj_t)m;
}

/* match/search/fullmatch of p on string from pos to endpos (SENTINEL: absent). */
static mp_obj_t do_match(pattern_t *p, mp_obj_t string, mp_obj_t pos_o, mp_obj_t end_o, int how) {
    mp_obj_t subj;
    const uint8_t *d;
    size_t len;
    if (!subject_of(p, string, &subj, &d, &len)) return MP_OBJ_NULL;
    mp_int_t pos = 0, endpos = MP_SMALL_INT_MAX;
    if (pos_o != MP_OBJ_SENTINEL && !mp_arg_ssize(pos_o, &pos)) return MP_OBJ_NULL;
    if (end_o != MP_OBJ_SENTINEL && !mp_arg_ssize(end_o, &endpos)) return MP_OBJ_NULL;
    size_t b0 = byte_pos(p->prog.is_str, d, len, pos), b1 = byte_pos(p->prog.is_str, d, len, endpos);
    if (b1 < b0) return MP_NONE;
    mp_int_t local[16];
    mp_int_t *slots = 2 * p->prog.ngroups <= MP_N(local) ? local : mp_alloc(2 * p->prog.ngroups * sizeof(mp_int_t));
    if (slots == NULL) return MP_OBJ_NULL;
    int r = mp_re_exec(&p->prog, d, b1, b0, how, slots);
    if (r < 0) return MP_OBJ_NULL;
    if (r == 0) return MP_NONE;
    return new_match(p, string, subj, pos < 0 ? 0 : pos, endpos, slots);
}

/* The pattern given to a module function, compiled with its flags argument. */
static pattern_t *module_pattern(size_t n, const mp_obj_t *a, mp_dict_t *kw, size_t flags_at) {
    uint32_t flags;
    mp_obj_t f = arg_at(n, a, kw, flags_at, "flags");
    if (f == MP_OBJ_NULL || !flags_arg(f, &flags)) return NULL;
    return compile_obj(a[0], flags);
}

static mp_obj_t match_how(size_t n, const mp_obj_t *a, mp_dict_t *kw, int how) {
    static const char *const names[] = { "pattern", "string", "flags", NULL };
    if (!mp_kw_check(kw, "match", names)) return MP_OBJ_NULL;
    pattern_t *p = module_pattern(n, a, kw, 2);
    if (p == NULL) return MP_OBJ_NULL;
    return do_match(p, a[1], MP_OBJ_SENTINEL, MP_OBJ_SENTINEL, how);
}
static mp_obj_t re_match(ARGS) { return match_how(n, a, kw, MP_RE_ANCHORED); }
static mp_obj_t re_search(ARGS) { return match_how(n, a, kw, 0); }
static mp_obj_t re_fullmatch(ARGS) { return match_how(n, a, kw, MP_RE_ANCHORED | MP_RE_FULL); }

static mp_obj_t pat_how(size_t n, const mp_obj_t *a, mp_dict_t *kw, int how) {
    static const char *const names[] = { "string", "pos", "endpos", NULL };
    if (!mp_kw_check(kw, "match", names)) return MP_OBJ_NULL;
    mp_obj_t s = arg_at(n, a, kw, 1, "string");
    mp_obj_t pos = arg_at(n, a, kw, 2, "pos"), end = arg_at(n, a, kw, 3, "endpos");
    if (s == MP_OBJ_NULL || pos == MP_OBJ_NULL || end == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (s == MP_OBJ_SENTINEL) return mp_raise_msg(&mp_type_TypeError, "missing required argument 'string'");
    if (end == MP_NONE) end = MP_OBJ_SENTINEL;
    return do_match((pattern_t *)a[0], s, pos, end, how);
}
static mp_obj_t p_match(ARGS) { return pat_how(n, a, kw, MP_RE_ANCHORED); }
static mp_obj_t p_search(ARGS) { return pat_how(n, a, kw, 0); }
static mp_obj_t p_fullmatch(ARGS) { return pat_how(n, a, kw, MP_RE_ANCHORED | MP_RE_FULL); }

/* ---- Scanning: sub, split, findall ---- */

typedef struct {
    pattern_t *p;
    const uint8_t *d;
    size_t len, pos;
    bool after_empty;
    mp_int_t *slots;
} scan_t;

static bool scan_begin(scan_t *sc, pattern_t *p, mp_obj_t string, mp_obj_t *subj) {
    sc->p = p;
    sc->pos = 0;
    sc->after_empty = false;
    sc->slots = mp_alloc(2 * p->prog.ngroups * sizeof(mp_int_t));
    return sc->slots != NULL && subject_of(p, string, subj, &sc->d, &sc->len);
}

/* The next match: 1, 0 at the end, -1 raised. An empty match is not
 * taken where the previous one ended empty (CPython 3.7's rule). */
static int scan_next(scan_t *sc) {
    if (sc->pos > sc->len) return 0;
    int r =
        mp_re_exec(&sc->p->prog, sc->d, sc->len, sc->pos, sc->after_empty ? MP_RE_NOT_EMPTY_AT_START : 0, sc->slots);
    if (r <= 0) return r;
    sc->after_empty = sc->slots[0] == sc->slots[1];
    sc->pos = (size_t)sc->slots[1];
    return 1;
}

static void add_group(mp_strbuilder_t *b, const scan_t *sc, size_t g) {
    mp_int_t s0 = sc->slots[2 * g], s1 = sc->slots[2 * g + 1];
    if (s0 >= 0 && s1 >= 0) mp_strbuilder_add(b, (const char *)sc->d + s0, (size_t)(s1 - s0));
}

/* Expands the template t (or only checks it when b is NULL). */
static bool expand(const scan_t *sc, const uint8_t *t, size_t tl, mp_strbuilder_t *b) {
    size_t ng = sc->p->prog.ngroups;
    for (size_t i = 0; i < tl;) {
        size_t j = i;
        while (j < tl && t[j] != '\\') j++;
        if (b && j > i) mp_strbuilder_add(b, (const char *)t + i, j - i);
        if (j >= tl) break;
        if (j + 1 >= tl) {
            mp_raise_msg(&re_error, "bad escape (end of pattern)");
            return false;
        }
        uint8_t e = t[j + 1];
        i = j + 2;
        size_t g = 0;
        bool is_group = false;
        if (e == 'g') {
            if (i >= tl || t[i] != '<') {
                mp_raise_msg(&re_error, "missing <");
                return false;
            }
            size_t k = i + 1;
            while (k < tl && t[k] != '>') k++;
            if (k >= tl) {
                mp_raise_msg(&re_error, "missing >, unterminated name");
                return false;
            }
            const uint8_t *nm = t + i + 1;
            size_t nl = k - i - 1;
            i = k + 1;
            if (nl == 0) {
                mp_raise_msg(&re_error, "missing group name");
                return false;
            }
            bool digits = true;
            for (size_t q = 0; q < nl; q++) digits = digits && nm[q] >= '0' && nm[q] <= '9';
            if (digits) {
                for (size_t q = 0; q < nl && g <= ng; q++) g = g * 10 + (size_t)(nm[q] - '0');
            } else {
                for (size_t q = 0; q < nl; q++) {
                    uint8_t ch = nm[q];
                    if (!(ch == '_' || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0x80 ||
                            (q > 0 && ch >= '0' && ch <= '9'))) {
                        mp_raise_msg(&re_error, "bad character in group name");
                        return false;
                    }
                }
                bool found = false;
                for (size_t q = 0; q < sc->p->prog.nnames && !found; q++) {
                    const uint32_t *en = sc->p->prog.names + 3 * q;
                    size_t pl;
                    const uint8_t *pd;
                    if (sc->p->prog.is_str)
                        pd = (const uint8_t *)mp_str_data(sc->p->pattern, &pl);
                    else
                        mp_get_buffer(sc->p->pattern, &pd, &pl);
                    if (en[2] == nl && __builtin_memcmp(pd + en[1], nm, nl) == 0) {
                        g = en[0];
                        found = true;
                    }
                }
                if (!found) {
                    mp_raise_msg(&mp_type_IndexError, "unknown group name");
                    return false;
                }
            }
            is_group = true;
        } else if (e == '0') {
            uint32_t v = 0;
            for (int q = 0; q < 2 && i < tl && t[i] >= '0' && t[i] <= '7'; q++) v = v * 8 + (uint32_t)(t[i++] - '0');
            char ch = (char)v;
            if (b) mp_strbuilder_add(b, &ch, 1);
        } else if (e >= '1' && e <= '9') {
            g = (size_t)(e - '0');
            if (i < tl && t[i] >= '0' && t[i] <= '9') {
                if (i + 1 < tl && e <= '7' && t[i] <= '7' && t[i + 1] >= '0' && t[i + 1] <= '7') {
                    uint32_t v = (uint32_t)((e - '0') * 64 + (t[i] - '0') * 8 + (t[i + 1] - '0'));
                    i += 2;
                    if (v > 0377) {
                        mp_raise_msg(&re_error, "octal escape value outside of range 0-0o377");
                        return false;
                    }
                    if (b) {
                        if (sc->p->prog.is_str) {
                            mp_obj_t cs = mp_str_from_codepoint(v);
                            if (cs == MP_OBJ_NULL) return false;
                            size_t cl;
                            const char *cd = mp_str_data(cs, &cl);
                            mp_strbuilder_add(b, cd, cl);
                        } else {
                            char ch = (char)v;
                            mp_strbuilder_add(b, &ch, 1);
                        }
                    }
                    continue;
                }
                g = g * 10 + (size_t)(t[i++] - '0');
            }
            is_group = true;
        } else {
            const char *esc = NULL;
            switch (e) {
            case 'n': esc = "\n"; break;
            case 't': esc = "\t"; break;
            case 'r': esc = "\r"; break;
            case 'f': esc = "\f"; break;
            case 'v': esc = "\v"; break;
            case 'a': esc = "\a"; break;
            case 'b': esc = "\b"; break;
            case '\\': esc = "\\"; break;
            default: break;
            }
            if (esc) {
                if (b) mp_strbuilder_add(b, esc, 1);
            } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
                mp_raise_fmt(&re_error, "bad escape \\%c", e);
                return false;
            } else if (b)
                mp_strbuilder_add(b, (const char *)t + j, 2);
        }
        if (is_group) {
            if (g >= ng) {
                mp_raise_fmt(&re_error, "invalid group reference %d", (int)g);
                return false;
            }
            if (b) add_group(b, sc, g);
        }
    }
    return true;
}

static mp_obj_t build_result(const scan_t *sc, mp_strbuilder_t *b) {
    if (b->failed) return MP_OBJ_NULL;
    if (sc->p->prog.is_str) return mp_strbuilder_str(b);
    return mp_bytes_new(b->buf, b->len);
}

/* sub and subn: p, repl, string, count. */
static mp_obj_t do_sub(pattern_t *p, mp_obj_t repl, mp_obj_t string, mp_obj_t count_o, bool with_n) {
    mp_int_t count = 0;
    if (count_o != MP_OBJ_SENTINEL && !mp_arg_ssize(count_o, &count)) return MP_OBJ_NULL;
    scan_t sc;
    mp_obj_t subj;
    if (!scan_begin(&sc, p, string, &subj)) return MP_OBJ_NULL;
    const uint8_t *td = NULL;
    size_t tl = 0;
    bool call = false;
    const mp_type_t *rt = mp_type_of(repl);
    if (rt == &mp_type_str || rt == &mp_type_bytes || mp_get_buffer(repl, &td, &tl)) {
        if ((rt == &mp_type_str) != p->prog.is_str) {
            return mp_raise_fmt(&mp_type_TypeError, "expected %s instance, %s found",
                p->prog.is_str ? "str" : "a bytes-like object", rt->name);
        }
        if (rt == &mp_type_str)
            td = (const uint8_t *)mp_str_data(repl, &tl);
        else
            mp_get_buffer(repl, &td, &tl);
        if (!expand(&sc, td, tl, NULL)) return MP_OBJ_NULL;
    } else if (!(rt->flags & MP_TYPE_FLAG_USER) && rt->call == NULL)
        return mp_raise_fmt(&mp_type_TypeError, "expected %s instance, %s found",
            p->prog.is_str ? "str" : "a bytes-like object", rt->name);
    else
        call = true;
    char init[128];
    mp_strbuilder_t b;
    mp_strbuilder_init(&b, init, sizeof init);
    size_t last = 0;
    mp_int_t done = 0;
    while (count == 0 || done < count) { /* a negative count replaces nothing (CPython) */
        int r = scan_next(&sc);
        if (r < 0) return MP_OBJ_NULL;
        if (r == 0) break;
        mp_strbuilder_add(&b, (const char *)sc.d + last, (size_t)sc.slots[0] - last);
        if (call) {
            mp_obj_t m = new_match(p, string, subj, 0, MP_SMALL_INT_MAX, sc.slots);
            mp_obj_t out = m == MP_OBJ_NULL ? m : mp_call(repl, 1, &m, NULL);
            if (out == MP_OBJ_NULL) return MP_OBJ_NULL;
            const uint8_t *od;
            size_t ol;
            if (p->prog.is_str && mp_type_of(out) == &mp_type_str)
                od = (const uint8_t *)mp_str_data(out, &ol);
            else if (!p->prog.is_str && mp_type_of(out) != &mp_type_str && mp_get_buffer(out, &od, &ol))
                ;
            else
                return mp_raise_fmt(&mp_type_TypeError, "expected %s instance, %s found",
                    p->prog.is_str ? "str" : "a bytes-like object", mp_type_of(out)->name);
            mp_strbuilder_add(&b, (const char *)od, ol);
        } else if (!expand(&sc, td, tl, &b))
            return MP_OBJ_NULL;
        last = (size_t)sc.slots[1];
        done++;
        if (sc.pos >= sc.len && sc.after_empty) break;
    }
    mp_strbuilder_add(&b, (const char *)sc.d + last, sc.len - last);
    mp_obj_t res = build_result(&sc, &b);
    if (res == MP_OBJ_NULL || !with_n) return res;
    mp_obj_t items[2] = { res, mp_small_int(done) };
    return mp_tuple_new(2, items);
}

static mp_obj_t sub_module(size_t n, const mp_obj_t *a, mp_dict_t *kw, bool with_n) {
    static const char *const names[] = { "pattern", "repl", "string", "count", "flags", NULL };
    if (!mp_kw_check(kw, with_n ? "subn" : "sub", names)) return MP_OBJ_NULL;
    mp_obj_t repl = arg_at(n, a, kw, 1, "repl"), s = arg_at(n, a, kw, 2, "string");
    mp_obj_t count = arg_at(n, a, kw, 3, "count");
    if (repl == MP_OBJ_NULL || s == MP_OBJ_NULL || count == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (repl == MP_OBJ_SENTINEL || s == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "sub() missing required argument");
    pattern_t *p = module_pattern(n, a, kw, 4);
    return p == NULL ? MP_OBJ_NULL : do_sub(p, repl, s, count, with_n);
}
static mp_obj_t re_sub(ARGS) { return sub_module(n, a, kw, false); }
static mp_obj_t re_subn(ARGS) { return sub_module(n, a, kw, true); }

static mp_obj_t pat_sub(size_t n, const mp_obj_t *a, mp_dict_t *kw, bool with_n) {
    static const char *const names[] = { "repl", "string", "count", NULL };
    if (!mp_kw_check(kw, with_n ? "subn" : "sub", names)) return MP_OBJ_NULL;
    mp_obj_t repl = arg_at(n, a, kw, 1, "repl"), s = arg_at(n, a, kw, 2, "string");
    mp_obj_t count = arg_at(n, a, kw, 3, "count");
    if (repl == MP_OBJ_NULL || s == MP_OBJ_NULL || count == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (repl == MP_OBJ_SENTINEL || s == MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "sub() missing required argument");
    return do_sub((pattern_t *)a[0], repl, s, count, with_n);
}
static mp_obj_t p_sub(ARGS) { return pat_sub(n, a, kw, false); }
static mp_obj_t p_subn(ARGS) { return pat_sub(n, a, kw, true); }

/* The value of group g of a scan: the piece, or `dflt` when unmatched. */
static mp_obj_t scan_group(const scan_t *sc, size_t g, mp_obj_t dflt) {
    mp_int_t s0 = sc->slots[2 * g], s1 = sc->slots[2 * g + 1];
    if (s0 < 0 || s1 < 0) return dflt;
    return piece(sc->p->prog.is_str, sc->d, (size_t)s0, (size_t)s1);
}

static mp_obj_t do_split(pattern_t *p, mp_obj_t string, mp_obj_t max_o) {
    mp_int_t maxsplit = 0;
    if (max_o != MP_OBJ_SENTINEL && !mp_arg_ssize(max_o, &maxsplit)) return MP_OBJ_NULL;
    scan_t sc;
    mp_obj_t subj;
    if (!scan_begin(&sc, p, string, &subj)) return MP_OBJ_NULL;
    mp_obj_t list = mp_list_new(0, NULL);
    if (list == MP_OBJ_NULL) return list;
    if (maxsplit < 0) maxsplit = -1; /* CPython: a negative maxsplit splits nothing */
    size_t last = 0;
    mp_int_t done = 0;
    while (maxsplit == 0 || done < maxsplit) {
        if (maxsplit < 0) break;
        int r = scan_next(&sc);
        if (r < 0) return MP_OBJ_NULL;
        if (r == 0) break;
        if (!mp_list_append(list, piece(p->prog.is_str, sc.d, last, (size_t)sc.slots[0]))) return MP_OBJ_NULL;
        for (size_t g = 1; g < p->prog.ngroups; g++)
            if (!mp_list_append(list, scan_group(&sc, g, MP_NONE))) return MP_OBJ_NULL;
        last = (size_t)sc.slots[1];
        done++;
        if (sc.pos >= sc.len && sc.after_empty) break;
    }
    if (!mp_list_append(list, piece(p->prog.is_str, sc.d, last, sc.len))) return MP_OBJ_NULL;
    return list;
}

static mp_obj_t re_split(ARGS) {
    static const char *const names[] = { "pattern", "string", "maxsplit", "flags", NULL };
    if (!mp_kw_check(kw, "split", names)) return MP_OBJ_NULL;
    mp_obj_t s = arg_at(n, a, kw, 1, "string"), mx = arg_at(n, a, kw, 2, "maxsplit");
    if (s == MP_OBJ_NULL || mx == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (s == MP_OBJ_SENTINEL) return mp_raise_msg(&mp_type_TypeError, "split() missing required argument 'string'");
    pattern_t *p = module_pattern(n, a, kw, 3);
    return p == NULL ? MP_OBJ_NULL : do_split(p, s, mx);
}
static mp_obj_t p_split(ARGS) {
    static const char *const names[] = { "string", "maxsplit", NULL };
    if (!mp_kw_check(kw, "split", names)) return MP_OBJ_NULL;
    mp_obj_t s = arg_at(n, a, kw, 1, "string"), mx = arg_at(n, a, kw, 2, "maxsplit");
    if (s == MP_OBJ_NULL || mx == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (s == MP_OBJ_SENTINEL) return mp_raise_msg(&mp_type_TypeError, "split() missing required argument 'string'");
    return do_split((pattern_t *)a[0], s, mx);
}

/* findall (iter false) and finditer (iter true: the match objects). */
static mp_obj_t do_findall(pattern_t *p, mp_obj_t string, bool iter) {
    scan_t sc;
    mp_obj_t subj;
    if (!scan_begin(&sc, p, string, &subj)) return MP_OBJ_NULL;
    mp_obj_t list = mp_list_new(0, NULL);
    if (list == MP_OBJ_NULL) return list;
    mp_obj_t empty = p->prog.is_str ? mp_str_new("", 0) : mp_bytes_new("", 0);
    if (empty == MP_OBJ_NULL) return empty;
    for (;;) {
        int r = scan_next(&sc);
        if (r < 0) return MP_OBJ_NULL;
        if (r == 0) break;
        mp_obj_t item;
        size_t ng = p->prog.ngroups;
        if (iter)
            item = new_match(p, string, subj, 0, MP_SMALL_INT_MAX, sc.slots);
        else if (ng <= 2)
            item = scan_group(&sc, ng - 1, empty);
        else {
            item = mp_tuple_new(ng - 1, NULL);
            for (size_t g = 1; item != MP_OBJ_NULL && g < ng; g++) {
                mp_obj_t v = scan_group(&sc, g, empty);
                if (v == MP_OBJ_NULL) return v;
                ((mp_tuple_t *)item)->items[g - 1] = v;
            }
        }
        if (item == MP_OBJ_NULL || !mp_list_append(list, item)) return MP_OBJ_NULL;
        if (sc.pos >= sc.len && sc.after_empty) break;
    }
    return iter ? mp_getiter(list) : list;
}

static mp_obj_t find_module(size_t n, const mp_obj_t *a, mp_dict_t *kw, bool iter) {
    static const char *const names[] = { "pattern", "string", "flags", NULL };
    if (!mp_kw_check(kw, iter ? "finditer" : "findall", names)) return MP_OBJ_NULL;
    mp_obj_t s = arg_at(n, a, kw, 1, "string");
    if (s == MP_OBJ_NULL) return s;
    if (s == MP_OBJ_SENTINEL) return mp_raise_msg(&mp_type_TypeError, "missing required argument 'string'");
    pattern_t *p = module_pattern(n, a, kw, 2);
    return p == NULL ? MP_OBJ_NULL : do_findall(p, s, iter);
}
static mp_obj_t re_findall(ARGS) { return find_module(n, a, kw, false); }
static mp_obj_t re_finditer(ARGS) { return find_module(n, a, kw, true); }
static mp_obj_t p_findall(ARGS) {
    (void)n;
    (void)kw;
    return do_findall((pattern_t *)a[0], a[1], false);
}
static mp_obj_t p_finditer(ARGS) {
    (void)n;
    (void)kw;
    return do_findall((pattern_t *)a[0], a[1], true);
}

static mp_obj_t re_compile(ARGS) {
    static const char *const names[] = { "pattern", "flags", NULL };
    if (!mp_kw_check(kw, "compile", names)) return MP_OBJ_NULL;
    pattern_t *p = module_pattern(n, a, kw, 1);
    return p == NULL ? MP_OBJ_NULL : (mp_obj_t)p;
}

/* re.escape: a backslash before each character special in a pattern
 * (CPython 3.7's set). */
static mp_obj_t re_escape(ARGS) {
    (void)n;
    (void)kw;
    const mp_type_t *t = mp_type_of(a[0]);
    const uint8_t *d;
    size_t len;
    if (t == &mp_type_str)
        d = (const uint8_t *)mp_str_data(a[0], &len);
    else if (!mp_get_buffer(a[0], &d, &len))
        return mp_raise_fmt(&mp_type_TypeError, "expected str or bytes, not '%s'", t->name);
    char init[128];
    mp_strbuilder_t b;
    mp_strbuilder_init(&b, init, sizeof init);
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    for (size_t i = 0; i < len; i++) {
        bool sp = false;
        for (const char *q = special; *q && !sp; q++) sp = (uint8_t)*q == d[i];
        if (sp) mp_strbuilder_add(&b, "\\", 1);
        mp_strbuilder_add(&b, (const char *)d + i, 1);
    }
    if (b.failed) return MP_OBJ_NULL;
    return t == &mp_type_str ? mp_strbuilder_str(&b) : mp_bytes_new(b.buf, b.len);
}

/* ---- Match objects ---- */

/* Group number of index o (an int or a group name): false with IndexError. */
static bool group_index(const match_t *m, mp_obj_t o, size_t *g) {
    const mp_re_prog_t *pr = &m->re->prog;
    if (mp_type_of(o) == &mp_type_str) {
        size_t nl, pl;
        const char *nm = mp_str_data(o, &nl);
        const uint8_t *pd;
        if (pr->is_str)
            pd = (const uint8_t *)mp_str_data(m->re->pattern, &pl);
        else
            mp_get_buffer(m->re->pattern, &pd, &pl);
        for (size_t q = 0; q < pr->nnames; q++) {
            const uint32_t *en = pr->names + 3 * q;
            if (en[2] == nl && __builtin_memcmp(pd + en[1], nm, nl) == 0) {
                *g = en[0];
                return true;
            }
        }
    } else if (mp_type_of(o) == &mp_type_int || mp_type_of(o) == &mp_type_bool) {
        int64_t v;
        if (mp_int_to_i64(o, &v) && v >= 0 && (uint64_t)v < pr->ngroups) {
            *g = (size_t)v;
            return true;
        }
    }
    mp_raise_msg(&mp_type_IndexError, "no such group");
    return false;
}

static mp_obj_t match_group_value(const match_t *m, size_t g, mp_obj_t dflt) {
    mp_int_t s0 = m->slots[2 * g], s1 = m->slots[2 * g + 1];
    if (s0 < 0 || s1 < 0) return dflt;
    size_t len;
    const uint8_t *d = subject_data(m, &len);
    return piece(m->re->prog.is_str, d, (size_t)s0, (size_t)s1);
}

static mp_obj_t m_group(ARGS) {
    (void)kw;
    const match_t *m = (const match_t *)a[0];
    size_t g = 0;
    if (n <= 2) {
        if (n == 2 && !group_index(m, a[1], &g)) return MP_OBJ_NULL;
        return match_group_value(m, g, MP_NONE);
    }
    mp_tuple_t *t = (mp_tuple_t *)mp_tuple_new(n - 1, NULL);
    if (t == NULL) return MP_OBJ_NULL;
    for (size_t i = 1; i < n; i++) {
        if (!group_index(m, a[i], &g)) return MP_OBJ_NULL;
        if ((t->items[i - 1] = match_group_value(m, g, MP_NONE)) == MP_OBJ_NULL) return MP_OBJ_NULL;
    }
    return (mp_obj_t)t;
}

static mp_obj_t m_groups(ARGS) {
    static const char *const names[] = { "default", NULL };
    if (!mp_kw_check(kw, "groups", names)) return MP_OBJ_NULL;
    const match_t *m = (const match_t *)a[0];
    mp_obj_t dflt = arg_at(n, a, kw, 1, "default");
    if (dflt == MP_OBJ_NULL) return dflt;
    if (dflt == MP_OBJ_SENTINEL) dflt = MP_NONE;
    size_t ng = m->re->prog.ngroups;
    mp_tuple_t *t = (mp_tuple_t *)mp_tuple_new(ng - 1, NULL);
    if (t == NULL) return MP_OBJ_NULL;
    for (size_t g = 1; g < ng; g++)
        if ((t->items[g - 1] = match_group_value(m, g, dflt)) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return (mp_obj_t)t;
}

static mp_obj_t m_groupdict(ARGS) {
    static const char *const names[] = { "default", NULL };
    if (!mp_kw_check(kw, "groupdict", names)) return MP_OBJ_NULL;
    const match_t *m = (const match_t *)a[0];
    mp_obj_t dflt = arg_at(n, a, kw, 1, "default");
    if (dflt == MP_OBJ_NULL) return dflt;
    if (dflt == MP_OBJ_SENTINEL) dflt = MP_NONE;
    const mp_re_prog_t *pr = &m->re->prog;
    mp_dict_t *d = mp_dict_new(pr->nnames);
    if (d == NULL) return MP_OBJ_NULL;
    size_t pl;
    const char *pd = mp_str_data(m->re->pattern, &pl);
    if (!pr->is_str) mp_get_buffer(m->re->pattern, (const uint8_t **)&pd, &pl);
    for (size_t q = 0; q < pr->nnames; q++) {
        const uint32_t *en = pr->names + 3 * q;
        mp_obj_t k = mp_str_new(pd + en[1], en[2]);
        mp_obj_t v = k == MP_OBJ_NULL ? k : match_group_value(m, en[0], dflt);
        if (v == MP_OBJ_NULL || !mp_dict_set(d, k, v)) return MP_OBJ_NULL;
    }
    return (mp_obj_t)d;
}

/* Start (which 0), end (1) or span (2) of group a[1] (default 0). */
static mp_obj_t span_of(size_t n, const mp_obj_t *a, int which) {
    const match_t *m = (const match_t *)a[0];
    size_t g = 0;
    if (n > 1 && !group_index(m, a[1], &g)) return MP_OBJ_NULL;
    size_t len;
    const uint8_t *d = subject_data(m, &len);
    bool is_str = m->re->prog.is_str;
    mp_int_t s0 = char_pos(is_str, d, m->slots[2 * g]), s1 = char_pos(is_str, d, m->slots[2 * g + 1]);
    if (s0 < 0 || s1 < 0) s0 = s1 = -1;
    if (which == 0) return mp_small_int(s0);
    if (which == 1) return mp_small_int(s1);
    mp_obj_t items[2] = { mp_small_int(s0), mp_small_int(s1) };
    return mp_tuple_new(2, items);
}
static mp_obj_t m_start(ARGS) {
    (void)kw;
    return span_of(n, a, 0);
}
static mp_obj_t m_end(ARGS) {
    (void)kw;
    return span_of(n, a, 1);
}
static mp_obj_t m_span(ARGS) {
    (void)kw;
    return span_of(n, a, 2);
}

static mp_obj_t match_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "'re.Match' object does not support item assignment");
    size_t g;
    if (!group_index((const match_t *)self, index, &g)) return MP_OBJ_NULL;
    return match_group_value((const match_t *)self, g, MP_NONE);
}

static bool name_is(mp_obj_t name, const char *s) {
    size_t n;
    const char *d = mp_str_data(name, &n);
    return n == __builtin_strlen(s) && __builtin_memcmp(d, s, n) == 0;
}

static mp_obj_t match_attr(mp_obj_t self, mp_obj_t name) {
    const match_t *m = (const match_t *)self;
    if (name_is(name, "string")) return m->string;
    if (name_is(name, "re")) return (mp_obj_t)m->re;
    if (name_is(name, "pos")) return mp_small_int(m->pos);
    if (name_is(name, "endpos")) {
        size_t len;
        const uint8_t *d = subject_data(m, &len);
        mp_int_t cl = char_pos(m->re->prog.is_str, d, (mp_int_t)len);
        return mp_small_int(m->endpos < cl ? m->endpos : cl);
    }
    if (name_is(name, "lastindex")) {
        /* the group that closed last: the one ending last, the outermost of those */
        mp_int_t best = -1, at = -1;
        for (size_t g = 1; g < m->re->prog.ngroups; g++)
            if (m->slots[2 * g + 1] >= 0 && m->slots[2 * g + 1] > at) {
                at = m->slots[2 * g + 1];
                best = (mp_int_t)g;
            }
        return best < 0 ? MP_NONE : mp_small_int(best);
    }
    return MP_OBJ_SENTINEL;
}

static bool match_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    mp_obj_t sp = span_of(1, &self, 2);
    mp_obj_t g = sp == MP_OBJ_NULL ? sp : match_group_value((const match_t *)self, 0, MP_NONE);
    if (g == MP_OBJ_NULL) return false;
    mp_print_str(out, "<re.Match object; span=");
    if (!mp_print_obj(out, sp, MP_PRINT_REPR)) return false;
    mp_print_str(out, ", match=");
    if (!mp_print_obj(out, g, MP_PRINT_REPR)) return false;
    mp_print_str(out, ">");
    return true;
}

static const mp_method_t match_methods[] = {
    MP_METHOD("group", m_group, 1, -1),
    MP_METHOD_KW("groups", m_groups, 1, 2),
    MP_METHOD_KW("groupdict", m_groupdict, 1, 2),
    MP_METHOD("start", m_start, 1, 2),
    MP_METHOD("end", m_end, 1, 2),
    MP_METHOD("span", m_span, 1, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, 0 } },
};

static const mp_type_t match_type = { .base = { &mp_type_type },
    .name = "Match",
    .print = match_print,
    .subscr = match_subscr,
    .attr = match_attr,
    .methods = match_methods };

/* ---- Pattern objects ---- */

static mp_obj_t pattern_attr(mp_obj_t self, mp_obj_t name) {
    const pattern_t *p = (const pattern_t *)self;
    if (name_is(name, "pattern")) return p->pattern;
    if (name_is(name, "flags"))
        return mp_small_int(
            (mp_int_t)(p->prog.flags | (p->prog.is_str && !(p->prog.flags & MP_RE_ASCII) ? MP_RE_UNICODE : 0)));
    if (name_is(name, "groups")) return mp_small_int((mp_int_t)p->prog.ngroups - 1);
    if (name_is(name, "groupindex")) {
        mp_dict_t *d = mp_dict_new(p->prog.nnames);
        if (d == NULL) return MP_OBJ_NULL;
        size_t pl;
        const uint8_t *pd;
        if (p->prog.is_str)
            pd = (const uint8_t *)mp_str_data(p->pattern, &pl);
        else
            mp_get_buffer(p->pattern, &pd, &pl);
        for (size_t q = 0; q < p->prog.nnames; q++) {
            const uint32_t *en = p->prog.names + 3 * q;
            mp_obj_t k = mp_str_new((const char *)pd + en[1], en[2]);
            if (k == MP_OBJ_NULL || !mp_dict_set(d, k, mp_small_int(en[0]))) return MP_OBJ_NULL;
        }
        return (mp_obj_t)d;
    }
    return MP_OBJ_SENTINEL;
}

static bool pattern_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const pattern_t *p = (const pattern_t *)self;
    mp_print_str(out, "re.compile(");
    if (!mp_print_obj(out, p->pattern, MP_PRINT_REPR)) return false;
    static const struct {
        uint32_t bit;
        const char *name;
    } names[] = { { MP_RE_IGNORECASE, "re.IGNORECASE" }, { MP_RE_MULTILINE, "re.MULTILINE" },
        { MP_RE_DOTALL, "re.DOTALL" }, { MP_RE_ASCII, "re.ASCII" } };
    bool first = true;
    for (size_t i = 0; i < MP_N(names); i++)
        if (p->prog.flags & names[i].bit) {
            mp_print_str(out, first ? ", " : "|");
            mp_print_str(out, names[i].name);
            first = false;
        }
    mp_print_str(out, ")");
    return true;
}

static const mp_method_t pattern_methods[] = {
    MP_METHOD_KW("match", p_match, 1, 4),
    MP_METHOD_KW("search", p_search, 1, 4),
    MP_METHOD_KW("fullmatch", p_fullmatch, 1, 4),
    MP_METHOD_KW("sub", p_sub, 1, 4),
    MP_METHOD_KW("subn", p_subn, 1, 4),
    MP_METHOD_KW("split", p_split, 1, 3),
    MP_METHOD("findall", p_findall, 2, 2),
    MP_METHOD("finditer", p_finditer, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, 0 } },
};

static const mp_type_t pattern_type = { .base = { &mp_type_type },
    .name = "Pattern",
    .print = pattern_print,
    .attr = pattern_attr,
    .methods = pattern_methods };

static const mp_builtin_t re_fns[] = {
    MP_FN_KW("compile", re_compile, 1, 2),
    MP_FN_KW("match", re_match, 2, 3),
    MP_FN_KW("search", re_search, 2, 3),
    MP_FN_KW("fullmatch", re_fullmatch, 2, 3),
    MP_FN_KW("sub", re_sub, 1, 5),
    MP_FN_KW("subn", re_subn, 1, 5),
    MP_FN_KW("split", re_split, 2, 4),
    MP_FN_KW("findall", re_findall, 2, 3),
    MP_FN_KW("finditer", re_finditer, 2, 3),
    MP_FN("escape", re_escape, 1, 1),
};

bool mp_modre_fill(mp_dict_t *g) {
    static const struct {
        const char *name;
        mp_int_t v;
    } flags[] = { { "I", MP_RE_IGNORECASE }, { "IGNORECASE", MP_RE_IGNORECASE }, { "M", MP_RE_MULTILINE },
        { "MULTILINE", MP_RE_MULTILINE }, { "S", MP_RE_DOTALL }, { "DOTALL", MP_RE_DOTALL }, { "U", MP_RE_UNICODE },
        { "UNICODE", MP_RE_UNICODE }, { "A", MP_RE_ASCII }, { "ASCII", MP_RE_ASCII } };
    for (size_t i = 0; i < MP_N(flags); i++)
        if (!mp_mod_set(g, flags[i].name, mp_small_int(flags[i].v))) return false;
    return mp_mod_set(g, "error", (mp_obj_t)&re_error) && mp_mod_add_fns(g, re_fns, MP_N(re_fns));
}
