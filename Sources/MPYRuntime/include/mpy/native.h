/* The ABI between native code and the runtime. Native code is machine code
 * that the compiler generates through LLVM for a code object (format v5:
 * mpy_code.native); it is entered through the same function objects as
 * bytecode, after the runtime has bound the arguments into a frame.
 *
 *   mp_obj_t entry(mp_frame_t *f, mp_obj_t send, mp_obj_t throw_exc, bool *yielded)
 *
 * A function, class body or module body runs to completion: it returns its
 * value, or MP_OBJ_NULL with the exception pending (the runtime's error
 * convention), and ignores send, throw_exc and yielded. A generator body is
 * resumed: f->ip holds where it stopped (code->bytecode + the offset of the
 * yield; code->bytecode itself the first time), `send` is the value sent in
 * (None for next()), `throw_exc` an exception to raise at the resume point
 * (generator.throw/close) or NULL. It sets *yielded when it yields.
 *
 * Frame (mp_frame_t), filled by the runtime before the first entry:
 *
 *   fun     the function object: code, globals, defaults, closure
 *   ns      the namespace dict of a class or module body, else NULL
 *   ip      resume point (generators)
 *   sp      top of the value stack (the interpreter's; unused by native code)
 *   slots   locals [0, n_locals) with the arguments bound (others NULL),
 *           own cells [n_locals, +n_cells), closure cells [.., +n_free)
 *   stack   max_stack words after the slots: native generators keep their
 *           value stack there across yields
 *
 * Native functions keep locals in registers; generators keep locals and
 * the value stack in the frame (on the heap), since they outlive a call.
 */
#ifndef MPY_NATIVE_H
#define MPY_NATIVE_H

#include "mpy/runtime.h"

typedef struct mp_frame {
    const mp_fun_bc_t *fun;
    mp_dict_t *ns; /* namespace of a class body or module, or NULL */
    const uint8_t *ip; /* where execution resumes */
    mp_obj_t *sp; /* top of the value stack */
    mp_obj_t *slots;
    mp_obj_t *stack;
    mp_handling_t *handling; /* exceptions its handlers are handling (handling.c) */
    struct mp_frame *back; /* the frame running when this one was entered or resumed */
} mp_frame_t;

typedef mp_obj_t (*mpy_native_fn)(mp_frame_t *f, mp_obj_t send, mp_obj_t throw_exc, bool *yielded);

/* Frames (vm.c): the words of a frame's slots and stack, binding the
 * arguments into one, and running or resuming it (native code or bytecode)
 * as the innermost frame. Generators (objgenerator.c) keep theirs on the heap. */
size_t mp_frame_words(const mpy_code *code);
bool mp_frame_setup(
    mp_frame_t *f, const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw, mp_dict_t *ns);
mp_obj_t mp_frame_execute(mp_frame_t *f, mp_obj_t send, mp_obj_t throw_exc, bool *yielded);
mp_obj_t mp_gen_new(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw);

/* Operations shared by the bytecode VM and native code (ops.c). */
mp_obj_t mp_op_call(mp_obj_t f, size_t npos, const mp_obj_t *args, size_t nkw, const mp_obj_t *kw_pairs);
mp_obj_t mp_op_call_ex(mp_obj_t f, mp_obj_t args_tuple, mp_obj_t kwargs_dict_or_null);
bool mp_op_list_extend(mp_obj_t list, mp_obj_t iterable);
bool mp_op_dict_merge(mp_obj_t dict, mp_obj_t mapping, mp_obj_t callable_or_null);
bool mp_op_import_star(mp_obj_t module, mp_dict_t *into);
mp_obj_t mp_op_import_from(mp_obj_t module, mp_obj_t name);
mp_obj_t mp_op_compare(int op, mp_obj_t a, mp_obj_t b); /* enum mpy_compare_op */
mp_obj_t mp_op_build_map(size_t n, const mp_obj_t *key_value_pairs);
mp_obj_t mp_op_build_set(size_t n, const mp_obj_t *items);
/* UNPACK_SEQUENCE / UNPACK_EX: out[] in push order (the first item last). */
bool mp_op_unpack(mp_obj_t seq, size_t n, mp_obj_t *out);
bool mp_op_unpack_ex(mp_obj_t seq, size_t before, size_t after, mp_obj_t *out);
mp_obj_t mp_op_load_name(mp_dict_t *ns, mp_dict_t *globals, mp_obj_t name);
bool mp_op_delete_name(mp_dict_t *d, mp_obj_t name); /* NameError when absent */
mp_obj_t mp_op_raise(size_t n, mp_obj_t exc, mp_obj_t cause); /* RAISE 1|2: always NULL */
mp_obj_t mp_op_reraise(mp_obj_t exc); /* RERAISE: always NULL */
/* YIELD_FROM, one step: the value to yield, SENTINEL when done (*ret), NULL on error (objgenerator.c). */
mp_obj_t mp_op_yield_from(mp_obj_t iter, mp_obj_t sent, mp_obj_t throw_exc, mp_obj_t *ret);
/* GET_AWAITABLE: the iterator `await obj` delegates to (await.c). */
mp_obj_t mp_op_get_awaitable(mp_obj_t obj);

/* Helpers only native code calls (native.c). */
void mp_native_traceback(mp_frame_t *f, int line); /* an error leaves this line */
mp_obj_t mp_native_catch(mp_frame_t *f, uint32_t handler, uint32_t end); /* the pending exception, into a handler */
void mp_native_enter_block(mp_frame_t *f, uint32_t offset); /* ends handlers whose code is left */
mp_obj_t mp_native_unbound_local(void); /* raises UnboundLocalError: NULL */
mp_obj_t mp_native_unbound_free(void); /* raises NameError: NULL */
mp_obj_t mp_frame_handled_exception(const mp_frame_t *f); /* for __context__ */

/* A LOAD_GLOBAL site's cache (in RAM, one per site, zero at start): where
 * the name was found, valid while neither dict's keys change. */
typedef struct mp_global_cache {
    mp_dict_t *globals; /* the dict it was filled for */
    mp_uint_t version; /* globals->version then */
    mp_uint_t builtins_version;
    mp_uint_t entry; /* entry number * 2, + 1 when in the builtins */
} mp_global_cache_t;
mp_obj_t mp_native_load_global(mp_dict_t *globals, mp_obj_t name, mp_global_cache_t *cache);
/* A LOAD_ATTR, LOAD_METHOD or STORE_ATTR site's cache (in RAM, one per
 * site, zero at start): see attrcache.c for what it holds and why it stays
 * valid when classes change. */
typedef struct mp_attr_cache {
    const mp_type_t *type; /* the type it was filled for (or the module / class object) */
    mp_uint_t epoch; /* mp_class_epoch then */
    mp_obj_t value; /* the class attribute found */
    mp_uint_t entry; /* entry number in the instance's or module's dict */
    mp_uint_t kind;
} mp_attr_cache_t;
mp_obj_t mp_native_load_attr(mp_obj_t obj, mp_obj_t name, mp_attr_cache_t *cache);
mp_obj_t mp_native_load_method(mp_obj_t obj, mp_obj_t name, mp_attr_cache_t *cache, mp_obj_t *self_out);
bool mp_native_store_attr(mp_obj_t obj, mp_obj_t name, mp_obj_t value, mp_attr_cache_t *cache);
/* The bytecode interpreter's caches (mpy_code.caches, format v7): one
 * record per name index of a code object, serving one role (mpy_format.h):
 * the global cache of LOAD_GLOBAL / STORE_GLOBAL and of LOAD_NAME /
 * STORE_NAME where the namespace is the globals, or the attribute cache of
 * LOAD_ATTR / LOAD_METHOD / STORE_ATTR; the same logic as native code's. */
typedef union mp_vm_cache {
    mp_global_cache_t global;
    mp_attr_cache_t attr;
} mp_vm_cache_t;
_Static_assert(sizeof(mp_vm_cache_t) == MPY_CACHE_WORDS * sizeof(mp_uint_t), "mpy_code.caches record size");

/* The hit of a global cache found in the globals (the common case),
 * inline; anything else is mp_native_load_global's. */
static inline mp_obj_t mp_load_global_cached(mp_dict_t *globals, mp_obj_t name, mp_global_cache_t *c) {
    if (c->globals == globals && c->version == globals->version && (c->entry & 1) == 0)
        return globals->entries[c->entry >> 1].value;
    return mp_native_load_global(globals, name, c);
}
/* STORE_GLOBAL (and a module body's STORE_NAME) through the same cache: a
 * rebinding writes the entry's value in place. */
bool mp_store_global_slow(mp_dict_t *globals, mp_obj_t name, mp_obj_t value, mp_global_cache_t *c);
static inline bool mp_store_global_cached(mp_dict_t *globals, mp_obj_t name, mp_obj_t value, mp_global_cache_t *c) {
    if (c->globals == globals && c->version == globals->version && (c->entry & 1) == 0) {
        globals->entries[c->entry >> 1].value = value;
        return true;
    }
    return mp_store_global_slow(globals, name, value, c);
}

/* Around a direct call between native functions of one module. */
bool mp_native_enter_frame(mp_frame_t *f);
void mp_native_leave_frame(mp_frame_t *f);

/* Viper code at the boundary with objects (viper.c). mp_viper_unbox's kind:
 * 0 an int truncated to the word, 1 a truth value, 2 a pointer (a buffer's
 * address, or an int), 3 int(x) of any object, as a word; false with the
 * exception (TypeError, or int()'s own) pending otherwise. */
mp_obj_t mp_viper_box_int(mp_int_t v);
mp_obj_t mp_viper_box_uint(mp_uint_t v);
bool mp_viper_unbox(mp_obj_t o, int32_t kind, mp_int_t *out);
mp_obj_t mp_viper_zero_division(void);
mp_obj_t mp_viper_range_zero_step(void);
bool mp_viper_unbox_float(mp_obj_t o, int32_t kind, double *out); /* kind 3: float(x) */
bool mp_viper_float_to_int(double d, mp_int_t *out);
mp_obj_t mp_viper_float_zero_division(void);

#endif
