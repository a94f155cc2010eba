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
 * The opcodes themselves, with operand layout and stack effect, are the
 * table in mpy_opcodes.h.
 */
#ifndef MPY_FORMAT_H
#define MPY_FORMAT_H

#include <stdint.h>

#define MPY_FORMAT_VERSION 7

/* The opcodes, their operands and stack effects: the table in mpy_opcodes.h. */
enum mpy_opcode {
#define MPY_OPCODE(name, layout, operand, pops, pushes, flow) MPY_OP_##name,
#include "mpy_opcodes.h"
#undef MPY_OPCODE
    MPY_OP_COUNT
};

/* The columns of the opcode table, as mpy_opcode_lookup gives them. */
enum mpy_operand_layout { MPY_LAYOUT_NONE = 0, MPY_LAYOUT_U, MPY_LAYOUT_S, MPY_LAYOUT_J, MPY_LAYOUT_UU };
enum mpy_operand_kind {
    MPY_OPERAND_PLAIN = 0,
    MPY_OPERAND_CONST,
    MPY_OPERAND_NAME,
    MPY_OPERAND_SLOT,
    MPY_OPERAND_BINARY_OP,
    MPY_OPERAND_UNARY_OP,
    MPY_OPERAND_COMPARE_OP
};

struct mpy_opcode_info {
    const char *name; /* mnemonic: the enum name without MPY_OP_ */
    uint8_t layout; /* enum mpy_operand_layout */
    uint8_t operand; /* enum mpy_operand_kind of the first operand */
    uint8_t stops; /* 1: execution never goes on with the next instruction */
};

/* For the compiler and its tools (mpy_opcodes.c, compiled in the compiler,
 * not in the runtime): the row of opcode `op`, or NULL for a byte that is
 * no opcode; and its stack effect with operands a and b on the fall-through
 * edge (jump 0) or on the edge to a J instruction's target (jump 1).
 * mpy_opcode_stack_effect returns 0 for a byte that is no opcode. */
const struct mpy_opcode_info *mpy_opcode_lookup(unsigned op);
int mpy_opcode_stack_effect(unsigned op, int64_t a, int64_t b, int jump, int *pops, int *pushes);

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

/* How many of those values MAKE_FUNCTION pops for its flags operand. */
#define MPY_MAKE_VALUES(flags) \
    (((flags) & MPY_MAKE_DEFAULTS ? 1 : 0) + ((flags) & MPY_MAKE_KWDEFAULTS ? 1 : 0) + \
        ((flags) & MPY_MAKE_CLOSURE ? 1 : 0))

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
    /* constant pool: objects (small ints tagged) and nested code objects; the
     * objects are the runtime's layouts in read-only data: str, bytes, float
     * { type, double }, complex { type, double real, double imag } (an
     * imaginary literal: real 0.0), big int, tuple */
    const mpy_word *consts;
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
    /* Format v7: the bytecode interpreter's inline caches, in RAM (zero at
     * start; the only part of a module image that is written): n_caches
     * records of MPY_CACHE_WORDS words each, one per name index below
     * n_caches. The compiler numbers the names that LOAD_GLOBAL, STORE_GLOBAL,
     * LOAD_NAME, STORE_NAME (global role) and LOAD_ATTR, LOAD_METHOD,
     * STORE_ATTR (attribute role) use first, and gives a name used in both
     * roles one index per role, so every record serves one role: all the
     * sites of one name in one role share it. NULL when n_caches is 0. */
    void *caches;
    uint16_t n_caches;
} mpy_code;

/* Words in one cache record of mpy_code.caches (the runtime's mp_vm_cache_t). */
#define MPY_CACHE_WORDS 5

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
