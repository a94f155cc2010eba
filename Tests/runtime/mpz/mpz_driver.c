/*
 * Hosted test driver for the mpz library.
 *
 *   mpz_driver            reads cases from stdin, one per line ("op arg..."),
 *                         writes one result line per case (see run_tests.py)
 *   mpz_driver bench      prints timings
 *   mpz_driver divtest N  checks div_2by1 against native 64-bit division
 *
 * Integer arguments and results are in hex as Python's format(x, 'x') writes
 * them. A case prefixed with '!' is run with allocation failures injected at
 * the 1st, 2nd, ... allocation until it succeeds: every failure must surface
 * as NULL / MPZ_ENOMEM, and the final output must be the normal one.
 */
#define _GNU_SOURCE
#include "mpy/mpz.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- allocator: one malloc per block, freed after each case ----------- */

static void **blocks;
static size_t nblocks, capblocks;
static long fail_at = -1; /* allocation index that fails (-1: none) */
static long nallocs;
static int failed; /* an allocation was refused */
static int no_fail; /* set while parsing/printing */

void *mpz_alloc(size_t nbytes) {
    if (!no_fail && fail_at >= 0 && nallocs++ >= fail_at) {
        failed = 1;
        return NULL;
    }
    void *p = malloc(nbytes ? nbytes : 1);
    if (!p) {
        fprintf(stderr, "malloc failed\n");
        exit(2);
    }
    memset(p, 0xA5, nbytes); /* mpz must not rely on zeroed memory */
    if (nblocks == capblocks) {
        capblocks = capblocks ? 2 * capblocks : 1024;
        blocks = realloc(blocks, capblocks * sizeof *blocks);
    }
    blocks[nblocks++] = p;
    return p;
}

static void free_all(void) {
    for (size_t i = 0; i < nblocks; i++) free(blocks[i]);
    nblocks = 0;
}

/* ---- helpers ------------------------------------------------------------ */

static void die(const char *msg, const char *line) {
    fprintf(stderr, "driver error: %s [%s]\n", msg, line ? line : "");
    exit(3);
}

static void check(const mpz_t *z) {
    if (!z) return;
    if (z->len > 0 && z->digits[z->len - 1] == 0) die("result not normalised", NULL);
    if (z->len == 0 && z->neg) die("negative zero", NULL);
    if (z->neg > 1) die("bad sign field", NULL);
}

static mpz_t *parse_hex(const char *s) {
    no_fail++;
    mpz_t *z;
    if (mpz_parse(s, strlen(s), 16, &z) != MPZ_OK) die("bad hex argument", s);
    no_fail--;
    check(z);
    return z;
}

/* Output buffer for one case. */
static char *out;
static size_t outcap, outlen;

static void emit(const char *s, size_t n) {
    if (outlen + n + 2 > outcap) {
        outcap = 2 * (outlen + n + 2);
        out = realloc(out, outcap);
    }
    memcpy(out + outlen, s, n);
    outlen += n;
    out[outlen] = 0;
}

static void emits(const char *s) { emit(s, strlen(s)); }

static void emitf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emitf(const char *fmt, ...) {
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    emit(tmp, (size_t)n);
}

/* Writes z in base, checking the length bound and the too-small-buffer path. */
static void emit_z_base(const mpz_t *z, int base) {
    check(z);
    no_fail++;
    size_t bound = mpz_str_len_bound(z, base);
    char *buf = malloc(bound);
    size_t n = mpz_to_str(z, base, buf, bound);
    if (n == 0 || n > bound) die("to_str failed or exceeded its bound", NULL);
    if ((base == 2 || base == 8 || base == 10 || base == 16) && bound > n + 3 + n / 64)
        die("length bound too loose", NULL);
    char *small = malloc(n - 1 ? n - 1 : 1);
    if (mpz_to_str(z, base, small, n - 1) != 0) die("to_str accepted a too small buffer", NULL);
    free(small);
    emit(buf, n);
    free(buf);
    no_fail--;
}

static void emit_z(const mpz_t *z) { emit_z_base(z, 16); }

/* ---- one case ----------------------------------------------------------- */

enum { DONE, RETRY };

#define ARGS(n) \
    if (argc != (n)) die("wrong argument count", op)
#define RES(expr) \
    do { \
        mpz_t *r_ = (expr); \
        if (!r_) { \
            if (failed) return RETRY; \
            emits("NULL"); \
            return DONE; \
        } \
        emit_z(r_); \
        return DONE; \
    } while (0)
#define STATUS(st) \
    do { \
        mpz_status_t s_ = (st); \
        if (s_ == MPZ_ENOMEM) { \
            if (failed) return RETRY; \
            emits("NOMEM"); \
            return DONE; \
        } \
        if (s_ == MPZ_EZERODIV) { \
            emits("ZD"); \
            return DONE; \
        } \
        if (s_ == MPZ_EVALUE) { \
            emits("VE"); \
            return DONE; \
        } \
    } while (0)

static int run(const char *op, char **av, int argc) {
    mpz_t *a = NULL, *b = NULL, *c = NULL;
    /* parse integer arguments up front, without failure injection */
    if (strcmp(op, "fromi") && strcmp(op, "fromu") && strcmp(op, "fromdbl") && strcmp(op, "fromstr")) {
        if (argc > 0) a = parse_hex(av[0]);
        if (argc > 1 && strcmp(op, "pow") && strcmp(op, "lshift") && strcmp(op, "rshift") && strcmp(op, "addi") &&
            strcmp(op, "subi") && strcmp(op, "muli") && strcmp(op, "cmpi") && strcmp(op, "eqi") && strcmp(op, "fits") &&
            strcmp(op, "tostr"))
            b = parse_hex(av[1]);
        if (argc > 2) c = parse_hex(av[2]);
    }
    if (!strcmp(op, "add")) {
        ARGS(2);
        RES(mpz_add(a, b));
    }
    if (!strcmp(op, "sub")) {
        ARGS(2);
        RES(mpz_sub(a, b));
    }
    if (!strcmp(op, "mul")) {
        ARGS(2);
        RES(mpz_mul(a, b));
    }
    if (!strcmp(op, "floordiv")) {
        ARGS(2);
        if (mpz_is_zero(b)) {
            emits("ZD");
            return DONE;
        }
        RES(mpz_floordiv(a, b));
    }
    if (!strcmp(op, "mod")) {
        ARGS(2);
        if (mpz_is_zero(b)) {
            emits("ZD");
            return DONE;
        }
        RES(mpz_mod(a, b));
    }
    if (!strcmp(op, "divmod")) {
        ARGS(2);
        mpz_t *q = (mpz_t *)1, *r = (mpz_t *)1;
        STATUS(mpz_divmod(a, b, &q, &r));
        emit_z(q);
        emits(" ");
        emit_z(r);
        return DONE;
    }
    if (!strcmp(op, "neg")) {
        ARGS(1);
        RES(mpz_neg(a));
    }
    if (!strcmp(op, "abs")) {
        ARGS(1);
        RES(mpz_abs(a));
    }
    if (!strcmp(op, "invert")) {
        ARGS(1);
        RES(mpz_invert(a));
    }
    if (!strcmp(op, "and")) {
        ARGS(2);
        RES(mpz_and(a, b));
    }
    if (!strcmp(op, "or")) {
        ARGS(2);
        RES(mpz_or(a, b));
    }
    if (!strcmp(op, "xor")) {
        ARGS(2);
        RES(mpz_xor(a, b));
    }
    if (!strcmp(op, "pow")) {
        ARGS(2);
        RES(mpz_pow_u64(a, strtoull(av[1], NULL, 10)));
    }
    if (!strcmp(op, "powz")) {
        ARGS(2);
        RES(mpz_pow(a, b));
    }
    if (!strcmp(op, "powmod")) {
        ARGS(3);
        mpz_t *r = (mpz_t *)1;
        STATUS(mpz_powmod(a, b, c, &r));
        emit_z(r);
        return DONE;
    }
    if (!strcmp(op, "lshift")) {
        ARGS(2);
        RES(mpz_lshift(a, strtoull(av[1], NULL, 10)));
    }
    if (!strcmp(op, "rshift")) {
        ARGS(2);
        RES(mpz_rshift(a, strtoull(av[1], NULL, 10)));
    }
    if (!strcmp(op, "addi")) {
        ARGS(2);
        RES(mpz_add_i64(a, strtoll(av[1], NULL, 10)));
    }
    if (!strcmp(op, "subi")) {
        ARGS(2);
        RES(mpz_sub_i64(a, strtoll(av[1], NULL, 10)));
    }
    if (!strcmp(op, "muli")) {
        ARGS(2);
        RES(mpz_mul_i64(a, strtoll(av[1], NULL, 10)));
    }
    if (!strcmp(op, "cmpi")) {
        ARGS(2);
        emitf("%d", mpz_cmp_i64(a, strtoll(av[1], NULL, 10)));
        return DONE;
    }
    if (!strcmp(op, "eqi")) {
        ARGS(2);
        emitf("%d", mpz_eq_i64(a, strtoll(av[1], NULL, 10)));
        return DONE;
    }
    if (!strcmp(op, "cmp")) {
        ARGS(2);
        emitf("%d", mpz_cmp(a, b));
        return DONE;
    }
    if (!strcmp(op, "eq")) {
        ARGS(2);
        emitf("%d", mpz_eq(a, b));
        return DONE;
    }
    if (!strcmp(op, "fromi")) {
        ARGS(1);
        RES(mpz_from_i64(strtoll(av[0], NULL, 10)));
    }
    if (!strcmp(op, "fromu")) {
        ARGS(1);
        RES(mpz_from_u64(strtoull(av[0], NULL, 10)));
    }
    if (!strcmp(op, "toi")) {
        ARGS(1);
        if (mpz_fits_i64(a))
            emitf("%" PRId64, mpz_to_i64(a));
        else
            emits("NOFIT");
        return DONE;
    }
    if (!strcmp(op, "tou")) {
        ARGS(1);
        if (mpz_fits_u64(a))
            emitf("%" PRIu64, mpz_to_u64(a));
        else
            emits("NOFIT");
        return DONE;
    }
    if (!strcmp(op, "low")) {
        ARGS(1);
        emitf("%" PRIu64, mpz_low_u64(a));
        return DONE;
    }
    if (!strcmp(op, "fits")) {
        ARGS(2);
        emitf("%d", mpz_fits_bits(a, (unsigned)atoi(av[1])));
        return DONE;
    }
    if (!strcmp(op, "todbl")) {
        ARGS(1);
        bool ovf = true;
        double d = mpz_to_double(a, &ovf);
        if (ovf)
            emits("OVF");
        else
            emitf("%a", d);
        return DONE;
    }
    if (!strcmp(op, "fromdbl")) {
        ARGS(1);
        RES(mpz_from_double(strtod(av[0], NULL)));
    }
    if (!strcmp(op, "bitlen")) {
        ARGS(1);
        emitf("%" PRIu64, mpz_bit_length(a));
        return DONE;
    }
    if (!strcmp(op, "popcount")) {
        ARGS(1);
        emitf("%" PRIu64, mpz_popcount(a));
        return DONE;
    }
    if (!strcmp(op, "hash")) {
        ARGS(1);
        emitf("%" PRId64, mpz_hash(a));
        return DONE;
    }
    if (!strcmp(op, "sign")) {
        ARGS(1);
        emitf("%d %d %d %d", mpz_sign(a), mpz_is_zero(a), mpz_is_neg(a), mpz_is_odd(a));
        return DONE;
    }
    if (!strcmp(op, "tostr")) {
        ARGS(2);
        int base = atoi(av[1]);
        /* the conversion itself under failure injection */
        size_t bound = mpz_str_len_bound(a, base);
        char *buf = malloc(bound);
        size_t n = mpz_to_str(a, base, buf, bound);
        if (n == 0) {
            free(buf);
            if (failed) return RETRY;
            die("to_str failed", NULL);
        }
        emit(buf, n);
        emit_z_base(a, base); /* again via the checking path: same text */
        if (memcmp(out, out + n, n) != 0) die("to_str differs between runs", NULL);
        free(buf);
        outlen = n;
        out[n] = 0;
        return DONE;
    }
    if (!strcmp(op, "fromstr")) {
        ARGS(2);
        mpz_t *r;
        const char *s = strcmp(av[0], "EMPTY") ? av[0] : "";
        STATUS(mpz_parse(s, strlen(s), atoi(av[1]), &r));
        emit_z(r);
        return DONE;
    }
    die("unknown op", op);
    return DONE;
}

static void run_line(char *line) {
    bool oom = line[0] == '!';
    if (oom) line++;
    char *av[8];
    int argc = 0;
    char *save = NULL;
    char *op = strtok_r(line, " \n", &save);
    if (!op) die("empty line", NULL);
    char *t;
    while ((t = strtok_r(NULL, " \n", &save)) && argc < 8) av[argc++] = t;
    if (!oom) {
        fail_at = -1;
        failed = 0;
        outlen = 0;
        if (run(op, av, argc) != DONE) die("retry without failure injection", op);
    } else {
        for (long k = 0;; k++) {
            fail_at = k;
            nallocs = 0;
            failed = 0;
            outlen = 0;
            int st = run(op, av, argc);
            free_all();
            if (st == DONE) break;
            if (k > 100000) die("allocation failure loop does not end", op);
        }
        fail_at = -1;
    }
    fwrite(out ? out : "", 1, outlen, stdout);
    fputc('\n', stdout);
    free_all();
}

/* ---- benchmarks --------------------------------------------------------- */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static mpz_t *rand_digits(size_t ndec, unsigned seed) {
    char *s = malloc(ndec + 1);
    srand(seed);
    for (size_t i = 0; i < ndec; i++) s[i] = (char)('0' + (i == 0 ? 1 + rand() % 9 : rand() % 10));
    mpz_t *z = mpz_from_str(s, ndec, 10);
    free(s);
    return z;
}

static void bench(void) {
    size_t sizes[] = { 100, 1000, 10000, 100000 };
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        size_t n = sizes[i];
        mpz_t *a = rand_digits(n, 1), *b = rand_digits(n, 2);
        int reps = n <= 1000 ? 2000 : n <= 10000 ? 20 : 2;
        double t0 = now();
        for (int r = 0; r < reps; r++) mpz_mul(a, b);
        double tm = (now() - t0) / reps;
        size_t bound = mpz_str_len_bound(a, 10);
        char *buf = malloc(bound);
        t0 = now();
        int sreps = n <= 1000 ? 200 : n <= 10000 ? 10 : 1;
        for (int r = 0; r < sreps; r++) mpz_to_str(a, 10, buf, bound);
        double ts = (now() - t0) / sreps;
        t0 = now();
        for (int r = 0; r < sreps; r++) rand_digits(n, 1);
        double tp = (now() - t0) / sreps;
        mpz_t *q;
        mpz_t *ab = mpz_mul(a, a);
        t0 = now();
        for (int r = 0; r < sreps; r++) mpz_divmod(ab, b, &q, NULL);
        double td = (now() - t0) / sreps;
        printf("%6zu decimal digits: mul %9.3f ms  to_str(10) %9.3f ms  from_str(10) %9.3f ms  "
               "divmod(2n/n) %9.3f ms\n",
            n, tm * 1e3, ts * 1e3, tp * 1e3, td * 1e3);
        free(buf);
        free_all();
    }
    mpz_t *b = rand_digits(600, 3), *e = rand_digits(600, 4), *m = rand_digits(617, 5), *r;
    double t0 = now();
    mpz_powmod(b, e, m, &r);
    printf("powmod with a 2048-bit modulus and exponent: %.3f ms\n", (now() - t0) * 1e3);
    free_all();
}

/* Time schoolbook vs Karatsuba around the threshold by multiplying
 * n-digit numbers (n in 32-bit digits) via operands of the right size. */
static void bench_threshold(void) {
    for (size_t digs = 8; digs <= 96; digs += 8) {
        size_t ndec = (size_t)(digs * 9.63);
        mpz_t *a = rand_digits(ndec, 7), *b = rand_digits(ndec, 8);
        int reps = 200000 / (int)digs;
        double t0 = now();
        for (int r = 0; r < reps; r++) {
            mpz_mul(a, b);
            if (nblocks > 100000) free_all(), a = rand_digits(ndec, 7), b = rand_digits(ndec, 8);
        }
        printf("%3zu digits: %.3f us per mul\n", (size_t)a->len, (now() - t0) / reps * 1e6);
        free_all();
    }
}

#if defined(MPZ_TESTING)
extern uint32_t mpz__test_div_2by1(uint32_t hi, uint32_t lo, uint32_t d, uint32_t *rem);
extern unsigned long mpz__addback_count;
#endif

static void divtest(long n) {
#if defined(MPZ_TESTING)
    uint64_t x = 88172645463325252ull;
    long bad = 0;
    for (long i = 0; i < n; i++) {
        /* xorshift64 */
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        uint32_t d = (uint32_t)x;
        int shape = (int)(x >> 60);
        if (shape < 4) d >>= (x >> 32) % 32;
        if (shape == 4) d = 0xFFFFFFFFu - (uint32_t)((x >> 40) & 3);
        if (shape == 5) d = 0x80000000u + (uint32_t)((x >> 40) & 3);
        if (d == 0) d = 1;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        uint32_t hi = (uint32_t)(x >> 32) % d, lo = (uint32_t)x;
        if ((x & 7) == 0) hi = d - 1;
        if ((x & 15) == 1) lo = 0xFFFFFFFFu;
        uint64_t num = ((uint64_t)hi << 32) | lo;
        uint32_t r, q = mpz__test_div_2by1(hi, lo, d, &r);
        if (q != (uint32_t)(num / d) || r != (uint32_t)(num % d)) {
            if (bad++ < 5) fprintf(stderr, "div_2by1(%08x %08x / %08x) = %08x r %08x\n", hi, lo, d, q, r);
        }
    }
    printf("divtest: %ld cases, %ld wrong\n", n, bad);
    exit(bad != 0);
#else
    (void)n;
    printf("divtest: built without MPZ_TESTING\n");
    exit(1);
#endif
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "bench")) {
        bench();
        return 0;
    }
    if (argc > 1 && !strcmp(argv[1], "threshold")) {
        bench_threshold();
        return 0;
    }
    if (argc > 2 && !strcmp(argv[1], "divtest")) divtest(atol(argv[2]));
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, stdin) > 0) run_line(line);
    free(line);
#if defined(MPZ_TESTING)
    fprintf(stderr, "long-division add-backs exercised: %lu\n", mpz__addback_count);
#endif
    return 0;
}
