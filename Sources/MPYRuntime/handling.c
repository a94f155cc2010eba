/* Implicit exception chaining: which exception a bytecode frame is
 * handling, and __context__ set on a new exception from it, as CPython.
 *
 * A frame is handling an exception while it runs the code of the handler
 * (except clauses, the exception path of finally, the exit call of with)
 * that caught it. The compiler lays every handler out as
 *
 *     [protected body, exception table entries -> X] ... JUMP E
 *   X: STORE_FAST $exc  ...handler code...
 *   E:
 *
 * so [X, E) is the handler's code: E is the target of the jump that ends
 * the straight-line code after the protected body. When that jump is
 * absent (the body never completes normally) the region is unknown and
 * the frame records nothing: chaining is left out rather than guessed.
 * The VM drops a record as soon as execution leaves its region.
 * (An explicit region end in the exception table would make this exact
 * for every layout.) */
#include "mpy/runtime.h"

/* The instruction after the one at p (operand layouts of mpy_format.h). */
static const uint8_t *next_instr(const uint8_t *p) {
    uint8_t op = *p++;
    int varints = 0;
    switch (op) {
    case MPY_OP_JUMP: case MPY_OP_POP_JUMP_IF_FALSE: case MPY_OP_POP_JUMP_IF_TRUE:
    case MPY_OP_JUMP_IF_FALSE_OR_POP: case MPY_OP_JUMP_IF_TRUE_OR_POP: case MPY_OP_FOR_ITER:
        return p + 2;
    case MPY_OP_CALL: case MPY_OP_CALL_METHOD: case MPY_OP_MAKE_FUNCTION: case MPY_OP_DICT_MERGE:
    case MPY_OP_UNPACK_EX:
        varints = 2;
        break;
    case MPY_OP_NOP: case MPY_OP_LOAD_NONE: case MPY_OP_LOAD_FALSE: case MPY_OP_LOAD_TRUE:
    case MPY_OP_LOAD_SUBSCR: case MPY_OP_STORE_SUBSCR: case MPY_OP_DELETE_SUBSCR: case MPY_OP_POP_TOP:
    case MPY_OP_DUP_TOP: case MPY_OP_DUP_TOP_TWO: case MPY_OP_ROT_TWO: case MPY_OP_ROT_THREE:
    case MPY_OP_GET_ITER: case MPY_OP_RETURN_VALUE: case MPY_OP_LOAD_BUILD_CLASS: case MPY_OP_YIELD_VALUE:
    case MPY_OP_RERAISE: case MPY_OP_LIST_TO_TUPLE: case MPY_OP_IMPORT_STAR: case MPY_OP_YIELD_FROM:
        varints = 0;
        break;
    default:
        varints = 1;
        break;
    }
    while (varints-- > 0) while (*p++ & 0x80) {}
    return p;
}

static uint32_t read_varint(const uint8_t **pp) {
    uint32_t v = 0;
    unsigned shift = 0;
    uint8_t byte;
    do { byte = *(*pp)++; v |= (uint32_t)(byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return v;
}

static bool is_jump(uint8_t op) {
    return op == MPY_OP_JUMP || op == MPY_OP_POP_JUMP_IF_FALSE || op == MPY_OP_POP_JUMP_IF_TRUE ||
           op == MPY_OP_JUMP_IF_FALSE_OR_POP || op == MPY_OP_JUMP_IF_TRUE_OR_POP || op == MPY_OP_FOR_ITER;
}

static int16_t jump_offset(const uint8_t *p) { return (int16_t)(p[1] | (p[2] << 8)); }

/* Without that jump, a handler is known only when it is straight-line
 * code running to the end of the code object that nothing else enters:
 * no jump anywhere leads into or past it and no other handler follows. */
static bool tail_handler(const mpy_code *code, uint32_t handler, uint32_t *end) {
    const uint8_t *bc = code->bytecode, *p = bc;
    while (p < bc + code->bytecode_len) {
        if (is_jump(*p) && p + 3 + jump_offset(p) > bc + handler) return false;
        p = next_instr(p);
    }
    const uint8_t *t = code->exc_table;
    for (uint32_t k = 0; k < 4u * code->n_exc_entries; k++)
        if (read_varint(&t) > handler && k % 4 == 2) return false;
    *end = code->bytecode_len;
    return true;
}

bool mp_handler_region(const mpy_code *code, uint32_t handler, uint32_t *end) {
    const uint8_t *bc = code->bytecode;
    if (handler >= code->bytecode_len || bc[handler] != MPY_OP_STORE_FAST) return false;
    /* The protected code ends at the last entry for this handler before it. */
    uint32_t body_end = 0;
    bool found = false;
    const uint8_t *t = code->exc_table;
    for (uint16_t e = 0; e < code->n_exc_entries; e++) {
        read_varint(&t);
        uint32_t en = read_varint(&t), h = read_varint(&t);
        read_varint(&t);
        if (h == handler && en <= handler && (!found || en > body_end)) { body_end = en; found = true; }
    }
    if (!found) return false;
    const uint8_t *p = bc + body_end, *last = NULL;
    while (p < bc + handler) { last = p; p = next_instr(p); }
    if (p != bc + handler) return false;
    if (last == NULL || *last != MPY_OP_JUMP) return tail_handler(code, handler, end);
    int16_t d = jump_offset(last);
    if (d <= 0 || handler + (uint32_t)d > code->bytecode_len) return false;
    uint32_t e = handler + (uint32_t)d;
    /* E must be where the handler code ends, not the exit of a loop that
     * the protected body leaves by `break`: the code before a loop exit
     * is the jump back to the loop's start. */
    p = bc + handler;
    while (p < bc + e) { last = p; p = next_instr(p); }
    if (p != bc + e || (is_jump(*last) && jump_offset(last) < 0)) return false;
    *end = e;
    return true;
}

bool mp_handling_push(mp_handling_t **top, mp_obj_t exc, uint32_t start, uint32_t end) {
    mp_handling_t *h = mp_alloc(sizeof *h);
    if (h == NULL) return false;
    h->outer = *top;
    h->exc = exc;
    h->start = start;
    h->end = end;
    *top = h;
    return true;
}

void mp_handling_trim(mp_handling_t **top, uint32_t offset) {
    while (*top != NULL && (offset < (*top)->start || offset >= (*top)->end)) *top = (*top)->outer;
}

/* exc is raised while `handled` is being handled: handled becomes its
 * __context__, first cutting exc out of handled's own context chain so
 * that no cycle forms. */
void mp_exception_set_context(mp_obj_t exc, mp_obj_t handled) {
    if (handled == MP_OBJ_NULL || handled == exc || exc == mp_state.memory_error) return;
    for (mp_exception_t *o = (mp_exception_t *)handled; o->context != MP_NONE; o = (mp_exception_t *)o->context) {
        if (o->context == exc) { o->context = MP_NONE; break; }
    }
    ((mp_exception_t *)exc)->context = handled;
}
