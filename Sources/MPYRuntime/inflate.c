/* The decompressor of the deflate module (mpy/deflate.h): the zlib and
 * gzip headers and trailers (RFC 1950, 1952), DEFLATE's stored, fixed and
 * dynamic Huffman blocks (RFC 1951), and the code tables and checksums
 * the compressor shares. It is resumable: a read stops when the caller's
 * buffer is full, in the middle of a match or a stored block if need be,
 * and the next read goes on from there. */
#include "mpy/deflate.h"
#include "mpy/stream.h"

const uint16_t mp_deflate_len_base[29] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67,
    83, 99, 115, 131, 163, 195, 227, 258 };
const uint8_t mp_deflate_len_extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5,
    5, 5, 0 };
const uint16_t mp_deflate_dist_base[30] = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
    769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
const uint8_t mp_deflate_dist_extra[30] = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
    11, 11, 12, 12, 13, 13 };

uint32_t mp_deflate_adler32(uint32_t adler, const uint8_t *d, size_t n) {
    uint32_t a = adler & 0xFFFF, b = adler >> 16;
    while (n > 0) {
        /* 5552 bytes is the most that cannot overflow 32 bits before the modulo. */
        size_t k = n < 5552 ? n : 5552;
        n -= k;
        while (k--) {
            a += *d++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

uint32_t mp_deflate_crc32(uint32_t crc, const uint8_t *d, size_t n) {
    /* Four bits at a time: a 64-byte table (polynomial 0xEDB88320). */
    static const uint32_t nibble[16] = { 0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4,
        0x4DB26158, 0x5005713C, 0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278,
        0xBDBDF21C };
    crc = ~crc;
    while (n--) {
        crc ^= *d++;
        crc = (crc >> 4) ^ nibble[crc & 15];
        crc = (crc >> 4) ^ nibble[crc & 15];
    }
    return ~crc;
}

enum { S_BLOCK, S_STORED, S_HUFF, S_TRAILER, S_DONE, S_FAILED };

/* The next source byte, or an error code (the source's end inside the
 * data is an EOFError, as MicroPython's). */
static int next_byte(mp_inflate_t *z) {
    uint8_t c;
    mp_int_t got = mp_stream_read(z->src, &c, 1);
    if (got < 0) return MP_INFLATE_RAISED;
    if (got == 0) return (mp_raise_msg(&mp_type_EOFError, NULL), MP_INFLATE_RAISED);
    return c;
}

/* n (<= 16) bits, first bit lowest, into *v; 0 or an error code. Bytes
 * are fetched only as bits are needed. */
static int get_bits(mp_inflate_t *z, unsigned n, uint32_t *v) {
    while (z->nbits < n) {
        int c = next_byte(z);
        if (c < 0) return c;
        z->bits |= (uint32_t)c << z->nbits;
        z->nbits += 8;
    }
    *v = z->bits & ((1u << n) - 1);
    z->bits >>= n;
    z->nbits -= n;
    return 0;
}

/* Builds a code from the lengths of n symbols; false if over-subscribed.
 * An incomplete code is allowed (a code it lacks is an error when met). */
static bool build(mp_huffman_t *h, const uint8_t *lengths, unsigned n) {
    uint16_t offs[16];
    __builtin_memset(h->count, 0, sizeof h->count);
    for (unsigned i = 0; i < n; i++) h->count[lengths[i]]++;
    int left = 1;
    for (unsigned len = 1; len < 16; len++) {
        left = left * 2 - h->count[len];
        if (left < 0) return false;
    }
    offs[1] = 0;
    for (unsigned len = 1; len < 15; len++) offs[len + 1] = (uint16_t)(offs[len] + h->count[len]);
    for (unsigned i = 0; i < n; i++)
        if (lengths[i] != 0) h->symbol[offs[lengths[i]]++] = (uint16_t)i;
    return true;
}

/* One symbol, read a bit at a time down the canonical code. */
static int decode(mp_inflate_t *z, const mp_huffman_t *h) {
    int code = 0, first = 0, index = 0;
    for (unsigned len = 1; len < 16; len++) {
        if (z->nbits == 0) {
            int c = next_byte(z);
            if (c < 0) return c;
            z->bits = (uint32_t)c;
            z->nbits = 8;
        }
        code |= (int)(z->bits & 1);
        z->bits >>= 1;
        z->nbits--;
        int count = h->count[len];
        if (code - count < first) return h->symbol[index + (code - first)];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return MP_INFLATE_DATA;
}

static void fixed_codes(mp_inflate_t *z) {
    uint8_t lengths[288];
    for (unsigned i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    build(&z->lit, lengths, 288);
    for (unsigned i = 0; i < 30; i++) lengths[i] = 5;
    build(&z->dst, lengths, 30);
}

/* A dynamic block's code lengths (RFC 1951 3.2.7) and its two codes. */
static int dynamic_codes(mp_inflate_t *z) {
    static const uint8_t order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
    uint32_t hlit, hdist, hclen, v;
    int r;
    if ((r = get_bits(z, 5, &hlit)) < 0 || (r = get_bits(z, 5, &hdist)) < 0 || (r = get_bits(z, 4, &hclen)) < 0)
        return r;
    hlit += 257;
    hdist += 1;
    hclen += 4;
    if (hlit > 286 || hdist > 30) return MP_INFLATE_DATA;
    uint8_t lengths[286 + 30];
    __builtin_memset(lengths, 0, 19);
    for (unsigned i = 0; i < hclen; i++) {
        if ((r = get_bits(z, 3, &v)) < 0) return r;
        lengths[order[i]] = (uint8_t)v;
    }
    /* The code-length code lives in `lit` until the lengths are read. */
    if (!build(&z->lit, lengths, 19)) return MP_INFLATE_DATA;
    unsigned i = 0;
    while (i < hlit + hdist) {
        int sym = decode(z, &z->lit);
        if (sym < 0) return sym;
        if (sym < 16) {
            lengths[i++] = (uint8_t)sym;
            continue;
        }
        uint8_t len = 0;
        uint32_t rep;
        if (sym == 16) {
            if (i == 0) return MP_INFLATE_DATA;
            len = lengths[i - 1];
            if ((r = get_bits(z, 2, &rep)) < 0) return r;
            rep += 3;
        } else if (sym == 17) {
            if ((r = get_bits(z, 3, &rep)) < 0) return r;
            rep += 3;
        } else {
            if ((r = get_bits(z, 7, &rep)) < 0) return r;
            rep += 11;
        }
        if (i + rep > hlit + hdist) return MP_INFLATE_DATA;
        while (rep--) lengths[i++] = len;
    }
    if (lengths[256] == 0) return MP_INFLATE_DATA; /* no end-of-block code */
    if (!build(&z->lit, lengths, hlit) || !build(&z->dst, lengths + hlit, hdist)) return MP_INFLATE_DATA;
    return 0;
}

static int block_header(mp_inflate_t *z) {
    uint32_t v;
    int r = get_bits(z, 3, &v);
    if (r < 0) return r;
    z->final = v & 1;
    switch (v >> 1) {
    case 0: {
        /* Stored: from the next byte boundary, LEN and its complement. */
        z->bits = z->nbits = 0;
        uint32_t len, nlen;
        if ((r = get_bits(z, 16, &len)) < 0 || (r = get_bits(z, 16, &nlen)) < 0) return r;
        if ((len ^ nlen) != 0xFFFF) return MP_INFLATE_DATA;
        z->left = len;
        z->state = S_STORED;
        return 0;
    }
    case 1: fixed_codes(z); break;
    case 2:
        if ((r = dynamic_codes(z)) < 0) return r;
        break;
    default: return MP_INFLATE_DATA;
    }
    z->left = 0;
    z->state = S_HUFF;
    return 0;
}

/* After the last block: zlib's Adler-32 (big-endian), gzip's CRC-32 and
 * size (little-endian); check is up to date. */
static int trailer(mp_inflate_t *z) {
    z->bits = z->nbits = 0;
    if (z->format == MP_DEFLATE_RAW) return 0;
    uint8_t t[8];
    unsigned n = z->format == MP_DEFLATE_ZLIB ? 4 : 8;
    for (unsigned i = 0; i < n; i++) {
        int c = next_byte(z);
        if (c < 0) return c;
        t[i] = (uint8_t)c;
    }
    if (z->format == MP_DEFLATE_ZLIB) {
        uint32_t want = (uint32_t)t[0] << 24 | (uint32_t)t[1] << 16 | (uint32_t)t[2] << 8 | t[3];
        return want == z->check ? 0 : MP_INFLATE_DATA;
    }
    uint32_t crc = t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
    uint32_t size = t[4] | (uint32_t)t[5] << 8 | (uint32_t)t[6] << 16 | (uint32_t)t[7] << 24;
    return crc == z->check && size == z->total ? 0 : MP_INFLATE_DATA;
}

static void update_check(mp_inflate_t *z, const uint8_t *d, size_t n) {
    if (z->format == MP_DEFLATE_ZLIB) z->check = mp_deflate_adler32(z->check, d, n);
    if (z->format == MP_DEFLATE_GZIP) z->check = mp_deflate_crc32(z->check, d, n);
}

/* Skips a gzip header's zero-terminated field. */
static int skip_cstring(mp_inflate_t *z) {
    for (;;) {
        int c = next_byte(z);
        if (c <= 0) return c;
    }
}

static int gzip_header(mp_inflate_t *z) {
    int b[8];
    for (unsigned i = 0; i < 8; i++)
        if ((b[i] = next_byte(z)) < 0) return b[i];
    /* b: CM, FLG, MTIME (4), XFL, OS */
    int cm = b[0], flg = b[1], r;
    if (cm != 8 || (flg & 0xE0)) return MP_INFLATE_DATA;
    if (flg & 4) { /* FEXTRA */
        int lo = next_byte(z), hi = lo < 0 ? lo : next_byte(z);
        if (hi < 0) return hi;
        for (int n = lo | hi << 8; n > 0; n--)
            if ((r = next_byte(z)) < 0) return r;
    }
    if ((flg & 8) && (r = skip_cstring(z)) < 0) return r; /* FNAME */
    if ((flg & 16) && (r = skip_cstring(z)) < 0) return r; /* FCOMMENT */
    if (flg & 2) /* FHCRC */
        for (int n = 0; n < 2; n++)
            if ((r = next_byte(z)) < 0) return r;
    return 0;
}

int mp_inflate_start(mp_inflate_t *z, mp_obj_t src, int format, int wbits) {
    z->src = src;
    z->state = S_BLOCK;
    if (format == MP_DEFLATE_RAW) {
        if (wbits == 0) wbits = 8;
    } else {
        int b0 = next_byte(z), b1 = b0 < 0 ? b0 : next_byte(z);
        if (b1 < 0) return b1;
        int header_bits;
        if (b0 == 0x1F && b1 == 0x8B) {
            int r = gzip_header(z);
            if (r < 0) return r;
            if (format == MP_DEFLATE_ZLIB) return MP_INFLATE_DATA;
            format = MP_DEFLATE_GZIP;
            header_bits = 15;
        } else {
            /* zlib: CM 8, CINFO <= 7, no preset dictionary, FCHECK. */
            if ((b0 & 15) != 8 || (b0 >> 4) > 7 || (b1 & 0x20) || (b0 * 256 + b1) % 31 != 0) return MP_INFLATE_DATA;
            if (format == MP_DEFLATE_GZIP) return MP_INFLATE_DATA;
            format = MP_DEFLATE_ZLIB;
            header_bits = (b0 >> 4) + 8;
        }
        if (wbits == 0 || header_bits < wbits) wbits = header_bits;
    }
    z->format = format;
    z->check = format == MP_DEFLATE_ZLIB ? 1 : 0;
    z->window = mp_alloc((size_t)1 << wbits);
    if (z->window == NULL) return MP_INFLATE_RAISED;
    z->wmask = ((uint32_t)1 << wbits) - 1;
    return 0;
}

mp_int_t mp_inflate_read(mp_inflate_t *z, uint8_t *out, size_t n) {
    size_t k = 0, checked = 0;
    int r = 0;
    uint8_t *w = z->window;
    while (k < n && r == 0) {
        switch (z->state) {
        case S_BLOCK: r = z->final ? (z->state = S_TRAILER, 0) : block_header(z); break;
        case S_STORED: {
            if (z->left == 0) {
                z->state = S_BLOCK;
                break;
            }
            size_t m = n - k < z->left ? n - k : z->left;
            /* A user stream may give less than asked: 0 is its end. */
            mp_int_t got = mp_stream_read(z->src, out + k, m);
            if (got == 0) mp_raise_msg(&mp_type_EOFError, NULL);
            if (got <= 0) {
                r = MP_INFLATE_RAISED;
                break;
            }
            m = (size_t)got;
            for (size_t i = 0; i < m; i++) w[(z->total + i) & z->wmask] = out[k + i];
            z->total += (uint32_t)m;
            z->left -= (uint32_t)m;
            k += m;
            break;
        }
        case S_HUFF: {
            /* First the rest of a match, then symbols until the buffer is full. */
            while (z->left > 0 && k < n) {
                uint8_t c = w[(z->total - z->dist) & z->wmask];
                w[z->total++ & z->wmask] = c;
                out[k++] = c;
                z->left--;
            }
            while (k < n) {
                int sym = decode(z, &z->lit);
                if (sym < 0) {
                    r = sym;
                    break;
                }
                if (sym < 256) {
                    w[z->total++ & z->wmask] = (uint8_t)sym;
                    out[k++] = (uint8_t)sym;
                    continue;
                }
                if (sym == 256) {
                    z->state = S_BLOCK;
                    break;
                }
                sym -= 257;
                if (sym >= 29) {
                    r = MP_INFLATE_DATA;
                    break;
                }
                uint32_t extra, len, dist;
                if ((r = get_bits(z, mp_deflate_len_extra[sym], &extra)) < 0) break;
                len = mp_deflate_len_base[sym] + extra;
                int dsym = decode(z, &z->dst);
                if (dsym < 0 || dsym >= 30) {
                    r = dsym < 0 ? dsym : MP_INFLATE_DATA;
                    break;
                }
                if ((r = get_bits(z, mp_deflate_dist_extra[dsym], &extra)) < 0) break;
                dist = mp_deflate_dist_base[dsym] + extra;
                /* Not before the start, nor further back than the window. */
                if (dist > z->total || dist > z->wmask + 1) {
                    r = MP_INFLATE_DATA;
                    break;
                }
                z->left = len;
                z->dist = dist;
                break;
            }
            break;
        }
        case S_TRAILER:
            update_check(z, out + checked, k - checked);
            checked = k;
            r = trailer(z);
            if (r == 0) z->state = S_DONE;
            break;
        case S_DONE: goto done;
        default: return MP_INFLATE_DATA;
        }
    }
done:
    if (r < 0) {
        z->state = S_FAILED;
        return r;
    }
    update_check(z, out + checked, k - checked);
    return (mp_int_t)k;
}
