/* Host (x86-64 Linux) port: the heap arena, stdout/stderr through write(2),
 * stdin through read(2) and poll(2), exit, and main(), which runs the program's main module. Options come from
 * the environment so a program's own argv stays its own:
 *   MPY_HEAP=bytes     heap size (default set at build time, MPY_HEAP_SIZE)
 *   MPY_GC_STRESS=1    collect at every allocation */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "mpy/runtime.h"

#ifndef MPY_HEAP_SIZE
#define MPY_HEAP_SIZE (8 * 1024 * 1024)
#endif

static void fd_write(void *ctx, const char *s, size_t n) {
    int fd = (int)(intptr_t)ctx;
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static const mp_print_t out = { fd_write, (void *)1 };
static const mp_print_t err = { fd_write, (void *)2 };

void mp_port_write(int fd, const char *s, size_t n) { fd_write((void *)(intptr_t)fd, s, n); }
void mp_port_exit(int status) { exit(status); }

uint64_t mp_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

int64_t mp_port_time_us(void);
int64_t mp_port_time_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void mp_port_sleep_us(uint64_t us) {
    struct timespec ts = { (time_t)(us / 1000000u), (long)(us % 1000000u) * 1000 };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

mp_int_t mp_port_read_stdin(char *buf, size_t n) {
    for (;;) {
        ssize_t r = read(0, buf, n);
        if (r >= 0) return (mp_int_t)r;
        if (errno != EINTR) return -1;
    }
}

bool mp_port_stdin_wait(uint64_t us) {
    struct pollfd p = { 0, POLLIN, 0 };
    int ms = us > 1000000000u ? 1000000000 : (int)((us + 999) / 1000);
    return poll(&p, 1, ms) > 0;
}

void mp_port_flush(void) {}

int main(int argc, char **argv) {
    char stack_top;
    mp_argc = argc;
    mp_argv = argv;
    size_t heap_size = MPY_HEAP_SIZE;
    const char *h = getenv("MPY_HEAP");
    if (h) heap_size = (size_t)strtoull(h, NULL, 0);
    mp_state.out = &out;
    mp_state.err = &err;
    void *heap = malloc(heap_size);
    if (heap == NULL) {
        mp_print_str(&err, "MemoryError: cannot allocate a heap of ");
        mp_print_int(&err, (mp_int_t)heap_size);
        mp_print_str(&err, " bytes\n");
        return 1;
    }
    /* The Python call depth is bounded by C stack bytes: 2 MiB allows some
     * 5,000 bytecode or 9,000 native frames, well inside the 8 MiB main stack
     * (and keeps a runaway's RecursionError quick in GC stress mode, where
     * every allocation scans the whole stack). */
    mp_runtime_init(heap, heap_size, &stack_top, 2 * 1024 * 1024);
    const char *stress = getenv("MPY_GC_STRESS");
    mp_gc_stress = stress && stress[0] == '1';
    return mp_run_main();
}
