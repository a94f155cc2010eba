/* The bytecode interpreter: binds arguments into a frame, then executes
 * the opcodes of mpy_format.h with a value stack (one switch over the
 * opcode byte). On an exception it records the traceback line
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

static uint32_t read_u(const uint8_t **pp) {
    const uint8_t *p = *pp;
    uint32_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *p++;
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
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

static int16_t read_j(const uint8_t **pp) {
    const uint8_t *p = *pp;
    int16_t v = (int16_t)(p[0] | (p[1] << 8));
    *pp = p + 2;
    return v;
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
    const uint8_t *op_start = ip;
    mp_obj_t r, a, b, c;
    *yielded = false;
    if (throw_exc != MP_OBJ_NULL) {
        if (*ip == MPY_OP_YIELD_FROM) {
            /* Suspended in `yield from`: the throw goes to the delegate. */
            mp_obj_t ret = MP_NONE;
            op_start = ip;
            r = mp_op_yield_from(*sp, MP_NONE, throw_exc, &ret);
            if (r == MP_OBJ_NULL) goto error;
            if (r != MP_OBJ_SENTINEL) {
                f->sp = sp;
                *yielded = true;
                return r;
            }
            *sp = ret;
            ip++;
        } else {
            op_start = ip > code->bytecode ? ip - 1 : ip; /* the YIELD_VALUE that suspended us */
            mp_raise(throw_exc);
            goto error;
        }
    }

#define PUSH(x) (*++sp = (x))
#define POP() (*sp--)
#define TOP() (*sp)
#define CHECK(x) \
    do { \
        if ((x) == MP_OBJ_NULL) goto error; \
    } while (0)
#define NAME(i) ((mp_obj_t)names[i])

dispatch:
    for (;;) {
        op_start = ip;
        /* Leaving a handler's code ends its handling. */
        if (f->handling != NULL) mp_handling_trim(&f->handling, (uint32_t)(ip - code->bytecode));
        uint8_t op = *ip++;
        switch (op) {
        case MPY_OP_NOP: break;
        case MPY_OP_LOAD_NONE: PUSH(MP_NONE); break;
        case MPY_OP_LOAD_FALSE: PUSH(MP_FALSE); break;
        case MPY_OP_LOAD_TRUE: PUSH(MP_TRUE); break;
        case MPY_OP_LOAD_SMALL_INT: PUSH(mp_small_int((mp_int_t)read_s(&ip))); break;
        case MPY_OP_LOAD_CONST: PUSH((mp_obj_t)consts[read_u(&ip)]); break;
        case MPY_OP_LOAD_FAST: {
            uint32_t i = read_u(&ip);
            if (slots[i] == MP_OBJ_NULL) {
                /* Parameters and locals are named in arg_names only for parameters. */
                mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
                goto error;
            }
            PUSH(slots[i]);
            break;
        }
        case MPY_OP_STORE_FAST: slots[read_u(&ip)] = POP(); break;
        case MPY_OP_DELETE_FAST: {
            uint32_t i = read_u(&ip);
            if (slots[i] == MP_OBJ_NULL) {
                mp_raise_msg(&mp_type_UnboundLocalError, "local variable referenced before assignment");
                goto error;
            }
            slots[i] = MP_OBJ_NULL;
            break;
        }
        case MPY_OP_LOAD_DEREF: {
            mp_cell_t *cell = (mp_cell_t *)slots[read_u(&ip)];
            if (cell->value == MP_OBJ_NULL) {
                mp_raise_msg(&mp_type_NameError, "free variable referenced before assignment");
                goto error;
            }
            PUSH(cell->value);
            break;
        }
        case MPY_OP_STORE_DEREF: ((mp_cell_t *)slots[read_u(&ip)])->value = POP(); break;
        case MPY_OP_DELETE_DEREF: ((mp_cell_t *)slots[read_u(&ip)])->value = MP_OBJ_NULL; break;
        case MPY_OP_LOAD_GLOBAL:
            r = mp_load_global(globals, NAME(read_u(&ip)));
            CHECK(r);
            PUSH(r);
            break;
        case MPY_OP_STORE_GLOBAL:
            if (!mp_dict_set(globals, NAME(read_u(&ip)), POP())) goto error;
            break;
        case MPY_OP_DELETE_GLOBAL:
            if (!mp_op_delete_name(globals, NAME(read_u(&ip)))) goto error;
            break;
        case MPY_OP_LOAD_NAME:
            r = mp_op_load_name(ns, globals, NAME(read_u(&ip)));
            CHECK(r);
            PUSH(r);
            break;
        case MPY_OP_STORE_NAME:
            if (!mp_dict_set(ns ? ns : globals, NAME(read_u(&ip)), POP())) goto error;
            break;
        case MPY_OP_DELETE_NAME:
            if (!mp_op_delete_name(ns ? ns : globals, NAME(read_u(&ip)))) goto error;
            break;
        case MPY_OP_LOAD_ATTR:
            r = mp_load_attr(TOP(), NAME(read_u(&ip)));
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_STORE_ATTR:
            a = POP(); /* obj */
            b = POP(); /* value */
            if (!mp_store_attr(a, NAME(read_u(&ip)), b)) goto error;
            break;
        case MPY_OP_DELETE_ATTR:
            a = POP();
            if (!mp_store_attr(a, NAME(read_u(&ip)), MP_OBJ_NULL)) goto error;
            break;
        case MPY_OP_LOAD_METHOD: {
            mp_obj_t self;
            r = mp_load_method(TOP(), NAME(read_u(&ip)), &self);
            CHECK(r);
            TOP() = r;
            PUSH(self);
            break;
        }
        case MPY_OP_LOAD_SUBSCR:
            b = POP();
            r = mp_subscr(TOP(), b, MP_OBJ_SENTINEL);
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_STORE_SUBSCR:
            b = POP();
            a = POP();
            c = POP(); /* index, obj, value */
            CHECK(mp_subscr(a, b, c));
            break;
        case MPY_OP_DELETE_SUBSCR:
            b = POP();
            a = POP();
            CHECK(mp_subscr(a, b, MP_OBJ_NULL));
            break;
        case MPY_OP_POP_TOP: sp--; break;
        case MPY_OP_DUP_TOP:
            a = TOP();
            PUSH(a);
            break;
        case MPY_OP_DUP_TOP_TWO:
            a = sp[-1];
            b = sp[0];
            PUSH(a);
            PUSH(b);
            break;
        case MPY_OP_ROT_TWO:
            a = sp[0];
            sp[0] = sp[-1];
            sp[-1] = a;
            break;
        case MPY_OP_ROT_THREE:
            a = sp[0];
            sp[0] = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = a;
            break;
        case MPY_OP_BINARY: {
            uint32_t o = read_u(&ip);
            b = POP();
            a = TOP();
            if (mp_is_small_int(a) && mp_is_small_int(b)) {
                mp_int_t x = mp_small_int_value(a), y = mp_small_int_value(b), z;
                if (o == MPY_BINARY_ADD && !__builtin_add_overflow(x, y, &z) && mp_small_int_fits(z)) {
                    TOP() = mp_small_int(z);
                    break;
                }
                if (o == MPY_BINARY_SUB && !__builtin_sub_overflow(x, y, &z) && mp_small_int_fits(z)) {
                    TOP() = mp_small_int(z);
                    break;
                }
            }
            r = mp_binary_op((int)o, a, b);
            CHECK(r);
            TOP() = r;
            break;
        }
        case MPY_OP_INPLACE:
            b = POP();
            r = mp_binary_op(MP_OP_INPLACE + (int)read_u(&ip), TOP(), b);
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_UNARY:
            r = mp_unary_op((int)read_u(&ip), TOP());
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_COMPARE: {
            uint32_t o = read_u(&ip);
            b = POP();
            a = TOP();
            if (mp_is_small_int(a) && mp_is_small_int(b) && o <= MPY_COMPARE_GE) {
                mp_int_t x = (mp_int_t)a, y = (mp_int_t)b; /* tagging preserves order */
                bool v = o == MPY_COMPARE_LT ? x < y
                    : o == MPY_COMPARE_LE    ? x <= y
                    : o == MPY_COMPARE_EQ    ? x == y
                    : o == MPY_COMPARE_NE    ? x != y
                    : o == MPY_COMPARE_GT    ? x > y
                                             : x >= y;
                TOP() = mp_bool(v);
                break;
            }
            r = mp_op_compare((int)o, a, b);
            CHECK(r);
            TOP() = r;
            break;
        }
        case MPY_OP_JUMP: {
            int16_t d = read_j(&ip);
            ip += d;
            break;
        }
        case MPY_OP_POP_JUMP_IF_FALSE:
        case MPY_OP_POP_JUMP_IF_TRUE: {
            int16_t d = read_j(&ip);
            a = POP();
            int t = a == MP_TRUE ? 1 : a == MP_FALSE ? 0 : mp_truth(a);
            if (t < 0) goto error;
            if ((op == MPY_OP_POP_JUMP_IF_TRUE) == (t == 1)) ip += d;
            break;
        }
        case MPY_OP_JUMP_IF_FALSE_OR_POP:
        case MPY_OP_JUMP_IF_TRUE_OR_POP: {
            int16_t d = read_j(&ip);
            int t = mp_truth(TOP());
            if (t < 0) goto error;
            if ((op == MPY_OP_JUMP_IF_TRUE_OR_POP) == (t == 1))
                ip += d;
            else
                sp--;
            break;
        }
        case MPY_OP_GET_ITER:
            r = mp_getiter(TOP());
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_GET_AWAITABLE:
            r = mp_op_get_awaitable(TOP());
            CHECK(r);
            TOP() = r;
            break;
        case MPY_OP_FOR_ITER: {
            int16_t d = read_j(&ip);
            a = TOP();
            /* Fast path for ranges of small ints. */
            if (mp_is_ptr(a) && ((const mp_obj_base_t *)a)->type == &mp_type_range_iter &&
                mp_small_int_fits(((const mp_range_iter_t *)a)->cur)) {
                mp_range_iter_t *it = (mp_range_iter_t *)a;
                if (it->step > 0 ? it->cur < it->stop : it->cur > it->stop) {
                    PUSH(mp_small_int(it->cur));
                    it->cur += it->step;
                    break;
                }
                sp--;
                ip += d;
                break;
            }
            r = mp_iternext(a);
            CHECK(r);
            if (r == MP_OBJ_SENTINEL) {
                sp--;
                ip += d;
            } else
                PUSH(r);
            break;
        }
        case MPY_OP_BUILD_TUPLE: {
            uint32_t k = read_u(&ip);
            sp -= k;
            r = mp_tuple_new(k, sp + 1);
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_BUILD_LIST: {
            uint32_t k = read_u(&ip);
            sp -= k;
            r = mp_list_new(k, sp + 1);
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_BUILD_MAP: {
            uint32_t k = read_u(&ip);
            sp -= 2 * k;
            r = mp_op_build_map(k, sp + 1);
            CHECK(r);
            PUSH(r);
            break;
        }
        case MPY_OP_BUILD_SLICE: {
            uint32_t k = read_u(&ip);
            c = k == 3 ? POP() : MP_NONE;
            b = POP();
            r = mp_slice_new(TOP(), b, c);
            CHECK(r);
            TOP() = r;
            break;
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
        case MPY_OP_YIELD_FROM: {
            mp_obj_t sent = POP(), ret = MP_NONE;
            r = mp_op_yield_from(TOP(), sent, MP_OBJ_NULL, &ret);
            CHECK(r);
            if (r == MP_OBJ_SENTINEL) {
                TOP() = ret;
                break;
            }
            /* Yield the value; resume here with the next sent value pushed. */
            f->ip = op_start;
            f->sp = sp;
            *yielded = true;
            return r;
        }
        case MPY_OP_YIELD_VALUE:
            f->ip = ip;
            a = POP();
            f->sp = sp;
            *yielded = true;
            return a;
        case MPY_OP_LIST_APPEND: {
            uint32_t depth = read_u(&ip);
            a = POP();
            if (!mp_list_append(sp[-(int)depth + 1], a)) goto error;
            break;
        }
        case MPY_OP_MAP_ADD: {
            uint32_t depth = read_u(&ip);
            b = POP();
            a = POP();
            if (!mp_dict_set((mp_dict_t *)sp[-(int)depth + 1], a, b)) goto error;
            break;
        }
        case MPY_OP_UNPACK_SEQUENCE: {
            uint32_t k = read_u(&ip);
            a = POP();
            if (!mp_op_unpack(a, k, sp + 1)) goto error;
            sp += k;
            break;
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
        case MPY_OP_MAKE_FUNCTION: {
            uint32_t ci = read_u(&ip), flags = read_u(&ip);
            mp_obj_t closure = MP_OBJ_NULL, kwdefs = MP_OBJ_NULL, defs = MP_OBJ_NULL;
            if (flags & MPY_MAKE_CLOSURE) closure = POP();
            if (flags & MPY_MAKE_KWDEFAULTS) kwdefs = POP();
            if (flags & MPY_MAKE_DEFAULTS) defs = POP();
            r = mp_make_function((const mpy_code *)consts[ci], globals, defs, kwdefs, closure);
            CHECK(r);
            PUSH(r);
            break;
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
    size_t at = (size_t)(op_start - code->bytecode);
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
