/* The regular expression engine behind the re module: a recursive-descent
 * compiler from pattern text to a program of 32-bit words, and a
 * backtracking virtual machine that runs it (the design of Russ Cox's
 * "Regular Expression Matching: the Virtual Machine Approach", as
 * MicroPython's re1.5), with the backtrack stack on the heap (so a long
 * subject costs memory, never C stack) and a step budget (so a
 * catastrophic pattern raises RuntimeError instead of running for ever).
 *
 * Jumps are relative to their instruction, so a compiled fragment can be
 * moved (a quantifier inserts its split before the atom) or copied
 * (counted repetition) as plain words. */
#include "mpy/re.h"
#include "mpy/runtime.h"
#include "mpy/unicase.h"

enum {
    OP_CHAR, /* c */
    OP_CHAR_I, /* c folded: case-insensitive */
    OP_ANY, /* any but newline */
    OP_ANYNL, /* any (DOTALL) */
    OP_CLASS, /* flags, n, then n (lo, hi) pairs */
    OP_SPLIT, /* x, y: try pc+x, then pc+y */
    OP_JMP, /* x */
    OP_SAVE, /* slot */
    OP_MARK, /* reg: remember the position */
    OP_CHECK, /* reg, x: to pc+x when nothing was consumed since the mark */
    OP_BOL,
    OP_BOL_M,
    OP_EOL,
    OP_EOL_M,
    OP_BEGIN, /* \A */
    OP_END, /* \Z */
    OP_WORDB, /* \b */
    OP_NWORDB, /* \B */
    OP_BACKREF, /* group */
    OP_MATCH,
};

/* Class flags: negated, and the escapes inside it. */
enum { CL_NEG = 1, CL_d = 2, CL_D = 4, CL_s = 8, CL_S = 16, CL_w = 32, CL_W = 64 };

#define MP_N(A) (sizeof(A) / sizeof((A)[0]))
#define MAX_CODE 200000 /* words: counted repetition past this is "pattern too large" */
#define MAX_GROUPS 10000
#define MAX_REPEAT 65535u

typedef struct {
    const uint8_t *p, *end, *start;
    bool is_str;
    uint32_t flags;
    uint32_t *code;
    size_t len, alloc;
    size_t ngroups, nregs;
    uint32_t *names;
    size_t nnames, names_alloc;
    const char *err;
    bool raised;
    uint8_t *open; /* open[g]: group g is being parsed (no back reference to it) */
    size_t open_alloc;
} comp_t;

static bool fail(comp_t *c, const char *msg) {
    if (!c->err && !c->raised) c->err = msg;
    return false;
}

static bool reserve(comp_t *c, size_t n) {
    if (c->len + n > MAX_CODE) return fail(c, "pattern too large");
    if (c->len + n <= c->alloc) return true;
    size_t na = c->alloc ? c->alloc * 2 : 64;
    while (na < c->len + n) na *= 2;
    uint32_t *nc = mp_realloc(c->code, c->alloc * sizeof(uint32_t), na * sizeof(uint32_t));
    if (nc == NULL) {
        c->raised = true;
        return false;
    }
    c->code = nc;
    c->alloc = na;
    return true;
}

static bool emit(comp_t *c, uint32_t w) {
    if (!reserve(c, 1)) return false;
    c->code[c->len++] = w;
    return true;
}
static bool emit2(comp_t *c, uint32_t a, uint32_t b) { return emit(c, a) && emit(c, b); }

/* Opens n words at `at`, moving what follows. */
static bool insert(comp_t *c, size_t at, size_t n) {
    if (!reserve(c, n)) return false;
    __builtin_memmove(c->code + at + n, c->code + at, (c->len - at) * sizeof(uint32_t));
    c->len += n;
    return true;
}

static uint32_t rel(size_t from, size_t to) { return (uint32_t)(int32_t)((mp_int_t)to - (mp_int_t)from); }

/* One code point of the pattern (a byte of a bytes pattern). */
static uint32_t next_cp(comp_t *c) {
    uint32_t b = *c->p++;
    if (!c->is_str || b < 0x80) return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    b &= 0x3F >> extra;
    while (extra-- > 0 && c->p < c->end) b = b << 6 | (*c->p++ & 0x3F);
    return b;
}

static bool at(comp_t *c, char ch) { return c->p < c->end && *c->p == (uint8_t)ch; }

static int hexval(uint8_t ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

static bool hex_escape(comp_t *c, int digits, uint32_t *out) {
    uint32_t v = 0;
    for (int i = 0; i < digits; i++) {
        int h = c->p < c->end ? hexval(*c->p) : -1;
        if (h < 0) return fail(c, "incomplete escape");
        v = v * 16 + (uint32_t)h;
        c->p++;
    }
    if (v > 0x10FFFF) return fail(c, "bad escape");
    *out = v;
    return true;
}

/* A character escape after the backslash (c->p on the letter): the code
 * point, or false (error, or *named set to a class bit for \d ...). */
static bool char_escape(comp_t *c, bool in_class, uint32_t *cp, uint32_t *named) {
    *named = 0;
    if (c->p >= c->end) return fail(c, "bad escape (end of pattern)");
    uint8_t e = *c->p++;
    switch (e) {
    case 'd': *named = CL_d; return true;
    case 'D': *named = CL_D; return true;
    case 's': *named = CL_s; return true;
    case 'S': *named = CL_S; return true;
    case 'w': *named = CL_w; return true;
    case 'W': *named = CL_W; return true;
    case 'n': *cp = '\n'; return true;
    case 't': *cp = '\t'; return true;
    case 'r': *cp = '\r'; return true;
    case 'f': *cp = '\f'; return true;
    case 'v': *cp = '\v'; return true;
    case 'a': *cp = '\a'; return true;
    case 'x': return hex_escape(c, 2, cp);
    case 'u':
        if (!c->is_str) return fail(c, "bad escape \\u");
        return hex_escape(c, 4, cp);
    case 'U':
        if (!c->is_str) return fail(c, "bad escape \\U");
        return hex_escape(c, 8, cp);
    case 'b':
        if (in_class) {
            *cp = '\b';
            return true;
        }
        break;
    default: break;
    }
    if (e >= '0' && e <= '7' && (in_class || e == '0')) {
        uint32_t v = (uint32_t)(e - '0');
        for (int i = 0; i < 2 && c->p < c->end && *c->p >= '0' && *c->p <= '7'; i++) v = v * 8 + (*c->p++ - '0');
        if (v > 0377) return fail(c, "octal escape value outside of range 0-0o377");
        *cp = v;
        return true;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) return fail(c, "bad escape");
    c->p--;
    *cp = next_cp(c);
    return true;
}

static uint32_t fold(uint32_t ch, bool is_str) {
    if (ch < 0x80 || !is_str) return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
    return mp_case_simple(ch, MP_CASE_LOWER);
}

static bool parse_class(comp_t *c) {
    size_t head = c->len;
    if (!emit(c, OP_CLASS) || !emit2(c, 0, 0)) return false;
    uint32_t fl = 0, n = 0;
    if (at(c, '^')) {
        fl |= CL_NEG;
        c->p++;
    }
    bool first = true;
    for (;;) {
        if (c->p >= c->end) return fail(c, "unterminated character set");
        if (*c->p == ']' && !first) {
            c->p++;
            break;
        }
        first = false;
        uint32_t lo, named = 0;
        if (*c->p == '\\') {
            c->p++;
            if (!char_escape(c, true, &lo, &named)) return false;
        } else
            lo = next_cp(c);
        if (named) {
            fl |= named;
            if (at(c, '-') && c->p + 1 < c->end && c->p[1] != ']') return fail(c, "bad character range");
            continue;
        }
        uint32_t hi = lo;
        if (at(c, '-') && c->p + 1 < c->end && c->p[1] != ']') {
            c->p++;
            if (*c->p == '\\') {
                c->p++;
                if (!char_escape(c, true, &hi, &named)) return false;
                if (named) return fail(c, "bad character range");
            } else
                hi = next_cp(c);
            if (hi < lo) return fail(c, "bad character range");
        }
        if (!emit2(c, lo, hi)) return false;
        n++;
    }
    c->code[head + 1] = fl;
    c->code[head + 2] = n;
    return true;
}

static bool parse_alt(comp_t *c, bool *nullable);

static bool open_group_set(comp_t *c, size_t g, uint8_t v) {
    if (g >= c->open_alloc) {
        size_t na = c->open_alloc ? c->open_alloc * 2 : 16;
        while (na <= g) na *= 2;
        uint8_t *no = mp_realloc(c->open, c->open_alloc, na);
        if (no == NULL) {
            c->raised = true;
            return false;
        }
        c->open = no;
        c->open_alloc = na;
    }
    c->open[g] = v;
    return true;
}

static bool add_name(comp_t *c, size_t off, size_t len, size_t g) {
    for (size_t i = 0; i < c->nnames; i++) {
        uint32_t *e = c->names + 3 * i;
        if (e[2] == len && __builtin_memcmp(c->start + e[1], c->start + off, len) == 0)
            return fail(c, "redefinition of group name");
    }
    if (c->nnames == c->names_alloc) {
        size_t na = c->names_alloc ? c->names_alloc * 2 : 4;
        uint32_t *nn = mp_realloc(c->names, c->names_alloc * 3 * sizeof(uint32_t), na * 3 * sizeof(uint32_t));
        if (nn == NULL) {
            c->raised = true;
            return false;
        }
        c->names = nn;
        c->names_alloc = na;
    }
    uint32_t *e = c->names + 3 * c->nnames++;
    e[0] = (uint32_t)g;
    e[1] = (uint32_t)off;
    e[2] = (uint32_t)len;
    return true;
}

static bool is_name_char(uint8_t ch, bool first) {
    return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80 ||
        (!first && ch >= '0' && ch <= '9');
}

/* A group name up to `term`: its offset and length in the pattern. */
static bool group_name(comp_t *c, char term, size_t *off, size_t *len) {
    const uint8_t *s = c->p;
    while (c->p < c->end && *c->p != (uint8_t)term) c->p++;
    if (c->p >= c->end) return fail(c, "missing group name terminator");
    if (c->p == s) return fail(c, "missing group name");
    for (const uint8_t *q = s; q < c->p; q++)
        if (!is_name_char(*q, q == s)) return fail(c, "bad character in group name");
    *off = (size_t)(s - c->start);
    *len = (size_t)(c->p - s);
    c->p++;
    return true;
}

static bool backref(comp_t *c, size_t g) {
    if (g >= c->ngroups) return fail(c, "invalid group reference");
    if (g < c->open_alloc && c->open[g]) return fail(c, "cannot refer to an open group");
    return emit2(c, OP_BACKREF, (uint32_t)g);
}

static bool parse_group(comp_t *c, bool *nullable) {
    size_t g = 0;
    bool capture = true;
    if (at(c, '?')) {
        c->p++;
        if (at(c, ':')) {
            c->p++;
            capture = false;
        } else if (at(c, 'P') && c->p + 1 < c->end && c->p[1] == '<') {
            c->p += 2;
            size_t off, len;
            if (!group_name(c, '>', &off, &len) || !add_name(c, off, len, c->ngroups)) return false;
        } else if (at(c, 'P') && c->p + 1 < c->end && c->p[1] == '=') {
            c->p += 2;
            size_t off, len;
            if (!group_name(c, ')', &off, &len)) return false;
            for (size_t i = 0; i < c->nnames; i++) {
                uint32_t *e = c->names + 3 * i;
                if (e[2] == len && __builtin_memcmp(c->start + e[1], c->start + off, len) == 0) {
                    *nullable = true;
                    return backref(c, e[0]);
                }
            }
            return fail(c, "unknown group name");
        } else
            return fail(c, "unsupported regex extension (?");
    }
    if (capture) {
        if (c->ngroups >= MAX_GROUPS) return fail(c, "too many groups");
        g = c->ngroups++;
        if (!open_group_set(c, g, 1) || !emit2(c, OP_SAVE, (uint32_t)(2 * g))) return false;
    }
    if (!parse_alt(c, nullable)) return false;
    if (!at(c, ')')) return fail(c, "missing ), unterminated subpattern");
    c->p++;
    if (capture) {
        c->open[g] = 0;
        if (!emit2(c, OP_SAVE, (uint32_t)(2 * g + 1))) return false;
    }
    return true;
}

/* One atom: *quant says whether a quantifier may follow. */
static bool parse_atom(comp_t *c, bool *nullable, bool *quant) {
    *nullable = false;
    *quant = true;
    uint32_t ch = *c->p;
    bool icase = (c->flags & MP_RE_IGNORECASE) != 0;
    switch (ch) {
    case '(': c->p++; return parse_group(c, nullable);
    case '[': c->p++; return parse_class(c);
    case '.': c->p++; return emit(c, (c->flags & MP_RE_DOTALL) ? OP_ANYNL : OP_ANY);
    case '^':
        c->p++;
        *nullable = true;
        *quant = false;
        return emit(c, (c->flags & MP_RE_MULTILINE) ? OP_BOL_M : OP_BOL);
    case '$':
        c->p++;
        *nullable = true;
        *quant = false;
        return emit(c, (c->flags & MP_RE_MULTILINE) ? OP_EOL_M : OP_EOL);
    case '*':
    case '+':
    case '?': return fail(c, "nothing to repeat");
    case ')': return fail(c, "unbalanced parenthesis");
    case '\\': {
        c->p++;
        if (c->p < c->end) {
            uint8_t e = *c->p;
            uint32_t op = e == 'A' ? OP_BEGIN : e == 'Z' ? OP_END : e == 'b' ? OP_WORDB : e == 'B' ? OP_NWORDB : 0;
            if (op) {
                c->p++;
                *nullable = true;
                *quant = false;
                return emit(c, op);
            }
            if (e >= '1' && e <= '9') {
                /* CPython's rule: three octal digits are an octal escape,
                 * else one or two digits a group reference. */
                const uint8_t *d = c->p;
                if (c->end - d >= 3 && d[1] >= '0' && d[1] <= '7' && d[2] >= '0' && d[2] <= '7' && d[0] <= '7') {
                    ch = (uint32_t)((d[0] - '0') * 64 + (d[1] - '0') * 8 + (d[2] - '0'));
                    if (ch > 0377) return fail(c, "octal escape value outside of range 0-0o377");
                    c->p += 3;
                    break;
                }
                size_t g = (size_t)(*c->p++ - '0');
                if (c->p < c->end && *c->p >= '0' && *c->p <= '9') g = g * 10 + (size_t)(*c->p++ - '0');
                *nullable = true;
                return backref(c, g);
            }
        }
        uint32_t named;
        if (!char_escape(c, false, &ch, &named)) return false;
        if (named) return emit(c, OP_CLASS) && emit2(c, named, 0);
        break;
    }
    default: ch = next_cp(c); break;
    }
    if (icase) return emit2(c, OP_CHAR_I, fold(ch, c->is_str));
    return emit2(c, OP_CHAR, ch);
}

/* {m}, {m,}, {,n}, {m,n} at c->p (on the brace): false when the text is
 * no repeat (then it is a literal brace); *bad for an error. */
static bool parse_braces(comp_t *c, uint32_t *lo, uint32_t *hi, bool *bad) {
    const uint8_t *q = c->p + 1;
    *bad = false;
    uint32_t m = 0, n = 0;
    bool have_m = false, have_n = false, comma = false;
    while (q < c->end && *q >= '0' && *q <= '9') {
        if (m > MAX_REPEAT) *bad = true;
        m = m * 10 + (uint32_t)(*q++ - '0');
        have_m = true;
    }
    if (q < c->end && *q == ',') {
        comma = true;
        q++;
        while (q < c->end && *q >= '0' && *q <= '9') {
            if (n > MAX_REPEAT) *bad = true;
            n = n * 10 + (uint32_t)(*q++ - '0');
            have_n = true;
        }
    }
    if (q >= c->end || *q != '}' || (!have_m && !comma)) {
        *bad = false;
        return false;
    }
    c->p = q + 1;
    if (*bad || m > MAX_REPEAT || n > MAX_REPEAT) {
        *bad = true;
        fail(c, "the repetition number is too large");
        return true;
    }
    *lo = have_m ? m : 0;
    *hi = comma ? (have_n ? n : UINT32_MAX) : m;
    if (*hi < *lo) {
        *bad = true;
        fail(c, "min repeat greater than max repeat");
    }
    return true;
}

/* The fragment at [s, len) repeated without bound (x*) where it stands. */
static bool make_star(comp_t *c, size_t s, bool lazy, bool nullable) {
    size_t body = c->len - s;
    size_t pre = nullable ? 5 : 3; /* SPLIT x y [MARK r] */
    size_t post = nullable ? 5 : 2; /* [CHECK r x] JMP x */
    if (!insert(c, s, pre) || !reserve(c, post)) return false;
    size_t exit = s + pre + body + post;
    c->code[s] = OP_SPLIT;
    c->code[s + 1] = lazy ? rel(s, exit) : 3;
    c->code[s + 2] = lazy ? 3 : rel(s, exit);
    if (nullable) {
        uint32_t r = (uint32_t)c->nregs++;
        c->code[s + 3] = OP_MARK;
        c->code[s + 4] = r;
        size_t k = c->len;
        emit(c, OP_CHECK);
        emit2(c, r, rel(k, exit));
    }
    size_t j = c->len;
    return emit2(c, OP_JMP, rel(j, s));
}

/* x+ at [s, len). */
static bool make_plus(comp_t *c, size_t s, bool lazy, bool nullable) {
    size_t body = c->len - s;
    if (nullable) {
        if (!insert(c, s, 2)) return false;
        uint32_t r = (uint32_t)c->nregs++;
        c->code[s] = OP_MARK;
        c->code[s + 1] = r;
        size_t exit = s + 2 + body + 3 + 3;
        size_t k = c->len;
        if (!emit(c, OP_CHECK) || !emit2(c, r, rel(k, exit))) return false;
    }
    size_t k = c->len;
    return emit(c, OP_SPLIT) && emit2(c, lazy ? 3 : rel(k, s), lazy ? rel(k, s) : 3);
}

/* x? at [s, len). */
static bool make_opt(comp_t *c, size_t s, bool lazy) {
    if (!insert(c, s, 3)) return false;
    size_t exit = c->len;
    c->code[s] = OP_SPLIT;
    c->code[s + 1] = lazy ? rel(s, exit) : 3;
    c->code[s + 2] = lazy ? 3 : rel(s, exit);
    return true;
}

/* x{lo,hi} at [s, len): lo copies, then hi - lo optional ones that all
 * leave to one end (or a star when hi is unbounded). */
static bool make_counted(comp_t *c, size_t s, uint32_t lo, uint32_t hi, bool lazy, bool nullable) {
    size_t n = c->len - s;
    uint64_t copies = hi == UINT32_MAX ? (uint64_t)lo + 1 : hi;
    if (copies * (n + 8) + 8 > MAX_CODE) return fail(c, "pattern too large");
    uint32_t *frag = mp_alloc(n * sizeof(uint32_t) + 1);
    if (frag == NULL) {
        c->raised = true;
        return false;
    }
    __builtin_memcpy(frag, c->code + s, n * sizeof(uint32_t));
    c->len = s;
    for (uint32_t i = 0; i < lo; i++) {
        if (!reserve(c, n)) return false;
        __builtin_memcpy(c->code + c->len, frag, n * sizeof(uint32_t));
        c->len += n;
    }
    if (hi == UINT32_MAX) {
        size_t t = c->len;
        if (!reserve(c, n)) return false;
        __builtin_memcpy(c->code + c->len, frag, n * sizeof(uint32_t));
        c->len += n;
        return make_star(c, t, lazy, nullable);
    }
    /* Each optional copy: SPLIT (on, end) [MARK r] x [CHECK r end]. A
     * body that can match empty is checked as a star's: an optional
     * iteration that consumed nothing ends the repetition (CPython). */
    size_t first = c->len, step = 3 + n + (nullable ? 5 : 0);
    uint32_t r = nullable ? (uint32_t)c->nregs++ : 0;
    for (uint32_t i = lo; i < hi; i++) {
        if (!reserve(c, step)) return false;
        c->code[c->len] = OP_SPLIT;
        c->len += 3;
        if (nullable) {
            c->code[c->len++] = OP_MARK;
            c->code[c->len++] = r;
        }
        __builtin_memcpy(c->code + c->len, frag, n * sizeof(uint32_t));
        c->len += n;
        if (nullable) {
            c->code[c->len] = OP_CHECK;
            c->code[c->len + 1] = r;
            c->len += 3;
        }
    }
    size_t end = c->len;
    for (size_t k = first; k < end; k += step) {
        c->code[k + 1] = lazy ? rel(k, end) : 3;
        c->code[k + 2] = lazy ? 3 : rel(k, end);
        if (nullable) c->code[k + step - 1] = rel(k + step - 3, end);
    }
    return true;
}

/* An atom and its quantifiers. */
static bool parse_piece(comp_t *c, bool *nullable) {
    size_t s = c->len;
    bool quant;
    if (!parse_atom(c, nullable, &quant)) return false;
    if (c->p >= c->end) return true;
    uint8_t q = *c->p;
    uint32_t lo = 0, hi = 0;
    bool bad = false;
    if (q == '{') {
        if (!parse_braces(c, &lo, &hi, &bad)) return true; /* a literal brace follows */
        if (bad) return false;
    } else if (q == '*' || q == '+' || q == '?')
        c->p++;
    else
        return true;
    if (!quant) return fail(c, "nothing to repeat");
    bool lazy = false;
    if (at(c, '?')) {
        c->p++;
        lazy = true;
    }
    bool ok;
    bool body_null = *nullable;
    if (q == '*') {
        ok = make_star(c, s, lazy, body_null);
        *nullable = true;
    } else if (q == '+')
        ok = make_plus(c, s, lazy, body_null);
    else if (q == '?') {
        ok = make_opt(c, s, lazy);
        *nullable = true;
    } else {
        ok = make_counted(c, s, lo, hi, lazy, body_null);
        *nullable = body_null || lo == 0;
    }
    if (!ok) return false;
    if (c->p < c->end) {
        uint8_t q2 = *c->p;
        uint32_t l2, h2;
        bool b2;
        const uint8_t *save = c->p;
        if (q2 == '*' || q2 == '+' || q2 == '?') return fail(c, "multiple repeat");
        if (q2 == '{' && parse_braces(c, &l2, &h2, &b2)) {
            c->p = save;
            return fail(c, "multiple repeat");
        }
    }
    return true;
}

static bool parse_seq(comp_t *c, bool *nullable) {
    *nullable = true;
    while (c->p < c->end && *c->p != '|' && *c->p != ')') {
        bool n;
        if (!parse_piece(c, &n)) return false;
        *nullable = *nullable && n;
    }
    return true;
}

#define NO_CHAIN 0xFFFFFFFFu

static bool parse_alt(comp_t *c, bool *nullable) {
    if (!mp_stack_check()) {
        c->raised = true;
        return false;
    }
    size_t start = c->len;
    uint32_t chain = NO_CHAIN;
    if (!parse_seq(c, nullable)) return false;
    while (at(c, '|')) {
        c->p++;
        if (!insert(c, start, 3)) return false;
        size_t j = c->len;
        if (!emit2(c, OP_JMP, chain)) return false;
        chain = (uint32_t)j;
        c->code[start] = OP_SPLIT;
        c->code[start + 1] = 3;
        c->code[start + 2] = rel(start, c->len);
        start = c->len;
        bool n;
        if (!parse_seq(c, &n)) return false;
        *nullable = *nullable || n;
    }
    while (chain != NO_CHAIN) {
        uint32_t next = c->code[chain + 1];
        c->code[chain + 1] = rel(chain, c->len);
        chain = next;
    }
    return true;
}

int mp_re_compile(const char *pat, size_t len, bool is_str, uint32_t flags, mp_re_prog_t *out, const char **err) {
    comp_t c = { 0 };
    c.p = c.start = (const uint8_t *)pat;
    c.end = c.p + len;
    c.is_str = is_str;
    c.flags = flags;
    c.ngroups = 1;
    bool nullable;
    bool ok = emit2(&c, OP_SAVE, 0) && parse_alt(&c, &nullable);
    if (ok && c.p < c.end) ok = fail(&c, "unbalanced parenthesis");
    ok = ok && emit2(&c, OP_SAVE, 1) && emit(&c, OP_MATCH);
    if (!ok) {
        if (c.raised) return -1;
        *err = c.err;
        return 0;
    }
    out->code = c.code;
    out->len = c.len;
    out->ngroups = c.ngroups;
    out->nregs = c.nregs;
    out->flags = flags;
    out->is_str = is_str;
    out->names = c.names;
    out->nnames = c.nnames;
    return 1;
}

/* ---- The matcher ---- */

#ifndef MPY_RE_STEPS
/* Steps (instructions run) one search may take: this plus a multiple of
 * the subject's length, so linear work on long subjects always fits and
 * an exponential pattern stops within a fraction of a second (a few
 * seconds on the QEMU boards). */
#define MPY_RE_STEPS (sizeof(void *) == 4 ? 2000000 : 20000000)
#endif
#define MPY_RE_STEPS_PER_BYTE 256

typedef struct {
    mp_int_t a, b; /* a >= 0: a thread (pc a, position b); a < 0: slot -a-1 had value b */
} bt_t;

typedef struct {
    const uint8_t *s;
    size_t len;
    bool is_str, ascii;
    bt_t *stack; /* in the caller's frame until it outgrows it, then on the heap */
    size_t sp, alloc;
    bool on_heap;
} m_t;

static bool push(m_t *m, mp_int_t a, mp_int_t b) {
    if (m->sp == m->alloc) {
        size_t na = m->alloc * 2;
        bt_t *ns;
        if (m->on_heap)
            ns = mp_realloc(m->stack, m->alloc * sizeof(bt_t), na * sizeof(bt_t));
        else if ((ns = mp_alloc(na * sizeof(bt_t))) != NULL)
            __builtin_memcpy(ns, m->stack, m->alloc * sizeof(bt_t));
        if (ns == NULL) return false;
        m->on_heap = true;
        m->stack = ns;
        m->alloc = na;
    }
    m->stack[m->sp].a = a;
    m->stack[m->sp].b = b;
    m->sp++;
    return true;
}

/* The code point at i (a byte of bytes) and its length in bytes. */
static inline uint32_t cp_at(const m_t *m, size_t i, size_t *n) {
    uint32_t b = m->s[i];
    if (!m->is_str || b < 0x80) {
        *n = 1;
        return b;
    }
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    b &= 0x3F >> extra;
    size_t k = 1;
    for (; extra > 0 && i + k < m->len; extra--, k++) b = b << 6 | (m->s[i + k] & 0x3F);
    *n = k;
    return b;
}

static uint32_t cp_before(const m_t *m, size_t i) {
    size_t b = i - 1, n;
    if (m->is_str)
        while (b > 0 && (m->s[b] & 0xC0) == 0x80) b--;
    return cp_at(m, b, &n);
}

static bool is_space(uint32_t ch, bool uni) {
    if (ch < 0x80) return ch == ' ' || (ch >= '\t' && ch <= '\r') || (uni && ch >= 0x1C && ch <= 0x1F);
    if (!uni) return false;
    return ch == 0x85 || ch == 0xA0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200A) || ch == 0x2028 || ch == 0x2029 ||
        ch == 0x202F || ch == 0x205F || ch == 0x3000;
}
static bool is_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
/* \w: ASCII letters, digits and _; on a str (without ASCII) also every
 * code point past ASCII that is not whitespace or one of the common
 * punctuation blocks (an approximation of Unicode's alphanumerics). */
static bool is_word(uint32_t ch, bool uni) {
    if (ch < 0x80) return ch == '_' || is_digit(ch) || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
    if (!uni) return false;
    if (is_space(ch, true)) return false;
    if ((ch >= 0xA1 && ch <= 0xBF && ch != 0xAA && ch != 0xB2 && ch != 0xB3 && ch != 0xB5 && ch != 0xB9 && ch != 0xBA &&
            ch != 0xBC && ch != 0xBD && ch != 0xBE) ||
        ch == 0xD7 || ch == 0xF7)
        return false;
    if (ch >= 0x2000 && ch <= 0x206F) return false; /* general punctuation */
    if (ch >= 0x3000 && ch <= 0x303F) return false; /* CJK punctuation */
    return true;
}

static bool class_has(const m_t *m, const uint32_t *cl, uint32_t ch) {
    uint32_t fl = cl[0], n = cl[1];
    bool uni = m->is_str && !m->ascii;
    if ((fl & CL_d) && is_digit(ch)) return true;
    if ((fl & CL_D) && !is_digit(ch)) return true;
    if ((fl & CL_s) && is_space(ch, uni)) return true;
    if ((fl & CL_S) && !is_space(ch, uni)) return true;
    if ((fl & CL_w) && is_word(ch, uni)) return true;
    if ((fl & CL_W) && !is_word(ch, uni)) return true;
    for (uint32_t i = 0; i < n; i++)
        if (ch >= cl[2 + 2 * i] && ch <= cl[3 + 2 * i]) return true;
    return false;
}

static bool class_match(const m_t *m, const uint32_t *cl, uint32_t ch, bool icase) {
    bool in = class_has(m, cl, ch);
    if (!in && icase) {
        uint32_t lo = fold(ch, m->is_str);
        uint32_t up =
            m->is_str && ch >= 0x80 ? mp_case_simple(ch, MP_CASE_UPPER) : (ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        in = (lo != ch && class_has(m, cl, lo)) || (up != ch && class_has(m, cl, up));
    }
    return (cl[0] & CL_NEG) ? !in : in;
}

static inline bool word_at(const m_t *m, size_t i) {
    size_t n;
    return i < m->len && is_word(cp_at(m, i, &n), m->is_str && !m->ascii);
}
static inline bool word_before(const m_t *m, size_t i) {
    return i > 0 && is_word(cp_before(m, i), m->is_str && !m->ascii);
}

/* Runs the program from position `at`: 1 matched, 0 not, -1 raised. */
static int run(
    const mp_re_prog_t *p, m_t *m, size_t at, int how, size_t origin, mp_int_t *slots, size_t *steps, size_t limit) {
    const uint32_t *code = p->code;
    bool icase = (p->flags & MP_RE_IGNORECASE) != 0;
    size_t nslots = 2 * p->ngroups + p->nregs;
    for (size_t i = 0; i < nslots; i++) slots[i] = -1;
    m->sp = 0;
    size_t pc = 0, i = at;
    for (;;) {
        if (++*steps > limit) {
            mp_raise_msg(&mp_type_RuntimeError, "regular expression backtracking limit exceeded");
            return -1;
        }
        const uint32_t *in = code + pc;
        size_t n;
        switch (in[0]) {
        case OP_CHAR:
            if (i < m->len && cp_at(m, i, &n) == in[1]) {
                i += n;
                pc += 2;
                continue;
            }
            goto fail;
        case OP_CHAR_I:
            if (i < m->len && fold(cp_at(m, i, &n), m->is_str) == in[1]) {
                i += n;
                pc += 2;
                continue;
            }
            goto fail;
        case OP_ANY:
            if (i < m->len && m->s[i] != '\n') {
                cp_at(m, i, &n);
                i += n;
                pc += 1;
                continue;
            }
            goto fail;
        case OP_ANYNL:
            if (i < m->len) {
                cp_at(m, i, &n);
                i += n;
                pc += 1;
                continue;
            }
            goto fail;
        case OP_CLASS:
            if (i < m->len && class_match(m, in + 1, cp_at(m, i, &n), icase)) {
                i += n;
                pc += 3 + 2 * in[2];
                continue;
            }
            goto fail;
        case OP_SPLIT:
            if (!push(m, (mp_int_t)(pc + (size_t)(mp_int_t)(int32_t)in[2]), (mp_int_t)i)) return -1;
            pc += (size_t)(mp_int_t)(int32_t)in[1];
            continue;
        case OP_JMP: pc += (size_t)(mp_int_t)(int32_t)in[1]; continue;
        case OP_SAVE:
        case OP_MARK: {
            size_t k = in[0] == OP_SAVE ? in[1] : 2 * p->ngroups + in[1];
            if (!push(m, -(mp_int_t)k - 1, slots[k])) return -1;
            slots[k] = (mp_int_t)i;
            pc += 2;
            continue;
        }
        case OP_CHECK:
            if (slots[2 * p->ngroups + in[1]] == (mp_int_t)i)
                pc += (size_t)(mp_int_t)(int32_t)in[2];
            else
                pc += 3;
            continue;
        case OP_BOL:
        case OP_BEGIN:
            if (i == 0) {
                pc++;
                continue;
            }
            goto fail;
        case OP_BOL_M:
            if (i == 0 || m->s[i - 1] == '\n') {
                pc++;
                continue;
            }
            goto fail;
        case OP_EOL:
            if (i == m->len || (i + 1 == m->len && m->s[i] == '\n')) {
                pc++;
                continue;
            }
            goto fail;
        case OP_EOL_M:
            if (i == m->len || m->s[i] == '\n') {
                pc++;
                continue;
            }
            goto fail;
        case OP_END:
            if (i == m->len) {
                pc++;
                continue;
            }
            goto fail;
        case OP_WORDB:
        case OP_NWORDB:
            /* CPython (before 3.14): \B never matches an empty subject */
            if ((word_before(m, i) != word_at(m, i)) == (in[0] == OP_WORDB) && (in[0] == OP_WORDB || m->len > 0)) {
                pc++;
                continue;
            }
            goto fail;
        case OP_BACKREF: {
            mp_int_t s0 = slots[2 * in[1]], s1 = slots[2 * in[1] + 1];
            if (s0 < 0 || s1 < 0) goto fail;
            size_t gl = (size_t)(s1 - s0);
            if (!icase) {
                if (gl > m->len - i || __builtin_memcmp(m->s + s0, m->s + i, gl) != 0) goto fail;
                i += gl;
            } else {
                size_t a = (size_t)s0, b = i, na, nb;
                while (a < (size_t)s1) {
                    if (b >= m->len || fold(cp_at(m, a, &na), m->is_str) != fold(cp_at(m, b, &nb), m->is_str))
                        goto fail;
                    a += na;
                    b += nb;
                }
                i = b;
            }
            pc += 2;
            continue;
        }
        case OP_MATCH:
            if ((how & MP_RE_FULL) && i != m->len) goto fail;
            if ((how & MP_RE_NOT_EMPTY_AT_START) && at == origin && i == at) goto fail;
            return 1;
        default: break;
        }
    fail:
        for (;;) {
            if (m->sp == 0) return 0;
            bt_t *e = &m->stack[--m->sp];
            if (e->a < 0) {
                slots[-e->a - 1] = e->b;
                continue;
            }
            pc = (size_t)e->a;
            i = (size_t)e->b;
            break;
        }
    }
}

int mp_re_exec(const mp_re_prog_t *p, const uint8_t *s, size_t len, size_t start, int how, mp_int_t *slots) {
    /* Short searches leave no garbage: the stack and the slots start in
     * this frame (a heap block per search would fragment the heap between
     * the match objects a loop keeps). */
    bt_t local[32];
    mp_int_t local_work[24];
    m_t m = { s, len, p->is_str, (p->flags & MP_RE_ASCII) != 0, local, 0, MP_N(local), false };
    size_t nwork = 2 * p->ngroups + p->nregs;
    mp_int_t *work = nwork <= MP_N(local_work) ? local_work : mp_alloc(nwork * sizeof(mp_int_t));
    if (work == NULL) return -1;
    size_t steps = 0, limit = MPY_RE_STEPS + MPY_RE_STEPS_PER_BYTE * len;
    /* A pattern starting with a plain character: skip to where it is. */
    bool lit = p->code[2] == OP_CHAR && p->code[3] < (p->is_str ? 0x80u : 0x100u);
    for (size_t at = start;;) {
        if (lit && !(how & MP_RE_ANCHORED)) {
            while (at < len && s[at] != p->code[3]) at++;
            if (at >= len) return 0;
        }
        int r = run(p, &m, at, how, start, work, &steps, limit);
        if (r != 0) {
            if (r > 0) __builtin_memcpy(slots, work, 2 * p->ngroups * sizeof(mp_int_t));
            return r;
        }
        if ((how & MP_RE_ANCHORED) || at >= len) return 0;
        at++;
        if (p->is_str)
            while (at < len && (s[at] & 0xC0) == 0x80) at++;
    }
}
