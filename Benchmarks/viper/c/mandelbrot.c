/* Mandelbrot iteration counts over a grid (the C twin of Benchmarks/viper/mandelbrot.py). */
#include "bench.h"

#define W 32
#define H 24
#define LIMIT 50

static int mandelbrot(int w, int h, int limit) {
    int total = 0;
    for (int y = 0; y < h; y++) {
        double ci = (double)y * 2.0 / (double)h - 1.0;
        for (int x = 0; x < w; x++) {
            double cr = (double)x * 3.0 / (double)w - 2.0;
            double zr = 0.0, zi = 0.0;
            int k = 0;
            while (k < limit) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                if (zr * zr + zi * zi > 4.0) break;
                k++;
            }
            total += k;
        }
    }
    return total;
}

static int (*volatile kernel)(int, int, int) = mandelbrot;

int bench_main(int argc, char **argv) {
    long n = bench_repeats(argc, argv, 500);
    int64_t total = 0;
    double t0 = bench_clock();
    for (long r = 0; r < n; r++) total += kernel(W, H, LIMIT);
    double t1 = bench_clock();
    bench_result("mandelbrot", n, total, kernel(W, H, LIMIT));
    bench_work(t1 - t0);
    return 0;
}
