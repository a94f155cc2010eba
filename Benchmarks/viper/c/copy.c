/* memcpy-like byte copy (the C twin of Benchmarks/viper/copy.py). */
#include "bench.h"

#define SIZE 4096

static int copy(uint8_t *d, const uint8_t *s, int n, int seed) {
    for (int i = 0; i < n; i++) d[i] = s[i];
    return d[seed & 4095] + d[n - 1];
}

static int (*volatile kernel)(uint8_t *, const uint8_t *, int, int) = copy;
static uint8_t src[SIZE], dst[SIZE];

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 20000);
    uint32_t x = 12345;
    for (int i = 0; i < SIZE; i++) {
        x = (x * 1103515245u + 12345u) & 0x7FFFFFFF;
        src[i] = (uint8_t)(x >> 16);
    }
    int64_t total = 0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) {
        src[r & 4095] = (uint8_t)r;
        total += kernel(dst, src, SIZE, (int)r);
    }
    double t1 = bench_clock();
    bench_result("copy", n, total, kernel(dst, src, SIZE, 7));
    bench_work(t1 - t0);
    return 0;
}
