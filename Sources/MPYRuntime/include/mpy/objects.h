/* Constructors and accessors of the built-in object types other than
 * numbers: str, bytes and friends, tuple, list, dict, set, slice, cell,
 * built-in functions and bound methods, and the string formatters. */
#ifndef MPY_OBJECTS_H
#define MPY_OBJECTS_H

#include "mpy/type.h"

/* str (objstr*.c) and formatting (format.c, objstr_percent.c). */
mp_obj_t mp_str_new(const char *data, size_t len);
mp_obj_t mp_str_from_codepoint(uint32_t c); /* chr(c); c <= 0x10FFFF */
mp_obj_t mp_str_from_cstr(const char *s);
const char *mp_str_data(mp_obj_t s, size_t *len);
/* A str whose character count is known (or MP_STR_CHARS_UNKNOWN). An empty
 * or one-character ASCII result is a static object, never allocated. */
mp_obj_t mp_str_new_chars(const char *data, size_t len, size_t chars);
size_t mp_str_chars(mp_obj_t s); /* code points; counted once per heap string */
size_t mp_utf8_chars(const char *s, size_t n); /* code points of UTF-8 text */
/* A new heap str of len bytes for the caller to fill before anyone sees it
 * (*data; the NUL after it is set). Not for results that may be empty or
 * one ASCII character, which mp_str_new_chars gives as static strings. */
mp_obj_t mp_str_alloc(size_t len, size_t chars, char **data);
/* The static one-character strings of ASCII (as MicroPython's interned ones)
 * and the empty string, in read-only memory (objstr_ascii.c). */
extern const mp_str_t mp_str_ascii[128];
extern const mp_str_t mp_str_empty;
static inline mp_obj_t mp_str_ascii_char(unsigned char c) { return (mp_obj_t)&mp_str_ascii[c]; }
bool mp_str_equal(mp_obj_t a, mp_obj_t b);
mp_uint_t mp_str_hash(mp_obj_t s);
mp_obj_t mp_str_encode(size_t n, const mp_obj_t *args, mp_dict_t *kw); /* str.encode(self, encoding, errors) */
mp_obj_t mp_bytes_decode(size_t n, const mp_obj_t *args, mp_dict_t *kw); /* bytes.decode(self, encoding, errors) */
mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args); /* str % args */
mp_obj_t mp_bytes_percent(mp_obj_t fmt, mp_obj_t args); /* bytes % args, bytearray % args */
mp_obj_t mp_format_value(mp_obj_t v, const char *spec, size_t spec_len); /* format(v, spec) */
mp_obj_t mp_str_format(size_t n, const mp_obj_t *args, mp_dict_t *kw); /* str.format(self, ...) */

/* bytes, bytearray, memoryview (objbytes*.c). */
mp_obj_t mp_bytes_new(const void *data, size_t len);
mp_obj_t mp_bytearray_new(const void *data, size_t len);
mp_obj_t mp_bytes_like_new(const mp_type_t *type, const void *data, size_t len); /* bytes or bytearray */
/* The buffer protocol: bytes, bytearray, array.array, memoryview (and
 * instances of classes derived from them) expose their contiguous memory. */
typedef struct mp_buffer {
    uint8_t *data;
    size_t len; /* bytes */
    char typecode; /* 'B' for bytes-likes, else the array's */
    uint8_t itemsize;
    bool writable;
} mp_buffer_t;
bool mp_get_buffer_info(mp_obj_t o, mp_buffer_t *buf); /* false (no exception) if o has no contiguous buffer */
bool mp_get_buffer(
    mp_obj_t o, const uint8_t **data, size_t *len); /* bytes-like and contiguous; false (no exception) otherwise */
bool mp_get_buffer_copy(mp_obj_t o, const uint8_t **data, size_t *len); /* a strided memoryview copied; TypeError */
size_t mp_typecode_size(char typecode); /* array/memoryview item size; 0 for an unknown typecode */
mp_obj_t mp_buffer_item_get(char typecode, const uint8_t *p);
bool mp_buffer_item_set(char typecode, uint8_t *p, mp_obj_t v); /* ints truncated to the item, as MicroPython */
mp_obj_t mp_array_new(char typecode, size_t n); /* n zeroed items */
mp_obj_t mp_memoryview_new(mp_obj_t obj, size_t start, size_t len, mp_int_t step, char typecode);
bool mp_bytearray_extend(mp_obj_t ba, const void *data, size_t len);
uint8_t *mp_bytes_like_alloc(const mp_type_t *type, size_t len, mp_obj_t *out); /* zeroed, to fill in */
/* The hex digits of o's bytes with `sep` (SENTINEL: none) every `per`
 * (SENTINEL: 1) bytes, counted from the right when per > 0: bytes.hex (a
 * str) and binascii.hexlify (as_bytes). */
mp_obj_t mp_hex_of_buffer(mp_obj_t o, mp_obj_t sep_obj, mp_obj_t per_obj, bool as_bytes);
bool mp_obj_get_byte(mp_obj_t x, uint8_t *out); /* an int in range(0, 256), else raises */

/* tuple, list, dict and their iterators. */
mp_obj_t mp_tuple_new(size_t n, const mp_obj_t *items);
mp_obj_t mp_list_new(size_t n, const mp_obj_t *items);
bool mp_list_append(mp_obj_t list, mp_obj_t item);
bool mp_sort_items(mp_obj_t *items, size_t n, mp_obj_t key, bool reverse); /* stable */
mp_dict_t *mp_dict_new(size_t capacity);
mp_obj_t mp_dict_get(mp_dict_t *d, mp_obj_t key); /* SENTINEL when absent, NULL on error */
bool mp_dict_set(mp_dict_t *d, mp_obj_t key, mp_obj_t value);
int mp_dict_delete(mp_dict_t *d, mp_obj_t key); /* 1 deleted, 0 absent, -1 error */
long mp_dict_index(mp_dict_t *d, mp_obj_t key); /* entry number; -1 absent, -2 error */
long mp_dict_index_str(mp_dict_t *d, mp_obj_t key); /* the same for a key known to be a str */
mp_obj_t mp_dict_iter_new(mp_obj_t dict, int kind); /* 0 keys, 1 values, 2 items */
mp_obj_t mp_dict_view_new(mp_obj_t dict, int kind); /* keys(), values(), items(): the same kinds */
mp_obj_t mp_seq_getitem_iter(mp_obj_t seq); /* iterator over seq[0], seq[1], ... */

/* slice (objslice.c), set and frozenset (objset.c). */
mp_obj_t mp_slice_new(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
mp_obj_t mp_subscr_slice(mp_obj_t obj, mp_obj_t start, mp_obj_t stop, mp_obj_t step, mp_obj_t value);
bool mp_slice_indices(mp_obj_t slice, mp_int_t len, mp_int_t *start, mp_int_t *stop, mp_int_t *step);
mp_int_t mp_slice_count(mp_int_t start, mp_int_t stop, mp_int_t step);
mp_obj_t mp_set_new(const mp_type_t *type);
bool mp_set_add(mp_obj_t set, mp_obj_t item);

/* Cells, built-in functions and bound methods. */
mp_obj_t mp_cell_new(mp_obj_t value);
mp_obj_t mp_builtin_new(const char *name, mp_builtin_fn_t fn, int min_args, int max_args);
mp_obj_t mp_bound_method_new(mp_obj_t self, mp_obj_t fn);

#endif
