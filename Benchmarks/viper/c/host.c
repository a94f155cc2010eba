/* The host side of the C kernels: main, stdout, the monotonic clock. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <time.h>
#include "bench.h"

void bench_out(const char *s) { fputs(s, stdout); }

double bench_clock(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void bench_work(double seconds) { fprintf(stderr, "work %.6f\n", seconds); }

int main(int argc, char **argv) { return bench_main(argc, argv); }
