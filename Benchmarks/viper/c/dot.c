/* Float (binary64) dot product (the C twin of Benchmarks/viper/dot.py). */
#include "bench.h"

#define SIZE 1000

static double dot(const double *a, const double *b, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

static double (*volatile kernel)(const double *, const double *, int) = dot;
static double a[SIZE], b[SIZE];

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 5000);
    for (int i = 0; i < SIZE; i++) {
        a[i] = (i % 17) * 0.25 - 1.5;
        b[i] = (i % 13) * 0.125 + 0.5;
    }
    double total = 0.0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) {
        a[r % SIZE] = r * 0.5;
        total += kernel(a, b, SIZE);
    }
    double t1 = bench_clock();
    bench_result("dot", n, bench_pymod((int64_t)(total * 1000), 1000000007), (int64_t)(kernel(a, b, SIZE) * 1000));
    bench_work(t1 - t0);
    return 0;
}
