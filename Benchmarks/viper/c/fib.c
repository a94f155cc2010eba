/* Recursive Fibonacci (the C twin of Benchmarks/viper/fib.py). */
#include "bench.h"

#define K 20

static int fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

static int (*volatile kernel)(int) = fib;

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 500);
    int64_t total = 0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) total += kernel(K);
    double t1 = bench_clock();
    bench_result("fib", n, total, kernel(K));
    bench_work(t1 - t0);
    return 0;
}
