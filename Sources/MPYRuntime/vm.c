/* The bytecode interpreter: binds arguments into a frame, then executes
 * the opcodes of mpy_format.h with a value stack (dispatched through a
 * table of labels, common cases inline; see docs/ARCHITECTURE.md,
 * Bytecode). On an exception it records the traceback line
 * and returns MP_OBJ_NULL (the runtime's error convention).
 *
 * Frame layout (on the C stack):
 *
 *   slots[0 .. n_locals)                       locals: positional parameters,
 *                                              keyword-only, *args, **kwargs, others
 *   slots[n_locals .. n_locals+n_cells)        cells owned by this frame
 *   slots[.. + n_free)                         cells of the closure
 *   stack[0 .. max_stack)                      value stack
 */
#include "mpy/native.h"

static inline uint32_t read_u(const uint8_t **pp) {
    const uint8_t *p = *pp;
    uint32_t v = *p++;
    if (__builtin_expect(v & 0x80, 0)) {
        uint32_t b;
        unsigned shift = 7;
        v &= 0x7f;
        do {
            b = *p++;
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while (b & 0x80);
    }
    *pp = p;
    return v;
}

static int64_t read_s(const uint8_t **pp) {
    const uint8_t *p = *pp;
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    *pp = p;
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* The interpreter's operand reads: most operands are one byte, read
 * inline; longer varints continue in the loop (a U operand has at most 32
 * bits, an S operand is a zigzagged 31-bit small int). */
#define READ_U(v) \
    do { \
        int32_t v_ = (int8_t)*ip++; \
        (v) = (uint32_t)v_; \
        if (__builtin_expect(v_ < 0, 0)) { \
            uint32_t b_, s_ = 7; \
            (v) &= 0x7f; \
            do { \
                b_ = *ip++; \
                (v) |= (b_ & 0x7f) << s_; \
                s_ += 7; \
            } while (b_ & 0x80); \
        } \
    } while (0)
#define READ_S(v) \
    do { \
        uint32_t u_; \
        READ_U(u_); \
        (v) = (mp_int_t)(int32_t)((u_ >> 1) ^ -(u_ & 1)); \
    } while (0)
#define READ_J(d) \
    do { \
        (d) = (int16_t)(ip[0] | (ip[1] << 8)); \
        ip += 2; \
    } while (0)

/* Small-int and float arithmetic inline, for BINARY and INPLACE (the same
 * thing on numbers): operator o of enum mpy_binary_op. Small ints are
 * tagged words 2x+1, so + - & | ^ work on the words themselves and a word
 * overflow is exactly a result outside the small-int range; such results,
 * zero divisors, negative shift counts and every other type answer
 * MP_OBJ_SENTINEL: the generic mp_binary_op decides. MP_OBJ_NULL is an
 * exception (a float result that found no memory). */
static inline __attribute__((always_inline)) mp_obj_t fast_binary(uint32_t o, mp_obj_t a, mp_obj_t b) {
    if (mp_is_small_int(a & b)) {
        mp_int_t r, x = mp_small_int_value(a), y = mp_small_int_value(b);
        switch (o) {
        case MPY_BINARY_ADD:
            if (__builtin_add_overflow((mp_int_t)a, (mp_int_t)b - 1, &r)) break;
            return (mp_obj_t)r;
        case MPY_BINARY_SUB:
            if (__builtin_sub_overflow((mp_int_t)a, (mp_int_t)b - 1, &r)) break;
            return (mp_obj_t)r;
        case MPY_BINARY_MUL:
            if (__builtin_mul_overflow(x, (mp_int_t)b - 1, &r)) break;
            return (mp_obj_t)r | 1;
        case MPY_BINARY_FLOORDIV:
            if (y == 0) break;
            r = x / y;
            if (x % y != 0 && (x < 0) != (y < 0)) r--;
            if (!mp_small_int_fits(r)) break; /* MIN // -1 */
            return mp_small_int(r);
        case MPY_BINARY_MOD:
            if (y == 0) break;
            r = x % y;
            if (r != 0 && (r < 0) != (y < 0)) r += y;
            return mp_small_int(r);
        case MPY_BINARY_LSHIFT:
            if (y < 0 || y >= (mp_int_t)MP_SMALL_INT_BITS) break;
            r = (mp_int_t)((mp_uint_t)x << y);
            if ((r >> y) != x || !mp_small_int_fits(r)) break;
            return mp_small_int(r);
        case MPY_BINARY_RSHIFT:
            if (y < 0) break;
            return mp_small_int(y >= (mp_int_t)MP_SMALL_INT_BITS ? (x < 0 ? -1 : 0) : x >> y);
        case MPY_BINARY_AND: return a & b;
        case MPY_BINARY_OR: return a | b;
        case MPY_BINARY_XOR: return (a ^ b) | 1;
        default: break;
        }
        return MP_OBJ_SENTINEL;
    }
    if (mp_is_ptr(a) && mp_is_ptr(b) && ((const mp_obj_base_t *)a)->type == &mp_type_float &&
        ((const mp_obj_base_t *)b)->type == &mp_type_float) {
        double x = ((const mp_float_t *)a)->value, y = ((const mp_float_t *)b)->value;
        switch (o) {
        case MPY_BINARY_ADD: return mp_float_new(x + y);
        case MPY_BINARY_SUB: return mp_float_new(x - y);
        case MPY_BINARY_MUL: return mp_float_new(x * y);
        case MPY_BINARY_TRUEDIV:
            if (y == 0) break;
            return mp_float_new(x / y);
        default: break;
        }
    }
    return MP_OBJ_SENTINEL;
}

/* Source line of bytecode offset `at`, from the line table: pairs of
 * (U offset delta, S line delta), ended by a (0, 0) pair. */
static int line_of(const mpy_code *code, size_t at) {
    const uint8_t *p = code->line_table;
    int line = code->first_line;
    size_t off = 0;
    if (p == NULL) return line;
    const uint8_t *end = p;
    /* The table ends with a (0, 0) pair. */
    for (;;) {
        uint32_t db = read_u(&p);
        int64_t dl = read_s(&p);
        if (db == 0 && dl == 0) break;
        if (off + db > at) break;
        off += db;
        line += (int)dl;
        (void)end;
    }
    return line;
}

static mp_obj_t arg_error_name(const mpy_code *code) { return (mp_obj_t)code->name; }

/* An unknown keyword when positional-only parameters were passed by
 * keyword is reported as that, naming them in signature order as CPython
 * ("f() got some positional-only arguments passed as keyword arguments:
 * 'a, b'"). True when it raised (or ran out of memory trying). */
static bool posonly_kw_error(const mpy_code *code, mp_dict_t *kw) {
    char buf[200];
    size_t len = 0;
    for (size_t i = 0; i < code->n_posonly_args; i++) {
        mp_obj_t name = (mp_obj_t)code->arg_names[i];
        if (mp_dict_get(kw, name) == MP_OBJ_SENTINEL) continue;
        size_t n;
        const char *s = mp_str_data(name, &n);
        if (len > 0 && len + 2 < sizeof buf) {
            buf[len++] = ',';
            buf[len++] = ' ';
        }
        for (size_t j = 0; j < n && len < sizeof buf; j++) buf[len++] = s[j];
    }
    if (len == 0) return false;
    mp_obj_t names = mp_str_new(buf, len);
    if (names != MP_OBJ_NULL)
        mp_raise_fmt(&mp_type_TypeError, "%S() got some positional-only arguments passed as keyword arguments: '%S'",
            arg_error_name(code), names);
    return true;
}

/* Binds arguments into slots per the code's signature. */
static bool bind_args(const mp_fun_bc_t *fun, mp_obj_t *slots, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mpy_code *code = fun->code;
    size_t n_pos = code->n_pos_args, n_kwonly = code->n_kwonly_args;
    size_t slot = n_pos + n_kwonly;
    mp_obj_t *varargs_slot = NULL, *varkw_slot = NULL;
    if (code->flags & MPY_CODE_VARARGS) varargs_slot = &slots[slot++];
    if (code->flags & MPY_CODE_VARKEYWORDS) varkw_slot = &slots[slot++];
    /* The parameter slots are NULL already (mp_frame_setup). */
    size_t take = n < n_pos ? n : n_pos;
    for (size_t i = 0; i < take; i++) slots[i] = args[i];
    if (n > n_pos) {
        if (varargs_slot == NULL) {
            mp_raise_fmt(&mp_type_TypeError, "%S() takes %d positional argument%s but %d %s given",
                arg_error_name(code), (int)n_pos, n_pos == 1 ? "" : "s", (int)n, n == 1 ? "was" : "were");
            return false;
        }
        *varargs_slot = mp_tuple_new(n - n_pos, args + n_pos);
        if (*varargs_slot == MP_OBJ_NULL) return false;
    } else if (varargs_slot) {
        *varargs_slot = mp_tuple_new(0, NULL);
        if (*varargs_slot == MP_OBJ_NULL) return false;
    }
    if (varkw_slot) {
        mp_dict_t *d = mp_dict_new(0);
        if (d == NULL) return false;
        *varkw_slot = (mp_obj_t)d;
    }
    if (kw) {
        /* Positional-only parameters are never bound by keyword: such a
         * keyword goes to **kwargs like any unknown one. */
        size_t n_posonly = code->n_posonly_args;
        for (size_t e = 0; e < kw->filled; e++) {
            mp_obj_t k = kw->entries[e].key;
            if (k == MP_OBJ_NULL) continue;
            size_t i = n_posonly;
            for (; i < n_pos + n_kwonly; i++)
                if (mp_str_equal((mp_obj_t)code->arg_names[i], k)) break;
            if (i < n_pos + n_kwonly) {
                if (slots[i] != MP_OBJ_NULL) {
                    mp_raise_fmt(
                        &mp_type_TypeError, "%S() got multiple values for argument '%S'", arg_error_name(code), k);
                    return false;
                }
                slots[i] = kw->entries[e].value;
            } else if (varkw_slot) {
                if (!mp_dict_set((mp_dict_t *)*varkw_slot, k, kw->entries[e].value)) return false;
            } else {
                if (posonly_kw_error(code, kw)) return false;
                mp_raise_fmt(
                    &mp_type_TypeError, "%S() got an unexpected keyword argument '%S'", arg_error_name(code), k);
                return false;
            }
        }
    }
    /* Defaults for missing positional parameters. */
    const mp_tuple_t *defs = fun->defaults != MP_OBJ_NULL ? (const mp_tuple_t *)fun->defaults : NULL;
    size_t n_defs = defs ? defs->len : 0;
    for (size_t i = 0; i < n_pos; i++) {
        if (slots[i] != MP_OBJ_NULL) continue;
        if (i + n_defs >= n_pos) {
            slots[i] = defs->items[i + n_defs - n_pos];
            continue;
        }
        mp_raise_fmt(&mp_type_TypeError, "%S() missing required positional argument: '%S'", arg_error_name(code),
            (mp_obj_t)code->arg_names[i]);
        return false;
    }
    for (size_t i = n_pos; i < n_pos + n_kwonly; i++) {
        if (slots[i] != MP_OBJ_NULL) continue;
        if (fun->kwdefaults != MP_OBJ_NULL) {
            mp_obj_t v = mp_dict_get((mp_dict_t *)fun->kwdefaults, (mp_obj_t)code->arg_names[i]);
            if (v == MP_OBJ_NULL) return false;
            if (v != MP_OBJ_SENTINEL) {
                slots[i] = v;
                continue;
            }
        }
        mp_raise_fmt(&mp_type_TypeError, "%S() missing required keyword argument: '%S'", arg_error_name(code),
            (mp_obj_t)code->arg_names[i]);
        return false;
    }
    return true;
}

static mp_obj_t name_error(mp_obj_t name) { return mp_raise_fmt(&mp_type_NameError, "name '%S' is not defined", name); }

mp_obj_t mp_load_global(mp_dict_t *globals, mp_obj_t name) {
    mp_obj_t v = mp_dict_get(globals, name);
    if (v != MP_OBJ_SENTINEL) return v;
    v = mp_dict_get(mp_state.builtins, name);
    if (v != MP_OBJ_SENTINEL) return v;
    return name_error(name);
}

/* A frame (mp_frame_t, native.h): on the C stack for calls, on the heap
 * for generators. */

size_t mp_frame_words(const mpy_code *code) {
    return (size_t)code->n_locals + code->n_cells + code->n_free + code->max_stack + 1;
}

/* Creates a frame's own cells (initialised from their parameters) and
 * copies in the closure's cells, once the arguments are bound. */
static bool make_cells(const mp_fun_bc_t *fun, mp_obj_t *slots) {
    const mpy_code *code = fun->code;
    size_t n_cells = code->n_cells, n_free = code->n_free;
    mp_obj_t *cells = slots + code->n_locals;
    if (n_free) {
        const mp_obj_t *closure = ((const mp_tuple_t *)fun->closure)->items;
        for (size_t i = 0; i < n_free; i++) cells[n_cells + i] = closure[i];
    }
    const uint16_t *from = code->cell_args;
    for (size_t i = 0; i < n_cells; i++) {
        uint16_t arg = from ? from[i] : 0xFFFF;
        mp_obj_t c = mp_cell_new(arg != 0xFFFF ? slots[arg] : MP_OBJ_NULL);
        if (c == MP_OBJ_NULL) return false;
        cells[i] = c;
    }
    return true;
}

/* Binds arguments and creates cells in a frame whose slots are allocated.
 * Only the locals need clearing (a local read before assignment is NULL:
 * UnboundLocalError); cells and closure cells are written below, and the
 * value stack is written before it is read (stale words there can only
 * keep garbage alive, which a conservative collector allows). */
bool mp_frame_setup(
    mp_frame_t *f, const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw, mp_dict_t *ns) {
    const mpy_code *code = fun->code;
    size_t n_slots = (size_t)code->n_locals + code->n_cells + code->n_free;
    mp_obj_t *slots = f->slots;
    for (size_t i = 0; i < code->n_locals; i++) slots[i] = MP_OBJ_NULL;
    f->fun = fun;
    f->ns = ns;
    f->stack = slots + n_slots;
    f->sp = f->stack - 1; /* points at the top element */
    f->ip = code->bytecode;
    f->handling = NULL;
    if (!(code->flags & (MPY_CODE_MODULE | MPY_CODE_CLASS_BODY))) {
        if (!bind_args(fun, slots, n, args, kw)) return false;
    }
    if ((code->n_cells | code->n_free) && !make_cells(fun, slots)) return false;
    return true;
}

/* Runs a frame from f->ip until it returns, yields (*yielded = true) or
 * raises. With `throw_exc`, that exception is raised at the resume point
 * first (generator.throw). */
static mp_obj_t execute_frame(mp_frame_t *f, mp_obj_t throw_exc, bool *yielded) {
    const mp_fun_bc_t *fun = f->fun;
    const mpy_code *code = fun->code;
    if (!mp_stack_check()) return MP_OBJ_NULL;
    mp_dict_t *ns = f->ns;
    mp_obj_t *slots = f->slots;
    mp_obj_t *stack = f->stack;
    mp_obj_t *sp = f->sp;
    mp_dict_t *globals = fun->globals;
    const mpy_word *consts = code->consts;
    const mpy_word *names = code->names;
    const uint8_t *ip = f->ip;
    mp_obj_t r, a, b, c;
    *yielded = false;
    if (throw_exc != MP_OBJ_NULL) {
        if (*ip == MPY_OP_YIELD_FROM) {
            /* Suspended in `yield from`: the throw goes to the delegate. */
            mp_obj_t ret = MP_NONE;
            ip++; /* an error is this instruction's */
            r = mp_op_yield_from(*sp, MP_NONE, throw_exc, &ret);
            if (r == MP_OBJ_NULL) goto error;
            if (r != MP_OBJ_SENTINEL) {
                f->sp = sp;
                *yielded = true;
                return r;
            }
            *sp = ret;
        } else {
            /* ip is past the YIELD_VALUE that suspended us: the error is its. */
            mp_raise(throw_exc);
            goto error;
        }
    }

/* Dispatch: every opcode jumps through `targets` to its own code, which
 * ends by dispatching the next one itself (DISPATCH); opcodes with no
 * label of their own go through the switch, whose `break` comes back to
 * the loop's dispatch. */
#define DISPATCH() \
    do { \
        op = *ip++; \
        goto *targets[op]; \
    } while (0)
/* A taken jump. Control leaves a handler's code only by a jump (each
 * handler's range ends with RERAISE) or an exception (the error path
 * trims at the failing instruction), so this is where handling ends. */
#define JUMP_BY(d) \
    do { \
        ip += (d); \
        if (f->handling != NULL) mp_handling_trim(&f->handling, (uint32_t)(ip - code->bytecode)); \
    } while (0)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const targets[256] = {
        [0 ... 255] = &&op_switch,
        [MPY_OP_NOP] = &&op_NOP,
        [MPY_OP_LOAD_NONE] = &&op_LOAD_NONE,
        [MPY_OP_LOAD_FALSE] = &&op_LOAD_FALSE,
        [MPY_OP_LOAD_TRUE] = &&op_LOAD_TRUE,
        [MPY_OP_LOAD_SMALL_INT] = &&op_LOAD_SMALL_INT,
        [MPY_OP_LOAD_CONST] = &&op_LOAD_CONST,
        [MPY_OP_LOAD_FAST] = &&op_LOAD_FAST,
        [MPY_OP_STORE_FAST] = &&op_STORE_FAST,
        [MPY_OP_LOAD_DEREF] = &&op_LOAD_DEREF,
        [MPY_OP_STORE_DEREF] = &&op_STORE_DEREF,
        [MPY_OP_LOAD_SUBSCR] = &&op_LOAD_SUBSCR,
        [MPY_OP_STORE_SUBSCR] = &&op_STORE_SUBSCR,
        [MPY_OP_POP_TOP] = &&op_POP_TOP,
        [MPY_OP_DUP_TOP] = &&op_DUP_TOP,
        [MPY_OP_DUP_TOP_TWO] = &&op_DUP_TOP_TWO,
        [MPY_OP_ROT_TWO] = &&op_ROT_TWO,
        [MPY_OP_ROT_THREE] = &&op_ROT_THREE,
        [MPY_OP_BINARY] = &&op_BINARY,
        [MPY_OP_INPLACE] = &&op_INPLACE,
        [MPY_OP_COMPARE] = &&op_COMPARE,
        [MPY_OP_JUMP] = &&op_JUMP,
        [MPY_OP_POP_JUMP_IF_FALSE] = &&op_POP_JUMP_IF_FALSE,
        [MPY_OP_POP_JUMP_IF_TRUE] = &&op_POP_JUMP_IF_TRUE,
        [MPY_OP_JUMP_IF_FALSE_OR_POP] = &&op_JUMP_IF_FALSE_OR_POP,
        [MPY_OP_JUMP_IF_TRUE_OR_POP] = &&op_JUMP_IF_TRUE_OR_POP,
        [MPY_OP_GET_ITER] = &&op_GET_ITER,
        [MPY_OP_FOR_ITER] = &&op_FOR_ITER,
        [MPY_OP_BUILD_TUPLE] = &&op_BUILD_TUPLE,
        [MPY_OP_LIST_APPEND] = &&op_LIST_APPEND,
        [MPY_OP_UNARY] = &&op_UNARY,
        [MPY_OP_BUILD_LIST] = &&op_BUILD_LIST,
        [MPY_OP_BUILD_MAP] = &&op_BUILD_MAP,
        [MPY_OP_BUILD_SLICE] = &&op_BUILD_SLICE,
        [MPY_OP_YIELD_FROM] = &&op_YIELD_FROM,
        [MPY_OP_YIELD_VALUE] = &&op_YIELD_VALUE,
        [MPY_OP_MAP_ADD] = &&op_MAP_ADD,
        [MPY_OP_UNPACK_SEQUENCE] = &&op_UNPACK_SEQUENCE,
        [MPY_OP_MAKE_FUNCTION] = &&op_MAKE_FUNCTION,
    };
#pragma GCC diagnostic pop
    uint8_t op;

#define PUSH(x) (*++sp = (x))
#define POP() (*sp--)
#define TOP() (*sp)
#define CHECK(x) \
    do { \
        if ((x) == MP_OBJ_NULL) goto error; \
    } while (0)
#define NAME(i) ((mp_obj_t)names[i])
/* The inline cache of name i (LOAD_GLOBAL, LOAD_ATTR, ...: mpy_code.caches),
 * read from the code object at each use rather than kept in a register. */
#define CACHE(i) (&((mp_vm_cache_t *)code->caches)[i])

dispatch:
    for (;;) {
        op = *ip++;
        goto *targets[op];
    op_switch:
        switch (op) {
        case MPY_OP_NOP:
        op_NOP:
            DISPATCH();
        case MPY_OP_LOAD_NONE:
        op_LOAD_NONE:
            PUSH(MP_NONE);
            DISPATCH();
        case MPY_OP_LOAD_FALSE:
        op_LOAD_FALSE:
            PUSH(MP_FALSE);
            DISPATCH();
        case MPY_OP_LOAD_TRUE:
        op_LOAD_TRUE:
            PUSH(MP_TRUE);
            DISPATCH();
        case MPY_OP_LOAD_SMALL_INT:
        op_LOAD_SMALL_INT: {
            mp_int_t v;
            READ_S(v);
            PUSH(mp_small_int(v));
            DISPATCH();
        }
        case MPY_OP_LOAD_CONST:
        op_LOAD_CONST: {
            uint32_t i;
            READ_U(i);
            PUSH((mp_obj_t)consts[i]);
            DISPATCH();
        }
        case MPY_OP_LOAD_FAST:
        op_LOAD_FAST: {
            uint32_t i;
            READ_U(i);
            a = slots[i];
            if (a == MP_OBJ_NULL) {
                /* Parameters and locals are named in arg_names only for parameters. */
                mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
                goto error;
            }
            PUSH(a);
            DISPATCH();
        }
        case MPY_OP_STORE_FAST:
        op_STORE_FAST: {
            uint32_t i;
            READ_U(i);
            slots[i] = POP();
            DISPATCH();
        }
        case MPY_OP_DELETE_FAST: {
            uint32_t i = read_u(&ip);
            if (slots[i] == MP_OBJ_NULL) {
                mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
                goto error;
            }
            slots[i] = MP_OBJ_NULL;
            break;
        }
        case MPY_OP_LOAD_DEREF:
        op_LOAD_DEREF: {
            uint32_t i;
            READ_U(i);
            a = ((mp_cell_t *)slots[i])->value;
            if (a == MP_OBJ_NULL) {
                mp_raise_msg(&mp_type_NameError, "free variable referenced before assignment");
                goto error;
            }
            PUSH(a);
            DISPATCH();
        }
        case MPY_OP_STORE_DEREF:
        op_STORE_DEREF: {
            uint32_t i;
            READ_U(i);
            ((mp_cell_t *)slots[i])->value = POP();
            DISPATCH();
        }
        case MPY_OP_DELETE_DEREF: ((mp_cell_t *)slots[read_u(&ip)])->value = MP_OBJ_NULL; break;
        case MPY_OP_LOAD_GLOBAL: {
            uint32_t i = read_u(&ip);
            r = mp_load_global_cached(globals, NAME(i), &CACHE(i)->global);
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_STORE_GLOBAL: {
            uint32_t i = read_u(&ip);
            if (!mp_store_global_cached(globals, NAME(i), POP(), &CACHE(i)->global)) goto error;
            break;
        }
        case MPY_OP_DELETE_GLOBAL:
            if (!mp_op_delete_name(globals, NAME(read_u(&ip)))) goto error;
            break;
        case MPY_OP_LOAD_NAME: {
            /* A module body's namespace is its globals: the global cache. */
            uint32_t i = read_u(&ip);
            if (ns == NULL || ns == globals)
                r = mp_load_global_cached(globals, NAME(i), &CACHE(i)->global);
            else
                r = mp_op_load_name(ns, globals, NAME(i));
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_STORE_NAME: {
            uint32_t i = read_u(&ip);
            if (ns == NULL || ns == globals) {
                if (!mp_store_global_cached(globals, NAME(i), POP(), &CACHE(i)->global)) goto error;
            } else if (!mp_dict_set(ns, NAME(i), POP()))
                goto error;
            break;
        }
        case MPY_OP_DELETE_NAME:
            if (!mp_op_delete_name(ns ? ns : globals, NAME(read_u(&ip)))) goto error;
            break;
        case MPY_OP_LOAD_ATTR: {
            uint32_t i = read_u(&ip);
            r = mp_native_load_attr(TOP(), NAME(i), &CACHE(i)->attr);
            CHECK(r);
            TOP() = r;
            break;
        }
        case MPY_OP_STORE_ATTR: {
            uint32_t i = read_u(&ip);
            a = POP(); /* obj */
            b = POP(); /* value */
            if (!mp_native_store_attr(a, NAME(i), b, &CACHE(i)->attr)) goto error;
            break;
        }
        case MPY_OP_DELETE_ATTR:
            a = POP();
            if (!mp_store_attr(a, NAME(read_u(&ip)), MP_OBJ_NULL)) goto error;
            break;
        case MPY_OP_LOAD_METHOD: {
            mp_obj_t self;
            uint32_t i = read_u(&ip);
            r = mp_native_load_method(TOP(), NAME(i), &CACHE(i)->attr, &self);
            CHECK(r);
            TOP() = r;
            PUSH(self);
            break;
        }
        case MPY_OP_LOAD_SUBSCR:
        op_LOAD_SUBSCR:
            b = POP();
            a = TOP();
            /* A list or tuple item at a small-int index, negative ones
             * counted from the end; out of range goes the generic way
             * for its IndexError. */
            if (mp_is_small_int(b) && mp_is_ptr(a)) {
                const mp_type_t *t = ((const mp_obj_base_t *)a)->type;
                mp_int_t i = mp_small_int_value(b);
                if (t == &mp_type_list) {
                    const mp_list_t *l = (const mp_list_t *)a;
                    if (i < 0) i += (mp_int_t)l->len;
                    if ((mp_uint_t)i < l->len) {
                        TOP() = l->items[i];
                        DISPATCH();
                    }
                } else if (t == &mp_type_tuple) {
                    const mp_tuple_t *tu = (const mp_tuple_t *)a;
                    if (i < 0) i += (mp_int_t)tu->len;
                    if ((mp_uint_t)i < tu->len) {
                        TOP() = tu->items[i];
                        DISPATCH();
                    }
                }
            }
            r = mp_subscr(a, b, MP_OBJ_SENTINEL);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        case MPY_OP_STORE_SUBSCR:
        op_STORE_SUBSCR:
            b = POP();
            a = POP();
            c = POP(); /* index, obj, value */
            if (mp_is_small_int(b) && mp_is_ptr(a) && ((const mp_obj_base_t *)a)->type == &mp_type_list) {
                mp_list_t *l = (mp_list_t *)a;
                mp_int_t i = mp_small_int_value(b);
                if (i < 0) i += (mp_int_t)l->len;
                if ((mp_uint_t)i < l->len) {
                    l->items[i] = c;
                    DISPATCH();
                }
            }
            CHECK(mp_subscr(a, b, c));
            DISPATCH();
        case MPY_OP_DELETE_SUBSCR:
            b = POP();
            a = POP();
            CHECK(mp_subscr(a, b, MP_OBJ_NULL));
            break;
        case MPY_OP_POP_TOP:
        op_POP_TOP:
            sp--;
            DISPATCH();
        case MPY_OP_DUP_TOP:
        op_DUP_TOP:
            a = TOP();
            PUSH(a);
            DISPATCH();
        case MPY_OP_DUP_TOP_TWO:
        op_DUP_TOP_TWO:
            a = sp[-1];
            b = sp[0];
            PUSH(a);
            PUSH(b);
            DISPATCH();
        case MPY_OP_ROT_TWO:
        op_ROT_TWO:
            a = sp[0];
            sp[0] = sp[-1];
            sp[-1] = a;
            DISPATCH();
        case MPY_OP_ROT_THREE:
        op_ROT_THREE:
            a = sp[0];
            sp[0] = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = a;
            DISPATCH();
        case MPY_OP_BINARY:
        op_BINARY: {
            uint32_t o;
            READ_U(o);
            b = POP();
            a = TOP();
            r = fast_binary(o, a, b);
            if (r == MP_OBJ_SENTINEL) r = mp_binary_op((int)o, a, b);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        case MPY_OP_INPLACE:
        op_INPLACE: {
            uint32_t o;
            READ_U(o);
            b = POP();
            a = TOP();
            r = fast_binary(o, a, b);
            if (r == MP_OBJ_SENTINEL) r = mp_binary_op(MP_OP_INPLACE + (int)o, a, b);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        case MPY_OP_UNARY:
        op_UNARY: {
            uint32_t o;
            READ_U(o);
            a = TOP();
            /* `not` of the immediates and small ints, -x of a small int
             * (but for the most negative one). */
            if (o == MPY_UNARY_NOT && (a == MP_TRUE || a == MP_FALSE || a == MP_NONE || mp_is_small_int(a))) {
                TOP() = mp_bool(a == MP_FALSE || a == MP_NONE || a == mp_small_int(0));
                DISPATCH();
            }
            if (o == MPY_UNARY_NEGATIVE && mp_is_small_int(a) && a != mp_small_int(MP_SMALL_INT_MIN)) {
                TOP() = mp_small_int(-mp_small_int_value(a));
                DISPATCH();
            }
            r = mp_unary_op((int)o, a);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        case MPY_OP_COMPARE:
        op_COMPARE: {
            uint32_t o;
            READ_U(o);
            b = POP();
            a = TOP();
            if (mp_is_small_int(a & b) && o <= MPY_COMPARE_GE) {
                mp_int_t x = (mp_int_t)a, y = (mp_int_t)b; /* tagging preserves order */
                bool v;
                switch (o) {
                case MPY_COMPARE_LT: v = x < y; break;
                case MPY_COMPARE_LE: v = x <= y; break;
                case MPY_COMPARE_EQ: v = x == y; break;
                case MPY_COMPARE_NE: v = x != y; break;
                case MPY_COMPARE_GT: v = x > y; break;
                default: v = x >= y; break;
                }
                TOP() = mp_bool(v);
                DISPATCH();
            }
            if (o == MPY_COMPARE_IS || o == MPY_COMPARE_IS_NOT) {
                TOP() = mp_bool((a == b) == (o == MPY_COMPARE_IS));
                DISPATCH();
            }
            /* Two floats: IEEE comparisons are Python's (NaN unordered, -0.0 == 0.0). */
            if (o <= MPY_COMPARE_GE && mp_is_ptr(a) && mp_is_ptr(b) &&
                ((const mp_obj_base_t *)a)->type == &mp_type_float &&
                ((const mp_obj_base_t *)b)->type == &mp_type_float) {
                double x = ((const mp_float_t *)a)->value, y = ((const mp_float_t *)b)->value;
                bool v;
                switch (o) {
                case MPY_COMPARE_LT: v = x < y; break;
                case MPY_COMPARE_LE: v = x <= y; break;
                case MPY_COMPARE_EQ: v = x == y; break;
                case MPY_COMPARE_NE: v = x != y; break;
                case MPY_COMPARE_GT: v = x > y; break;
                default: v = x >= y; break;
                }
                TOP() = mp_bool(v);
                DISPATCH();
            }
            r = mp_op_compare((int)o, a, b);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        case MPY_OP_JUMP:
        op_JUMP: {
            int16_t d;
            READ_J(d);
            JUMP_BY(d);
            DISPATCH();
        }
        /* Truth of bools, None and small ints inline. */
        case MPY_OP_POP_JUMP_IF_FALSE:
        op_POP_JUMP_IF_FALSE: {
            int16_t d;
            READ_J(d);
            a = POP();
            if (a == MP_FALSE || a == MP_NONE || a == mp_small_int(0)) {
                JUMP_BY(d);
                DISPATCH();
            }
            if (a == MP_TRUE || mp_is_small_int(a)) DISPATCH();
            int t = mp_truth(a);
            if (t < 0) goto error;
            if (t == 0) JUMP_BY(d);
            DISPATCH();
        }
        case MPY_OP_POP_JUMP_IF_TRUE:
        op_POP_JUMP_IF_TRUE: {
            int16_t d;
            READ_J(d);
            a = POP();
            if (a == MP_FALSE || a == MP_NONE || a == mp_small_int(0)) DISPATCH();
            if (a == MP_TRUE || mp_is_small_int(a)) {
                JUMP_BY(d);
                DISPATCH();
            }
            int t = mp_truth(a);
            if (t < 0) goto error;
            if (t == 1) JUMP_BY(d);
            DISPATCH();
        }
        case MPY_OP_JUMP_IF_FALSE_OR_POP:
        op_JUMP_IF_FALSE_OR_POP: {
            int16_t d;
            READ_J(d);
            a = TOP();
            int t = a == MP_TRUE ? 1 : a == MP_FALSE ? 0 : mp_truth(a);
            if (t < 0) goto error;
            if (t == 0)
                JUMP_BY(d);
            else
                sp--;
            DISPATCH();
        }
        case MPY_OP_JUMP_IF_TRUE_OR_POP:
        op_JUMP_IF_TRUE_OR_POP: {
            int16_t d;
            READ_J(d);
            a = TOP();
            int t = a == MP_TRUE ? 1 : a == MP_FALSE ? 0 : mp_truth(a);
            if (t < 0) goto error;
            if (t == 1)
                JUMP_BY(d);
            else
                sp--;
            DISPATCH();
        }
        case MPY_OP_GET_ITER:
        op_GET_ITER:
            r = mp_getiter(TOP());
            CHECK(r);
            TOP() = r;
            DISPATCH();
        case MPY_OP_GET_AWAITABLE:
            r = mp_op_get_awaitable(TOP());
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_FOR_ITER:
        op_FOR_ITER: {
            int16_t d;
            READ_J(d);
            a = TOP();
            /* Ranges of small ints, lists and tuples inline. */
            if (mp_is_ptr(a)) {
                const mp_type_t *t = ((const mp_obj_base_t *)a)->type;
                if (t == &mp_type_range_iter && mp_small_int_fits(((const mp_range_iter_t *)a)->cur)) {
                    mp_range_iter_t *it = (mp_range_iter_t *)a;
                    if (it->step > 0 ? it->cur < it->stop : it->cur > it->stop) {
                        PUSH(mp_small_int(it->cur));
                        it->cur += it->step;
                        DISPATCH();
                    }
                    sp--;
                    JUMP_BY(d);
                    DISPATCH();
                }
                if (t == &mp_type_seq_iter) {
                    mp_seq_iter_t *it = (mp_seq_iter_t *)a;
                    const mp_type_t *st = ((const mp_obj_base_t *)it->seq)->type;
                    if (st == &mp_type_list || st == &mp_type_tuple) {
                        /* The length is read at every step: the list may change. */
                        const mp_list_t *l = (const mp_list_t *)it->seq;
                        const mp_tuple_t *tu = (const mp_tuple_t *)it->seq;
                        mp_uint_t len = st == &mp_type_list ? l->len : tu->len;
                        if (it->index < len) {
                            PUSH(st == &mp_type_list ? l->items[it->index] : tu->items[it->index]);
                            it->index++;
                            DISPATCH();
                        }
                        sp--;
                        JUMP_BY(d);
                        DISPATCH();
                    }
                }
            }
            r = mp_iternext(a);
            CHECK(r);
            if (r == MP_OBJ_SENTINEL) {
                sp--;
                JUMP_BY(d);
            } else
                PUSH(r);
            DISPATCH();
        }
        case MPY_OP_BUILD_TUPLE:
        op_BUILD_TUPLE: {
            uint32_t k;
            READ_U(k);
            sp -= k;
            r = mp_tuple_new(k, sp + 1);
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
        case MPY_OP_BUILD_LIST:
        op_BUILD_LIST: {
            uint32_t k;
            READ_U(k);
            sp -= k;
            r = mp_list_new(k, sp + 1);
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
        case MPY_OP_BUILD_MAP:
        op_BUILD_MAP: {
            uint32_t k;
            READ_U(k);
            sp -= 2 * k;
            r = mp_op_build_map(k, sp + 1);
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
        case MPY_OP_BUILD_SLICE:
        op_BUILD_SLICE: {
            uint32_t k;
            READ_U(k);
            c = k == 3 ? POP() : MP_NONE;
            b = POP();
            r = mp_slice_new(TOP(), b, c);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        case MPY_OP_BUILD_SET: {
            uint32_t k = read_u(&ip);
            sp -= k;
            r = mp_op_build_set(k, sp + 1);
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_SET_ADD: {
            uint32_t depth = read_u(&ip);
            a = POP();
            if (!mp_set_add(sp[-(int)depth + 1], a)) goto error;
            break;
        }
        case MPY_OP_YIELD_FROM:
        op_YIELD_FROM: {
            mp_obj_t sent = POP(), ret = MP_NONE;
            r = mp_op_yield_from(TOP(), sent, MP_OBJ_NULL, &ret);
            CHECK(r);
            if (r == MP_OBJ_SENTINEL) {
                TOP() = ret;
                DISPATCH();
            }
            /* Yield the value; resume here with the next sent value pushed. */
            f->ip = ip - 1; /* YIELD_FROM has no operand */
            f->sp = sp;
            *yielded = true;
            return r;
        }
        case MPY_OP_YIELD_VALUE:
        op_YIELD_VALUE:
            f->ip = ip;
            a = POP();
            f->sp = sp;
            *yielded = true;
            return a;
        case MPY_OP_LIST_APPEND:
        op_LIST_APPEND: {
            uint32_t depth;
            READ_U(depth);
            a = POP();
            if (!mp_list_append(sp[-(int)depth + 1], a)) goto error;
            DISPATCH();
        }
        case MPY_OP_MAP_ADD:
        op_MAP_ADD: {
            uint32_t depth;
            READ_U(depth);
            b = POP();
            a = POP();
            if (!mp_dict_set((mp_dict_t *)sp[-(int)depth + 1], a, b)) goto error;
            DISPATCH();
        }
        case MPY_OP_UNPACK_SEQUENCE:
        op_UNPACK_SEQUENCE: {
            uint32_t k;
            READ_U(k);
            a = POP();
            /* A tuple or list of the right length inline (first item on top). */
            if (mp_is_ptr(a)) {
                const mp_type_t *t = ((const mp_obj_base_t *)a)->type;
                const mp_obj_t *items = NULL;
                if (t == &mp_type_tuple && ((const mp_tuple_t *)a)->len == k)
                    items = ((const mp_tuple_t *)a)->items;
                else if (t == &mp_type_list && ((const mp_list_t *)a)->len == k)
                    items = ((const mp_list_t *)a)->items;
                if (items != NULL) {
                    for (uint32_t i = 0; i < k; i++) sp[1 + i] = items[k - 1 - i];
                    sp += k;
                    DISPATCH();
                }
            }
            if (!mp_op_unpack(a, k, sp + 1)) goto error;
            sp += k;
            DISPATCH();
        }
        case MPY_OP_CALL: {
            uint32_t npos = read_u(&ip), nkw = read_u(&ip);
            sp -= 2 * nkw + npos;
            a = sp[0];
            if (nkw == 0 && mp_is_ptr(a) && ((const mp_obj_base_t *)a)->type == &mp_type_fun_bc)
                r = mp_call_fun_bc((const mp_fun_bc_t *)a, npos, sp + 1);
            else if (nkw == 0)
                r = mp_call(a, npos, sp + 1, NULL);
            else
                r = mp_op_call(a, npos, sp + 1, nkw, sp + 1 + npos);
            CHECK(r);
            TOP() = r;
            break;
        }
        case MPY_OP_CALL_METHOD: {
            uint32_t npos = read_u(&ip), nkw = read_u(&ip);
            sp -= 2 * nkw + npos;
            /* sp[-1] = method, sp[0] = self or NULL, sp[1..npos] = args, then keyword pairs */
            a = sp[-1];
            size_t with_self = sp[0] != MP_OBJ_NULL; /* self is the first argument */
            if (nkw == 0 && mp_is_ptr(a) && ((const mp_obj_base_t *)a)->type == &mp_type_fun_bc)
                r = mp_call_fun_bc((const mp_fun_bc_t *)a, npos + with_self, sp + 1 - with_self);
            else if (nkw == 0)
                r = mp_call(a, npos + with_self, sp + 1 - with_self, NULL);
            else
                r = mp_op_call(a, npos + with_self, sp + 1 - with_self, nkw, sp + 1 + npos);
            CHECK(r);
            sp--;
            TOP() = r;
            break;
        }
        case MPY_OP_MAKE_FUNCTION:
        op_MAKE_FUNCTION: {
            uint32_t ci, flags;
            READ_U(ci);
            READ_U(flags);
            mp_obj_t closure = MP_OBJ_NULL, kwdefs = MP_OBJ_NULL, defs = MP_OBJ_NULL;
            if (flags & MPY_MAKE_CLOSURE) closure = POP();
            if (flags & MPY_MAKE_KWDEFAULTS) kwdefs = POP();
            if (flags & MPY_MAKE_DEFAULTS) defs = POP();
            r = mp_make_function((const mpy_code *)consts[ci], globals, defs, kwdefs, closure);
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
        case MPY_OP_RETURN_VALUE: return POP();
        case MPY_OP_RAISE: {
            uint32_t k = read_u(&ip);
            b = k == 2 ? POP() : MP_OBJ_NULL;
            a = k >= 1 ? POP() : MP_OBJ_NULL;
            mp_op_raise(k, a, b);
            goto error;
        }
        case MPY_OP_IMPORT_NAME: {
            mp_obj_t nm = NAME(read_u(&ip));
            b = POP(); /* level */
            a = POP(); /* fromlist */
            r = mp_import(nm, a, (int)mp_small_int_value(b), globals);
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_IMPORT_FROM:
            r = mp_op_import_from(TOP(), NAME(read_u(&ip)));
            CHECK(r);
            PUSH(r);
            break;
        case MPY_OP_RERAISE: mp_op_reraise(POP()); goto error;
        case MPY_OP_CALL_EX: {
            uint32_t has_kw = read_u(&ip);
            c = has_kw ? POP() : MP_OBJ_NULL; /* the keyword arguments dict */
            b = POP(); /* the arguments tuple */
            r = mp_op_call_ex(TOP(), b, c);
            CHECK(r);
            TOP() = r;
            break;
        }
        case MPY_OP_LIST_EXTEND: {
            uint32_t depth = read_u(&ip);
            a = POP();
            if (!mp_op_list_extend(sp[-(int)depth + 1], a)) goto error;
            break;
        }
        case MPY_OP_LIST_TO_TUPLE:
            r = mp_tuple_new(((const mp_list_t *)TOP())->len, ((const mp_list_t *)TOP())->items);
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_DICT_MERGE: {
            uint32_t depth = read_u(&ip), for_call = read_u(&ip);
            a = POP();
            mp_obj_t *d = &sp[-(int)depth + 1];
            /* In a call the dict is above the arguments tuple and the callable. */
            if (!mp_op_dict_merge(*d, a, for_call ? d[-2] : MP_OBJ_NULL)) goto error;
            break;
        }
        case MPY_OP_UNPACK_EX: {
            uint32_t before = read_u(&ip), after = read_u(&ip);
            a = POP();
            if (!mp_op_unpack_ex(a, before, after, sp + 1)) goto error;
            sp += before + after + 1;
            break;
        }
        case MPY_OP_IMPORT_STAR:
            a = POP();
            if (!mp_op_import_star(a, ns ? ns : globals)) goto error;
            break;
        case MPY_OP_LOAD_BUILD_CLASS: PUSH(mp_build_class_obj); break;
        default: mp_raise_fmt(&mp_type_RuntimeError, "bad opcode %d", op); goto error;
        }
    }
error: {
    /* The dispatch keeps no instruction start: an opcode reads all its
     * operands before it can fail, so ip - 1 is inside the failing
     * instruction (ip is the code's start when a throw() meets a generator
     * that never ran). Exception, handler and line ranges all begin at
     * instructions, so any offset inside one finds the same entries. */
    size_t at = (size_t)(ip - code->bytecode);
    if (at > 0) at--;
    /* Handling ends on leaving the handler's code: at a jump, or here. */
    if (f->handling != NULL) mp_handling_trim(&f->handling, (uint32_t)at);
    /* Raised here (or in C code called from here), not passed on by a frame. */
    if (((mp_exception_t *)mp_state.exc)->traceback == MP_OBJ_NULL)
        mp_exception_set_context(mp_state.exc, mp_frame_handled_exception(f));
    if (!((mp_exception_t *)mp_state.exc)->traceback_frozen)
        mp_traceback_add((mp_obj_t)code->file, line_of(code, at), (mp_obj_t)code->name);
    ((mp_exception_t *)mp_state.exc)->traceback_frozen = false;
    const uint8_t *t = code->exc_table;
    for (uint16_t e = 0; e < code->n_exc_entries; e++) {
        uint32_t start = read_u(&t), end = read_u(&t), handler = read_u(&t), depth = read_u(&t);
        uint32_t handler_end = read_u(&t);
        if (at >= start && at < end) {
            sp = stack + depth - 1;
            PUSH(mp_state.exc);
            mp_state.exc = MP_OBJ_NULL;
            mp_handling_trim(&f->handling, handler);
            if (!mp_handling_push(&f->handling, TOP(), handler, handler_end))
                mp_state.exc = MP_OBJ_NULL; /* out of memory: no chaining for this one */
            ip = code->bytecode + handler;
            goto dispatch;
        }
    }
    return MP_OBJ_NULL;
}
}

/* Runs (or resumes) a frame as the innermost of the running frames: its
 * native code when it has some, else the bytecode (whose resumed
 * generator frames find the sent value on their stack already). */
mp_obj_t mp_frame_execute(mp_frame_t *f, mp_obj_t send, mp_obj_t throw_exc, bool *yielded) {
    f->back = mp_state.frame;
    mp_state.frame = f;
    mp_obj_t r;
    const void *native = f->fun->code->native;
    *yielded = false; /* also when the stack check fails before the frame runs */
    if (native != NULL) {
        r = mp_stack_check() ? ((mpy_native_fn)native)(f, send, throw_exc, yielded) : MP_OBJ_NULL;
    } else {
        r = execute_frame(f, throw_exc, yielded);
    }
    mp_state.frame = f->back;
    return r;
}

static mp_obj_t run(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw, mp_dict_t *ns) {
    mp_frame_t f;
    f.slots = __builtin_alloca(mp_frame_words(fun->code) * sizeof(mp_obj_t));
    if (!mp_frame_setup(&f, fun, n, args, kw, ns)) return MP_OBJ_NULL;
    bool yielded;
    /* globals() sees the running frame's module. */
    mp_dict_t *outer = mp_state.globals;
    mp_state.globals = fun->globals;
    mp_obj_t r = mp_frame_execute(&f, MP_NONE, MP_OBJ_NULL, &yielded);
    mp_state.globals = outer;
    return r;
}

mp_obj_t mp_execute_bytecode(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    if (fun->code->flags & MPY_CODE_GENERATOR) return mp_gen_new(fun, n, args, kw);
    return run(fun, n, args, kw, NULL);
}

/* A call with positional arguments only (no keywords), the common case of
 * CALL, CALL_METHOD and mp_call: when the signature is plain (no *args,
 * **kwargs or keyword-only parameters, not a generator) and the arguments
 * fill the positional parameters (with the defaults), the frame is set up
 * here on the C stack and run directly, with nothing of bind_args. Anything
 * else, including every argument error, takes the general path. */
mp_obj_t mp_call_fun_bc(const mp_fun_bc_t *fun, size_t n, const mp_obj_t *args) {
    const mpy_code *code = fun->code;
    size_t n_pos = code->n_pos_args;
    if ((code->flags &
            (MPY_CODE_VARARGS | MPY_CODE_VARKEYWORDS | MPY_CODE_GENERATOR | MPY_CODE_MODULE | MPY_CODE_CLASS_BODY)) ||
        code->n_kwonly_args != 0)
        return mp_execute_bytecode(fun, n, args, NULL);
    const mp_tuple_t *defs = NULL;
    if (n != n_pos) {
        defs = fun->defaults != MP_OBJ_NULL ? (const mp_tuple_t *)fun->defaults : NULL;
        if (n > n_pos || defs == NULL || n + defs->len < n_pos) return run(fun, n, args, NULL, NULL);
    }
    size_t n_locals = code->n_locals, n_slots = n_locals + code->n_cells + code->n_free;
    mp_frame_t f;
    mp_obj_t *slots = __builtin_alloca((n_slots + code->max_stack + 1) * sizeof(mp_obj_t));
    size_t i = 0;
    for (; i < n; i++) slots[i] = args[i];
    if (defs != NULL)
        for (; i < n_pos; i++) slots[i] = defs->items[i + defs->len - n_pos];
    for (; i < n_locals; i++) slots[i] = MP_OBJ_NULL;
    if ((code->n_cells | code->n_free) && !make_cells(fun, slots)) return MP_OBJ_NULL;
    f.fun = fun;
    f.ns = NULL;
    f.slots = slots;
    f.stack = slots + n_slots;
    f.sp = f.stack - 1;
    f.ip = code->bytecode;
    f.handling = NULL;
    /* As run(): globals() sees the callee's module. Machine code is entered
     * here, as mp_frame_execute would (whose prologue is the interpreter's). */
    mp_dict_t *outer = mp_state.globals;
    mp_state.globals = fun->globals;
    bool yielded;
    mp_obj_t r;
    const void *native = code->native;
    if (native != NULL) {
        f.back = mp_state.frame;
        mp_state.frame = &f;
        r = mp_stack_check() ? ((mpy_native_fn)native)(&f, MP_NONE, MP_OBJ_NULL, &yielded) : MP_OBJ_NULL;
        mp_state.frame = f.back;
    } else {
        r = mp_frame_execute(&f, MP_NONE, MP_OBJ_NULL, &yielded);
    }
    mp_state.globals = outer;
    return r;
}

/* Runs a module body or class body with `ns` as its namespace. */
mp_obj_t mp_execute_with_namespace(const mp_fun_bc_t *fun, mp_dict_t *ns) { return run(fun, 0, NULL, NULL, ns); }
