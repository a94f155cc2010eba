/* Start-up: the runtime state, initialisation, and running the main
 * module with MicroPython's exit behaviour (traceback on stderr and status
 * 1, SystemExit's code). */
#include "mpy/runtime.h"

mp_state_t mp_state;

bool mp_stack_exhausted(void) {
    mp_raise_msg(&mp_type_RecursionError, "maximum recursion depth exceeded");
    return false;
}

/* The smallest heap the runtime starts in: start-up allocates the builtins
 * dict and its names, sys.modules and the MemoryError (11,344 bytes on
 * x86-64, 7,456 on the boards, measured with mp_gc_used_bytes() after
 * start-up), plus the allocation table, rounded up with room for a small
 * program. A smaller heap is refused before anything is allocated;
 * start-up checks its allocations too, in case it grows. */
#define START_HEAP (sizeof(mp_obj_t) == 8 ? 16384 : 12288)

static void too_small(size_t heap_size) {
    mp_print_str(mp_state.err, "MemoryError: heap of ");
    mp_print_int(mp_state.err, (mp_int_t)heap_size);
    mp_print_str(mp_state.err, " bytes is too small to start (needs at least ");
    mp_print_int(mp_state.err, (mp_int_t)START_HEAP);
    mp_print_str(mp_state.err, ")\n");
    mp_port_exit(1);
}

void mp_runtime_init(void *heap, size_t heap_size, char *stack_top, size_t stack_limit) {
    if (heap_size < START_HEAP) too_small(heap_size);
    mp_gc_init(heap, heap_size);
    mp_state.stack_top = stack_top;
    mp_state.stack_limit = stack_limit;
    /* Made before anything can run out of memory. */
    mp_state.memory_error = mp_exception_new(&mp_type_MemoryError, 0, NULL);
    if (mp_state.memory_error == MP_OBJ_NULL) too_small(heap_size);
    mp_state.modules = mp_dict_new(8);
    if (mp_state.modules == NULL) too_small(heap_size);
    mp_builtins_init();
    if (mp_state.exc != MP_OBJ_NULL) too_small(heap_size);
}

int mp_run_main(void) {
    mp_obj_t module;
    mp_obj_t r = mp_run_module(mpy_main_module, &module);
    if (r != MP_OBJ_NULL) return 0;
    mp_obj_t exc = mp_state.exc;
    mp_state.exc = MP_OBJ_NULL;
    if (mp_is_instance_of_type(exc, &mp_type_SystemExit)) {
        const mp_tuple_t *args = (const mp_tuple_t *)((const mp_exception_t *)exc)->args;
        if (args->len == 0 || args->items[0] == MP_NONE) return 0;
        if (mp_is_small_int(args->items[0])) return (int)mp_small_int_value(args->items[0]);
        mp_print_obj(mp_state.err, args->items[0], MP_PRINT_STR);
        mp_print_str(mp_state.err, "\n");
        return 1;
    }
    mp_print_exception(mp_state.err, exc);
    return 1;
}
