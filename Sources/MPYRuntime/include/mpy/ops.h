/* The operations compiled code (the bytecode VM and native code) calls:
 * operators, attributes, subscripts, iteration, calls, and running
 * bytecode. Each dispatches to the slots of the operand's type. */
#ifndef MPY_OPS_H
#define MPY_OPS_H

#include "mpy/type.h"
#include "mpy_format.h"

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

mp_obj_t mp_unary_op(int op, mp_obj_t x);
mp_obj_t mp_binary_op(int op, mp_obj_t lhs, mp_obj_t rhs);
int mp_truth(mp_obj_t x); /* 1, 0, or -1 on error */
mp_obj_t mp_hash(mp_obj_t o);
mp_obj_t mp_obj_equal(mp_obj_t a, mp_obj_t b); /* MP_TRUE/MP_FALSE, or NULL on error */
mp_obj_t mp_len(mp_obj_t o);
mp_obj_t mp_index(mp_obj_t o); /* an int, through __index__; TypeError otherwise */
mp_obj_t mp_index_opt(mp_obj_t o); /* the same, but SENTINEL (no exception) when o has no __index__ */

mp_obj_t mp_load_attr(mp_obj_t obj, mp_obj_t name);
bool mp_store_attr(mp_obj_t obj, mp_obj_t name, mp_obj_t value);
bool mp_store_attr_default(mp_obj_t obj, mp_obj_t name, mp_obj_t value); /* object.__setattr__: no hooks */
mp_obj_t mp_load_method(mp_obj_t obj, mp_obj_t name, mp_obj_t *self_out); /* self_out NULL for plain attr */
mp_obj_t mp_subscr(mp_obj_t obj, mp_obj_t index, mp_obj_t value);
mp_obj_t mp_getiter(mp_obj_t obj);
mp_obj_t mp_iternext(mp_obj_t iter); /* SENTINEL when exhausted */
mp_obj_t mp_call(mp_obj_t f, size_t n, const mp_obj_t *args, mp_dict_t *kw);
mp_obj_t mp_load_global(mp_dict_t *globals, mp_obj_t name);

/* Functions and running bytecode (objfun.c, vm.c). */
mp_obj_t mp_make_function(
    const struct mpy_code *code, mp_dict_t *globals, mp_obj_t defaults, mp_obj_t kwdefaults, mp_obj_t closure);
mp_obj_t mp_execute_bytecode(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw);
/* The same call with positional arguments only: a plain signature's frame is set up directly (vm.c). */
mp_obj_t mp_call_fun_bc(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args);
mp_obj_t mp_execute_with_namespace(const mp_fun_bc_t *fun, mp_dict_t *ns);
mp_obj_t mp_gen_return_value(mp_obj_t gen); /* after exhaustion: the generator's return value */

#endif
