/* Exceptions: the built-in exception types, raising (the pending-exception
 * convention: a failing call returns MP_OBJ_NULL or false and leaves the
 * exception in mp_state.exc), tracebacks, implicit chaining and printing
 * an uncaught exception. */
#ifndef MPY_EXC_H
#define MPY_EXC_H

#include "mpy/type.h"

extern const mp_type_t mp_type_BaseException, mp_type_Exception, mp_type_SystemExit, mp_type_KeyboardInterrupt,
    mp_type_GeneratorExit, mp_type_StopIteration, mp_type_StopAsyncIteration, mp_type_ArithmeticError,
    mp_type_OverflowError, mp_type_ZeroDivisionError, mp_type_AssertionError, mp_type_AttributeError,
    mp_type_ImportError, mp_type_LookupError, mp_type_IndexError, mp_type_KeyError, mp_type_MemoryError,
    mp_type_NameError, mp_type_UnboundLocalError, mp_type_RuntimeError, mp_type_NotImplementedError,
    mp_type_RecursionError, mp_type_TypeError, mp_type_ValueError, mp_type_UnicodeError, mp_type_UnicodeDecodeError,
    mp_type_UnicodeEncodeError, mp_type_OSError, mp_type_EOFError, mp_type_SyntaxError, mp_type_IndentationError;

/* The slots every exception type shares (objexcept.c), and an exception
 * type of a module as a static object: `static const MP_EXC_TYPE(c_name,
 * "Name", &mp_type_ValueError);` (re.error, struct.error, ...). */
bool mp_exc_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind);
mp_obj_t mp_exc_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw);
mp_obj_t mp_exc_attr(mp_obj_t self, mp_obj_t name);
#define MP_EXC_TYPE(CNAME, NAME, PARENT) \
    mp_type_t CNAME = { .base = { &mp_type_type }, \
        .name = NAME, \
        .parent = PARENT, \
        .flags = MP_TYPE_FLAG_EXCEPTION | MP_TYPE_FLAG_BASETYPE, \
        .print = mp_exc_print, \
        .make_new = mp_exc_make_new, \
        .attr = mp_exc_attr }

mp_obj_t mp_raise(mp_obj_t exc); /* sets pending, returns NULL */
mp_obj_t mp_raise_msg(const mp_type_t *type, const char *msg);
mp_obj_t mp_raise_fmt(const mp_type_t *type, const char *fmt, ...);
mp_obj_t mp_exception_new(const mp_type_t *type, size_t n, const mp_obj_t *args);
mp_obj_t mp_exception_matches(mp_obj_t exc, mp_obj_t type_or_tuple); /* `except` test */
void mp_traceback_add(mp_obj_t file, int line, mp_obj_t function);
void mp_print_exception(const mp_print_t *out, mp_obj_t exc);

/* Implicit chaining (handling.c): the exceptions a frame's handlers are
 * handling, innermost first, each with its handler's code [start, end). */
typedef struct mp_handling {
    struct mp_handling *outer;
    mp_obj_t exc;
    uint32_t start, end;
} mp_handling_t;
bool mp_handling_push(mp_handling_t **top, mp_obj_t exc, uint32_t start, uint32_t end);
void mp_handling_trim(mp_handling_t **top, uint32_t offset); /* drops records not containing offset */
void mp_exception_set_context(mp_obj_t exc, mp_obj_t handled);

#endif
