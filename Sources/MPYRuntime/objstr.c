/* str: immutable UTF-8 text. Interned names are static str objects in
 * module images (merged by the linker); others live on the heap. Equality
 * is by address first, then hash, length and bytes. Every str knows (or
 * counts once) its number of characters, so that len() is O(1) and an
 * ASCII string (chars == len) is indexed and sliced by byte offsets; a
 * non-ASCII one walks from its nearer end. One-character ASCII results are
 * the static strings of objstr_ascii.c. */
#include "mpy/runtime.h"

static inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* A heap str of len bytes (its data to be filled by the caller, NUL added). */
static mp_str_t *str_alloc(size_t len, size_t chars, char **data) {
    mp_str_t *s = mp_alloc(sizeof *s + len + 1);
    if (s == NULL) return NULL;
    char *d = (char *)(s + 1);
    d[len] = 0;
    s->base.type = &mp_type_str;
    s->len = len;
    s->data = d;
    s->chars = chars;
    *data = d;
    return s;
}

mp_obj_t mp_str_new_chars(const char *data, size_t len, size_t chars) {
    if (len <= 1) {
        if (len == 0) return (mp_obj_t)&mp_str_empty;
        if ((unsigned char)data[0] < 0x80) return mp_str_ascii_char((unsigned char)data[0]);
    }
    char *d;
    mp_str_t *s = str_alloc(len, chars, &d);
    if (s == NULL) return MP_OBJ_NULL;
    __builtin_memcpy(d, data, len);
    return (mp_obj_t)s;
}

mp_obj_t mp_str_alloc(size_t len, size_t chars, char **data) { return (mp_obj_t)str_alloc(len, chars, data); }

mp_obj_t mp_str_new(const char *data, size_t len) { return mp_str_new_chars(data, len, MP_STR_CHARS_UNKNOWN); }

/* Code points of UTF-8 text: the bytes less the continuation bytes. ASCII
 * is recognised a word at a time; other text is counted byte by byte. */
size_t mp_utf8_chars(const char *p, size_t n) {
    const mp_uint_t high = (mp_uint_t)0x8080808080808080ull;
    size_t i = 0;
    for (; i + sizeof(mp_uint_t) <= n; i += sizeof(mp_uint_t)) {
        mp_uint_t w;
        __builtin_memcpy(&w, p + i, sizeof w);
        if (w & high) break;
    }
    size_t c = i;
    for (; i < n; i++)
        if (!is_cont((unsigned char)p[i])) c++;
    return c;
}

size_t mp_str_chars(mp_obj_t o) {
    mp_str_t *s = (mp_str_t *)o;
    if (s->chars != MP_STR_CHARS_UNKNOWN) return s->chars;
    /* Only heap strings get here: static ones carry their count. */
    size_t c = mp_utf8_chars(s->data, s->len);
    s->chars = c;
    return c;
}

mp_obj_t mp_str_from_cstr(const char *c) {
    size_t n = 0;
    while (c[n]) n++;
    return mp_str_new(c, n);
}

const char *mp_str_data(mp_obj_t o, size_t *len) {
    const mp_str_t *s = (const mp_str_t *)o;
    *len = s->len;
    return s->data;
}

mp_obj_t mp_str_from_codepoint(uint32_t c) {
    char b[4];
    size_t len;
    if (c < 0x80) {
        b[0] = (char)c;
        len = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3F));
        len = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        len = 3;
    } else {
        b[0] = (char)(0xF0 | (c >> 18));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        len = 4;
    }
    return mp_str_new_chars(b, len, 1);
}

/* FNV-1a over the bytes; never 0 (0 means "not computed"). */
static mp_uint_t hash_bytes(const char *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)p[i];
        h *= 16777619u;
    }
    mp_uint_t r = h & (MP_SMALL_INT_MAX >> 1);
    return r ? r : 1;
}

mp_uint_t mp_str_hash(mp_obj_t o) {
    mp_str_t *s = (mp_str_t *)o;
    if (s->hash != 0) return s->hash;
    mp_uint_t h = hash_bytes(s->data, s->len);
    /* Static strings carry their hash from the compiler; only heap ones get here. */
    s->hash = h;
    return h;
}

/* Hashes tell unequal strings apart only when both are known already:
 * hashing just to compare would read the bytes once more. */
static inline bool str_equal(const mp_str_t *x, const mp_str_t *y) {
    if (x == y) return true;
    if (x->len != y->len) return false;
    if (x->hash != 0 && y->hash != 0 && x->hash != y->hash) return false;
    return __builtin_memcmp(x->data, y->data, x->len) == 0;
}

bool mp_str_equal(mp_obj_t a, mp_obj_t b) { return str_equal((const mp_str_t *)a, (const mp_str_t *)b); }

static bool str_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    const mp_str_t *s = (const mp_str_t *)self;
    if (kind == MP_PRINT_STR) {
        out->write(out->ctx, s->data, s->len);
        return true;
    }
    bool has_single = false, has_double = false;
    for (size_t i = 0; i < s->len; i++) {
        if (s->data[i] == '\'')
            has_single = true;
        else if (s->data[i] == '"')
            has_double = true;
    }
    char q = has_single && !has_double ? '"' : '\'';
    out->write(out->ctx, &q, 1);
    size_t run = 0;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        const char *esc = NULL;
        char hex[4];
        if (c == '\\')
            esc = "\\\\";
        else if (c == '\n')
            esc = "\\n";
        else if (c == '\r')
            esc = "\\r";
        else if (c == '\t')
            esc = "\\t";
        else if (c == (unsigned char)q)
            esc = q == '\'' ? "\\'" : "\\\"";
        else if (c < 0x20 || c == 0x7f) {
            static const char digits[] = "0123456789abcdef";
            hex[0] = 'x';
            hex[1] = digits[c >> 4];
            hex[2] = digits[c & 15];
            hex[3] = 0;
            esc = NULL;
            out->write(out->ctx, s->data + i - run, run);
            run = 0;
            out->write(out->ctx, "\\", 1);
            out->write(out->ctx, hex, 3);
            continue;
        }
        if (esc) {
            out->write(out->ctx, s->data + i - run, run);
            run = 0;
            mp_print_str(out, esc);
        } else {
            run++;
        }
    }
    out->write(out->ctx, s->data + s->len - run, run);
    out->write(out->ctx, &q, 1);
    return true;
}

static mp_obj_t str_unary(int op, mp_obj_t self) {
    const mp_str_t *s = (const mp_str_t *)self;
    switch (op) {
    case MP_UNARY_BOOL: return mp_bool(s->len != 0);
    case MP_UNARY_LEN: return mp_small_int((mp_int_t)mp_str_chars(self));
    case MP_UNARY_HASH: return mp_small_int((mp_int_t)mp_str_hash(self));
    default: return MP_OBJ_SENTINEL;
    }
}

static int str_cmp(const mp_str_t *a, const mp_str_t *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    int c = __builtin_memcmp(a->data, b->data, n);
    if (c != 0) return c;
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

static mp_obj_t str_repeat(mp_obj_t self, mp_obj_t count) {
    const mp_str_t *s = (const mp_str_t *)self;
    size_t n;
    int ok = mp_arg_repeat(count, s->len, 1, "repeated string is too long", &n);
    if (ok <= 0) return ok < 0 ? MP_OBJ_NULL : MP_NOT_IMPLEMENTED;
    if (n == 0 || s->len == 0) return (mp_obj_t)&mp_str_empty;
    if (n == 1) return self;
    size_t total = s->len * n;
    char *d;
    mp_str_t *r = str_alloc(total, s->chars == MP_STR_CHARS_UNKNOWN ? MP_STR_CHARS_UNKNOWN : s->chars * n, &d);
    if (r == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < n; i++) __builtin_memcpy(d + i * s->len, s->data, s->len);
    return (mp_obj_t)r;
}

/* Is needle n (nn bytes) in haystack h (hn bytes)? */
static bool str_contains(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn > hn) return false;
    if (nn == 0) return true;
    char first = n[0];
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == first && __builtin_memcmp(h + i + 1, n + 1, nn - 1) == 0) return true;
    return false;
}

static mp_obj_t str_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_OP_COMPARE + MPY_COMPARE_EQ && mp_type_of(rhs) == &mp_type_str)
        return mp_bool(str_equal((const mp_str_t *)lhs, (const mp_str_t *)rhs));
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op >= MP_OP_INPLACE && op < MP_OP_COMPARE) op -= MP_OP_INPLACE;
    if (op == MPY_BINARY_MUL) return str_repeat(lhs, rhs);
    if (reflected) return MP_NOT_IMPLEMENTED;
    if (op == MPY_BINARY_MOD) return mp_str_percent(lhs, rhs);
    if (op == MP_OP_COMPARE + MPY_COMPARE_IN) {
        if (mp_type_of(rhs) != &mp_type_str)
            return mp_raise_fmt(
                &mp_type_TypeError, "'in <string>' requires string as left operand, not %s", mp_type_of(rhs)->name);
        const mp_str_t *h = (const mp_str_t *)lhs, *nd = (const mp_str_t *)rhs;
        return mp_bool(str_contains(h->data, h->len, nd->data, nd->len));
    }
    if (mp_type_of(rhs) != &mp_type_str) return MP_NOT_IMPLEMENTED;
    const mp_str_t *a = (const mp_str_t *)lhs, *b = (const mp_str_t *)rhs;
    if (op == MPY_BINARY_ADD) {
        size_t chars = a->chars == MP_STR_CHARS_UNKNOWN || b->chars == MP_STR_CHARS_UNKNOWN ? MP_STR_CHARS_UNKNOWN
                                                                                            : a->chars + b->chars;
        char *d;
        mp_str_t *r = str_alloc(a->len + b->len, chars, &d);
        if (r == NULL) return MP_OBJ_NULL;
        __builtin_memcpy(d, a->data, a->len);
        __builtin_memcpy(d + a->len, b->data, b->len);
        return (mp_obj_t)r;
    }
    if (op >= MP_OP_COMPARE) {
        switch (op - MP_OP_COMPARE) {
        case MPY_COMPARE_NE: return mp_bool(!str_equal(a, b));
        case MPY_COMPARE_LT: return mp_bool(str_cmp(a, b) < 0);
        case MPY_COMPARE_LE: return mp_bool(str_cmp(a, b) <= 0);
        case MPY_COMPARE_GT: return mp_bool(str_cmp(a, b) > 0);
        case MPY_COMPARE_GE: return mp_bool(str_cmp(a, b) >= 0);
        default: break;
        }
    }
    return MP_NOT_IMPLEMENTED;
}

/* The byte offset of the next and of the previous character. */
static inline size_t next_char(const unsigned char *d, size_t len, size_t off) {
    off++;
    while (off < len && is_cont(d[off])) off++;
    return off;
}
static inline size_t prev_char(const unsigned char *d, size_t off) {
    off--;
    while (off > 0 && is_cont(d[off])) off--;
    return off;
}

/* Byte offset of character i (0 <= i <= chars) of a string of chars
 * characters: itself in ASCII, else walked to from the nearer end. */
static size_t char_offset(const mp_str_t *s, size_t chars, size_t i) {
    if (chars == s->len) return i;
    const unsigned char *d = (const unsigned char *)s->data;
    size_t off;
    if (i <= chars / 2) {
        for (off = 0; i > 0; i--) off = next_char(d, s->len, off);
    } else {
        for (off = s->len; i < chars; i++) off = prev_char(d, off);
    }
    return off;
}

/* The bytes of the character starting at byte off. */
static size_t char_len(const mp_str_t *s, size_t off) {
    size_t e = off + 1;
    while (e < s->len && is_cont((unsigned char)s->data[e])) e++;
    return e - off;
}

/* The character at byte off as a str: a static one for ASCII. */
static mp_obj_t char_at(const mp_str_t *s, size_t off) {
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) return mp_str_ascii_char(c);
    return mp_str_new_chars(s->data + off, char_len(s, off), 1);
}

/* s[a:b:st] with count characters, st != 1. */
static mp_obj_t str_slice_step(const mp_str_t *s, size_t chars, mp_int_t a, mp_int_t st, mp_int_t count) {
    if (count <= 0) return (mp_obj_t)&mp_str_empty;
    if (chars == s->len) {
        char *d;
        mp_str_t *r = str_alloc((size_t)count, (size_t)count, &d);
        if (r == NULL) return MP_OBJ_NULL;
        for (mp_int_t i = 0; i < count; i++) d[i] = s->data[a + i * st];
        return (mp_obj_t)r;
    }
    /* Non-ASCII: one walk, forwards or backwards, from the first character. */
    char *buf = mp_alloc(s->len + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    const unsigned char *d = (const unsigned char *)s->data;
    size_t off = char_offset(s, chars, (size_t)a), w = 0;
    for (mp_int_t i = 0; i < count; i++) {
        size_t n = char_len(s, off);
        __builtin_memcpy(buf + w, s->data + off, n);
        w += n;
        if (i + 1 == count) break;
        if (st > 0)
            for (mp_int_t k = 0; k < st; k++) off = next_char(d, s->len, off);
        else
            for (mp_int_t k = 0; k < -st; k++) off = prev_char(d, off);
    }
    return mp_str_new_chars(buf, w, (size_t)count);
}

static mp_obj_t str_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL)
        return mp_raise_msg(&mp_type_TypeError, "'str' object does not support item assignment");
    const mp_str_t *s = (const mp_str_t *)self;
    size_t chars = mp_str_chars(self);
    if (mp_is_small_int(index)) {
        mp_int_t i = mp_small_int_value(index);
        if (i < 0) i += (mp_int_t)chars;
        if ((mp_uint_t)i < chars) return char_at(s, char_offset(s, chars, (size_t)i));
    } else if (mp_type_of(index) == &mp_type_slice) {
        mp_int_t a, b, st;
        if (!mp_slice_indices(index, (mp_int_t)chars, &a, &b, &st)) return MP_OBJ_NULL;
        mp_int_t count = mp_slice_count(a, b, st);
        if (st != 1) return str_slice_step(s, chars, a, st, count);
        if (count <= 0) return (mp_obj_t)&mp_str_empty;
        if ((size_t)count == chars) return self;
        size_t x = char_offset(s, chars, (size_t)a), y = char_offset(s, chars, (size_t)(a + count));
        return mp_str_new_chars(s->data + x, y - x, (size_t)count);
    }
    size_t i;
    if (!mp_arg_index(index, chars, &i, "string", "string")) return MP_OBJ_NULL;
    return char_at(s, char_offset(s, chars, i));
}

static mp_obj_t str_iternext(mp_obj_t it);
const mp_type_t mp_type_str_iter = { .base = { &mp_type_type }, .name = "str_iterator", .iternext = str_iternext };
static mp_obj_t str_getiter(mp_obj_t self) {
    mp_seq_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &mp_type_str_iter;
    it->seq = self;
    return (mp_obj_t)it;
}
static mp_obj_t str_iternext(mp_obj_t o) {
    mp_seq_iter_t *it = (mp_seq_iter_t *)o;
    const mp_str_t *s = (const mp_str_t *)it->seq;
    size_t a = it->index;
    if (a >= s->len) return MP_OBJ_SENTINEL;
    unsigned char c = (unsigned char)s->data[a];
    if (c < 0x80) {
        it->index = a + 1;
        return mp_str_ascii_char(c);
    }
    size_t n = char_len(s, a);
    it->index = a + n;
    return mp_str_new_chars(s->data + a, n, 1);
}

/* str(), str(x), and str(b, encoding[, errors]): with an encoding (or
 * errors) a bytes-like object is decoded, as b.decode(encoding, errors). */
static mp_obj_t str_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    if (n > 3) return mp_raise_fmt(&mp_type_TypeError, "str() takes at most 3 arguments (%d given)", (int)n);
    mp_obj_t src = n > 0 ? args[0] : MP_OBJ_SENTINEL;
    if (kw != NULL && kw->used > 0) {
        static const char *const names[] = { "object", "encoding", "errors", NULL };
        for (size_t i = 0; i < kw->filled; i++) {
            mp_obj_t k = kw->entries[i].key;
            if (k == MP_OBJ_NULL) continue;
            size_t kl;
            const char *ks = mp_str_data(k, &kl);
            bool known = false;
            for (size_t j = 0; names[j] && !known; j++)
                known = __builtin_strlen(names[j]) == kl && __builtin_memcmp(names[j], ks, kl) == 0;
            if (!known) return mp_raise_fmt(&mp_type_TypeError, "'%S' is an invalid keyword argument for str()", k);
        }
        mp_obj_t o = mp_dict_get(kw, mp_str_from_cstr("object"));
        if (o == MP_OBJ_NULL) return o;
        if (o != MP_OBJ_SENTINEL) {
            if (n > 0)
                return mp_raise_msg(&mp_type_TypeError, "argument for str() given by name ('object') and position (1)");
            src = o;
        }
    }
    bool decoding = n > 1 || (kw != NULL && kw->used > (src != MP_OBJ_SENTINEL && n == 0));
    if (src == MP_OBJ_SENTINEL) return (mp_obj_t)&mp_str_empty;
    if (!decoding) return mp_obj_str(src, MP_PRINT_STR);
    const uint8_t *d;
    size_t len;
    if (mp_is_instance_of_type(src, &mp_type_str))
        return mp_raise_msg(&mp_type_TypeError, "decoding str is not supported");
    if (!mp_get_buffer(src, &d, &len))
        return mp_raise_fmt(
            &mp_type_TypeError, "decoding to str: need a bytes-like object, %s found", mp_type_of(src)->name);
    /* bytes.decode reads self's data and length: give it a bytes object. */
    mp_obj_t b = mp_type_of(src) == &mp_type_bytes ? src : mp_bytes_new(d, len);
    if (b == MP_OBJ_NULL) return b;
    mp_obj_t dargs[3] = { b, n > 1 ? args[1] : MP_OBJ_NULL, n > 2 ? args[2] : MP_OBJ_NULL };
    return mp_bytes_decode(n > 0 ? n : 1, dargs, kw);
}

const mp_type_t mp_type_str = { .methods = mp_str_methods,
    .base = { &mp_type_type },
    .name = "str",
    .parent = &mp_type_object,
    .flags = MP_TYPE_FLAG_BASETYPE,
    .print = str_print,
    .unary_op = str_unary,
    .binary_op = str_binary,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .make_new = str_make_new };
