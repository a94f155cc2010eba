/* The runtime's C ABI: types, the pending-exception convention, and every
 * operation compiled code (bytecode VM or native code) calls.
 *
 * Error convention: a call that can fail returns MP_OBJ_NULL (or false)
 * and leaves the exception in mp_state.exc; the caller propagates it by
 * returning its own failure value. There is no setjmp/longjmp anywhere, so
 * native code can keep values in registers across calls.
 */
#ifndef MPY_RUNTIME_H
#define MPY_RUNTIME_H

#include "mpy/obj.h"
#include "mpy_format.h"

/* Internal sentinel: "no result, no exception" (not found, iterator exhausted,
 * operation not supported by this side). Never visible to Python code. */
#define MP_OBJ_SENTINEL ((mp_obj_t)0x1E)
#define MP_NOT_IMPLEMENTED ((mp_obj_t)0x26)
#define MP_ELLIPSIS ((mp_obj_t)0x2E)

/* Operators beyond the bytecode's: unary ops the runtime dispatches too. */
enum {
    MP_UNARY_BOOL = 16,
    MP_UNARY_LEN,
    MP_UNARY_HASH,
    MP_UNARY_ABS,
    MP_UNARY_INT,
    MP_UNARY_FLOAT,
    MP_UNARY_INDEX, /* __int__, __float__, __index__ of user instances */
};
/* binary_op codes: 0..MPY_BINARY_COUNT-1 arithmetic, then in-place (+16),
 * then comparisons (MP_OP_COMPARE + enum mpy_compare_op). */
#define MP_OP_INPLACE 16
#define MP_OP_COMPARE 32
/* Or-ed into an arithmetic op when the right operand's type handles it (__radd__). */
#define MP_OP_REFLECTED 0x80

/* Output: where print() and tracebacks go. */
typedef struct mp_print {
    void (*write)(void *ctx, const char *s, size_t n);
    void *ctx;
} mp_print_t;

typedef enum { MP_PRINT_STR, MP_PRINT_REPR } mp_print_kind_t;

typedef struct mp_type {
    mp_obj_base_t base; /* &mp_type_type */
    const char *name;
    const struct mp_type *parent; /* single base of a built-in type */
    mp_obj_t bases; /* user classes: tuple of bases */
    mp_obj_t mro; /* user classes: tuple, self first */
    mp_dict_t *locals; /* attributes and methods */
    uint16_t flags;
    bool (*print)(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind);
    mp_obj_t (*make_new)(const struct mp_type *type, size_t n, const mp_obj_t *args, mp_dict_t *kw);
    mp_obj_t (*call)(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw);
    mp_obj_t (*unary_op)(int op, mp_obj_t self); /* SENTINEL: unsupported */
    mp_obj_t (*binary_op)(int op, mp_obj_t lhs, mp_obj_t rhs); /* NOT_IMPLEMENTED: unsupported */
    mp_obj_t (*attr)(mp_obj_t self, mp_obj_t name); /* SENTINEL: not found */
    mp_obj_t (*subscr)(mp_obj_t self, mp_obj_t index, mp_obj_t value); /* value SENTINEL: load; NULL: delete */
    mp_obj_t (*getiter)(mp_obj_t self);
    mp_obj_t (*iternext)(mp_obj_t self); /* SENTINEL: exhausted */
    const struct mp_method *methods; /* static methods, NULL-name terminated */
} mp_type_t;

/* A method of a built-in type: found by name, called with self first. */
typedef struct mp_method {
    const char *name;
    mp_builtin_t fn;
} mp_method_t;
#define MP_METHOD(NAME, FN, LO, HI) \
    { \
        NAME, { { &mp_type_builtin }, NAME, FN, LO, HI, false } \
    }
#define MP_METHOD_KW(NAME, FN, LO, HI) \
    { \
        NAME, { { &mp_type_builtin }, NAME, FN, LO, HI, true } \
    }

enum { MP_TYPE_FLAG_USER = 1, MP_TYPE_FLAG_EXCEPTION = 2, MP_TYPE_FLAG_BASETYPE = 4 };

/* Built-in types. */
extern const mp_type_t mp_type_type, mp_type_object, mp_type_none, mp_type_bool, mp_type_int, mp_type_float,
    mp_type_str, mp_type_tuple, mp_type_list, mp_type_dict, mp_type_range, mp_type_range_iter, mp_type_seq_iter,
    mp_type_fun_bc, mp_type_builtin, mp_type_bound_method, mp_type_cell, mp_type_module, mp_type_not_implemented,
    mp_type_ellipsis, mp_type_dict_iter;

/* Exception types. */
extern const mp_type_t mp_type_BaseException, mp_type_Exception, mp_type_SystemExit, mp_type_KeyboardInterrupt,
    mp_type_GeneratorExit, mp_type_StopIteration, mp_type_ArithmeticError, mp_type_OverflowError,
    mp_type_ZeroDivisionError, mp_type_AssertionError, mp_type_AttributeError, mp_type_ImportError, mp_type_LookupError,
    mp_type_IndexError, mp_type_KeyError, mp_type_MemoryError, mp_type_NameError, mp_type_UnboundLocalError,
    mp_type_RuntimeError, mp_type_NotImplementedError, mp_type_RecursionError, mp_type_TypeError, mp_type_ValueError,
    mp_type_UnicodeError, mp_type_OSError, mp_type_EOFError, mp_type_SyntaxError, mp_type_IndentationError;

/* Runtime state (one interpreter). */
typedef struct mp_state {
    mp_obj_t exc; /* pending exception, or MP_OBJ_NULL */
    mp_dict_t *builtins;
    mp_dict_t *modules; /* sys.modules */
    const mp_print_t *out; /* stdout */
    const mp_print_t *err; /* stderr */
    char *stack_top; /* for recursion depth and GC stack scanning */
    size_t stack_limit; /* bytes of C stack the program may use */
    mp_obj_t memory_error; /* preallocated MemoryError instance */
    mp_dict_t *globals; /* globals of the running bytecode frame (globals()) */
    struct mp_frame *frame; /* the running bytecode frame (vm.c), its callers linked by `back` */
} mp_state_t;
extern mp_state_t mp_state;

/* Module images linked into the program (generated by the driver). */
extern const mpy_module_image *const mpy_module_table[];
extern const mpy_module_image *const mpy_main_module;
/* Frozen modules (`mpy-native freeze`, `build --manifest`): the frozen
 * image's table, NULL-terminated; import.c has an empty weak default. */
extern const mpy_module_image *const mpy_frozen_table[];

/* Memory. */
void mp_gc_init(void *heap, size_t size);
void *mp_alloc(size_t nbytes); /* zeroed; NULL + MemoryError pending when out of memory */
void *mp_realloc(void *p, size_t old_n, size_t new_n);
void mp_gc_collect(void);
size_t mp_gc_free_bytes(void);
size_t mp_gc_used_bytes(void);
extern bool mp_gc_stress; /* collect at every allocation */

/* Exceptions. */
mp_obj_t mp_raise(mp_obj_t exc); /* sets pending, returns NULL */
mp_obj_t mp_raise_msg(const mp_type_t *type, const char *msg);
mp_obj_t mp_raise_fmt(const mp_type_t *type, const char *fmt, ...);
mp_obj_t mp_exception_new(const mp_type_t *type, size_t n, const mp_obj_t *args);
bool mp_is_instance_of_type(mp_obj_t obj, const mp_type_t *type);
bool mp_type_is_subclass(const mp_type_t *t, const mp_type_t *base);
void mp_traceback_add(mp_obj_t file, int line, mp_obj_t function);
void mp_print_exception(const mp_print_t *out, mp_obj_t exc);

/* Exception chaining (handling.c): the exceptions a frame's handlers are
 * handling, innermost first, each with its handler's code [start, end). */
typedef struct mp_handling {
    struct mp_handling *outer;
    mp_obj_t exc;
    uint32_t start, end;
} mp_handling_t;
bool mp_handling_push(mp_handling_t **top, mp_obj_t exc, uint32_t start, uint32_t end);
void mp_handling_trim(mp_handling_t **top, uint32_t offset); /* drops records not containing offset */
void mp_exception_set_context(mp_obj_t exc, mp_obj_t handled);

/* Objects. */
const mp_type_t *mp_type_of(mp_obj_t o);
mp_obj_t mp_str_new(const char *data, size_t len);
mp_obj_t mp_str_from_cstr(const char *s);
const char *mp_str_data(mp_obj_t s, size_t *len);
bool mp_str_equal(mp_obj_t a, mp_obj_t b);
mp_uint_t mp_str_hash(mp_obj_t s);
mp_obj_t mp_float_new(double v);
mp_obj_t mp_tuple_new(size_t n, const mp_obj_t *items);
mp_obj_t mp_list_new(size_t n, const mp_obj_t *items);
bool mp_list_append(mp_obj_t list, mp_obj_t item);
mp_dict_t *mp_dict_new(size_t capacity);
mp_obj_t mp_dict_get(mp_dict_t *d, mp_obj_t key); /* SENTINEL when absent, NULL on error */
bool mp_dict_set(mp_dict_t *d, mp_obj_t key, mp_obj_t value);
int mp_dict_delete(mp_dict_t *d, mp_obj_t key); /* 1 deleted, 0 absent, -1 error */
long mp_dict_index(mp_dict_t *d, mp_obj_t key); /* entry number; -1 absent, -2 error */
mp_obj_t mp_int_from_i64(int64_t v);
bool mp_int_to_i64(mp_obj_t o, int64_t *out); /* false if not an int or too big (no exception) */
mp_obj_t mp_cell_new(mp_obj_t value);
mp_obj_t mp_builtin_new(const char *name, mp_builtin_fn_t fn, int min_args, int max_args);

/* Operations used by compiled code. */
mp_obj_t mp_unary_op(int op, mp_obj_t x);
mp_obj_t mp_binary_op(int op, mp_obj_t lhs, mp_obj_t rhs);
int mp_truth(mp_obj_t x); /* 1, 0, or -1 on error */
mp_obj_t mp_load_attr(mp_obj_t obj, mp_obj_t name);
bool mp_store_attr(mp_obj_t obj, mp_obj_t name, mp_obj_t value);
bool mp_store_attr_default(mp_obj_t obj, mp_obj_t name, mp_obj_t value); /* object.__setattr__: no hooks */
mp_obj_t mp_load_method(mp_obj_t obj, mp_obj_t name, mp_obj_t *self_out); /* self_out NULL for plain attr */
mp_obj_t mp_bound_method_new(mp_obj_t self, mp_obj_t fn); /* descriptors.c */
mp_obj_t mp_subscr(mp_obj_t obj, mp_obj_t index, mp_obj_t value);
mp_obj_t mp_getiter(mp_obj_t obj);
mp_obj_t mp_iternext(mp_obj_t iter); /* SENTINEL when exhausted */
mp_obj_t mp_call(mp_obj_t f, size_t n, const mp_obj_t *args, mp_dict_t *kw);
mp_obj_t mp_load_global(mp_dict_t *globals, mp_obj_t name);
mp_obj_t mp_make_function(
    const struct mpy_code *code, mp_dict_t *globals, mp_obj_t defaults, mp_obj_t kwdefaults, mp_obj_t closure);
mp_obj_t mp_execute_bytecode(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw);
mp_obj_t mp_run_module(const mpy_module_image *image, mp_obj_t *module_out);
mp_obj_t mp_import(mp_obj_t name, mp_obj_t fromlist, int level, mp_dict_t *globals);
mp_obj_t mp_builtin_module(mp_obj_t name);
bool mp_print_obj(const mp_print_t *out, mp_obj_t o, mp_print_kind_t kind);
mp_obj_t mp_obj_str(mp_obj_t o, mp_print_kind_t kind); /* str() or repr() as a str object */
mp_obj_t mp_hash(mp_obj_t o);
mp_obj_t mp_obj_equal(mp_obj_t a, mp_obj_t b); /* MP_TRUE/MP_FALSE, or NULL on error */
mp_obj_t mp_len(mp_obj_t o);
void mp_print_str(const mp_print_t *out, const char *s);
void mp_print_int(const mp_print_t *out, mp_int_t v);

/* Start-up and the program's main module. */
void mp_runtime_init(void *heap, size_t heap_size, char *stack_top, size_t stack_limit);
int mp_run_main(void); /* exit status */
void mp_builtins_init(void);

/* The port supplies these. */
void mp_port_write(int fd, const char *s, size_t n);
void mp_port_exit(int status) __attribute__((noreturn));
uint64_t mp_port_ticks_us(void); /* monotonic microseconds */
void mp_port_sleep_us(uint64_t us);

/* Numbers (int.c, intbig.c, float.c). */
mp_obj_t mp_int_big_from_i64(int64_t v);
bool mp_int_big_to_i64(mp_obj_t o, int64_t *out);
bool mp_int_big_print(const mp_print_t *out, mp_obj_t o);
mp_obj_t mp_int_big_unary(int op, mp_obj_t o);
mp_obj_t mp_int_big_binary(int op, mp_obj_t lhs, mp_obj_t rhs); /* either may be small */
mp_obj_t mp_int_true_divide(mp_obj_t lhs, mp_obj_t rhs); /* int / int, correctly rounded */
struct mpz;
const struct mpz *mp_int_mpz(mp_obj_t o); /* any int as mpz; NULL when out of memory */
mp_obj_t mp_int_from_mpz(const struct mpz *z); /* NULL z: MemoryError; small values become small ints */
mp_obj_t mp_int_attr(mp_obj_t self, mp_obj_t name); /* numerator, denominator, real, imag */
char *mp_int_digits(mp_obj_t v, int base, bool upper, size_t *len, bool *neg); /* |v| in base; NULL: MemoryError */
mp_obj_t mp_int_from_obj(mp_obj_t o, mp_obj_t base); /* int(x), int(s, base) */
mp_obj_t mp_float_binary(int op, mp_obj_t lhs, mp_obj_t rhs); /* int/float mixes */
bool mp_obj_to_double(mp_obj_t o, double *out); /* ints and floats; TypeError otherwise */

/* bytes, bytearray, memoryview (bytes.c, bytesmethods.c). */
extern const mp_type_t mp_type_bytes, mp_type_bytearray, mp_type_memoryview;
mp_obj_t mp_bytes_new(const void *data, size_t len);
mp_obj_t mp_bytearray_new(const void *data, size_t len);
mp_obj_t mp_bytes_like_new(const mp_type_t *type, const void *data, size_t len); /* bytes or bytearray */
bool mp_get_buffer(
    mp_obj_t o, const uint8_t **data, size_t *len); /* bytes-like and contiguous; false (no exception) otherwise */
bool mp_bytearray_extend(mp_obj_t ba, const void *data, size_t len);
uint8_t *mp_bytes_like_alloc(const mp_type_t *type, size_t len, mp_obj_t *out); /* zeroed, to fill in */
bool mp_obj_get_byte(mp_obj_t x, uint8_t *out); /* an int in range(0, 256), else raises */
mp_obj_t mp_str_encode(size_t n, const mp_obj_t *args, mp_dict_t *kw); /* str.encode(self, encoding, errors) */
extern const mp_method_t mp_bytes_methods[], mp_bytearray_methods[];
extern const mp_method_t mp_int_methods[];

mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args); /* str % args */
extern const mp_type_t mp_type_str_iter;

mp_obj_t mp_dict_iter_new(mp_obj_t dict, int kind); /* 0 keys, 1 values, 2 items */

mp_obj_t mp_class_new(mp_obj_t name, mp_obj_t bases, mp_dict_t *locals);

mp_obj_t mp_execute_with_namespace(const mp_fun_bc_t *fun, mp_dict_t *ns);

extern mp_obj_t mp_build_class_obj; /* __build_class__ */

mp_obj_t mp_exception_matches(mp_obj_t exc, mp_obj_t type_or_tuple); /* `except` test */

/* Slices (slice.c). */
extern const mp_type_t mp_type_slice, mp_type_set, mp_type_frozenset;
mp_obj_t mp_slice_new(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
bool mp_slice_indices(mp_obj_t slice, mp_int_t len, mp_int_t *start, mp_int_t *stop, mp_int_t *step);
mp_int_t mp_slice_count(mp_int_t start, mp_int_t stop, mp_int_t step);
mp_obj_t mp_set_new(const mp_type_t *type);
bool mp_set_add(mp_obj_t set, mp_obj_t item);

/* Formatting (format.c). */
mp_obj_t mp_format_value(mp_obj_t v, const char *spec, size_t spec_len); /* format(v, spec) */
mp_obj_t mp_str_format(size_t n, const mp_obj_t *args, mp_dict_t *kw); /* str.format(self, ...) */

bool mp_sort_items(mp_obj_t *items, size_t n, mp_obj_t key, bool reverse); /* stable */

extern const mp_type_t mp_type_enumerate, mp_type_zip, mp_type_map, mp_type_filter, mp_type_reversed, mp_type_super;

mp_obj_t mp_int_powmod(mp_obj_t base, mp_obj_t exp, mp_obj_t mod); /* pow(a, b, m) */
mp_obj_t mp_round(mp_obj_t x, mp_obj_t ndigits); /* round() */

/* Descriptors (descriptors.c). */
extern const mp_type_t mp_type_property, mp_type_staticmethod, mp_type_classmethod;
mp_obj_t mp_descriptor_get(mp_obj_t v, mp_obj_t obj, bool on_class); /* SENTINEL: not a descriptor */
mp_obj_t mp_descriptor_set(mp_obj_t v, mp_obj_t obj, mp_obj_t value); /* SENTINEL: not a property */

/* Classes (mro.c, slots.c, func.c). */
mp_obj_t mp_class_attr(const mp_type_t *t, mp_obj_t name); /* along the MRO; SENTINEL if absent */
mp_obj_t mp_type_mro(const mp_type_t *t); /* tuple, t first, object last */
mp_obj_t mp_c3_mro(const mp_type_t *cls, mp_obj_t bases); /* CPython's MRO of a new class */
/* Along t's MRO, after `after` (NULL: from t itself); with `specials`, the
 * slots of built-in types count as methods (super(), int.__add__). */
mp_obj_t mp_mro_find(const mp_type_t *t, mp_obj_t name, const mp_type_t *after, bool specials);
mp_obj_t mp_type_own_attr(const mp_type_t *t, mp_obj_t name); /* __name__, __bases__, __mro__, __dict__ */
mp_obj_t mp_builtin_special(const mp_type_t *c, mp_obj_t name); /* SENTINEL: c has no such slot */
bool mp_is_builtin_special(mp_obj_t o); /* from mp_builtin_special: takes the instance, not its native sub-object */
mp_obj_t mp_instance_alloc(const mp_type_t *cls, size_t n, const mp_obj_t *args, mp_dict_t *kw); /* object.__new__ */
extern const char *const mp_binary_dunders[], *const mp_rbinary_dunders[], *const mp_compare_dunders[];
mp_obj_t mp_obj_str_as(const mp_type_t *t, mp_obj_t o, mp_print_kind_t kind); /* printed by t's slot */
mp_obj_t mp_index(mp_obj_t o); /* an int, through __index__; TypeError otherwise */
mp_obj_t mp_index_opt(mp_obj_t o); /* the same, but SENTINEL (no exception) when o has no __index__ */

extern const mp_type_t mp_type_gen;

mp_obj_t mp_instance_native(mp_obj_t self); /* built-in sub-object of an instance, or NULL */
mp_obj_t mp_seq_getitem_iter(mp_obj_t seq); /* iterator over seq[0], seq[1], ... */

/* Built-in modules (modsys.c). */
#ifndef MPY_PLATFORM
#define MPY_PLATFORM "linux"
#endif
extern int mp_argc;
extern char **mp_argv;
bool mp_modsys_fill(mp_dict_t *globals);
bool mp_modgc_fill(mp_dict_t *globals);
bool mp_modmath_fill(mp_dict_t *globals); /* modmath.c */
bool mp_modcollections_fill(mp_dict_t *globals); /* modcollections.c */
bool mp_modio_fill(mp_dict_t *globals); /* modio.c */
bool mp_modrandom_fill(mp_dict_t *globals); /* modrandom.c */
bool mp_modtime_fill(mp_dict_t *globals); /* modtime.c */
bool mp_moderrno_fill(mp_dict_t *globals); /* moderrno.c */
bool mp_modmicropython_fill(mp_dict_t *globals); /* modmicropython.c: opt_level, mem_info, heap_lock ... */
bool mp_modstruct_fill(mp_dict_t *globals); /* modstruct.c */
extern bool mp_heap_locked; /* micropython.heap_lock(): mp_alloc raises MemoryError */
bool mp_stream_print(mp_obj_t file, mp_obj_t s); /* print(..., file=f) */

/* Numeric hashing shared by int and float (CPython's values). */
mp_obj_t mp_hash_from_i64(int64_t h);
int64_t mp_hash_double(double v);
int64_t mp_hash_small_int(mp_int_t v);

mp_obj_t mp_gen_return_value(mp_obj_t gen); /* after exhaustion: the generator's return value */
mp_obj_t mp_builtin_init_fn(void); /* __init__ of built-in types */

#endif
