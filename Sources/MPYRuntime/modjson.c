/* The json module: dumps, dump, loads, load and JSONDecodeError.
 *
 * MicroPython's API (separators is the one option), with CPython's
 * behaviour where MicroPython is lax: non-ASCII text is written as \uXXXX
 * escapes (CPython's ensure_ascii default), inf and nan as Infinity and
 * NaN, dict keys must be str, int, float, bool or None, other objects are
 * a TypeError and a container holding itself a ValueError. The decoder is
 * strict RFC 8259 plus Infinity, -Infinity and NaN, as CPython's: every
 * malformed document raises JSONDecodeError (a ValueError) with CPython's
 * message and position. Both directions recurse on the C stack and stop
 * with RecursionError at the runtime's stack budget.
 *
 * Streams: a built-in stream goes through mpy/stream.h; any other object
 * is used as CPython does, through its read() (called once) and write(str)
 * methods. */
#include "mpy/fpconv.h"
#include "mpy/modutil.h"
#include "mpy/strbuilder.h"
#include "mpy/stream.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

/* ================= JSONDecodeError ================= */

static const MP_EXC_TYPE(decode_error_type, "JSONDecodeError", &mp_type_ValueError);

/* ================= encoding ================= */

/* A container being encoded, linked to the one holding it. A container
 * holding itself makes the chain of open containers periodic from its
 * first appearance on, so each compares itself with one checkpoint (Brent's
 * cycle finding): the container open at the largest power-of-two depth
 * above it. That finds every cycle within about twice its length plus its
 * starting depth, at one compare per container however deep the nesting. */
typedef struct open_container {
    mp_obj_t obj, checkpoint;
    size_t depth;
} open_container_t;

typedef struct {
    mp_strbuilder_t b;
    mp_obj_t stream; /* dump's target; NULL for dumps */
    bool user_stream; /* written through its write(str) method */
    const char *item_sep, *key_sep;
    size_t item_len, key_len;
} encoder_t;

static void put(encoder_t *e, const char *s, size_t n) { mp_strbuilder_add(&e->b, s, n); }
static void put_str(encoder_t *e, const char *s) { put(e, s, __builtin_strlen(s)); }

/* Writes what dump has built so far to its stream. */
static bool flush(encoder_t *e) {
    if (e->b.failed) return false;
    if (e->stream == MP_OBJ_NULL || e->b.len == 0) return true;
    size_t len = e->b.len;
    e->b.len = 0;
    if (!e->user_stream) return mp_stream_write(e->stream, e->b.buf, len) >= 0;
    mp_obj_t s = mp_str_new(e->b.buf, len);
    mp_obj_t k = s == MP_OBJ_NULL ? s : mp_str_from_cstr("write");
    mp_obj_t f = k == MP_OBJ_NULL ? k : mp_load_attr(e->stream, k);
    return f != MP_OBJ_NULL && mp_call(f, 1, &s, NULL) != MP_OBJ_NULL;
}

static const char hex_digits[] = "0123456789abcdef";

static void put_u_escape(encoder_t *e, uint32_t c) {
    char u[6] = { '\\', 'u', hex_digits[(c >> 12) & 15], hex_digits[(c >> 8) & 15], hex_digits[(c >> 4) & 15],
        hex_digits[c & 15] };
    put(e, u, 6);
}

/* A str as a JSON string, every character outside printable ASCII as an
 * escape (beyond the BMP as a surrogate pair), as CPython's ensure_ascii. */
static void put_string(encoder_t *e, const uint8_t *s, size_t len) {
    put(e, "\"", 1);
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        while (run < len && s[run] >= 0x20 && s[run] < 0x7f && s[run] != '"' && s[run] != '\\') run++;
        put(e, (const char *)s + i, run - i);
        i = run;
        if (i == len) break;
        uint32_t c = s[i];
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: break;
        }
        if (esc != NULL) {
            put(e, esc, 2);
            i++;
            continue;
        }
        /* One code point of the text (UTF-8, surrogates as three bytes). */
        size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (k > 1) c &= 0x3Fu >> (k - 1);
        for (size_t j = 1; j < k && i + j < len; j++) c = (c << 6) | (s[i + j] & 0x3Fu);
        i += k;
        if (c >= 0x10000) {
            c -= 0x10000;
            put_u_escape(e, 0xD800 + (c >> 10));
            put_u_escape(e, 0xDC00 + (c & 0x3FF));
        } else
            put_u_escape(e, c);
    }
    put(e, "\"", 1);
}

/* A float as CPython's json writes it: repr, or Infinity, -Infinity, NaN. */
static void put_float(encoder_t *e, double d) {
    if (d != d)
        put_str(e, "NaN");
    else if (d == __builtin_inf())
        put_str(e, "Infinity");
    else if (d == -__builtin_inf())
        put_str(e, "-Infinity");
    else {
        char buf[FP_REPR_BUFSIZE];
        put(e, buf, fp_repr(d, buf));
    }
}

static bool put_int(encoder_t *e, mp_obj_t o) {
    mp_print_t out = { mp_strbuilder_write, &e->b };
    return mp_print_obj(&out, o, MP_PRINT_REPR);
}

/* The built-in value an object stands for: an instance of a user class
 * derived from a built-in type gives its built-in part. */
static mp_obj_t builtin_part(mp_obj_t o) {
    mp_obj_t native = mp_instance_native(o);
    return native != MP_OBJ_NULL ? native : o;
}

/* A built-in type whose objects have the layout of `base` (a namedtuple
 * class has the tuple layout, OrderedDict and defaultdict the dict's). */
static bool has_layout(const mp_type_t *t, const mp_type_t *base) {
    if (t->flags & MP_TYPE_FLAG_USER) return false;
    for (; t != NULL; t = t->parent)
        if (t == base) return true;
    return false;
}

static bool encode(encoder_t *e, mp_obj_t o, const open_container_t *outer);

/* Opens container o inside `outer` (NULL at the top) as *self. */
static bool enter(open_container_t *self, mp_obj_t o, const open_container_t *outer) {
    self->obj = o;
    self->depth = outer == NULL ? 1 : outer->depth + 1;
    if (outer == NULL)
        self->checkpoint = MP_OBJ_NULL;
    else if ((outer->depth & (outer->depth - 1)) == 0)
        self->checkpoint = outer->obj;
    else
        self->checkpoint = outer->checkpoint;
    if (o == self->checkpoint) {
        mp_raise_msg(&mp_type_ValueError, "Circular reference detected");
        return false;
    }
    return true;
}

static bool encode_items(encoder_t *e, mp_obj_t seq, const open_container_t *outer) {
    open_container_t self;
    if (!enter(&self, seq, outer)) return false;
    put(e, "[", 1);
    /* A list may change under a user stream's write(): read it afresh. */
    bool is_list = has_layout(mp_type_of(seq), &mp_type_list);
    for (size_t i = 0;; i++) {
        size_t len = is_list ? ((const mp_list_t *)seq)->len : ((const mp_tuple_t *)seq)->len;
        if (i >= len) break;
        mp_obj_t item = is_list ? ((const mp_list_t *)seq)->items[i] : ((const mp_tuple_t *)seq)->items[i];
        if (i > 0) put(e, e->item_sep, e->item_len);
        if (!encode(e, item, &self)) return false;
    }
    put(e, "]", 1);
    return true;
}

static bool encode_key(encoder_t *e, mp_obj_t key) {
    mp_obj_t k = builtin_part(key);
    const mp_type_t *t = mp_type_of(k);
    if (t == &mp_type_str) {
        size_t len;
        const char *s = mp_str_data(k, &len);
        put_string(e, (const uint8_t *)s, len);
        return true;
    }
    if (t == &mp_type_float) {
        put(e, "\"", 1);
        put_float(e, ((const mp_float_t *)k)->value);
        put(e, "\"", 1);
        return true;
    }
    if (k == MP_TRUE || k == MP_FALSE || k == MP_NONE) {
        put_str(e, k == MP_TRUE ? "\"true\"" : k == MP_FALSE ? "\"false\"" : "\"null\"");
        return true;
    }
    if (t == &mp_type_int) {
        put(e, "\"", 1);
        if (!put_int(e, k)) return false;
        put(e, "\"", 1);
        return true;
    }
    mp_raise_fmt(&mp_type_TypeError, "keys must be str, int, float, bool or None, not %s", mp_type_of(key)->name);
    return false;
}

static bool encode_dict(encoder_t *e, mp_obj_t o, const open_container_t *outer) {
    open_container_t self;
    if (!enter(&self, o, outer)) return false;
    mp_dict_t *d = (mp_dict_t *)o;
    put(e, "{", 1);
    bool first = true;
    /* Entries are read afresh each time: a user stream's write() may
     * change the dict. */
    for (size_t i = 0; i < d->filled; i++) {
        mp_obj_t key = d->entries[i].key, value = d->entries[i].value;
        if (key == MP_OBJ_NULL) continue;
        if (!first) put(e, e->item_sep, e->item_len);
        first = false;
        if (!encode_key(e, key)) return false;
        put(e, e->key_sep, e->key_len);
        if (!encode(e, value, &self)) return false;
    }
    put(e, "}", 1);
    return true;
}

static bool encode(encoder_t *e, mp_obj_t o, const open_container_t *outer) {
    if (!mp_stack_check()) return false;
    if (e->stream != MP_OBJ_NULL && e->b.len >= 256 && !flush(e)) return false;
    if (e->b.failed) return false;
    if (o == MP_NONE || o == MP_TRUE || o == MP_FALSE) {
        put_str(e, o == MP_NONE ? "null" : o == MP_TRUE ? "true" : "false");
        return true;
    }
    mp_obj_t v = builtin_part(o);
    const mp_type_t *t = mp_type_of(v);
    if (t == &mp_type_str) {
        size_t len;
        const char *s = mp_str_data(v, &len);
        put_string(e, (const uint8_t *)s, len);
        return true;
    }
    if (t == &mp_type_int) return put_int(e, v);
    if (t == &mp_type_float) {
        put_float(e, ((const mp_float_t *)v)->value);
        return true;
    }
    if (has_layout(t, &mp_type_list) || has_layout(t, &mp_type_tuple)) return encode_items(e, v, outer);
    if (has_layout(t, &mp_type_dict)) return encode_dict(e, v, outer);
    mp_raise_fmt(&mp_type_TypeError, "Object of type %s is not JSON serializable", mp_type_of(o)->name);
    return false;
}

/* One separator of the separators option: a str. */
static bool separator(mp_obj_t s, const char **data, size_t *len) {
    if (mp_type_of(s) != &mp_type_str) {
        mp_raise_fmt(&mp_type_TypeError, "separators must be str, not %s", mp_type_of(s)->name);
        return false;
    }
    *data = mp_str_data(s, len);
    return true;
}

/* Reads the keyword arguments (only `separators`) of dumps or dump. */
static bool encoder_init(encoder_t *e, const char *fn, mp_dict_t *kw) {
    static const char *const names[] = { "separators", NULL };
    e->item_sep = ", ";
    e->item_len = 2;
    e->key_sep = ": ";
    e->key_len = 2;
    e->stream = MP_OBJ_NULL;
    e->user_stream = false;
    if (!mp_kw_check(kw, fn, names)) return false;
    mp_obj_t seps = mp_kw_get(kw, "separators");
    if (seps == MP_OBJ_NULL) return false;
    if (seps == MP_OBJ_SENTINEL || seps == MP_NONE) return true;
    const mp_type_t *t = mp_type_of(seps);
    size_t count;
    const mp_obj_t *items;
    if (t == &mp_type_tuple) {
        count = ((const mp_tuple_t *)seps)->len;
        items = ((const mp_tuple_t *)seps)->items;
    } else if (t == &mp_type_list) {
        count = ((const mp_list_t *)seps)->len;
        items = ((const mp_list_t *)seps)->items;
    } else {
        mp_raise_fmt(&mp_type_TypeError, "cannot unpack non-iterable %s object", t->name);
        return false;
    }
    if (count != 2) {
        if (count < 2)
            mp_raise_fmt(&mp_type_ValueError, "not enough values to unpack (expected 2, got %d)", (int)count);
        else
            mp_raise_msg(&mp_type_ValueError, "too many values to unpack (expected 2)");
        return false;
    }
    return separator(items[0], &e->item_sep, &e->item_len) && separator(items[1], &e->key_sep, &e->key_len);
}

static mp_obj_t j_dumps(ARGS) {
    (void)n;
    encoder_t e;
    char initial[256];
    mp_strbuilder_init(&e.b, initial, sizeof initial);
    if (!encoder_init(&e, "dumps", kw) || !encode(&e, a[0], NULL)) return MP_OBJ_NULL;
    return mp_strbuilder_str(&e.b);
}

static mp_obj_t j_dump(ARGS) {
    (void)n;
    encoder_t e;
    char initial[320];
    mp_strbuilder_init(&e.b, initial, sizeof initial);
    if (!encoder_init(&e, "dump", kw)) return MP_OBJ_NULL;
    e.stream = a[1];
    e.user_stream = mp_get_stream(a[1]) == NULL;
    if (!encode(&e, a[0], NULL) || !flush(&e)) return MP_OBJ_NULL;
    return MP_NONE;
}

/* ================= decoding ================= */

typedef struct {
    const uint8_t *s;
    size_t len; /* bytes */
    mp_obj_t doc; /* the str being decoded */
} decoder_t;

/* Raises JSONDecodeError("MSG: line L column C (char P)") for the byte
 * offset pos, counted in characters as CPython does; msg, doc, pos, lineno
 * and colno are its attributes. */
static mp_obj_t decode_error(const decoder_t *d, const char *msg, size_t pos) {
    size_t chars = 0, line = 1, line_start = 0; /* characters before the line's first */
    for (size_t i = 0; i < pos && i < d->len; i++) {
        if ((d->s[i] & 0xC0) == 0x80) continue;
        chars++;
        if (d->s[i] == '\n') {
            line++;
            line_start = chars;
        }
    }
    size_t col = chars - line_start + 1;
    mp_strbuilder_t b;
    char initial[96];
    mp_strbuilder_init(&b, initial, sizeof initial);
    mp_print_t out = { mp_strbuilder_write, &b };
    mp_print_str(&out, msg);
    mp_print_str(&out, ": line ");
    mp_print_int(&out, (mp_int_t)line);
    mp_print_str(&out, " column ");
    mp_print_int(&out, (mp_int_t)col);
    mp_print_str(&out, " (char ");
    mp_print_int(&out, (mp_int_t)chars);
    mp_print_str(&out, ")");
    mp_obj_t text = mp_strbuilder_str(&b);
    mp_obj_t err = text == MP_OBJ_NULL ? text : mp_exception_new(&decode_error_type, 1, &text);
    if (err == MP_OBJ_NULL) return err;
    mp_dict_t *attrs = mp_dict_new(5);
    if (attrs == NULL || !mp_mod_set(attrs, "msg", mp_str_from_cstr(msg)) || !mp_mod_set(attrs, "doc", d->doc) ||
        !mp_mod_set(attrs, "pos", mp_small_int((mp_int_t)chars)) ||
        !mp_mod_set(attrs, "lineno", mp_small_int((mp_int_t)line)) ||
        !mp_mod_set(attrs, "colno", mp_small_int((mp_int_t)col)))
        return MP_OBJ_NULL;
    ((mp_exception_t *)err)->dict = attrs;
    return mp_raise(err);
}

static bool is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_ws(const decoder_t *d, size_t i) {
    while (i < d->len && is_ws(d->s[i])) i++;
    return i;
}

static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

static bool starts(const decoder_t *d, size_t i, const char *word) {
    size_t n = __builtin_strlen(word);
    return i + n <= d->len && __builtin_memcmp(d->s + i, word, n) == 0;
}

/* Four hex digits at s[i..i+4); -1 if one is not. */
static int32_t hex4(const uint8_t *s) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        uint8_t c = s[k];
        int h = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'   ? c - 'a' + 10
            : c >= 'A' && c <= 'F'   ? c - 'A' + 10
                                     : -1;
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

static void add_utf8(mp_strbuilder_t *b, uint32_t c) {
    char u[4];
    size_t k;
    if (c < 0x80) {
        u[0] = (char)c;
        k = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        k = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        k = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        k = 4;
    }
    mp_strbuilder_add(b, u, k);
}

/* The string whose opening quote is at s[begin - 1]; *end is after its
 * closing quote. */
static mp_obj_t scan_string(const decoder_t *d, size_t begin, size_t *end) {
    mp_strbuilder_t b;
    char initial[128];
    mp_strbuilder_init(&b, initial, sizeof initial);
    const uint8_t *s = d->s;
    size_t len = d->len, i = begin;
    for (;;) {
        size_t run = i;
        while (run < len && s[run] != '"' && s[run] != '\\') {
            if (s[run] <= 0x1f) return decode_error(d, "Invalid control character at", run);
            run++;
        }
        if (run == len) return decode_error(d, "Unterminated string starting at", begin - 1);
        mp_strbuilder_add(&b, (const char *)s + i, run - i);
        i = run + 1;
        if (s[run] == '"') break;
        if (i == len) return decode_error(d, "Unterminated string starting at", begin - 1);
        uint8_t c = s[i];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default: return decode_error(d, "Invalid \\escape", i - 1);
            }
            mp_strbuilder_add(&b, &out, 1);
            i++;
            continue;
        }
        /* \uXXXX, and a second one after a high surrogate makes a pair;
         * as CPython, the escape must not end the document. */
        i++;
        if (i + 4 >= len) return decode_error(d, "Invalid \\uXXXX escape", i - 1);
        int32_t u = hex4(s + i);
        if (u < 0) return decode_error(d, "Invalid \\uXXXX escape", i - 1);
        i += 4;
        if (u >= 0xD800 && u <= 0xDBFF && i + 6 < len && s[i] == '\\' && s[i + 1] == 'u') {
            int32_t u2 = hex4(s + i + 2);
            if (u2 < 0) return decode_error(d, "Invalid \\uXXXX escape", i + 1);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
                i += 6;
            }
        }
        add_utf8(&b, (uint32_t)u);
    }
    *end = i;
    return mp_strbuilder_str(&b);
}

/* A number at s[i]; SENTINEL if there is none. */
static mp_obj_t scan_number(const decoder_t *d, size_t start, size_t *end) {
    const uint8_t *s = d->s;
    size_t len = d->len, i = start;
    if (i < len && s[i] == '-') i++;
    if (i < len && s[i] >= '1' && s[i] <= '9') {
        while (i < len && is_digit(s[i])) i++;
    } else if (i < len && s[i] == '0')
        i++;
    else
        return MP_OBJ_SENTINEL;
    bool is_float = false;
    if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
        is_float = true;
        i += 2;
        while (i < len && is_digit(s[i])) i++;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t e = i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) i++;
        size_t digits = i;
        while (i < len && is_digit(s[i])) i++;
        if (i > digits)
            is_float = true;
        else
            i = e;
    }
    *end = i;
    if (is_float) {
        double v;
        if (!fp_parse((const char *)s + start, i - start, &v))
            return mp_raise_msg(&mp_type_ValueError, "could not convert string to float");
        return mp_float_new(v);
    }
    if (i - start <= 18) {
        int64_t v = 0;
        for (size_t k = start + (s[start] == '-'); k < i; k++) v = v * 10 + (s[k] - '0');
        return mp_int_from_i64(s[start] == '-' ? -v : v);
    }
    mp_obj_t text = mp_str_new((const char *)s + start, i - start);
    return text == MP_OBJ_NULL ? text : mp_int_from_obj(text, mp_small_int(10));
}

static mp_obj_t scan_value(const decoder_t *d, size_t i, size_t *end);

static mp_obj_t scan_array(const decoder_t *d, size_t i, size_t *end) {
    mp_obj_t list = mp_list_new(0, NULL);
    if (list == MP_OBJ_NULL) return list;
    i = skip_ws(d, i);
    if (i >= d->len || d->s[i] != ']') {
        for (;;) {
            mp_obj_t v = scan_value(d, i, &i);
            if (v == MP_OBJ_NULL || !mp_list_append(list, v)) return MP_OBJ_NULL;
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == ']') break;
            if (i >= d->len || d->s[i] != ',') return decode_error(d, "Expecting ',' delimiter", i);
            i = skip_ws(d, i + 1);
        }
    }
    *end = i + 1;
    return list;
}

static mp_obj_t scan_object(const decoder_t *d, size_t i, size_t *end) {
    mp_dict_t *dict = mp_dict_new(0);
    if (dict == NULL) return MP_OBJ_NULL;
    i = skip_ws(d, i);
    if (i >= d->len || d->s[i] != '}') {
        for (;;) {
            if (i >= d->len || d->s[i] != '"')
                return decode_error(d, "Expecting property name enclosed in double quotes", i);
            mp_obj_t key = scan_string(d, i + 1, &i);
            if (key == MP_OBJ_NULL) return key;
            i = skip_ws(d, i);
            if (i >= d->len || d->s[i] != ':') return decode_error(d, "Expecting ':' delimiter", i);
            i = skip_ws(d, i + 1);
            mp_obj_t v = scan_value(d, i, &i);
            if (v == MP_OBJ_NULL || !mp_dict_set(dict, key, v)) return MP_OBJ_NULL;
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == '}') break;
            if (i >= d->len || d->s[i] != ',') return decode_error(d, "Expecting ',' delimiter", i);
            i = skip_ws(d, i + 1);
        }
    }
    *end = i + 1;
    return (mp_obj_t)dict;
}

/* The value starting exactly at s[i]; *end is after it. */
static mp_obj_t scan_value(const decoder_t *d, size_t i, size_t *end) {
    if (i >= d->len) return decode_error(d, "Expecting value", i);
    switch (d->s[i]) {
    case '"': return scan_string(d, i + 1, end);
    case '{':
    case '[':
        if (!mp_stack_check()) return MP_OBJ_NULL;
        return d->s[i] == '{' ? scan_object(d, i + 1, end) : scan_array(d, i + 1, end);
    case 'n':
        if (starts(d, i, "null")) {
            *end = i + 4;
            return MP_NONE;
        }
        break;
    case 't':
        if (starts(d, i, "true")) {
            *end = i + 4;
            return MP_TRUE;
        }
        break;
    case 'f':
        if (starts(d, i, "false")) {
            *end = i + 5;
            return MP_FALSE;
        }
        break;
    case 'N':
        if (starts(d, i, "NaN")) {
            *end = i + 3;
            return mp_float_new(__builtin_nan(""));
        }
        break;
    case 'I':
        if (starts(d, i, "Infinity")) {
            *end = i + 8;
            return mp_float_new(__builtin_inf());
        }
        break;
    case '-':
        if (starts(d, i, "-Infinity")) {
            *end = i + 9;
            return mp_float_new(-__builtin_inf());
        }
        break;
    default: break;
    }
    mp_obj_t v = scan_number(d, i, end);
    return v == MP_OBJ_SENTINEL ? decode_error(d, "Expecting value", i) : v;
}

/* json.loads of a str, bytes or bytearray object (bytes as UTF-8, with or
 * without a byte order mark). */
static mp_obj_t decode_doc(mp_obj_t doc) {
    mp_obj_t v = builtin_part(doc);
    const mp_type_t *t = mp_type_of(v);
    if (t == &mp_type_bytes || t == &mp_type_bytearray) {
        const mp_bytes_t *b = (const mp_bytes_t *)v;
        if (b->len >= 3 && b->data[0] == 0xEF && b->data[1] == 0xBB && b->data[2] == 0xBF) {
            v = mp_bytes_new(b->data + 3, b->len - 3);
            if (v == MP_OBJ_NULL) return v;
        }
        v = mp_bytes_decode(1, &v, NULL);
        if (v == MP_OBJ_NULL) return v;
    } else if (t != &mp_type_str)
        return mp_raise_fmt(
            &mp_type_TypeError, "the JSON object must be str, bytes or bytearray, not %s", mp_type_of(doc)->name);
    decoder_t d;
    d.doc = v;
    d.s = (const uint8_t *)mp_str_data(v, &d.len);
    if (d.len >= 3 && d.s[0] == 0xEF && d.s[1] == 0xBB && d.s[2] == 0xBF)
        return decode_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    size_t end;
    mp_obj_t r = scan_value(&d, skip_ws(&d, 0), &end);
    if (r == MP_OBJ_NULL) return r;
    end = skip_ws(&d, end);
    if (end != d.len) return decode_error(&d, "Extra data", end);
    return r;
}

static mp_obj_t j_loads(ARGS) {
    (void)n;
    (void)kw;
    return decode_doc(a[0]);
}

static mp_obj_t j_load(ARGS) {
    (void)n;
    (void)kw;
    const mp_stream_p_t *p = mp_get_stream(a[0]);
    if (p == NULL) {
        /* Any object with a read() method, as CPython: read() once. */
        mp_obj_t k = mp_str_from_cstr("read");
        mp_obj_t f = k == MP_OBJ_NULL ? k : mp_load_attr(a[0], k);
        mp_obj_t doc = f == MP_OBJ_NULL ? f : mp_call(f, 0, NULL, NULL);
        return doc == MP_OBJ_NULL ? doc : decode_doc(doc);
    }
    mp_strbuilder_t b;
    char initial[256];
    mp_strbuilder_init(&b, initial, sizeof initial);
    char chunk[256];
    for (;;) {
        mp_int_t got = mp_stream_read(a[0], chunk, sizeof chunk);
        if (got < 0) return MP_OBJ_NULL;
        if (got == 0) break;
        mp_strbuilder_add(&b, chunk, (size_t)got);
    }
    if (b.failed) return MP_OBJ_NULL;
    mp_obj_t doc = p->is_text ? mp_str_new(b.buf, b.len) : mp_bytes_new(b.buf, b.len);
    return doc == MP_OBJ_NULL ? doc : decode_doc(doc);
}

static const mp_builtin_t json_fns[] = {
    MP_FN_KW("dump", j_dump, 2, 2),
    MP_FN_KW("dumps", j_dumps, 1, 1),
    MP_FN("load", j_load, 1, 1),
    MP_FN("loads", j_loads, 1, 1),
};

bool mp_modjson_fill(mp_dict_t *g) {
    return mp_mod_set(g, "JSONDecodeError", (mp_obj_t)&decode_error_type) &&
        mp_mod_add_fns(g, json_fns, MP_N(json_fns));
}
