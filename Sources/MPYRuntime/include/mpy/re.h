/* The regular expression engine of the re module (re_engine.c): a pattern
 * compiled to a compact program of 32-bit words and a backtracking matcher
 * over it with an explicit backtrack stack on the heap and a step budget
 * (Russ Cox's "Regular Expression Matching: the Virtual Machine Approach",
 * the backtracking VM, as MicroPython's re1.5). */
#ifndef MPY_RE_H
#define MPY_RE_H

#include "mpy/obj.h"

/* CPython's flag values. */
enum {
    MP_RE_IGNORECASE = 2,
    MP_RE_MULTILINE = 8,
    MP_RE_DOTALL = 16,
    MP_RE_UNICODE = 32,
    MP_RE_ASCII = 256,
};

typedef struct mp_re_prog {
    uint32_t *code;
    size_t len; /* words */
    size_t ngroups; /* capturing groups, group 0 included */
    size_t nregs; /* loop registers (empty-iteration checks) */
    uint32_t flags;
    bool is_str; /* the pattern and subjects are str (UTF-8, code points) */
    /* Named groups: for each, the group number and the name's place in
     * the pattern (offset, length), three words per name. */
    uint32_t *names;
    size_t nnames;
} mp_re_prog_t;

/* Compiles pat: 1 done, 0 a syntax error (*err its message, nothing
 * pending), -1 an exception pending (MemoryError, RecursionError). */
int mp_re_compile(const char *pat, size_t len, bool is_str, uint32_t flags, mp_re_prog_t *out, const char **err);

/* How mp_re_exec matches. */
enum {
    MP_RE_ANCHORED = 1, /* only at start (match) */
    MP_RE_FULL = 2, /* the match must end at len (fullmatch) */
    MP_RE_NOT_EMPTY_AT_START = 4, /* no empty match at start (sub, split, findall after an empty match) */
};

/* Searches s[start:len] (byte offsets; on a str, start is a code point
 * boundary): 1 found, with slots[2g], slots[2g+1] the byte span of group g
 * (-1 when it did not take part), 0 none, -1 an exception pending
 * (MemoryError; RuntimeError when the step budget is spent). slots holds
 * 2 * ngroups entries. */
int mp_re_exec(const mp_re_prog_t *p, const uint8_t *s, size_t len, size_t start, int how, mp_int_t *slots);

#endif
