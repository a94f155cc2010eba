/* The contract between the compiler and the runtime: bytecode opcodes and
 * their operands, code-object flags, and the layout of the read-only data a
 * compiled module image holds. Included by the C runtime and imported by the
 * Swift compiler (module CMPYFormat), so both sides share one definition.
 *
 * Encoding of an instruction: one opcode byte, then its operands in order.
 *   U  unsigned varint: 7 bits per byte, least significant group first,
 *      high bit set on every byte but the last.
 *   S  signed varint: zigzag-encoded ((n << 1) ^ (n >> 63)) then as U.
 *   J  jump: 2 bytes, little-endian signed offset relative to the end of
 *      the instruction.
 * The stack effect of each opcode is given as (pops -> pushes).
 */
#ifndef MPY_FORMAT_H
#define MPY_FORMAT_H

#include <stdint.h>

#define MPY_FORMAT_VERSION 6

enum mpy_opcode {
    MPY_OP_NOP = 0,
    /* Constants. */
    MPY_OP_LOAD_NONE, /* ( -> None) */
    MPY_OP_LOAD_FALSE, /* ( -> False) */
    MPY_OP_LOAD_TRUE, /* ( -> True) */
    MPY_OP_LOAD_SMALL_INT, /* S value ( -> int) value fits a small int on every target (31 bits) */
    MPY_OP_LOAD_CONST, /* U index into code->consts ( -> obj) */
    /* Locals (fast slots of the frame) and cells. */
    MPY_OP_LOAD_FAST, /* U slot ( -> value) UnboundLocalError if unset */
    MPY_OP_STORE_FAST, /* U slot (value -> ) */
    MPY_OP_DELETE_FAST, /* U slot ( -> ) */
    MPY_OP_LOAD_DEREF, /* U slot ( -> value) slot holds a cell */
    MPY_OP_STORE_DEREF, /* U slot (value -> ) */
    MPY_OP_DELETE_DEREF, /* U slot ( -> ) */
    /* Globals of the module, and names in class bodies / module top level. */
    MPY_OP_LOAD_GLOBAL, /* U name index ( -> value) globals, then builtins */
    MPY_OP_STORE_GLOBAL, /* U name (value -> ) */
    MPY_OP_DELETE_GLOBAL, /* U name ( -> ) */
    MPY_OP_LOAD_NAME, /* U name ( -> value) locals dict, globals, builtins */
    MPY_OP_STORE_NAME, /* U name (value -> ) */
    MPY_OP_DELETE_NAME, /* U name ( -> ) */
    /* Attributes and subscripts. */
    MPY_OP_LOAD_ATTR, /* U name (obj -> value) */
    MPY_OP_STORE_ATTR, /* U name (value obj -> ) */
    MPY_OP_DELETE_ATTR, /* U name (obj -> ) */
    MPY_OP_LOAD_METHOD, /* U name (obj -> meth self_or_null) */
    MPY_OP_LOAD_SUBSCR, /* (obj index -> value) */
    MPY_OP_STORE_SUBSCR, /* (value obj index -> ) */
    MPY_OP_DELETE_SUBSCR, /* (obj index -> ) */
    /* Stack shuffling. */
    MPY_OP_POP_TOP, /* (x -> ) */
    MPY_OP_DUP_TOP, /* (x -> x x) */
    MPY_OP_DUP_TOP_TWO, /* (x y -> x y x y) */
    MPY_OP_ROT_TWO, /* (x y -> y x) */
    MPY_OP_ROT_THREE, /* (x y z -> z x y) */
    /* Operators: operand is an enum mpy_binary_op / mpy_unary_op / mpy_compare_op. */
    MPY_OP_BINARY, /* U op (lhs rhs -> result) */
    MPY_OP_INPLACE, /* U op (lhs rhs -> result) tries __iop__ first */
    MPY_OP_UNARY, /* U op (x -> result) */
    MPY_OP_COMPARE, /* U op (lhs rhs -> result) */
    /* Control flow. */
    MPY_OP_JUMP, /* J ( -> ) */
    MPY_OP_POP_JUMP_IF_FALSE, /* J (x -> ) */
    MPY_OP_POP_JUMP_IF_TRUE, /* J (x -> ) */
    MPY_OP_JUMP_IF_FALSE_OR_POP, /* J (x -> x) if falsy, else (x -> ) */
    MPY_OP_JUMP_IF_TRUE_OR_POP, /* J (x -> x) if truthy, else (x -> ) */
    MPY_OP_GET_ITER, /* (iterable -> iterator) */
    MPY_OP_FOR_ITER, /* J (iter -> iter next) or, when exhausted, (iter -> ) and jump */
    /* Building. */
    MPY_OP_BUILD_TUPLE, /* U n (x1..xn -> tuple) */
    MPY_OP_BUILD_LIST, /* U n (x1..xn -> list) */
    MPY_OP_BUILD_MAP, /* U n (k1 v1 .. kn vn -> dict) */
    MPY_OP_BUILD_SET, /* U n (x1..xn -> set) */
    MPY_OP_BUILD_SLICE, /* U n=2|3 (lo hi [step] -> slice) */
    MPY_OP_LIST_APPEND, /* U depth (list ... x -> list ...) list is `depth` below x after pop */
    MPY_OP_SET_ADD, /* U depth */
    MPY_OP_MAP_ADD, /* U depth (dict ... k v -> dict ...) */
    MPY_OP_UNPACK_SEQUENCE, /* U n (seq -> xn .. x1) x1 on top */
    /* Calls and functions. */
    MPY_OP_CALL, /* U npos U nkw (f a1..anpos k1 v1 .. knkw vnkw -> result) keys are str */
    MPY_OP_CALL_METHOD, /* U npos U nkw (meth self_or_null args.. -> result) */
    MPY_OP_MAKE_FUNCTION, /* U code const index, U flags (mpy_make_flags) ([defaults tuple] [kwdefaults dict] [closure tuple] -> func) */
    MPY_OP_RETURN_VALUE, /* (x -> ) */
    MPY_OP_RAISE, /* U n=0|1|2 ([exc [cause]] -> ) */
    MPY_OP_IMPORT_NAME, /* U name (fromlist level -> module) */
    MPY_OP_IMPORT_FROM, /* U name (module -> module value) */
    MPY_OP_LOAD_BUILD_CLASS, /* ( -> __build_class__) */
    MPY_OP_YIELD_VALUE, /* (x -> sent) */
    MPY_OP_RERAISE, /* (exc -> ) raises exc again, keeping its traceback */
    /* Format v3: star arguments, starred displays and targets, import *. */
    MPY_OP_CALL_EX, /* U has_kwargs (f args_tuple [kwargs_dict] -> result) f(*args, **kwargs);
                                   the dict's keys must be str (TypeError "keywords must be strings") */
    MPY_OP_LIST_EXTEND, /* U depth (list ... iterable -> list ...) appends every item, list placed as for LIST_APPEND */
    MPY_OP_LIST_TO_TUPLE, /* (list -> tuple) */
    MPY_OP_DICT_MERGE, /* U depth U for_call (dict ... mapping -> dict ...) adds every key of the mapping
                                   (a dict, or anything with keys() and [ ]), dict placed as for MAP_ADD; when
                                   for_call is 1 a key already present raises TypeError "got multiple values for
                                   keyword argument" and a non-mapping TypeError "argument after ** must be a mapping" */
    MPY_OP_UNPACK_EX, /* U before U after (seq -> x_last .. [middle list] .. x1) x1 on top: `before`
                                   items, a list of the rest, `after` items; ValueError "not enough values to
                                   unpack (expected at least N, got M)" */
    MPY_OP_IMPORT_STAR, /* (module -> ) binds the module's __all__ names, or else every global not
                                   starting with '_', in the current namespace */
    MPY_OP_YIELD_FROM, /* (iter sent -> result) delegates to iter until it is exhausted: each value it
                                   yields is yielded by this frame, which resumes at this same instruction with the
                                   next sent value; `result` is the iterator's return value (StopIteration.value).
                                   A value thrown into the frame goes to the iterator's throw(). */
    MPY_OP_COUNT
};

/* Operand of MPY_OP_BINARY and MPY_OP_INPLACE. */
enum mpy_binary_op {
    MPY_BINARY_ADD = 0,
    MPY_BINARY_SUB,
    MPY_BINARY_MUL,
    MPY_BINARY_MATMUL,
    MPY_BINARY_TRUEDIV,
    MPY_BINARY_FLOORDIV,
    MPY_BINARY_MOD,
    MPY_BINARY_POW,
    MPY_BINARY_LSHIFT,
    MPY_BINARY_RSHIFT,
    MPY_BINARY_OR,
    MPY_BINARY_XOR,
    MPY_BINARY_AND,
    MPY_BINARY_COUNT
};

/* Operand of MPY_OP_UNARY. `not` is MPY_UNARY_NOT. */
enum mpy_unary_op { MPY_UNARY_POSITIVE = 0, MPY_UNARY_NEGATIVE, MPY_UNARY_INVERT, MPY_UNARY_NOT, MPY_UNARY_COUNT };

/* Operand of MPY_OP_COMPARE. */
enum mpy_compare_op {
    MPY_COMPARE_LT = 0,
    MPY_COMPARE_LE,
    MPY_COMPARE_EQ,
    MPY_COMPARE_NE,
    MPY_COMPARE_GT,
    MPY_COMPARE_GE,
    MPY_COMPARE_IN,
    MPY_COMPARE_NOT_IN,
    MPY_COMPARE_IS,
    MPY_COMPARE_IS_NOT,
    MPY_COMPARE_EXC_MATCH, /* (exc type_or_tuple -> bool) does `except type` catch exc */
    MPY_COMPARE_COUNT
};

/* Operand flags of MPY_OP_MAKE_FUNCTION: which optional values are on the stack. */
enum mpy_make_flags {
    MPY_MAKE_DEFAULTS = 1, /* a tuple of positional defaults */
    MPY_MAKE_KWDEFAULTS = 2, /* a dict of keyword-only defaults */
    MPY_MAKE_CLOSURE = 4, /* a tuple of cells */
};

/* mpy_code.flags */
enum mpy_code_flags {
    MPY_CODE_VARARGS = 1, /* has *args */
    MPY_CODE_VARKEYWORDS = 2, /* has **kwargs */
    MPY_CODE_GENERATOR = 4,
    MPY_CODE_MODULE = 8, /* module top level: names go to the globals dict */
    MPY_CODE_CLASS_BODY = 16, /* class body: LOAD_NAME/STORE_NAME use the class namespace */
};

/* A compiled function, class body or module body, in read-only data.
 * Word is the target's pointer size; an `mpy_word` holds an object
 * reference (a tagged small int, or the address of an object). */
typedef uintptr_t mpy_word;

typedef struct mpy_code {
    const mpy_word *consts; /* constant pool: objects (small ints tagged) and nested code objects */
    const mpy_word *names; /* interned str objects: globals, attributes, keyword names */
    const uint8_t *bytecode;
    const uint8_t *line_table; /* pairs (U bytecode delta, S line delta), ended by (0, 0) */
    mpy_word name; /* str: function name */
    mpy_word file; /* str: source file name */
    uint32_t bytecode_len;
    uint16_t n_consts;
    uint16_t n_names;
    uint16_t n_locals; /* fast slots, parameters first */
    uint16_t n_cells; /* slots n_locals .. n_locals+n_cells-1 hold cells */
    uint16_t n_free; /* closure cells, after the own cells */
    uint16_t max_stack;
    uint16_t n_pos_args; /* positional parameters (including positional-only) */
    uint16_t n_kwonly_args;
    uint16_t n_posonly_args; /* the first n_posonly_args positional ones are positional-only */
    uint16_t first_line;
    uint16_t flags; /* enum mpy_code_flags */
    const mpy_word *arg_names; /* str objects: positional then keyword-only parameter names */
    const uint16_t *cell_args; /* for each own cell: the parameter slot it is initialised from, or 0xFFFF */
    const uint8_t *exc_table; /* exception handlers, see below (NULL when none) */
    uint16_t n_exc_entries;
    /* Format v5: the entry of the code object's native (LLVM-compiled)
     * machine code, or NULL to interpret the bytecode. Its C type and calling
     * convention are the runtime's (mpy_native_fn in mpy/native.h). */
    const void *native;
} mpy_code;

/* Exception table (zero cost: nothing runs on entry to a `try`).
 * n_exc_entries entries of five U varints each:
 *   start, end   bytecode range [start, end) the handler covers
 *   handler      offset of the handler code
 *   depth        value-stack depth to restore before entering the handler
 *   handler_end  (v6) end of the handler code: [handler, handler_end) is all
 *                of it (the except clauses through the RERAISE of the
 *                no-match path; the exception path of a finally body or of
 *                a with statement's exit call through its RERAISE)
 * When an instruction at offset o raises, the first entry (in table order)
 * with start <= o < end is taken: the value stack is cut to `depth`, the
 * exception object is pushed, and execution continues at `handler`. Inner
 * handlers must therefore come before the entries of enclosing ones. With no
 * matching entry the exception propagates to the caller. While execution
 * stays in [handler, handler_end) the frame is handling that exception: one
 * raised there gets it as __context__ (implicit chaining). */

/* A module image: what `import` finds in the program's module table. */
typedef struct mpy_module_image {
    mpy_word name; /* str: dotted module name */
    const mpy_code *code; /* module body */
} mpy_module_image;

#endif
