/* The opcode table, written once: one row per opcode, in encoding order (a
 * row's position is its byte value, so rows are only ever appended). It is
 * an X-macro list: whoever includes this file defines MPY_OPCODE first.
 * mpy_format.h makes `enum mpy_opcode` from it; mpy_opcodes.c makes the
 * mnemonic, operand and stack-effect facts the compiler and the
 * disassembler read (mpy_opcode_lookup, mpy_opcode_stack_effect).
 *
 *   MPY_OPCODE(NAME, LAYOUT, OPERAND, POPS, PUSHES, FLOW)
 *
 * LAYOUT   the operands after the opcode byte (encodings in mpy_format.h):
 *          NONE, U, S, J, or UU (two U operands, `a` then `b`).
 * OPERAND  what the first operand is: PLAIN (a count, depth or flag),
 *          CONST (index into code->consts), NAME (index into code->names),
 *          SLOT (fast slot), BINARY_OP (enum mpy_binary_op, also for
 *          INPLACE), UNARY_OP, COMPARE_OP.
 * POPS, PUSHES  the stack effect: C expressions of the operands `a` and `b`
 *          and of `jump`, which is 1 on the edge a J instruction takes to
 *          its target and 0 where execution goes on with the next one.
 * FLOW     NEXT: execution may go on with the next instruction; STOP: never
 *          (it jumps, returns or raises).
 *
 * The comment of a row draws the stack (before -> after, top rightmost).
 * No include guard: every includer expands the list its own way. */

MPY_OPCODE(NOP, NONE, PLAIN, 0, 0, NEXT)
/* Constants. */
MPY_OPCODE(LOAD_NONE, NONE, PLAIN, 0, 1, NEXT) /* ( -> None) */
MPY_OPCODE(LOAD_FALSE, NONE, PLAIN, 0, 1, NEXT) /* ( -> False) */
MPY_OPCODE(LOAD_TRUE, NONE, PLAIN, 0, 1, NEXT) /* ( -> True) */
MPY_OPCODE(LOAD_SMALL_INT, S, PLAIN, 0, 1, NEXT) /* ( -> int) the value fits a small int on every target (31 bits) */
MPY_OPCODE(LOAD_CONST, U, CONST, 0, 1, NEXT) /* ( -> obj) */
/* Locals (fast slots of the frame) and cells. */
MPY_OPCODE(LOAD_FAST, U, SLOT, 0, 1, NEXT) /* ( -> value) UnboundLocalError if unset */
MPY_OPCODE(STORE_FAST, U, SLOT, 1, 0, NEXT) /* (value -> ) */
MPY_OPCODE(DELETE_FAST, U, SLOT, 0, 0, NEXT) /* ( -> ) */
MPY_OPCODE(LOAD_DEREF, U, SLOT, 0, 1, NEXT) /* ( -> value) the slot holds a cell */
MPY_OPCODE(STORE_DEREF, U, SLOT, 1, 0, NEXT) /* (value -> ) */
MPY_OPCODE(DELETE_DEREF, U, SLOT, 0, 0, NEXT) /* ( -> ) */
/* Globals of the module, and names in class bodies / module top level. */
MPY_OPCODE(LOAD_GLOBAL, U, NAME, 0, 1, NEXT) /* ( -> value) globals, then builtins */
MPY_OPCODE(STORE_GLOBAL, U, NAME, 1, 0, NEXT) /* (value -> ) */
MPY_OPCODE(DELETE_GLOBAL, U, NAME, 0, 0, NEXT) /* ( -> ) */
MPY_OPCODE(LOAD_NAME, U, NAME, 0, 1, NEXT) /* ( -> value) locals dict, globals, builtins */
MPY_OPCODE(STORE_NAME, U, NAME, 1, 0, NEXT) /* (value -> ) */
MPY_OPCODE(DELETE_NAME, U, NAME, 0, 0, NEXT) /* ( -> ) */
/* Attributes and subscripts. */
MPY_OPCODE(LOAD_ATTR, U, NAME, 1, 1, NEXT) /* (obj -> value) */
MPY_OPCODE(STORE_ATTR, U, NAME, 2, 0, NEXT) /* (value obj -> ) */
MPY_OPCODE(DELETE_ATTR, U, NAME, 1, 0, NEXT) /* (obj -> ) */
MPY_OPCODE(LOAD_METHOD, U, NAME, 1, 2, NEXT) /* (obj -> meth self_or_null) */
MPY_OPCODE(LOAD_SUBSCR, NONE, PLAIN, 2, 1, NEXT) /* (obj index -> value) */
MPY_OPCODE(STORE_SUBSCR, NONE, PLAIN, 3, 0, NEXT) /* (value obj index -> ) */
MPY_OPCODE(DELETE_SUBSCR, NONE, PLAIN, 2, 0, NEXT) /* (obj index -> ) */
/* Stack shuffling. */
MPY_OPCODE(POP_TOP, NONE, PLAIN, 1, 0, NEXT) /* (x -> ) */
MPY_OPCODE(DUP_TOP, NONE, PLAIN, 1, 2, NEXT) /* (x -> x x) */
MPY_OPCODE(DUP_TOP_TWO, NONE, PLAIN, 2, 4, NEXT) /* (x y -> x y x y) */
MPY_OPCODE(ROT_TWO, NONE, PLAIN, 2, 2, NEXT) /* (x y -> y x) */
MPY_OPCODE(ROT_THREE, NONE, PLAIN, 3, 3, NEXT) /* (x y z -> z x y) */
/* Operators. */
MPY_OPCODE(BINARY, U, BINARY_OP, 2, 1, NEXT) /* (lhs rhs -> result) */
MPY_OPCODE(INPLACE, U, BINARY_OP, 2, 1, NEXT) /* (lhs rhs -> result) tries __iop__ first */
MPY_OPCODE(UNARY, U, UNARY_OP, 1, 1, NEXT) /* (x -> result) */
MPY_OPCODE(COMPARE, U, COMPARE_OP, 2, 1, NEXT) /* (lhs rhs -> result) */
/* Control flow. */
MPY_OPCODE(JUMP, J, PLAIN, 0, 0, STOP) /* ( -> ) */
MPY_OPCODE(POP_JUMP_IF_FALSE, J, PLAIN, 1, 0, NEXT) /* (x -> ) */
MPY_OPCODE(POP_JUMP_IF_TRUE, J, PLAIN, 1, 0, NEXT) /* (x -> ) */
MPY_OPCODE(JUMP_IF_FALSE_OR_POP, J, PLAIN, 1, jump, NEXT) /* (x -> x) and jump if falsy, else (x -> ) */
MPY_OPCODE(JUMP_IF_TRUE_OR_POP, J, PLAIN, 1, jump, NEXT) /* (x -> x) and jump if truthy, else (x -> ) */
MPY_OPCODE(GET_ITER, NONE, PLAIN, 1, 1, NEXT) /* (iterable -> iterator) */
MPY_OPCODE(FOR_ITER, J, PLAIN, 1, jump ? 0 : 2, NEXT) /* (iter -> iter next), or when exhausted (iter -> ) and jump */
/* Building. */
MPY_OPCODE(BUILD_TUPLE, U, PLAIN, a, 1, NEXT) /* (x1..xa -> tuple) */
MPY_OPCODE(BUILD_LIST, U, PLAIN, a, 1, NEXT) /* (x1..xa -> list) */
MPY_OPCODE(BUILD_MAP, U, PLAIN, 2 * a, 1, NEXT) /* (k1 v1 .. ka va -> dict) */
MPY_OPCODE(BUILD_SET, U, PLAIN, a, 1, NEXT) /* (x1..xa -> set) */
MPY_OPCODE(BUILD_SLICE, U, PLAIN, a, 1, NEXT) /* (lo hi [step] -> slice) a is 2 or 3 */
MPY_OPCODE(LIST_APPEND, U, PLAIN, 1, 0, NEXT) /* (list ... x -> list ...) the list is `a` below x once x is popped */
MPY_OPCODE(SET_ADD, U, PLAIN, 1, 0, NEXT) /* (set ... x -> set ...) placed as for LIST_APPEND */
MPY_OPCODE(MAP_ADD, U, PLAIN, 2, 0, NEXT) /* (dict ... k v -> dict ...) */
MPY_OPCODE(UNPACK_SEQUENCE, U, PLAIN, 1, a, NEXT) /* (seq -> xa .. x1) x1 on top */
/* Calls and functions. */
MPY_OPCODE(CALL, UU, PLAIN, 1 + a + 2 * b, 1, NEXT) /* (f p1..pa k1 v1 .. kb vb -> result) a positional, b keyword
                                                        arguments; keys are str */
MPY_OPCODE(CALL_METHOD, UU, PLAIN, 2 + a + 2 * b, 1, NEXT) /* (meth self_or_null args.. -> result) */
MPY_OPCODE(MAKE_FUNCTION, UU, CONST, MPY_MAKE_VALUES(b), 1, NEXT) /* ([defaults tuple] [kwdefaults dict] [closure
                                                                      tuple] -> func) a: the code's const index, b:
                                                                      enum mpy_make_flags, which values are there */
MPY_OPCODE(RETURN_VALUE, NONE, PLAIN, 1, 0, STOP) /* (x -> ) */
MPY_OPCODE(RAISE, U, PLAIN, a, 0, STOP) /* ([exc [cause]] -> ) a is 0, 1 or 2 */
MPY_OPCODE(IMPORT_NAME, U, NAME, 2, 1, NEXT) /* (fromlist level -> module) */
MPY_OPCODE(IMPORT_FROM, U, NAME, 1, 2, NEXT) /* (module -> module value) */
MPY_OPCODE(LOAD_BUILD_CLASS, NONE, PLAIN, 0, 1, NEXT) /* ( -> __build_class__) */
MPY_OPCODE(YIELD_VALUE, NONE, PLAIN, 1, 1, NEXT) /* (x -> sent) */
MPY_OPCODE(RERAISE, NONE, PLAIN, 1, 0, STOP) /* (exc -> ) raises exc again, keeping its traceback */
/* Format v3: star arguments, starred displays and targets, import *. */
MPY_OPCODE(CALL_EX, U, PLAIN, 2 + a, 1, NEXT) /* (f args_tuple [kwargs_dict] -> result) f(*args, **kwargs), a: has
                                                 kwargs; the dict's keys must be str (TypeError "keywords must be
                                                 strings") */
MPY_OPCODE(LIST_EXTEND, U, PLAIN, 1, 0, NEXT) /* (list ... iterable -> list ...) appends every item, the list placed
                                                 as for LIST_APPEND */
MPY_OPCODE(LIST_TO_TUPLE, NONE, PLAIN, 1, 1, NEXT) /* (list -> tuple) */
MPY_OPCODE(DICT_MERGE, UU, PLAIN, 1, 0, NEXT) /* (dict ... mapping -> dict ...) adds every key of the mapping (a dict,
                                                 or anything with keys() and [ ]), the dict `a` deep as for MAP_ADD;
                                                 when b (for a call) is 1 a key already present raises TypeError "got
                                                 multiple values for keyword argument" and a non-mapping TypeError
                                                 "argument after ** must be a mapping" */
MPY_OPCODE(UNPACK_EX, UU, PLAIN, 1, a + b + 1, NEXT) /* (seq -> x_last .. [middle list] .. x1) x1 on top: `a` items,
                                                         a list of the rest, `b` items; ValueError "not enough values
                                                         to unpack (expected at least N, got M)" */
MPY_OPCODE(IMPORT_STAR, NONE, PLAIN, 1, 0, NEXT) /* (module -> ) binds the module's __all__ names, or else every
                                                    global not starting with '_', in the current namespace */
MPY_OPCODE(YIELD_FROM, NONE, PLAIN, 2, 1, NEXT) /* (iter sent -> result) delegates to iter until it is exhausted: each
                                                   value it yields is yielded by this frame, which resumes at this same
                                                   instruction with the next sent value; `result` is the iterator's
                                                   return value (StopIteration.value). A value thrown into the frame
                                                   goes to the iterator's throw(). */
MPY_OPCODE(GET_AWAITABLE, NONE, PLAIN, 1, 1, NEXT) /* (obj -> iter) what `await obj` delegates to (then LOAD_NONE,
                                                      YIELD_FROM): obj.__await__() when obj has that method, else
                                                      obj's iterator (a coroutine is a generator, its own
                                                      iterator, as in MicroPython); TypeError otherwise */
