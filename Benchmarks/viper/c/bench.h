/* Shared by the C kernels of the viper harness (Benchmarks/harness/viper.py):
 * each kernel file defines bench_main; host.c (the host: stdio and
 * clock_gettime) or board.c (the ARM boards: semihosting, no clock) supplies
 * main and the few functions below. Numbers are formatted here, so that the
 * boards need no C library. */
#ifndef BENCH_H
#define BENCH_H
#include <stddef.h>
#include <stdint.h>

int bench_main(int argc, char **argv);
void bench_out(const char *s); /* to stdout */
double bench_clock(void); /* seconds (host); 0 on a board */
void bench_work(double seconds); /* `work SECONDS` on stderr (host); nothing on a board */

/* sys.argv[1] as the repeat count, or the default. */
static inline long bench_repeats(int argc, char **argv, long dflt) {
    if (argc < 2) return dflt;
    long n = 0;
    for (const char *p = argv[1]; *p >= '0' && *p <= '9'; p++) n = n * 10 + (*p - '0');
    return n;
}

static inline char *bench_fmt(char *end, int64_t v) {
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    *--end = 0;
    do {
        *--end = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--end = '-';
    return end;
}

/* Prints "NAME N A B\n", as the Python programs do. */
static inline void bench_result(const char *name, int64_t n, int64_t a, int64_t b) {
    char buf[32];
    bench_out(name);
    bench_out(" ");
    bench_out(bench_fmt(buf + sizeof buf, n));
    bench_out(" ");
    bench_out(bench_fmt(buf + sizeof buf, a));
    bench_out(" ");
    bench_out(bench_fmt(buf + sizeof buf, b));
    bench_out("\n");
}

/* Python's x % m for m > 0 (floored). */
static inline int64_t bench_pymod(int64_t x, int64_t m) {
    int64_t r = x % m;
    return r < 0 ? r + m : r;
}

#endif
