/* The opcode table of mpy_opcodes.h as data and code for the compiler, its
 * disassembler and its tests (the Swift side reads the table through these
 * two functions instead of restating it). The runtime does not need it:
 * its interpreter switches on the enum. */
#include "mpy_format.h"

#include <stddef.h>

#define NEXT 0
#define STOP 1

static const struct mpy_opcode_info opcode_table[MPY_OP_COUNT] = {
#define MPY_OPCODE(name, layout, operand, pops, pushes, flow) \
    { #name, MPY_LAYOUT_##layout, MPY_OPERAND_##operand, flow },
#include "mpy_opcodes.h"
#undef MPY_OPCODE
};

const struct mpy_opcode_info *mpy_opcode_lookup(unsigned op) { return op < MPY_OP_COUNT ? &opcode_table[op] : NULL; }

int mpy_opcode_stack_effect(unsigned op, int64_t a, int64_t b, int jump, int *pops, int *pushes) {
    (void)a;
    (void)b;
    (void)jump;
    switch (op) {
#define MPY_OPCODE(name, layout, operand, pop_count, push_count, flow) \
    case MPY_OP_##name: \
        *pops = (int)(pop_count); \
        *pushes = (int)(push_count); \
        return 1;
#include "mpy_opcodes.h"
#undef MPY_OPCODE
    default: return 0;
    }
}
