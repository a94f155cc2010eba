/* The interpreter's state, start-up, and what the port (Targets/) supplies. */
#ifndef MPY_STATE_H
#define MPY_STATE_H

#include "mpy/print.h"

/* Runtime state (one interpreter). */
typedef struct mp_state {
    mp_obj_t exc; /* pending exception, or MP_OBJ_NULL */
    mp_dict_t *builtins;
    mp_dict_t *modules; /* sys.modules */
    const mp_print_t *out; /* stdout */
    const mp_print_t *err; /* stderr */
    char *stack_top; /* for recursion depth and GC stack scanning */
    size_t stack_limit; /* bytes of C stack the program may use */
    mp_obj_t memory_error; /* preallocated MemoryError instance */
    mp_dict_t *globals; /* globals of the running bytecode frame (globals()) */
    struct mp_frame *frame; /* the running bytecode frame (vm.c), its callers linked by `back` */
    mp_obj_t vfs; /* vfs.c: mount table and current directory, made on first use */
} mp_state_t;
extern mp_state_t mp_state;

/* The one C stack budget, for Python calls and every recursion of the
 * runtime (repr, ==, ordering, hash, iterators over iterators...): false,
 * with RecursionError pending, once the stack below stack_top has grown
 * past stack_limit bytes. One compare on the fast path. */
bool mp_stack_exhausted(void);
static inline bool mp_stack_check(void) {
    char probe;
    if ((size_t)(mp_state.stack_top - &probe) <= mp_state.stack_limit) return true;
    return mp_stack_exhausted();
}

/* Start-up and the program's main module (runtime.c). */
void mp_runtime_init(void *heap, size_t heap_size, char *stack_top, size_t stack_limit);
int mp_run_main(void); /* exit status */

/* The port supplies these. */
void mp_port_write(int fd, const char *s, size_t n);
void mp_port_exit(int status) __attribute__((noreturn));
uint64_t mp_port_ticks_us(void); /* monotonic microseconds */
void mp_port_sleep_us(uint64_t us);
/* stdin (stdio.c): up to n bytes (a single read: fewer when fewer are
 * there), 0 at the end of input, -1 on an error. */
mp_int_t mp_port_read_stdin(char *buf, size_t n);
/* Waits up to `us` microseconds (0: only looks) for stdin to be readable
 * (data or its end); true when it is. A port that cannot tell says true. */
bool mp_port_stdin_wait(uint64_t us);
/* Writes out what stdout holds back (the boards buffer it by line). */
void mp_port_flush(void);

#endif
