/* Implicit exception chaining: which exception a bytecode frame is
 * handling, and __context__ set on a new exception from it, as CPython.
 *
 * A frame is handling an exception while it runs the code of the handler
 * (except clauses, the exception path of finally, the exit call of with)
 * that caught it. Each exception table entry gives that code's exact range
 * [handler, handler_end) (mpy_format.h): the VM records the exception with
 * the range when it enters the handler and drops the record as soon as
 * execution leaves the range. */
#include "mpy/runtime.h"

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
        if (o->context == exc) {
            o->context = MP_NONE;
            break;
        }
    }
    ((mp_exception_t *)exc)->context = handled;
}
