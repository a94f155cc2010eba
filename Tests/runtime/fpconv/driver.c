/*
 * Test driver for fpconv: reads one command a line on stdin, writes one
 * result a line on stdout.
 *   r HEX              fp_repr of the double with bit pattern HEX
 *   s HEX              fp_repr_short
 *   f HEX SPEC PREC FL fp_format; SPEC is a character or '-' for none,
 *                      PREC negative for none, FL the flag bits
 *   p TEXT             fp_parse; prints the bit pattern or ERR
 *   d HEX ND           fp_round; prints the bit pattern
 * With --bench N it times fp_repr / fp_parse on N pseudo-random doubles.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mpy/fpconv.h"

static double dbl(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static uint64_t bits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int bench(long n) {
    uint64_t *v = malloc(sizeof(uint64_t) * (size_t)n);
    long k = 0;
    while (k < n) {
        uint64_t u = next();
        if (((u >> 52) & 0x7ff) != 0x7ff) v[k++] = u;
    }
    char buf[64];
    size_t sink = 0;
    double t0 = now();
    for (long i = 0; i < n; i++) sink += fp_repr(dbl(v[i]), buf);
    double t1 = now();
    /* short decimals like 0.1, 3.25, 1234.5 */
    for (long i = 0; i < n; i++) v[i] = bits((double)(int64_t)(v[i] % 1000000) / 1000.0);
    double t2 = now();
    for (long i = 0; i < n; i++) sink += fp_repr(dbl(v[i]), buf);
    double t3 = now();
    char(*txt)[40] = malloc(40 * (size_t)n);
    size_t *len = malloc(sizeof(size_t) * (size_t)n);
    for (long i = 0; i < n; i++) len[i] = fp_repr(dbl(next() & 0x7fefffffffffffffull), txt[i]);
    double t4 = now();
    for (long i = 0; i < n; i++) {
        double d;
        sink += fp_parse(txt[i], len[i], &d);
        sink += (size_t)bits(d);
    }
    double t5 = now();
    printf("fp_repr random bits: %.1f ns/call\n", (t1 - t0) * 1e9 / n);
    printf("fp_repr short decimals: %.1f ns/call\n", (t3 - t2) * 1e9 / n);
    printf("fp_parse of 17-digit reprs: %.1f ns/call\n", (t5 - t4) * 1e9 / n);
    return sink == 42;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--bench") == 0) return bench(atol(argv[2]));
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    size_t ocap = 1 << 16;
    char *out = malloc(ocap);
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n') line[--n] = 0;
        char cmd = line[0];
        if (cmd == 'r' || cmd == 's') {
            uint64_t u = strtoull(line + 2, NULL, 16);
            char buf[FP_REPR_BUFSIZE];
            if (cmd == 'r')
                fp_repr(dbl(u), buf);
            else
                fp_repr_short(dbl(u), buf);
            puts(buf);
        } else if (cmd == 'f') {
            char *p = line + 2;
            uint64_t u = strtoull(p, &p, 16);
            p++;
            char spec = *p == '-' ? 0 : *p;
            p++;
            int prec = (int)strtol(p, &p, 10);
            int fl = (int)strtol(p, &p, 10);
            size_t len = fp_format(dbl(u), spec, prec, fl, out, ocap);
            if (len >= ocap) {
                ocap = len + 1;
                out = realloc(out, ocap);
                fp_format(dbl(u), spec, prec, fl, out, ocap);
            }
            /* check the snprintf contract on a short buffer too */
            char small[8];
            size_t l2 = fp_format(dbl(u), spec, prec, fl, small, sizeof small);
            if (l2 != len || memcmp(small, out, len < 8 ? len : 8) != 0 || (len < 8 && small[len]))
                fputs("SHORT-BUFFER-MISMATCH ", stdout);
            fwrite(out, 1, len, stdout);
            putchar('\n');
        } else if (cmd == 'p') {
            double d;
            if (fp_parse(line + 2, (size_t)n - 2, &d))
                printf("%016" PRIx64 "\n", bits(d));
            else
                puts("ERR");
        } else if (cmd == 'd') {
            char *p = line + 2;
            uint64_t u = strtoull(p, &p, 16);
            int nd = (int)strtol(p, &p, 10);
            printf("%016" PRIx64 "\n", bits(fp_round(dbl(u), nd)));
        } else {
            puts("?");
        }
    }
    return 0;
}
