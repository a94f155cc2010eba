/*
 * mpz: arbitrary-precision integers for the mpy-native runtime (see mpz.h).
 *
 * Digit size: 32-bit digits with 64-bit intermediates.
 *   - Cortex-M3 has UMULL/UMLAL (32x32->64 multiply and multiply-accumulate,
 *     a few cycles each), so a 32-bit digit costs about the same per inner-loop
 *     step as a 16-bit one while carrying twice the bits: multiplication and
 *     division do a quarter of the digit steps 16-bit digits would need. On
 *     x86-64 the same code compiles to MUL/ADC-quality loops.
 *   - The one place that wants a 64-by-32 division is the quotient-digit
 *     estimate (long division, division by one digit, string conversion). On
 *     64-bit hosts that is the native DIV. On 32-bit targets it would be a
 *     libgcc call (__aeabi_uldivmod), so div_2by1() below does it as two
 *     32-by-16 steps on the hardware UDIV instead: no 64-by-64 division is ever
 *     emitted, and no libgcc helper is needed at all.
 *   - Doubles are assembled and taken apart through their bit patterns, so no
 *     soft-float helper is needed either on FPU-less cores.
 *
 * Layout: the mpn_* functions work on raw digit arrays (lengths in digits,
 * caller-provided results and scratch); the mpz_* functions wrap them,
 * allocating exactly one result (plus scratch where needed) per call.
 */
#include "mpy/mpz.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef mpz_digit_t dig_t;
typedef uint64_t ddig_t;

#define DIG_BITS 32
#define DIG_MAX 0xFFFFFFFFu

/* Karatsuba takes over from schoolbook multiplication when the shorter operand
 * has at least this many digits. Measured on x86-64 with `mpz_driver
 * threshold` built at several thresholds: schoolbook wins below ~40 digits
 * (0.96 us either way at 40), Karatsuba from ~48 (1.33 vs 1.54 us) and by
 * 30% at 96 digits. */
#ifndef KARATSUBA_THRESHOLD
#define KARATSUBA_THRESHOLD 40
#endif

/* Above this many digits, conversion to a non-power-of-two base splits the
 * number by powers of the base (divide and conquer) instead of peeling one
 * 32-bit chunk off at a time. */
#define TOSTR_DC_THRESHOLD 40

/* Largest digit count: keeps byte sizes within size_t and bit counts in 64 bits. */
#define MPZ_MAX_LEN \
    ((uint32_t)(((SIZE_MAX - 64) / sizeof(dig_t)) > 0x7FFFFFF0u ? 0x7FFFFFF0u : ((SIZE_MAX - 64) / sizeof(dig_t))))

#if UINTPTR_MAX > 0xFFFFFFFFu && !defined(MPZ_SOFT_DIV)
#define MPZ_NATIVE_DIV64 1
#endif

/* ======================================================================
 * Small helpers
 * ====================================================================== */

static inline unsigned clz32(uint32_t x) /* x != 0 */
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_clz(x);
#else
    unsigned n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
#endif
}

static inline unsigned popcount32(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (unsigned)((x * 0x01010101u) >> 24);
}

/* (hi:lo) / d with hi < d: returns the quotient digit and stores the remainder. */
static inline dig_t div_2by1(dig_t hi, dig_t lo, dig_t d, dig_t *rem) {
#if defined(MPZ_NATIVE_DIV64) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    dig_t q, r;
    __asm__("divl %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d));
    *rem = r;
    return q;
#elif defined(MPZ_NATIVE_DIV64)
    ddig_t n = ((ddig_t)hi << 32) | lo;
    *rem = (dig_t)(n % d);
    return (dig_t)(n / d);
#else
    /* Long division of a 4-half-digit number by a 2-half-digit divisor in
     * base 2^16, each quotient half estimated with a 32/16 hardware divide
     * and corrected at most twice (the divisor is normalised first). */
    unsigned s = clz32(d);
    if (s) {
        d <<= s;
        hi = (hi << s) | (lo >> (32 - s));
        lo <<= s;
    }
    dig_t dh = d >> 16, dl = d & 0xFFFFu;
    dig_t l1 = lo >> 16, l0 = lo & 0xFFFFu;
    dig_t q1 = hi / dh, r = hi - q1 * dh;
    while (q1 > 0xFFFFu || q1 * dl > ((r << 16) | l1)) {
        q1--;
        r += dh;
        if (r > 0xFFFFu) break;
    }
    dig_t t = ((hi << 16) | l1) - q1 * d; /* true value < d, exact mod 2^32 */
    dig_t q0 = t / dh;
    r = t - q0 * dh;
    while (q0 > 0xFFFFu || q0 * dl > ((r << 16) | l0)) {
        q0--;
        r += dh;
        if (r > 0xFFFFu) break;
    }
    t = ((t << 16) | l0) - q0 * d;
    *rem = t >> s;
    return (q1 << 16) | q0;
#endif
}

/* x / d for a 64-bit x and a 32-bit d (d != 0), without a 64-by-64 divide. */
static uint64_t div64_32(uint64_t x, dig_t d, dig_t *rem) {
    dig_t hi = (dig_t)(x >> 32), r;
    dig_t qh = hi / d;
    dig_t ql = div_2by1(hi - qh * d, (dig_t)x, d, &r);
    if (rem) *rem = r;
    return ((uint64_t)qh << 32) | ql;
}

/* Bit length of a 64-bit value. */
static unsigned bitlen64(uint64_t x) {
    if (x >> 32) return 64 - clz32((uint32_t)(x >> 32));
    return x ? 32 - clz32((uint32_t)x) : 0;
}

#ifdef MPZ_TESTING
unsigned long mpz__addback_count; /* how often long division had to add back */
dig_t mpz__test_div_2by1(dig_t hi, dig_t lo, dig_t d, dig_t *rem);
dig_t mpz__test_div_2by1(dig_t hi, dig_t lo, dig_t d, dig_t *rem) { return div_2by1(hi, lo, d, rem); }
#endif

/* ======================================================================
 * mpn: operations on digit arrays
 * ====================================================================== */

static void dcopy(dig_t *r, const dig_t *a, size_t n) {
    for (size_t i = 0; i < n; i++) r[i] = a[i];
}

static void dzero(dig_t *r, size_t n) {
    for (size_t i = 0; i < n; i++) r[i] = 0;
}

static uint32_t nrm(const dig_t *a, uint32_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

/* Both normalised. */
static int mpn_cmp(const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    while (an > 0) {
        an--;
        if (a[an] != b[an]) return a[an] < b[an] ? -1 : 1;
    }
    return 0;
}

/* r[0..an) = a + b (an >= bn), returns the carry. r may alias a or b. */
static dig_t mpn_add(dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn) {
    ddig_t c = 0;
    uint32_t i;
    for (i = 0; i < bn; i++) {
        c += (ddig_t)a[i] + b[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

/* r[0..an) = a - b (an >= bn), returns the borrow. r may alias a or b. */
static dig_t mpn_sub(dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn) {
    dig_t borrow = 0;
    uint32_t i;
    for (i = 0; i < bn; i++) {
        ddig_t t = (ddig_t)a[i] - b[i] - borrow;
        r[i] = (dig_t)t;
        borrow = (dig_t)(t >> 63);
    }
    for (; i < an; i++) {
        ddig_t t = (ddig_t)a[i] - borrow;
        r[i] = (dig_t)t;
        borrow = (dig_t)(t >> 63);
    }
    return borrow;
}

/* r[0..rn) += b[0..bn) (rn >= bn); stops as soon as the carry dies. */
static dig_t mpn_add_in(dig_t *r, uint32_t rn, const dig_t *b, uint32_t bn) {
    ddig_t c = 0;
    uint32_t i;
    for (i = 0; i < bn; i++) {
        c += (ddig_t)r[i] + b[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    for (; c && i < rn; i++) {
        c += r[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

/* r[0..rn) -= b[0..bn) (rn >= bn); stops as soon as the borrow dies. */
static dig_t mpn_sub_in(dig_t *r, uint32_t rn, const dig_t *b, uint32_t bn) {
    dig_t borrow = 0;
    uint32_t i;
    for (i = 0; i < bn; i++) {
        ddig_t t = (ddig_t)r[i] - b[i] - borrow;
        r[i] = (dig_t)t;
        borrow = (dig_t)(t >> 63);
    }
    for (; borrow && i < rn; i++) {
        borrow = r[i] == 0;
        r[i]--;
    }
    return borrow;
}

/* r[0..n) += 1 with carry; returns the carry out. */
static dig_t mpn_incr(dig_t *r, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        if (++r[i] != 0) return 0;
    return 1;
}

/* r[0..n) = a * m + c, returns the high digit. r may alias a. */
static dig_t mpn_mul_1(dig_t *r, const dig_t *a, uint32_t n, dig_t m, dig_t c0) {
    ddig_t c = c0;
    for (uint32_t i = 0; i < n; i++) {
        c += (ddig_t)a[i] * m;
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

/* r[0..n) += a * m, returns the high digit. */
static dig_t mpn_addmul_1(dig_t *r, const dig_t *a, uint32_t n, dig_t m) {
    ddig_t c = 0;
    for (uint32_t i = 0; i < n; i++) {
        c += (ddig_t)a[i] * m + r[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

/* r[0..n) -= a * m, returns the digit to subtract above r[n-1]. */
static dig_t mpn_submul_1(dig_t *r, const dig_t *a, uint32_t n, dig_t m) {
    dig_t borrow = 0;
    for (uint32_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * m + borrow;
        dig_t lo = (dig_t)p, t = r[i];
        r[i] = t - lo;
        borrow = (dig_t)(p >> DIG_BITS) + (t < lo);
    }
    return borrow;
}

/* r[0..n) = a << s (0 <= s < 32), returns the bits shifted out. r may alias a. */
static dig_t mpn_shl(dig_t *r, const dig_t *a, uint32_t n, unsigned s) {
    if (s == 0) {
        if (r != a) dcopy(r, a, n);
        return 0;
    }
    dig_t out = 0;
    for (uint32_t i = n; i-- > 0;) {
        dig_t x = a[i];
        if (i == n - 1) out = x >> (DIG_BITS - s);
        r[i] = (x << s) | (i > 0 ? a[i - 1] >> (DIG_BITS - s) : 0);
    }
    return out;
}

/* r[0..n) = a >> s (0 <= s < 32). r may alias a (r <= a). */
static void mpn_shr(dig_t *r, const dig_t *a, uint32_t n, unsigned s) {
    if (s == 0) {
        if (r != a)
            for (uint32_t i = 0; i < n; i++) r[i] = a[i];
        return;
    }
    for (uint32_t i = 0; i < n; i++) r[i] = (a[i] >> s) | (i + 1 < n ? a[i + 1] << (DIG_BITS - s) : 0);
}

/* Schoolbook: r[0..an+bn) = a * b. r must not overlap a or b. */
static void mpn_mul_base(dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn) {
    if (an == 0 || bn == 0) {
        dzero(r, (size_t)an + bn);
        return;
    }
    r[an] = mpn_mul_1(r, a, an, b[0], 0);
    for (uint32_t j = 1; j < bn; j++) r[an + j] = mpn_addmul_1(r + j, a, an, b[j]);
}

/* Scratch digits kmul() needs for operands of at most n digits. */
static size_t kmul_scratch(uint32_t n) {
    size_t s = 0;
    while (n >= KARATSUBA_THRESHOLD) {
        uint32_t h = (n + 1) / 2;
        s += 4 * (size_t)h + 4;
        n = h + 1;
    }
    return s;
}

/* Karatsuba: r[0..an+bn) = a * b with an >= bn >= 1; r must not overlap the
 * operands; sc holds kmul_scratch(an) digits. */
static void kmul(dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn, dig_t *sc) {
    if (bn < KARATSUBA_THRESHOLD) {
        mpn_mul_base(r, a, an, b, bn);
        return;
    }
    uint32_t h = (an + 1) / 2;
    if (bn <= h) {
        /* Unbalanced: multiply b by bn-digit slices of a. */
        dig_t *t = sc, *sub = sc + 2 * (size_t)bn;
        dzero(r, (size_t)an + bn);
        for (uint32_t i = 0; i < an; i += bn) {
            uint32_t c = an - i < bn ? an - i : bn;
            kmul(t, b, bn, a + i, c, sub);
            mpn_add_in(r + i, an + bn - i, t, c + bn);
        }
        return;
    }
    /* a = a1 B^h + a0, b = b1 B^h + b0;
     * a b = z2 B^2h + ((a0 + a1)(b0 + b1) - z0 - z2) B^h + z0. */
    const dig_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    uint32_t a1n = an - h, b1n = bn - h;
    dig_t *sa = sc, *sb = sc + h + 1, *z1 = sc + 2 * (size_t)h + 2, *sub = sc + 4 * (size_t)h + 4;
    kmul(r, a0, h, b0, h, sub);
    kmul(r + 2 * (size_t)h, a1, a1n, b1, b1n, sub);
    sa[h] = mpn_add(sa, a0, h, a1, a1n);
    sb[h] = mpn_add(sb, b0, h, b1, b1n);
    kmul(z1, sa, h + 1, sb, h + 1, sub);
    mpn_sub_in(z1, 2 * h + 2, r, 2 * h);
    mpn_sub_in(z1, 2 * h + 2, r + 2 * (size_t)h, a1n + b1n);
    mpn_add_in(r + h, an + bn - h, z1, nrm(z1, 2 * h + 2));
}

/* r[0..an+bn) = a * b with scratch already sized kmul_scratch(max(an, bn)). */
static void mpn_mul_scr(dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn, dig_t *sc) {
    if (an < bn) {
        const dig_t *t = a;
        a = b;
        b = t;
        uint32_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn == 0)
        dzero(r, an);
    else
        kmul(r, a, an, b, bn, sc);
}

static dig_t *dalloc(size_t n) {
    if (n > MPZ_MAX_LEN) return NULL;
    return (dig_t *)mpz_alloc((n ? n : 1) * sizeof(dig_t));
}

/* r[0..an+bn) = a * b, allocating Karatsuba scratch if needed. */
static bool mpn_mul(dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn) {
    uint32_t big = an > bn ? an : bn, small = an > bn ? bn : an;
    dig_t *sc = NULL;
    if (small >= KARATSUBA_THRESHOLD) {
        sc = dalloc(kmul_scratch(big));
        if (!sc) return false;
    }
    mpn_mul_scr(r, a, an, b, bn, sc);
    return true;
}

/* q[0..an) = a / d, returns a % d. q may alias a. */
static dig_t mpn_divrem_1(dig_t *q, const dig_t *a, uint32_t an, dig_t d) {
    dig_t r = 0;
    for (uint32_t i = an; i-- > 0;) {
        dig_t x = a[i];
        q[i] = div_2by1(r, x, d, &r);
    }
    return r;
}

/* Long division (Knuth's algorithm D): an >= bn >= 2, b[bn-1] != 0.
 * q[0..an-bn] = a / b (q may be NULL), r[0..bn) = a % b.
 * sc holds an + bn + 1 digits. No overlap between outputs and inputs. */
static void mpn_divrem(dig_t *q, dig_t *r, const dig_t *a, uint32_t an, const dig_t *b, uint32_t bn, dig_t *sc) {
    unsigned s = clz32(b[bn - 1]);
    dig_t *bb = sc, *aa = sc + bn;
    mpn_shl(bb, b, bn, s);
    aa[an] = mpn_shl(aa, a, an, s);
    dig_t d1 = bb[bn - 1], d0 = bb[bn - 2];
    for (uint32_t j = an - bn + 1; j-- > 0;) {
        dig_t u2 = aa[j + bn], u1 = aa[j + bn - 1], u0 = aa[j + bn - 2];
        dig_t qh;
        ddig_t rh;
        if (u2 >= d1) { /* u2 == d1: the estimate would not fit a digit */
            qh = DIG_MAX;
            rh = (ddig_t)u1 + d1;
        } else {
            dig_t rr;
            qh = div_2by1(u2, u1, d1, &rr);
            rh = rr;
        }
        while (rh <= DIG_MAX && (ddig_t)qh * d0 > ((rh << DIG_BITS) | u0)) {
            qh--;
            rh += d1;
        }
        dig_t borrow = mpn_submul_1(aa + j, bb, bn, qh);
        dig_t top = aa[j + bn];
        if (top < borrow) { /* estimate one too large: add back */
#ifdef MPZ_TESTING
            mpz__addback_count++;
#endif
            qh--;
            dig_t c = mpn_add(aa + j, aa + j, bn, bb, bn);
            aa[j + bn] = top - borrow + c;
        } else {
            aa[j + bn] = top - borrow;
        }
        if (q) q[j] = qh;
    }
    mpn_shr(r, aa, bn, s);
}

/* ======================================================================
 * mpz values
 * ====================================================================== */

/* A read-only view of an integer: lets int64 operands join without allocating. */
typedef struct {
    const dig_t *d;
    uint32_t n;
    bool neg;
} zv;

static inline zv view(const mpz_t *z) {
    zv v = { z->digits, z->len, z->neg != 0 };
    return v;
}

static inline zv view_u64(uint64_t m, bool neg, dig_t buf[2]) {
    buf[0] = (dig_t)m;
    buf[1] = (dig_t)(m >> 32);
    zv v = { buf, nrm(buf, 2), false };
    v.neg = v.n != 0 && neg;
    return v;
}

static inline zv view_i64(int64_t x, dig_t buf[2]) {
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    return view_u64(m, x < 0, buf);
}

/* A new value with room for cap digits; len is set to cap. */
static mpz_t *znew(uint64_t cap) {
    if (cap > MPZ_MAX_LEN) return NULL;
    mpz_t *z = (mpz_t *)mpz_alloc(sizeof(mpz_t) + (size_t)cap * sizeof(dig_t));
    if (z) {
        z->len = (uint32_t)cap;
        z->neg = 0;
    }
    return z;
}

static mpz_t *zdone(mpz_t *z, bool neg) {
    z->len = nrm(z->digits, z->len);
    z->neg = (z->len != 0 && neg) ? 1u : 0u;
    return z;
}

static mpz_t *zfrom_view(zv v, bool neg) {
    mpz_t *z = znew(v.n);
    if (!z) return NULL;
    dcopy(z->digits, v.d, v.n);
    return zdone(z, neg);
}

static uint64_t bitlen_dn(const dig_t *d, uint32_t n) {
    if (n == 0) return 0;
    return (uint64_t)(n - 1) * DIG_BITS + (DIG_BITS - clz32(d[n - 1]));
}

/* ---- construction ----------------------------------------------------- */

mpz_t *mpz_from_u64(uint64_t v) {
    dig_t buf[2];
    return zfrom_view(view_u64(v, false, buf), false);
}

mpz_t *mpz_from_i64(int64_t v) {
    dig_t buf[2];
    zv x = view_i64(v, buf);
    return zfrom_view(x, x.neg);
}

typedef union {
    double d;
    uint64_t u;
} dbits;

mpz_t *mpz_from_double(double d) {
    dbits b;
    b.d = d;
    bool neg = (b.u >> 63) != 0;
    int e = (int)((b.u >> 52) & 0x7FF);
    if (e == 0x7FF) return NULL;
    if (e < 1023) return znew(0);
    uint64_t m = (b.u & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    int sh = e - 1075; /* |d| = m * 2^sh */
    if (sh <= 0) {
        dig_t buf[2];
        return zfrom_view(view_u64(m >> -sh, false, buf), neg);
    }
    uint32_t ws = (uint32_t)sh / DIG_BITS, bs = (uint32_t)sh % DIG_BITS;
    mpz_t *z = znew(ws + 3);
    if (!z) return NULL;
    dzero(z->digits, ws);
    dig_t buf[2] = { (dig_t)m, (dig_t)(m >> 32) };
    z->digits[ws + 2] = mpn_shl(z->digits + ws, buf, 2, bs);
    return zdone(z, neg);
}

static unsigned char_val(char c) {
    if (c >= '0' && c <= '9') return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'z') return (unsigned)(c - 'a') + 10;
    if (c >= 'A' && c <= 'Z') return (unsigned)(c - 'A') + 10;
    return 99;
}

/* Largest power of base that fits in a digit, and its exponent. */
static dig_t big_base(unsigned base, unsigned *chars) {
    ddig_t bb = base;
    unsigned c = 1;
    while (bb * base <= DIG_MAX) {
        bb *= base;
        c++;
    }
    *chars = c;
    return (dig_t)bb;
}

static unsigned pow2_log(unsigned base) /* k if base == 2^k, else 0 */
{
    return (base & (base - 1)) == 0 ? 31 - clz32(base) : 0;
}

mpz_status_t mpz_parse(const char *s, size_t len, int base, mpz_t **out) {
    *out = NULL;
    if (base < 2 || base > 36) return MPZ_EVALUE;
    size_t i = 0;
    bool neg = false;
    if (len > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        i = 1;
    }
    if (i == len) return MPZ_EVALUE;
    for (size_t j = i; j < len; j++)
        if (char_val(s[j]) >= (unsigned)base) return MPZ_EVALUE;
    while (i < len && s[i] == '0') i++;
    size_t nd = len - i;
    unsigned k = pow2_log((unsigned)base);
    unsigned bits_per_char = k ? k : 32 - clz32((uint32_t)base - 1); /* ceil(log2(base)) */
    uint64_t nd64 = nd, max_bits = (uint64_t)MPZ_MAX_LEN * DIG_BITS;
    if (nd64 > max_bits || nd64 * bits_per_char > max_bits) return MPZ_ENOMEM;
    mpz_t *z = znew(((uint64_t)nd * bits_per_char + DIG_BITS - 1) / DIG_BITS + 1);
    if (!z) return MPZ_ENOMEM;
    dig_t *d = z->digits;
    uint32_t n = 0;
    if (k) {
        ddig_t acc = 0;
        unsigned fill = 0;
        for (size_t j = len; j-- > i;) {
            acc |= (ddig_t)char_val(s[j]) << fill;
            fill += k;
            if (fill >= DIG_BITS) {
                d[n++] = (dig_t)acc;
                acc >>= DIG_BITS;
                fill -= DIG_BITS;
            }
        }
        if (fill) d[n++] = (dig_t)acc;
    } else {
        unsigned c;
        dig_t bb = big_base((unsigned)base, &c);
        size_t first = nd % c ? nd % c : c;
        for (size_t j = i; j < len;) {
            size_t g = j == i ? first : c;
            dig_t v = 0, mult = g == c ? bb : 1;
            for (size_t t = 0; t < g; t++, j++) {
                v = v * (dig_t)base + char_val(s[j]);
                if (g != c) mult *= (dig_t)base;
            }
            dig_t carry = mpn_mul_1(d, d, n, mult, v);
            if (carry) d[n++] = carry;
        }
    }
    z->len = n;
    *out = zdone(z, neg);
    return MPZ_OK;
}

mpz_t *mpz_from_str(const char *s, size_t len, int base) {
    mpz_t *z;
    return mpz_parse(s, len, base, &z) == MPZ_OK ? z : NULL;
}

/* ---- queries ----------------------------------------------------------- */

bool mpz_is_zero(const mpz_t *z) { return z->len == 0; }
bool mpz_is_neg(const mpz_t *z) { return z->neg != 0; }
bool mpz_is_odd(const mpz_t *z) { return z->len != 0 && (z->digits[0] & 1); }
int mpz_sign(const mpz_t *z) { return z->len == 0 ? 0 : z->neg ? -1 : 1; }

uint64_t mpz_bit_length(const mpz_t *z) { return bitlen_dn(z->digits, z->len); }

uint64_t mpz_popcount(const mpz_t *z) {
    uint64_t n = 0;
    for (uint32_t i = 0; i < z->len; i++) n += popcount32(z->digits[i]);
    return n;
}

static bool is_pow2_dn(const dig_t *d, uint32_t n) {
    if (n == 0 || (d[n - 1] & (d[n - 1] - 1)) != 0) return false;
    for (uint32_t i = 0; i + 1 < n; i++)
        if (d[i]) return false;
    return true;
}

bool mpz_fits_bits(const mpz_t *z, unsigned nbits) {
    if (nbits == 0) return false;
    uint64_t bl = mpz_bit_length(z);
    if (bl < nbits) return true;
    /* -2^(nbits-1) has nbits bits */
    return z->neg && bl == nbits && is_pow2_dn(z->digits, z->len);
}

bool mpz_fits_i64(const mpz_t *z) { return mpz_fits_bits(z, 64); }

static uint64_t mag_low64(const mpz_t *z) {
    uint64_t m = z->len > 0 ? z->digits[0] : 0;
    if (z->len > 1) m |= (uint64_t)z->digits[1] << 32;
    return m;
}

int64_t mpz_to_i64(const mpz_t *z) {
    uint64_t m = mag_low64(z);
    if (!z->neg) return (int64_t)m;
    if (m == (uint64_t)1 << 63) return INT64_MIN;
    return -(int64_t)m;
}

bool mpz_fits_u64(const mpz_t *z) { return !z->neg && z->len <= 2; }
uint64_t mpz_to_u64(const mpz_t *z) { return mag_low64(z); }

uint64_t mpz_low_u64(const mpz_t *z) {
    uint64_t m = mag_low64(z);
    return z->neg ? 0 - m : m;
}

double mpz_to_double(const mpz_t *z, bool *overflow) {
    if (overflow) *overflow = false;
    if (z->len == 0) return 0.0;
    const dig_t *d = z->digits;
    uint64_t n = mpz_bit_length(z);
    uint64_t t; /* the top 64 bits, top bit at bit 63 */
    bool sticky = false;
    if (n <= 64) {
        t = mag_low64(z) << (64 - n);
    } else {
        uint64_t p = n - 64; /* lowest bit taken into t */
        uint32_t w = (uint32_t)(p / DIG_BITS);
        unsigned s = (unsigned)(p % DIG_BITS);
        t = (uint64_t)d[w] | ((uint64_t)d[w + 1] << 32);
        if (s) {
            t = (t >> s) | ((uint64_t)d[w + 2] << (64 - s));
            sticky = (d[w] & (((dig_t)1 << s) - 1)) != 0;
        }
        for (uint32_t i = 0; i < w && !sticky; i++) sticky = d[i] != 0;
    }
    uint64_t mant = t >> 11, low = t & 0x7FF;
    if (low > 0x400 || (low == 0x400 && (sticky || (mant & 1)))) {
        mant++;
        if (mant == (uint64_t)1 << 53) {
            mant >>= 1;
            n++;
        }
    }
    dbits b;
    if (n > 1024) {
        if (overflow) *overflow = true;
        b.u = (uint64_t)0x7FF << 52;
    } else {
        b.u = ((n - 1 + 1023) << 52) | (mant & (((uint64_t)1 << 52) - 1));
    }
    if (z->neg) b.u |= (uint64_t)1 << 63;
    return b.d;
}

int64_t mpz_hash(const mpz_t *z) {
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t x = 0;
    for (uint32_t i = z->len; i-- > 0;) {
        /* x * 2^32 mod P: with x = hi 2^29 + lo, x 2^32 = hi 2^61 + lo 2^32 == hi + lo 2^32. */
        x = ((x & (((uint64_t)1 << 29) - 1)) << 32) + (x >> 29) + z->digits[i];
        x = (x & P) + (x >> 61);
        if (x >= P) x -= P;
    }
    int64_t h = (int64_t)x;
    if (z->neg) h = -h;
    return h == -1 ? -2 : h;
}

static int cmpv(zv a, zv b) {
    if (a.neg != b.neg) return a.neg ? -1 : 1;
    int c = mpn_cmp(a.d, a.n, b.d, b.n);
    return a.neg ? -c : c;
}

int mpz_cmp(const mpz_t *a, const mpz_t *b) { return cmpv(view(a), view(b)); }
bool mpz_eq(const mpz_t *a, const mpz_t *b) { return cmpv(view(a), view(b)) == 0; }

int mpz_cmp_i64(const mpz_t *a, int64_t b) {
    dig_t buf[2];
    return cmpv(view(a), view_i64(b, buf));
}

bool mpz_eq_i64(const mpz_t *a, int64_t b) { return mpz_cmp_i64(a, b) == 0; }

/* ---- arithmetic -------------------------------------------------------- */

mpz_t *mpz_neg(const mpz_t *a) { return zfrom_view(view(a), !a->neg); }
mpz_t *mpz_abs(const mpz_t *a) { return zfrom_view(view(a), false); }

static mpz_t *addv(zv a, zv b) {
    if (a.n < b.n || (a.neg != b.neg && mpn_cmp(a.d, a.n, b.d, b.n) < 0)) {
        zv t = a;
        a = b;
        b = t;
    }
    /* now |a| >= |b| when the signs differ, and a.n >= b.n always */
    mpz_t *z = znew((uint64_t)a.n + 1);
    if (!z) return NULL;
    if (a.neg == b.neg)
        z->digits[a.n] = mpn_add(z->digits, a.d, a.n, b.d, b.n);
    else {
        mpn_sub(z->digits, a.d, a.n, b.d, b.n);
        z->digits[a.n] = 0;
    }
    return zdone(z, a.neg);
}

static inline zv negv(zv v) {
    v.neg = v.n != 0 && !v.neg;
    return v;
}

mpz_t *mpz_add(const mpz_t *a, const mpz_t *b) { return addv(view(a), view(b)); }
mpz_t *mpz_sub(const mpz_t *a, const mpz_t *b) { return addv(view(a), negv(view(b))); }

mpz_t *mpz_add_i64(const mpz_t *a, int64_t b) {
    dig_t buf[2];
    return addv(view(a), view_i64(b, buf));
}

mpz_t *mpz_sub_i64(const mpz_t *a, int64_t b) {
    dig_t buf[2];
    return addv(view(a), negv(view_i64(b, buf)));
}

static mpz_t *mulv(zv a, zv b) {
    if (a.n == 0 || b.n == 0) return znew(0);
    mpz_t *z = znew((uint64_t)a.n + b.n);
    if (!z) return NULL;
    if (b.n == 1)
        z->digits[a.n] = mpn_mul_1(z->digits, a.d, a.n, b.d[0], 0);
    else if (a.n == 1)
        z->digits[b.n] = mpn_mul_1(z->digits, b.d, b.n, a.d[0], 0);
    else if (!mpn_mul(z->digits, a.d, a.n, b.d, b.n))
        return NULL;
    return zdone(z, a.neg != b.neg);
}

mpz_t *mpz_mul(const mpz_t *a, const mpz_t *b) { return mulv(view(a), view(b)); }

mpz_t *mpz_mul_i64(const mpz_t *a, int64_t b) {
    dig_t buf[2];
    return mulv(view(a), view_i64(b, buf));
}

/* Floor division of views. */
static mpz_status_t divmodv(zv a, zv b, mpz_t **qo, mpz_t **ro) {
    if (qo) *qo = NULL;
    if (ro) *ro = NULL;
    if (b.n == 0) return MPZ_EZERODIV;
    uint32_t qn = a.n >= b.n ? a.n - b.n + 1 : 0;
    mpz_t *q = znew((uint64_t)qn + 1);
    mpz_t *r = q ? znew(b.n) : NULL;
    if (!r) return MPZ_ENOMEM;
    dzero(q->digits, (size_t)qn + 1);
    if (mpn_cmp(a.d, a.n, b.d, b.n) < 0) {
        dcopy(r->digits, a.d, a.n);
        dzero(r->digits + a.n, b.n - a.n);
    } else if (b.n == 1) {
        r->digits[0] = mpn_divrem_1(q->digits, a.d, a.n, b.d[0]);
    } else {
        dig_t *sc = dalloc((size_t)a.n + b.n + 1);
        if (!sc) return MPZ_ENOMEM;
        mpn_divrem(q->digits, r->digits, a.d, a.n, b.d, b.n, sc);
    }
    uint32_t rn = nrm(r->digits, b.n);
    bool qneg = a.neg != b.neg;
    if (qneg && rn != 0) {
        /* floor: q = -(|q| + 1), r = sign(b) (|b| - |r|) */
        mpn_incr(q->digits, qn + 1);
        mpn_sub(r->digits, b.d, b.n, r->digits, rn);
    }
    if (qo) *qo = zdone(q, qneg);
    if (ro) *ro = zdone(r, b.neg);
    return MPZ_OK;
}

mpz_status_t mpz_divmod(const mpz_t *a, const mpz_t *b, mpz_t **q, mpz_t **r) {
    return divmodv(view(a), view(b), q, r);
}

mpz_t *mpz_floordiv(const mpz_t *a, const mpz_t *b) {
    mpz_t *q;
    return mpz_divmod(a, b, &q, NULL) == MPZ_OK ? q : NULL;
}

mpz_t *mpz_mod(const mpz_t *a, const mpz_t *b) {
    mpz_t *r;
    return mpz_divmod(a, b, NULL, &r) == MPZ_OK ? r : NULL;
}

/* ---- shifts ------------------------------------------------------------ */

mpz_t *mpz_lshift(const mpz_t *a, uint64_t n) {
    if (a->len == 0) return znew(0);
    uint64_t ws = n / DIG_BITS;
    unsigned bs = (unsigned)(n % DIG_BITS);
    if (ws > MPZ_MAX_LEN) return NULL;
    mpz_t *z = znew(ws + a->len + 1);
    if (!z) return NULL;
    dzero(z->digits, (size_t)ws);
    z->digits[ws + a->len] = mpn_shl(z->digits + ws, a->digits, a->len, bs);
    return zdone(z, a->neg);
}

mpz_t *mpz_rshift(const mpz_t *a, uint64_t n) {
    uint64_t ws = n / DIG_BITS;
    unsigned bs = (unsigned)(n % DIG_BITS);
    if (ws >= a->len) return a->neg ? mpz_from_i64(-1) : znew(0);
    uint32_t w = (uint32_t)ws, rn = a->len - w;
    mpz_t *z = znew((uint64_t)rn + 1);
    if (!z) return NULL;
    bool lost = bs && (a->digits[w] & (((dig_t)1 << bs) - 1)) != 0;
    for (uint32_t i = 0; i < w && !lost; i++) lost = a->digits[i] != 0;
    mpn_shr(z->digits, a->digits + w, rn, bs);
    z->digits[rn] = 0;
    if (a->neg && lost) mpn_incr(z->digits, rn + 1);
    return zdone(z, a->neg);
}

/* ---- bitwise (two's complement with infinite sign extension) ---------- */

enum { BIT_AND, BIT_OR, BIT_XOR };

static mpz_t *bitop(const mpz_t *a, const mpz_t *b, int op) {
    bool an = a->neg != 0, bn = b->neg != 0;
    bool rneg = op == BIT_AND ? (an && bn) : op == BIT_OR ? (an || bn) : (an != bn);
    uint32_t n = a->len > b->len ? a->len : b->len;
    mpz_t *z = znew((uint64_t)n + 1);
    if (!z) return NULL;
    /* Negative x is ~|x| + 1: carries ca/cb/cr run the +1 through the digits. */
    dig_t ca = 1, cb = 1, cr = 1;
    for (uint32_t i = 0; i < n; i++) {
        dig_t x = i < a->len ? a->digits[i] : 0;
        dig_t y = i < b->len ? b->digits[i] : 0;
        if (an) {
            dig_t m = x;
            x = ~m + ca;
            ca &= m == 0;
        }
        if (bn) {
            dig_t m = y;
            y = ~m + cb;
            cb &= m == 0;
        }
        dig_t v = op == BIT_AND ? (x & y) : op == BIT_OR ? (x | y) : (x ^ y);
        if (rneg) {
            dig_t m = v;
            v = ~m + cr;
            cr &= m == 0;
        }
        z->digits[i] = v;
    }
    z->digits[n] = rneg ? cr : 0;
    return zdone(z, rneg);
}

mpz_t *mpz_and(const mpz_t *a, const mpz_t *b) { return bitop(a, b, BIT_AND); }
mpz_t *mpz_or(const mpz_t *a, const mpz_t *b) { return bitop(a, b, BIT_OR); }
mpz_t *mpz_xor(const mpz_t *a, const mpz_t *b) { return bitop(a, b, BIT_XOR); }

mpz_t *mpz_invert(const mpz_t *a) {
    /* ~a = -(a + 1) */
    mpz_t *z = znew((uint64_t)a->len + 1);
    if (!z) return NULL;
    dcopy(z->digits, a->digits, a->len);
    z->digits[a->len] = 0;
    if (a->neg) /* a = -m: ~a = m - 1 >= 0 */
        mpn_sub_in(z->digits, a->len, (const dig_t[]){ 1 }, 1);
    else /* a = m: ~a = -(m + 1) */
        mpn_incr(z->digits, a->len + 1);
    return zdone(z, !a->neg);
}

/* ---- powers ------------------------------------------------------------ */

mpz_t *mpz_pow_u64(const mpz_t *base, uint64_t e) {
    if (e == 0) return mpz_from_u64(1);
    uint32_t bn = base->len;
    bool neg = base->neg && (e & 1);
    if (bn == 0) return znew(0);
    uint64_t bits = mpz_bit_length(base);
    if (bits == 1) /* |base| == 1 */
        return mpz_from_i64(neg ? -1 : 1);
    /* bits * e overflows nothing when the bit lengths add up to 63 or less,
     * and is far too large for memory otherwise */
    if (bitlen64(bits) + bitlen64(e) > 63 || bits * e > (uint64_t)MPZ_MAX_LEN * DIG_BITS) return NULL;
    uint64_t rbits = bits * e;
    if (is_pow2_dn(base->digits, bn)) {
        mpz_t *one = mpz_from_i64(neg ? -1 : 1);
        return one ? mpz_lshift(one, (bits - 1) * e) : NULL;
    }
    uint64_t cap = rbits / DIG_BITS + 4;
    mpz_t *z = znew(cap);
    dig_t *tmp = z ? dalloc((size_t)cap) : NULL;
    dig_t *sc = tmp ? dalloc(kmul_scratch((uint32_t)cap)) : NULL;
    if (!sc) return NULL;
    dig_t *acc = z->digits;
    dcopy(acc, base->digits, bn);
    uint32_t an = bn;
    unsigned top = bitlen64(e) - 1;
    for (unsigned i = top; i-- > 0;) {
        mpn_mul_scr(tmp, acc, an, acc, an, sc);
        an = nrm(tmp, 2 * an);
        dig_t *t = acc;
        acc = tmp;
        tmp = t;
        if ((e >> i) & 1) {
            mpn_mul_scr(tmp, acc, an, base->digits, bn, sc);
            an = nrm(tmp, an + bn);
            t = acc;
            acc = tmp;
            tmp = t;
        }
    }
    if (acc != z->digits) dcopy(z->digits, acc, an);
    z->len = an;
    return zdone(z, neg);
}

mpz_t *mpz_pow(const mpz_t *base, const mpz_t *exp) {
    if (exp->neg) return NULL;
    if (exp->len > 2) {
        /* only 0, 1 and -1 have such powers that fit anywhere */
        if (base->len == 0 || (base->len == 1 && base->digits[0] == 1))
            return mpz_pow_u64(base, 2 + (exp->digits[0] & 1));
        return NULL;
    }
    return mpz_pow_u64(base, mpz_to_u64(exp));
}

/* out[0..mn) = x mod m (x normalised or not), returns the normalised length.
 * sc holds xn + mn + 1 digits. */
static uint32_t mod_reduce(dig_t *out, const dig_t *x, uint32_t xn, const dig_t *m, uint32_t mn, dig_t *sc) {
    xn = nrm(x, xn);
    if (mpn_cmp(x, xn, m, mn) < 0) {
        dcopy(out, x, xn);
        return xn;
    }
    if (mn == 1) {
        out[0] = mpn_divrem_1(sc, x, xn, m[0]);
        return out[0] ? 1 : 0;
    }
    mpn_divrem(NULL, out, x, xn, m, mn, sc);
    return nrm(out, mn);
}

/* Inverse of a modulo m (0 <= a < m, m > 1) by the extended Euclidean
 * algorithm; *inv = NULL when gcd(a, m) != 1. */
static mpz_status_t mod_inverse(const mpz_t *a, const mpz_t *m, mpz_t **inv) {
    *inv = NULL;
    const mpz_t *r0 = a, *r1 = m;
    mpz_t *s0 = mpz_from_i64(1), *s1 = mpz_from_i64(0);
    if (!s0 || !s1) return MPZ_ENOMEM;
    while (r1->len != 0) {
        mpz_t *q, *r;
        if (mpz_divmod(r0, r1, &q, &r) != MPZ_OK) return MPZ_ENOMEM;
        mpz_t *qs = mpz_mul(q, s1);
        mpz_t *s = qs ? mpz_sub(s0, qs) : NULL;
        if (!s) return MPZ_ENOMEM;
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = s;
    }
    if (!(r0->len == 1 && r0->digits[0] == 1)) return MPZ_EVALUE;
    *inv = mpz_mod(s0, m);
    return *inv ? MPZ_OK : MPZ_ENOMEM;
}

mpz_status_t mpz_powmod(const mpz_t *base, const mpz_t *exp, const mpz_t *mod, mpz_t **out) {
    *out = NULL;
    if (mod->len == 0) return MPZ_EVALUE;
    zv m = view(mod);
    m.neg = false;
    uint32_t mn = m.n;
    if (mn == 1 && m.d[0] == 1) {
        *out = znew(0);
        return *out ? MPZ_OK : MPZ_ENOMEM;
    }
    mpz_t *b;
    mpz_status_t st = divmodv(view(base), m, NULL, &b);
    if (st != MPZ_OK) return st;
    if (exp->neg) {
        mpz_t *mm = zfrom_view(m, false);
        if (!mm) return MPZ_ENOMEM;
        st = mod_inverse(b, mm, &b);
        if (st != MPZ_OK) return st;
    }
    mpz_t *z = znew(mn);
    if (!z) return MPZ_ENOMEM;
    uint32_t zn;
    if (exp->len == 0) {
        z->digits[0] = 1;
        zn = 1;
    } else if (b->len == 0) {
        zn = 0;
    } else {
        dig_t *prod = dalloc(2 * (size_t)mn);
        dig_t *dsc = prod ? dalloc(3 * (size_t)mn + 1) : NULL;
        dig_t *ksc = dsc ? dalloc(kmul_scratch(mn)) : NULL;
        if (!ksc) return MPZ_ENOMEM;
        dig_t *acc = z->digits;
        const dig_t *bd = b->digits;
        uint32_t bl = b->len;
        dcopy(acc, bd, bl);
        zn = bl;
        const dig_t *ed = exp->digits;
        uint64_t ebits = mpz_bit_length(exp);
        for (uint64_t i = ebits - 1; i-- > 0;) {
            mpn_mul_scr(prod, acc, zn, acc, zn, ksc);
            zn = mod_reduce(acc, prod, 2 * zn, m.d, mn, dsc);
            if ((ed[i / DIG_BITS] >> (i % DIG_BITS)) & 1) {
                mpn_mul_scr(prod, acc, zn, bd, bl, ksc);
                zn = mod_reduce(acc, prod, zn + bl, m.d, mn, dsc);
            }
        }
    }
    z->len = zn;
    if (mod->neg && zn != 0) { /* the result takes the sign of mod */
        mpn_sub(z->digits, m.d, mn, z->digits, zn);
        z->len = mn;
        *out = zdone(z, true);
    } else {
        *out = zdone(z, false);
    }
    return MPZ_OK;
}

/* ---- strings ----------------------------------------------------------- */

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

size_t mpz_str_len_bound(const mpz_t *z, int base) {
    if (base < 2 || base > 36) return 0;
    uint64_t bits = mpz_bit_length(z), nd;
    if (base == 10)
        nd = bits * 1234 / 4096 + 1; /* 1234/4096 > log10(2) */
    else
        nd = div64_32(bits, 31 - clz32((uint32_t)base), NULL) + 1;
    nd += 1; /* sign */
    return nd > SIZE_MAX ? SIZE_MAX : (size_t)nd;
}

/* Writes the chunks of d[0..n) (destroyed) in base bb = base^c, least
 * significant first, into ch; returns their count. */
static size_t to_chunks(dig_t *d, uint32_t n, dig_t bb, dig_t *ch) {
    size_t k = 0;
    while (n > 0) {
        ch[k++] = mpn_divrem_1(d, d, n, bb);
        n = nrm(d, n);
    }
    return k;
}

/* Divide-and-conquer conversion: writes exactly `width` chunks of
 * d[0..n) (value < bb^width) to ch, least significant first. pw[i] holds
 * bb^(2^i) with length pwn[i]. d is destroyed; sc is scratch. */
static void to_chunks_dc(dig_t *d, uint32_t n, size_t width, dig_t bb, dig_t *const *pw, const uint32_t *pwn,
    unsigned lvl, dig_t *ch, dig_t *sc) {
    n = nrm(d, n);
    /* the largest power bb^(2^l) not longer than d and below the width */
    while (lvl > 0 && (pwn[lvl - 1] > n || ((size_t)1 << (lvl - 1)) >= width)) lvl--;
    if (n < TOSTR_DC_THRESHOLD || lvl == 0) {
        size_t k = to_chunks(d, n, bb, ch);
        for (; k < width; k++) ch[k] = 0;
        return;
    }
    unsigned l = lvl - 1;
    const dig_t *p = pw[l];
    uint32_t pn = pwn[l];
    size_t lo_w = (size_t)1 << l;
    if (mpn_cmp(d, n, p, pn) < 0) {
        to_chunks_dc(d, n, width, bb, pw, pwn, l, ch, sc);
        return;
    }
    /* d = hi * p + lo: hi goes to sc[0..qn), lo back into d */
    uint32_t qn = n - pn + 1;
    dig_t *q = sc, *r = sc + qn, *dsc = r + pn;
    if (pn == 1)
        r[0] = mpn_divrem_1(q, d, n, p[0]);
    else
        mpn_divrem(q, r, d, n, p, pn, dsc);
    dcopy(d, r, pn);
    to_chunks_dc(d, pn, lo_w, bb, pw, pwn, l, ch, sc + qn);
    to_chunks_dc(q, qn, width - lo_w, bb, pw, pwn, lvl, ch + lo_w, sc + qn);
}

size_t mpz_to_str(const mpz_t *z, int base, char *buf, size_t cap) {
    if (base < 2 || base > 36) return 0;
    if (z->len == 0) {
        if (cap < 1) return 0;
        buf[0] = '0';
        return 1;
    }
    size_t pos = 0;
    const dig_t *d = z->digits;
    uint32_t n = z->len;
    unsigned k = pow2_log((unsigned)base);
    if (k) {
        uint64_t nd = div64_32(mpz_bit_length(z) + k - 1, k, NULL);
        if ((uint64_t)z->neg + nd > cap) return 0;
        if (z->neg) buf[pos++] = '-';
        dig_t mask = ((dig_t)1 << k) - 1;
        for (uint64_t i = nd; i-- > 0;) {
            uint64_t p = i * k;
            uint32_t w = (uint32_t)(p / DIG_BITS);
            unsigned s = (unsigned)(p % DIG_BITS);
            dig_t v = d[w] >> s;
            if (s + k > DIG_BITS && w + 1 < n) v |= d[w + 1] << (DIG_BITS - s);
            buf[pos++] = DIGIT_CHARS[v & mask];
        }
        return pos;
    }
    unsigned c;
    dig_t bb = big_base((unsigned)base, &c);
    unsigned lg = 31 - clz32(bb); /* floor(log2(bb)) */
    size_t maxch = ((size_t)n * DIG_BITS) / lg + 2;
    dig_t *tmp = dalloc(n);
    dig_t *ch = tmp ? dalloc(maxch) : NULL;
    if (!ch) return 0;
    dcopy(tmp, d, n);
    size_t nch;
    if (n < TOSTR_DC_THRESHOLD) {
        nch = to_chunks(tmp, n, bb, ch);
    } else {
        /* powers bb^(2^i) while they are at most about half the number */
        dig_t *pw[40];
        uint32_t pwn[40];
        unsigned lv = 0;
        dig_t *p0 = dalloc(1);
        if (!p0) return 0;
        p0[0] = bb;
        pw[0] = p0;
        pwn[0] = 1;
        lv = 1;
        while (lv < 40 && 2 * (uint64_t)pwn[lv - 1] <= n) {
            uint32_t pn = pwn[lv - 1];
            dig_t *sq = dalloc(2 * (size_t)pn);
            if (!sq || !mpn_mul(sq, pw[lv - 1], pn, pw[lv - 1], pn)) return 0;
            pw[lv] = sq;
            pwn[lv] = nrm(sq, 2 * pn);
            lv++;
        }
        /* scratch: the quotients kept down the recursion (under 2n digits in
         * all) plus one division's remainder and scratch (under 3n + 2) */
        dig_t *sc = dalloc(6 * (size_t)n + 64);
        if (!sc) return 0;
        size_t width = maxch;
        to_chunks_dc(tmp, n, width, bb, pw, pwn, lv, ch, sc);
        nch = nrm(ch, (uint32_t)width);
    }
    /* length: the top chunk without leading zeros, then c chars per chunk */
    dig_t top = ch[nch - 1];
    unsigned topc = 0;
    for (dig_t t = top; t; t /= (dig_t)base) topc++;
    size_t len = (size_t)z->neg + topc + (nch - 1) * (size_t)c;
    if (len > cap) return 0;
    if (z->neg) buf[pos++] = '-';
    for (size_t i = nch; i-- > 0;) {
        dig_t v = ch[i];
        unsigned w = i == nch - 1 ? topc : c;
        for (unsigned j = w; j-- > 0;) {
            buf[pos + j] = DIGIT_CHARS[v % (dig_t)base];
            v /= (dig_t)base;
        }
        pos += w;
    }
    return pos;
}
