/*
 * fpconv: conversion between IEEE binary64 doubles and text, byte-for-byte
 * compatible with CPython's float repr/str, format() / %-formatting of
 * floats, float(str) and round(x, n).
 *
 * Freestanding: no libc, no heap. Every function works in caller-provided
 * buffers and bounded stack (well under 2 KB per call).
 */
#ifndef MPY_FPCONV_H
#define MPY_FPCONV_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Smallest buffer that fp_repr / fp_repr_short always fit (with NUL). */
#define FP_REPR_BUFSIZE 32

/* Flags for fp_format. */
#define FP_FLAG_ALT 0x1 /* '#': keep the point and trailing zeros */
#define FP_FLAG_NO_NEG_ZERO 0x2 /* 'z': a result that rounds to zero has no '-' */

/*
 * repr(d) == str(d): shortest digits that round-trip, "1e+16" style exponent
 * outside 1e-4 <= |d| < 1e16, "inf", "-inf", "nan", "-0.0", and ".0" on
 * integral values in fixed notation. Writes a NUL-terminated string into buf
 * (at least FP_REPR_BUFSIZE bytes) and returns its length.
 */
size_t fp_repr(double d, char *buf);

/*
 * Same digits as fp_repr but without the ".0" on integral values
 * (CPython's repr of the parts of a complex number: "1", "1e+16", "-0").
 */
size_t fp_repr_short(double d, char *buf);

/*
 * The numeric part of format(d, spec) / '%' formatting of a float.
 *   spec: 'e' 'E' 'f' 'F' 'g' 'G' 'n' (treated as 'g') '%' or 0 (no type).
 *   precision: digits, or negative for "not given" (6, or repr for spec 0).
 *   flags: FP_FLAG_*.
 * The result is the optional '-', digits, point, exponent (and '%' for the
 * '%' type); '+'/' ' signs, padding and grouping are the caller's job (a
 * result is negative exactly when it starts with '-'). Non-finite values
 * give "inf", "-inf", "nan" ("INF"/"NAN" for upper-case types).
 * Returns the full length of the result and writes as much of it as fits
 * in cap bytes, NUL-terminated when there is room (snprintf style).
 * Returns 0 for an unknown spec.
 */
size_t fp_format(double d, char spec, int precision, int flags, char *buf, size_t cap);

/*
 * float(s) for already-stripped ASCII text: optional sign, decimal digits
 * with single underscores between digits, optional fraction and exponent,
 * or inf / infinity / nan in any case with optional sign. Correctly rounded
 * (round-half-even) for any number of digits; overflow gives +-inf and
 * underflow +-0.0 as in CPython. Returns false on malformed text.
 */
bool fp_parse(const char *s, size_t len, double *out);

/*
 * round(x, ndigits) with CPython semantics: correctly rounded through the
 * exact decimal value (round-half-even), sign of zero kept, non-finite x
 * returned as is. If the rounded value overflows the result is +-inf and
 * the caller raises OverflowError ("rounded value too large to represent").
 * Any ndigits > 323 returns x; any ndigits < -308 returns +-0.0, so callers
 * may clamp big Python ints into int range.
 */
double fp_round(double x, int ndigits);

#ifdef __cplusplus
}
#endif

#endif /* MPY_FPCONV_H */
