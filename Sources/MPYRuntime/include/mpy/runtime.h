/* The runtime's C API, whole: includes the header of every concern. Code
 * compiled by mpy-native, the ports (Targets/) and the runtime's own files
 * include this one.
 *
 * Error convention: a call that can fail returns MP_OBJ_NULL (or false)
 * and leaves the exception in mp_state.exc; the caller propagates it by
 * returning its own failure value. There is no setjmp/longjmp anywhere, so
 * native code can keep values in registers across calls.
 *
 *   obj.h         the object representation: words, immediates, object layouts
 *   print.h       output targets and printing objects
 *   strbuilder.h  the one growable string
 *   type.h        type objects, method tables, the built-in types
 *   gc.h          the heap
 *   exc.h         exception types, raising, tracebacks, chaining
 *   ops.h         operators, attributes, iteration, calls, running bytecode
 *   number.h      int, float, numeric hashing
 *   objects.h     str, bytes, tuple, list, dict, set, slice, cell, functions
 *   sequence.h    what tuple, list and range share
 *   arg.h         checked conversion of built-ins' arguments
 *   class.h       classes, MRO, instances, descriptors
 *   module.h      modules, import, the built-in modules
 *   state.h       the interpreter state, start-up, the port
 */
#ifndef MPY_RUNTIME_H
#define MPY_RUNTIME_H

#include "mpy/obj.h"
#include "mpy/print.h"
#include "mpy/strbuilder.h"
#include "mpy/type.h"
#include "mpy/gc.h"
#include "mpy/exc.h"
#include "mpy/ops.h"
#include "mpy/number.h"
#include "mpy/objects.h"
#include "mpy/sequence.h"
#include "mpy/arg.h"
#include "mpy/class.h"
#include "mpy/module.h"
#include "mpy/state.h"

#endif
