/* Object representation of the mpy-native runtime.
 *
 * Every Python value is one machine word (mp_obj_t):
 *
 *   ...xxxxxxx1  small int: value = word >> 1 (arithmetic); 31 bits on
 *                ARMv7-M, 63 bits on x86-64; larger ints are heap mpz objects
 *   ...xxxxx110  immediate constant: None (0x06), False (0x0E), True (0x16),
 *                NotImplemented (0x26), Ellipsis (0x2E), and the runtime's
 *                internal SENTINEL (0x1E)
 *   ...xxxxxx00  pointer to an object whose first word is its type; the
 *                object is on the GC heap, or in read-only data (interned
 *                strings, floats and tuples of a module image)
 *   0            MP_OBJ_NULL: no value; a runtime call returning it means an
 *                exception is pending in mp_state (see exc.h)
 *
 * Interned strings are pointers to read-only str objects that the linker
 * merges by content (one symbol per distinct name), so they cost no RAM and
 * compare by address across separately compiled modules.
 */
#ifndef MPY_OBJ_H
#define MPY_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t mp_obj_t;
typedef intptr_t mp_int_t;
typedef uintptr_t mp_uint_t;

#define MP_OBJ_NULL ((mp_obj_t)0)
#define MP_NONE ((mp_obj_t)0x06)
#define MP_FALSE ((mp_obj_t)0x0E)
#define MP_TRUE ((mp_obj_t)0x16)
/* Internal sentinel: "no result, no exception" (not found, iterator exhausted,
 * operation not supported by this side). Never visible to Python code. */
#define MP_OBJ_SENTINEL ((mp_obj_t)0x1E)
#define MP_NOT_IMPLEMENTED ((mp_obj_t)0x26)
#define MP_ELLIPSIS ((mp_obj_t)0x2E)

#define MP_SMALL_INT_BITS (sizeof(mp_obj_t) * 8 - 1)
#define MP_SMALL_INT_MAX ((mp_int_t)(((mp_uint_t)1 << (MP_SMALL_INT_BITS - 1)) - 1))
#define MP_SMALL_INT_MIN (-MP_SMALL_INT_MAX - 1)

static inline bool mp_is_small_int(mp_obj_t o) { return (o & 1) != 0; }
static inline mp_int_t mp_small_int_value(mp_obj_t o) { return (mp_int_t)o >> 1; }
static inline mp_obj_t mp_small_int(mp_int_t v) { return ((mp_uint_t)v << 1) | 1; }
static inline bool mp_small_int_fits(mp_int_t v) { return v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX; }
static inline bool mp_is_ptr(mp_obj_t o) { return (o & 3) == 0 && o != 0; }
static inline mp_obj_t mp_bool(bool b) { return b ? MP_TRUE : MP_FALSE; }

struct mp_type;
typedef struct mp_obj_base {
    const struct mp_type *type;
} mp_obj_base_t;

/* str objects (immutable, UTF-8). Static ones live in module images and
 * carry their hash and character count from the compiler. A heap string
 * counts its characters the first time they are asked for (mp_str_chars)
 * and keeps the count; chars == len means ASCII, where a character index
 * is a byte offset. */
typedef struct mp_str {
    mp_obj_base_t base;
    mp_uint_t hash; /* 0: not computed yet (heap strings) */
    mp_uint_t len; /* bytes */
    const char *data;
    mp_uint_t chars; /* code points; MP_STR_CHARS_UNKNOWN: not counted yet (heap strings) */
} mp_str_t;
#define MP_STR_CHARS_UNKNOWN (~(mp_uint_t)0)
/* A writable static str of ASCII text (its hash is computed on first use). */
#define MP_STR_STATIC_ASCII(text) { { &mp_type_str }, 0, sizeof(text) - 1, text, sizeof(text) - 1 }

/* bytes (immutable) and bytearray (mutable) share one layout: len and data
 * at the same offsets, so code reading "a bytes-like object" needs no
 * switch. A static bytes object of a module image points data at read-only
 * memory and carries its hash; heap bytes keep their data right after the
 * header; a bytearray's data is a separate heap block that grows. */
typedef struct mp_bytes {
    mp_obj_base_t base;
    mp_uint_t hash; /* 0: not computed yet (heap bytes) */
    mp_uint_t len;
    const uint8_t *data;
} mp_bytes_t;

typedef struct mp_bytearray {
    mp_obj_base_t base;
    mp_uint_t alloc; /* capacity of data */
    mp_uint_t len;
    uint8_t *data;
} mp_bytearray_t;

/* array.array (objarray.c): the bytearray layout (len counts bytes, so
 * code reading a buffer needs no switch) plus the item's typecode. */
typedef struct mp_array {
    mp_obj_base_t base;
    mp_uint_t alloc; /* capacity of data, bytes */
    mp_uint_t len; /* bytes: len / itemsize items */
    uint8_t *data;
    char typecode;
} mp_array_t;

/* A window on a bytes, bytearray or array object: item i (of the
 * typecode's size) starts at obj->data[start + i * step * itemsize].
 * Holds the object, not its data pointer, so a bytearray or array may
 * reallocate underneath it. */
typedef struct mp_memoryview {
    mp_obj_base_t base;
    mp_obj_t obj;
    mp_uint_t start; /* bytes */
    mp_uint_t len; /* items */
    mp_int_t step; /* items */
    char typecode;
} mp_memoryview_t;

typedef struct mp_float {
    mp_obj_base_t base;
    double value;
} mp_float_t;

/* complex (objcomplex.c): two binary64 parts; a module image's imaginary
 * literal is a read-only one with real == 0. */
typedef struct mp_complex {
    mp_obj_base_t base;
    double real, imag;
} mp_complex_t;

typedef struct mp_tuple {
    mp_obj_base_t base;
    mp_uint_t len;
    mp_obj_t items[];
} mp_tuple_t;

typedef struct mp_list {
    mp_obj_base_t base;
    mp_uint_t len;
    mp_uint_t alloc;
    mp_obj_t *items;
} mp_list_t;

/* Insertion-ordered dict: entries in order, plus an open-addressing index. */
typedef struct mp_dict_entry {
    mp_obj_t key;
    mp_obj_t value;
    mp_uint_t hash;
} mp_dict_entry_t;
typedef struct mp_dict {
    mp_obj_base_t base;
    mp_uint_t used; /* live entries */
    mp_uint_t filled; /* entries slots used, including deleted */
    mp_uint_t alloc; /* entries capacity */
    mp_uint_t index_mask; /* index size - 1 (power of two), 0 when no index */
    mp_dict_entry_t *entries;
    int32_t *index; /* -1 empty, -2 deleted, else entry number */
    mp_uint_t version; /* changes whenever a key is added or removed or entries move
                            (not when a value is replaced): native code's global caches */
    mp_uint_t is_class; /* a class's namespace: any change bumps mp_class_epoch */
} mp_dict_t;

/* Bumped by every change to a class namespace and every class creation:
 * native code's attribute caches (attrcache.c) are valid for one epoch. */
extern mp_uint_t mp_class_epoch;
static inline void mp_dict_keys_changed(mp_dict_t *d) {
    d->version++;
    if (d->is_class) mp_class_epoch++;
}

typedef struct mp_cell {
    mp_obj_base_t base;
    mp_obj_t value;
} mp_cell_t;

/* A function compiled to bytecode (see mpy_format.h for mpy_code). */
struct mpy_code;
typedef struct mp_fun_bc {
    mp_obj_base_t base;
    const struct mpy_code *code;
    mp_dict_t *globals;
    mp_obj_t defaults; /* tuple or NULL */
    mp_obj_t kwdefaults; /* dict or NULL */
    mp_obj_t closure; /* tuple of cells or NULL */
} mp_fun_bc_t;

/* A function implemented in C: receives positional args, and keyword
 * args as a dict (or NULL). */
typedef mp_obj_t (*mp_builtin_fn_t)(size_t n, const mp_obj_t *args, mp_dict_t *kw);
typedef struct mp_builtin {
    mp_obj_base_t base;
    const char *name;
    mp_builtin_fn_t fn;
    int16_t min_args;
    int16_t max_args; /* -1: any */
    uint8_t flags; /* MP_BUILTIN_*: false/true in an initializer mean without/with keywords */
} mp_builtin_t;
enum {
    MP_BUILTIN_KW = 1, /* takes keyword arguments */
    MP_BUILTIN_CLASSMETHOD = 2, /* in a method table: receives the class, not an instance */
};

typedef struct mp_bound_method {
    mp_obj_base_t base;
    mp_obj_t self;
    mp_obj_t fn;
} mp_bound_method_t;

/* Instances of user classes: attributes in a dict. */
typedef struct mp_instance {
    mp_obj_base_t base;
    mp_dict_t *dict;
    mp_obj_t native;
} mp_instance_t;

typedef struct mp_exception {
    mp_obj_base_t base;
    mp_obj_t args; /* tuple */
    mp_obj_t traceback; /* list of (file str, line int, function str) tuples, innermost last */
    mp_obj_t cause;
    mp_obj_t context;
    mp_dict_t *dict; /* attributes of user exception subclasses */
    mp_obj_t value; /* StopIteration.value */
    bool traceback_frozen; /* being re-raised: the current frame is already in the traceback */
    bool suppress_context; /* __suppress_context__: set by raise ... from ... */
} mp_exception_t;

/* Bounds of a range are 64-bit on every target (as on the 64-bit host);
 * its iterator is word-sized (native code steps it inline) whenever every
 * value fits a word, else a 64-bit one (objrange.c). */
typedef struct mp_range {
    mp_obj_base_t base;
    int64_t start, stop, step;
} mp_range_t;
typedef struct mp_range_iter {
    mp_obj_base_t base;
    mp_int_t cur, stop, step;
} mp_range_iter_t;
typedef struct mp_seq_iter {
    mp_obj_base_t base;
    mp_obj_t seq;
    mp_uint_t index;
} mp_seq_iter_t;

typedef struct mp_slice {
    mp_obj_base_t base;
    mp_obj_t start, stop, step;
} mp_slice_t;

/* set and frozenset: a dict whose values are unused. */
typedef struct mp_set {
    mp_obj_base_t base;
    mp_dict_t *d;
} mp_set_t;

typedef struct mp_module {
    mp_obj_base_t base;
    mp_obj_t name;
    mp_dict_t *globals;
} mp_module_t;

#endif
