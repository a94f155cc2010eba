/* CRC-32, bitwise (the C twin of Benchmarks/viper/crc32.py). */
#include "bench.h"

#define SIZE 1024

static int crc32(const uint8_t *p, int n, uint32_t seed) {
    uint32_t crc = 0xFFFFFFFFu ^ seed;
    for (int i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) {
            if (crc & 1)
                crc = (crc >> 1) ^ 0xEDB88320u;
            else
                crc >>= 1;
        }
    }
    return (int)((crc ^ 0xFFFFFFFFu) & 0x3FFFFFFF);
}

/* Called through a volatile pointer, as the Python loop calls a function
 * object: the compiler can neither inline the kernel nor hoist it. */
static int (*volatile kernel)(const uint8_t *, int, uint32_t) = crc32;
static uint8_t buf[SIZE];

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 20000);
    uint32_t x = 12345;
    for (int i = 0; i < SIZE; i++) {
        x = (x * 1103515245u + 12345u) & 0x7FFFFFFF;
        buf[i] = (uint8_t)(x >> 16);
    }
    int64_t total = 0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) total = (total + kernel(buf, SIZE, (uint32_t)r)) & 0x3FFFFFFF;
    double t1 = bench_clock();
    bench_result("crc32", n, total, kernel(buf, SIZE, 0));
    bench_work(t1 - t0);
    return 0;
}
