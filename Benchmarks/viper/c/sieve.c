/* Sieve of Eratosthenes over a byte array (the C twin of Benchmarks/viper/sieve.py). */
#include "bench.h"

#define SIZE 8192

static int sieve(uint8_t *p, int n) {
    for (int i = 0; i < n; i++) p[i] = 1;
    p[0] = 0;
    p[1] = 0;
    for (int i = 2; i * i < n; i++)
        if (p[i])
            for (int j = i * i; j < n; j += i) p[j] = 0;
    int count = 0;
    for (int i = 0; i < n; i++) count += p[i];
    return count;
}

static int (*volatile kernel)(uint8_t *, int) = sieve;
static uint8_t buf[SIZE];

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 2000);
    int64_t total = 0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) total += kernel(buf, SIZE);
    double t1 = bench_clock();
    bench_result("sieve", n, total, kernel(buf, SIZE));
    bench_work(t1 - t0);
    return 0;
}
