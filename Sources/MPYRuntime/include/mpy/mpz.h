/*
 * mpz: arbitrary-precision integers for the mpy-native runtime.
 *
 * Values are immutable once returned: every operation allocates a new value
 * with mpz_alloc() and never modifies its operands, so values may be shared
 * freely (Python ints are immutable). Memory is owned by the runtime's garbage
 * collector; nothing here is ever freed.
 *
 * Representation: sign + magnitude, magnitude as little-endian 32-bit digits,
 * always normalised (no leading zero digit; zero has len 0 and is never
 * negative).
 *
 * Failure: a function returning a pointer returns NULL when mpz_alloc() returned
 * NULL (out of memory; the caller raises MemoryError). Functions that can also
 * fail for other reasons return an mpz_status_t and hand the value back through
 * an out-parameter.
 *
 * Freestanding: needs only <stdint.h>, <stddef.h>, <stdbool.h>, and no libgcc
 * division or soft-float helpers on 32-bit ARM.
 */
#ifndef MPY_MPZ_H
#define MPY_MPZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t mpz_digit_t;

typedef struct mpz {
    uint32_t len; /* number of digits in use; 0 for zero */
    uint32_t neg; /* 1 if negative, else 0 (zero is never negative) */
    mpz_digit_t digits[]; /* magnitude, least significant digit first */
} mpz_t;

typedef enum mpz_status {
    MPZ_OK = 0,
    MPZ_ENOMEM = 1, /* mpz_alloc returned NULL (or the result cannot exist) -> MemoryError */
    MPZ_EZERODIV = 2, /* division or modulo by zero -> ZeroDivisionError */
    MPZ_EVALUE = 3, /* bad digit / base in mpz_parse, pow(a, b, 0), pow(a, -b, m) with
                          a not invertible modulo m -> ValueError */
} mpz_status_t;

/* Provided by the runtime: nbytes of memory (zeroed or not) owned by the
 * garbage collector, or NULL when out of memory. The collector must treat
 * pointers held in C locals (registers/stack) of the mpz functions as roots. */
void *mpz_alloc(size_t nbytes);

/* ---- construction ---------------------------------------------------- */
mpz_t *mpz_from_i64(int64_t v);
mpz_t *mpz_from_u64(uint64_t v);
/* Truncates toward zero (int(float)). NaN/inf are the caller's job: they give
 * NULL here. */
mpz_t *mpz_from_double(double d);
/* Digits in base 2..36 (either letter case), optional leading '+' or '-',
 * no whitespace, no underscores, no prefix; at least one digit.
 * MPZ_EVALUE for anything else (or a bad base), MPZ_ENOMEM for out of memory. */
mpz_status_t mpz_parse(const char *s, size_t len, int base, mpz_t **out);
/* Same; NULL for both kinds of failure. */
mpz_t *mpz_from_str(const char *s, size_t len, int base);

/* ---- queries (never allocate) ------------------------------------------ */
bool mpz_is_zero(const mpz_t *z);
bool mpz_is_neg(const mpz_t *z);
bool mpz_is_odd(const mpz_t *z);
int mpz_sign(const mpz_t *z); /* -1, 0 or 1 */
/* -2^(nbits-1) <= z < 2^(nbits-1); nbits >= 1 (nbits = 0 gives false). */
bool mpz_fits_bits(const mpz_t *z, unsigned nbits);
bool mpz_fits_i64(const mpz_t *z);
int64_t mpz_to_i64(const mpz_t *z); /* requires mpz_fits_i64 */
bool mpz_fits_u64(const mpz_t *z); /* 0 <= z < 2^64 */
uint64_t mpz_to_u64(const mpz_t *z); /* requires mpz_fits_u64 */
/* The low 64 bits of z in two's complement (z mod 2^64), for any z. */
uint64_t mpz_low_u64(const mpz_t *z);
/* Correctly rounded (round-half-even). If |z| rounds to 2^1024 or more, returns
 * +-infinity and sets *overflow (may be NULL) to true -> OverflowError
 * "int too large to convert to float"; otherwise sets it to false. */
double mpz_to_double(const mpz_t *z, bool *overflow);
uint64_t mpz_bit_length(const mpz_t *z); /* int.bit_length() */
uint64_t mpz_popcount(const mpz_t *z); /* int.bit_count(): ones in |z| */
/* CPython's hash(int) for a 64-bit Py_hash_t: modulus 2^61-1, sign kept,
 * -1 becomes -2. */
int64_t mpz_hash(const mpz_t *z);
int mpz_cmp(const mpz_t *a, const mpz_t *b); /* -1, 0, 1 */
bool mpz_eq(const mpz_t *a, const mpz_t *b);
int mpz_cmp_i64(const mpz_t *a, int64_t b);
bool mpz_eq_i64(const mpz_t *a, int64_t b);

/* ---- arithmetic (Python semantics; new value or NULL on out of memory) -- */
mpz_t *mpz_neg(const mpz_t *a);
mpz_t *mpz_abs(const mpz_t *a);
mpz_t *mpz_add(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_sub(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_mul(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_add_i64(const mpz_t *a, int64_t b);
mpz_t *mpz_sub_i64(const mpz_t *a, int64_t b);
mpz_t *mpz_mul_i64(const mpz_t *a, int64_t b);
/* Floor division: q = a // b, r = a % b (r has the sign of b). Either out
 * pointer may be NULL. MPZ_EZERODIV if b is zero, MPZ_ENOMEM. On failure the
 * out-parameters are set to NULL. */
mpz_status_t mpz_divmod(const mpz_t *a, const mpz_t *b, mpz_t **q, mpz_t **r);
/* Convenience forms: NULL on out of memory or if b is zero (check first). */
mpz_t *mpz_floordiv(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_mod(const mpz_t *a, const mpz_t *b);
/* base ** exp for exp >= 0. NULL if exp is negative (float result: caller's
 * job) or out of memory (including results too large to ever fit). */
mpz_t *mpz_pow(const mpz_t *base, const mpz_t *exp);
mpz_t *mpz_pow_u64(const mpz_t *base, uint64_t exp);
/* pow(base, exp, mod) like Python 3.8+: result has the sign of mod (or is 0);
 * a negative exp uses the modular inverse of base. MPZ_EVALUE if mod is zero
 * ("pow() 3rd argument cannot be 0") or base is not invertible ("base is not
 * invertible for the given modulus"); MPZ_ENOMEM. */
mpz_status_t mpz_powmod(const mpz_t *base, const mpz_t *exp, const mpz_t *mod, mpz_t **out);
/* a << n and a >> n (floor, like Python) for a bit count n >= 0. A left shift
 * too large to fit in memory gives NULL. */
mpz_t *mpz_lshift(const mpz_t *a, uint64_t n);
mpz_t *mpz_rshift(const mpz_t *a, uint64_t n);
/* Bitwise operators on the infinite two's complement representation. */
mpz_t *mpz_and(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_or(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_xor(const mpz_t *a, const mpz_t *b);
mpz_t *mpz_invert(const mpz_t *a); /* ~a == -a - 1 */

/* ---- strings ------------------------------------------------------------- */
/* An upper bound on the bytes mpz_to_str writes for z in base (sign
 * included); 0 for a base outside 2..36. */
size_t mpz_str_len_bound(const mpz_t *z, int base);
/* Writes z in base 2..36 (lowercase letters, '-' sign, no prefix, no NUL) to
 * buf and returns the length; returns 0 if cap is too small, the base is bad
 * or memory ran out (non-power-of-two bases need scratch memory). */
size_t mpz_to_str(const mpz_t *z, int base, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif

#endif /* MPY_MPZ_H */
