/* xorshift32 folded into FNV-1a (the C twin of Benchmarks/viper/hash.py). */
#include "bench.h"

#define STEPS 4096

static int hash(int n, uint32_t seed) {
    uint32_t x = 2463534242u ^ seed;
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        h = (h ^ (x & 0xFF)) * 16777619u;
    }
    return (int)(h & 0x3FFFFFFF);
}

static int (*volatile kernel)(int, uint32_t) = hash;

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 20000);
    int64_t total = 0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) total = (total + kernel(STEPS, (uint32_t)r)) & 0x3FFFFFFF;
    double t1 = bench_clock();
    bench_result("hash", n, total, kernel(STEPS, 0));
    bench_work(t1 - t0);
    return 0;
}
