/* The compressor of the deflate module (mpy/deflate.h): LZ77 over a window
 * of the last 2^wbits bytes, matches found through hash chains of 3-byte
 * prefixes (a bounded number of candidates; one step of lazy matching), coded with DEFLATE's
 * fixed Huffman code in a single block that close() ends, in a zlib or
 * gzip wrapping or raw. Each write passes its whole bytes to the sink
 * stream before it returns (in chunks of at most 128 bytes). */
#include "mpy/deflate.h"
#include "mpy/stream.h"

#define MIN_MATCH 3
#define MAX_MATCH 258
#define MAX_CHAIN 48 /* candidates tried per position */
#define LAZY_LIMIT 32 /* a match this long is taken without looking one byte on */

static bool flush_out(mp_deflate_t *z) {
    if (z->outlen == 0) return true;
    size_t n = z->outlen;
    z->outlen = 0;
    return mp_stream_write(z->dst, z->out, n) >= 0;
}

/* n (<= 16) bits, first bit lowest. */
static bool put_bits(mp_deflate_t *z, uint32_t v, unsigned n) {
    z->bits |= v << z->nbits;
    z->nbits += n;
    while (z->nbits >= 8) {
        z->out[z->outlen++] = (uint8_t)z->bits;
        z->bits >>= 8;
        z->nbits -= 8;
    }
    return z->outlen + 4 <= sizeof z->out || flush_out(z);
}

/* A Huffman code goes out first bit highest. */
static bool put_code(mp_deflate_t *z, uint32_t code, unsigned len) {
    uint32_t r = 0;
    for (unsigned i = 0; i < len; i++) r |= ((code >> i) & 1) << (len - 1 - i);
    return put_bits(z, r, len);
}

/* A literal/length symbol in the fixed code (RFC 1951 3.2.6). */
static bool put_symbol(mp_deflate_t *z, unsigned sym) {
    if (sym < 144) return put_code(z, 0x30 + sym, 8);
    if (sym < 256) return put_code(z, 0x190 + (sym - 144), 9);
    if (sym < 280) return put_code(z, sym - 256, 7);
    return put_code(z, 0xC0 + (sym - 280), 8);
}

static bool put_match(mp_deflate_t *z, unsigned len, unsigned dist) {
    unsigned l = 28;
    while (mp_deflate_len_base[l] > len) l--;
    unsigned d = 29;
    while (mp_deflate_dist_base[d] > dist) d--;
    return put_symbol(z, 257 + l) && put_bits(z, len - mp_deflate_len_base[l], mp_deflate_len_extra[l]) &&
        put_code(z, d, 5) && put_bits(z, dist - mp_deflate_dist_base[d], mp_deflate_dist_extra[d]);
}

bool mp_deflate_start(mp_deflate_t *z, mp_obj_t dst, int format, int wbits) {
    if (wbits == 0) wbits = 8; /* MicroPython's default: the smallest window */
    z->dst = dst;
    z->format = format;
    z->wsize = (uint32_t)1 << wbits;
    unsigned hbits = wbits + 1 < 12 ? (unsigned)wbits + 1 : 12;
    z->hmask = ((uint32_t)1 << hbits) - 1;
    z->window = mp_alloc(z->wsize);
    z->prev = z->window == NULL ? NULL : mp_alloc(z->wsize * sizeof(uint16_t));
    z->head = z->prev == NULL ? NULL : mp_alloc((z->hmask + 1) * sizeof(uint16_t));
    if (z->head == NULL) return false;
    if (format == MP_DEFLATE_ZLIB) {
        /* CMF: deflate, window 2^(CINFO+8); FLG: default level, FCHECK. */
        unsigned cmf = 0x08 | (unsigned)(wbits > 9 ? wbits - 8 : 1) << 4, flg = 0x80;
        flg |= 31 - (cmf * 256 + flg) % 31;
        z->out[0] = (uint8_t)cmf;
        z->out[1] = (uint8_t)flg;
        z->outlen = 2;
        z->check = 1;
    } else if (format == MP_DEFLATE_GZIP) {
        /* No name or time; XFL 4 (fastest), OS 3 (Unix), as MicroPython's. */
        static const uint8_t gz[10] = { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 4, 3 };
        __builtin_memcpy(z->out, gz, sizeof gz);
        z->outlen = sizeof gz;
    }
    /* The one block: final, fixed Huffman. */
    return put_bits(z, 3, 3);
}

static inline uint32_t hash3(const uint8_t *p, uint32_t mask) {
    uint32_t v = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
    return (v * 2654435761u) >> 12 & mask;
}

/* The bytes being written: d[0..n) at position `start`. */
typedef struct {
    const uint8_t *d;
    size_t n;
    uint32_t start;
} input_t;

/* The longest match for d[i] (0 if under MIN_MATCH), its distance in *dist. */
static unsigned longest(const mp_deflate_t *z, const input_t *in, size_t i, unsigned *dist) {
    size_t avail = in->n - i < MAX_MATCH ? in->n - i : MAX_MATCH;
    if (avail < MIN_MATCH) return 0;
    const uint8_t *d = in->d, *w = z->window;
    uint32_t wmask = z->wsize - 1, pos = in->start + (uint32_t)i;
    uint16_t cand = z->head[hash3(d + i, z->hmask)];
    unsigned best = 0, last = 0;
    for (int chain = 0; chain < MAX_CHAIN; chain++) {
        unsigned back = (uint16_t)((uint16_t)pos - cand);
        /* Candidates only go back; stop where the window ends. Every
         * candidate is checked byte by byte, so a stale or aliased chain
         * entry costs time, never correctness. */
        if (back <= last || back > z->wsize || back > pos) break;
        last = back;
        uint32_t q = pos - back;
        size_t len = 0;
        while (len < avail) {
            uint32_t at = q + (uint32_t)len;
            uint8_t c = at < in->start ? w[at & wmask] : d[at - in->start];
            if (c != d[i + len]) break;
            len++;
        }
        if (len > best) {
            best = (unsigned)len;
            *dist = back;
            if (len == avail) break;
        }
        cand = z->prev[cand & wmask];
    }
    return best >= MIN_MATCH ? best : 0;
}

/* d[i] enters the window and, where three bytes of this write start
 * there, the hash chains. */
static void insert(mp_deflate_t *z, const input_t *in, size_t i) {
    uint32_t p = in->start + (uint32_t)i, wmask = z->wsize - 1;
    if (i + MIN_MATCH <= in->n) {
        uint32_t h = hash3(in->d + i, z->hmask);
        z->prev[p & wmask] = z->head[h];
        z->head[h] = (uint16_t)p;
    }
    z->window[p & wmask] = in->d[i];
}

bool mp_deflate_write(mp_deflate_t *z, const uint8_t *d, size_t n) {
    if (z->format == MP_DEFLATE_ZLIB) z->check = mp_deflate_adler32(z->check, d, n);
    if (z->format == MP_DEFLATE_GZIP) z->check = mp_deflate_crc32(z->check, d, n);
    input_t in = { d, n, z->total };
    size_t i = 0;
    while (i < n) {
        unsigned dist = 0, len = longest(z, &in, i, &dist);
        if (len == 0) {
            if (!put_symbol(z, d[i])) return false;
            insert(z, &in, i++);
            continue;
        }
        /* Lazy matching: a longer match one byte on wins over this one,
         * which becomes a literal. */
        insert(z, &in, i);
        if (len < LAZY_LIMIT && i + 1 < n) {
            unsigned dist2 = 0, len2 = longest(z, &in, i + 1, &dist2);
            if (len2 > len + 1) {
                if (!put_symbol(z, d[i])) return false;
                i++;
                insert(z, &in, i);
                len = len2;
                dist = dist2;
            }
        }
        if (!put_match(z, len, dist)) return false;
        for (size_t k = 1; k < len; k++) insert(z, &in, i + k);
        i += len;
    }
    z->total = in.start + (uint32_t)n;
    /* What is complete goes out now: an error of the sink shows at this write. */
    return flush_out(z);
}

bool mp_deflate_finish(mp_deflate_t *z) {
    /* End of block, then the last bits padded to a byte. */
    if (!put_symbol(z, 256) || (z->nbits > 0 && !put_bits(z, 0, 8 - z->nbits)) || !flush_out(z)) return false;
    if (z->format == MP_DEFLATE_ZLIB) {
        for (int s = 24; s >= 0; s -= 8) z->out[z->outlen++] = (uint8_t)(z->check >> s);
    } else if (z->format == MP_DEFLATE_GZIP) {
        for (int s = 0; s < 32; s += 8) z->out[z->outlen++] = (uint8_t)(z->check >> s);
        for (int s = 0; s < 32; s += 8) z->out[z->outlen++] = (uint8_t)(z->total >> s);
    }
    return flush_out(z);
}
