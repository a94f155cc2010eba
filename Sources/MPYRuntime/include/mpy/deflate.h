/* DEFLATE (RFC 1951) with its zlib (RFC 1950) and gzip (RFC 1952)
 * wrappings, for the deflate module: a decompressor pulling bytes from a
 * source stream (inflate.c), a compressor pushing bytes into a sink stream
 * (deflate_lz77.c), and the checksums both use. Each works in one window
 * of 2^wbits bytes allocated once. */
#ifndef MPY_DEFLATE_H
#define MPY_DEFLATE_H

#include "mpy/runtime.h"

/* deflate.AUTO, RAW, ZLIB, GZIP (MicroPython's values). */
enum { MP_DEFLATE_AUTO = 0, MP_DEFLATE_RAW = 1, MP_DEFLATE_ZLIB = 2, MP_DEFLATE_GZIP = 3 };

/* The code tables of RFC 1951 3.2.5: length codes 257..285 and distance
 * codes 0..29 (base value and extra bits). */
extern const uint16_t mp_deflate_len_base[29], mp_deflate_dist_base[30];
extern const uint8_t mp_deflate_len_extra[29], mp_deflate_dist_extra[30];

uint32_t mp_deflate_adler32(uint32_t adler, const uint8_t *d, size_t n); /* start with 1 */
uint32_t mp_deflate_crc32(uint32_t crc, const uint8_t *d, size_t n); /* start with 0 */

/* Canonical Huffman code: the number of codes of each length, then the
 * symbols in code order. */
typedef struct {
    uint16_t count[16];
    uint16_t symbol[288];
} mp_huffman_t;

/* The decompressor's state between reads. The source is read one byte
 * at a time, only when a bit is needed, so that a DeflateIO leaves its
 * source just past the compressed data (as MicroPython's does). */
typedef struct {
    mp_obj_t src;
    int format; /* RAW, ZLIB or GZIP once the header is read */
    int state;
    uint8_t *window;
    uint32_t wmask; /* window size - 1 */
    uint32_t total; /* bytes produced so far */
    uint32_t bits, nbits; /* bit buffer (LSB first) */
    bool final; /* the current block is the last */
    uint32_t left, dist; /* a stored block's bytes left, or a match's length left and its distance */
    uint32_t check; /* adler32 or crc32 of what was produced */
    mp_huffman_t lit, dst;
} mp_inflate_t;

/* Results of mp_inflate_*: the count produced (>= 0), or one of these. */
enum { MP_INFLATE_DATA = -1 /* corrupt data: EINVAL */, MP_INFLATE_RAISED = -2 /* exception pending */ };

/* Reads the header of a zlib or gzip stream (format AUTO, ZLIB or GZIP;
 * nothing for RAW) and allocates the window: 2^wbits bytes, wbits 0
 * meaning the header's size (RAW: 2^8), a header asking for less meaning
 * the header's. 0, or an error code. */
int mp_inflate_start(mp_inflate_t *z, mp_obj_t src, int format, int wbits);
/* Produces up to n bytes into out; 0 only at the end of the data, after
 * its trailer has been checked. */
mp_int_t mp_inflate_read(mp_inflate_t *z, uint8_t *out, size_t n);

/* The compressor: greedy LZ77 over the window with hash chains, coded
 * with the fixed Huffman code in one block (as MicroPython's). */
typedef struct {
    mp_obj_t dst;
    int format;
    uint8_t *window;
    uint16_t *head, *prev; /* hash heads and chains: low 16 bits of positions */
    uint32_t wsize, hmask;
    uint32_t total; /* bytes taken so far */
    uint32_t check;
    uint32_t bits, nbits;
    size_t outlen;
    uint8_t out[128];
} mp_deflate_t;

/* Allocates the window and tables and writes the header and the block's
 * start. Each returns false with an exception pending on failure. */
bool mp_deflate_start(mp_deflate_t *z, mp_obj_t dst, int format, int wbits);
bool mp_deflate_write(mp_deflate_t *z, const uint8_t *d, size_t n);
/* Ends the block and writes the trailer. */
bool mp_deflate_finish(mp_deflate_t *z);

#endif
