/* Numbers: small and big ints (objint*.c, over mpz), floats (objfloat.c),
 * and the numeric hashing they share with CPython. */
#ifndef MPY_NUMBER_H
#define MPY_NUMBER_H

#include "mpy/print.h"

struct mpz;

mp_obj_t mp_int_from_i64(int64_t v);
bool mp_int_to_i64(mp_obj_t o, int64_t *out); /* false if not an int or too big (no exception) */
mp_obj_t mp_int_big_from_i64(int64_t v);
bool mp_int_big_to_i64(mp_obj_t o, int64_t *out);
bool mp_int_big_print(const mp_print_t *out, mp_obj_t o);
mp_obj_t mp_int_big_unary(int op, mp_obj_t o);
mp_obj_t mp_int_big_binary(int op, mp_obj_t lhs, mp_obj_t rhs); /* either may be small */
mp_obj_t mp_int_true_divide(mp_obj_t lhs, mp_obj_t rhs); /* int / int, correctly rounded */
const struct mpz *mp_int_mpz(mp_obj_t o); /* any int as mpz; NULL when out of memory */
mp_obj_t mp_int_from_mpz(const struct mpz *z); /* NULL z: MemoryError; small values become small ints */
mp_obj_t mp_int_attr(mp_obj_t self, mp_obj_t name); /* numerator, denominator, real, imag */
char *mp_int_digits(mp_obj_t v, int base, bool upper, size_t *len, bool *neg); /* |v| in base; NULL: MemoryError */
mp_obj_t mp_int_from_obj(mp_obj_t o, mp_obj_t base); /* int(x), int(s, base) */
mp_obj_t mp_int_powmod(mp_obj_t base, mp_obj_t exp, mp_obj_t mod); /* pow(a, b, m) */

mp_obj_t mp_float_new(double v);
mp_obj_t mp_float_binary(int op, mp_obj_t lhs, mp_obj_t rhs); /* int/float mixes */
bool mp_obj_to_double(mp_obj_t o, double *out); /* ints and floats; TypeError otherwise */
mp_obj_t mp_round(mp_obj_t x, mp_obj_t ndigits); /* round() */

/* complex (objcomplex.c). */
mp_obj_t mp_complex_new(double real, double imag);
/* An int, bool, float or complex (or a subclass instance of one) as two
 * doubles; false without an exception for anything else. */
bool mp_complex_parts(mp_obj_t o, double *real, double *imag);
mp_obj_t mp_complex_pow(double ar, double ai, double br, double bi); /* a ** b with CPython's errors */

/* Numeric hashing shared by int and float (CPython's values). */
mp_obj_t mp_hash_from_i64(int64_t h);
int64_t mp_hash_double(double v);
int64_t mp_hash_small_int(mp_int_t v);

#endif
