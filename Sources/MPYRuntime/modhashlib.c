/* The hashlib module: sha256 and sha1 (FIPS 180-4) and md5 (RFC 1321),
 * written from the standards. Each is a type: sha256(data=b"") makes a
 * hash object with update(data), digest(), hexdigest(), copy() and the
 * attributes name, digest_size and block_size. As CPython (and unlike
 * MicroPython, whose digest() ends the hash with "hash is final"), digest()
 * finishes a copy of the state, so update() may go on after it. The three
 * share one object layout (eight state words, a 64-byte block buffer, the
 * byte count) and one buffering routine; only the block function and the
 * byte order of the length and the result differ. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw
#define METHODS_END \
    { \
        NULL, { { NULL }, NULL, NULL, 0, 0, false } \
    }

typedef struct algo algo_t;

typedef struct {
    mp_obj_base_t base;
    uint32_t h[8];
    uint64_t count; /* bytes hashed */
    uint8_t block[64]; /* the first count % 64 bytes are pending */
} hash_t;

struct algo {
    const char *name;
    uint8_t digest_size;
    bool big_endian; /* length and result words: SHA big-endian, MD5 little */
    void (*compress)(uint32_t *h, const uint8_t *p);
    uint32_t init[8];
};

static inline uint32_t rotr(uint32_t x, unsigned k) { return (x >> k) | (x << (32 - k)); }
static inline uint32_t rotl(uint32_t x, unsigned k) { return (x << k) | (x >> (32 - k)); }
static inline uint32_t load_be(const uint8_t *p) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint32_t v;
    __builtin_memcpy(&v, p, 4);
    return __builtin_bswap32(v);
#else
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
#endif
}
static inline uint32_t load_le(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* ---- SHA-256 (FIPS 180-4, 6.2) ---- */

static const uint32_t sha256_k[64] = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
    0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c,
    0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

/* One round: the eight working variables are renamed instead of moved
 * (the caller rotates the argument list), so that only d and h change. */
#define SHA256_ROUND(a, b, c, d, e, f, g, h, t) \
    do { \
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + sha256_k[t] + w[(t) & 15]; \
        d += t1; \
        h = t1 + (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c)); \
    } while (0)

static void sha256_compress(uint32_t *h, const uint8_t *p) {
    uint32_t w[16];
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (unsigned t = 0; t < 64; t += 8) {
        for (unsigned i = t; i < t + 8; i++) {
            if (i < 16)
                w[i] = load_be(p + 4 * i);
            else {
                uint32_t w15 = w[(i - 15) & 15], w2 = w[(i - 2) & 15];
                uint32_t s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3);
                uint32_t s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10);
                w[i & 15] += s1 + w[(i - 7) & 15] + s0;
            }
        }
        SHA256_ROUND(a, b, c, d, e, f, g, hh, t);
        SHA256_ROUND(hh, a, b, c, d, e, f, g, t + 1);
        SHA256_ROUND(g, hh, a, b, c, d, e, f, t + 2);
        SHA256_ROUND(f, g, hh, a, b, c, d, e, t + 3);
        SHA256_ROUND(e, f, g, hh, a, b, c, d, t + 4);
        SHA256_ROUND(d, e, f, g, hh, a, b, c, t + 5);
        SHA256_ROUND(c, d, e, f, g, hh, a, b, t + 6);
        SHA256_ROUND(b, c, d, e, f, g, hh, a, t + 7);
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* ---- SHA-1 (FIPS 180-4, 6.1) ---- */

static void sha1_compress(uint32_t *h, const uint8_t *p) {
    uint32_t w[16];
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (unsigned t = 0; t < 80; t++) {
        uint32_t wt;
        if (t < 16)
            wt = w[t] = load_be(p + 4 * t);
        else
            wt = w[t & 15] = rotl(w[(t - 3) & 15] ^ w[(t - 8) & 15] ^ w[(t - 14) & 15] ^ w[t & 15], 1);
        uint32_t f, k;
        if (t < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (t < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (t < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t tmp = rotl(a, 5) + f + e + k + wt;
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* ---- MD5 (RFC 1321, 3.4) ---- */

/* T[i] = floor(2**32 * |sin(i + 1)|). */
static const uint32_t md5_t[64] = { 0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
    0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6,
    0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681,
    0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085,
    0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82,
    0xbd3af235, 0x2ad7d2bb, 0xeb86d391 };
/* Left rotations: four per round, repeated over the round's 16 steps. */
static const uint8_t md5_s[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

static void md5_compress(uint32_t *h, const uint8_t *p) {
    uint32_t x[16];
    for (unsigned i = 0; i < 16; i++) x[i] = load_le(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (unsigned i = 0; i < 64; i++) {
        uint32_t f;
        unsigned g, round = i >> 4;
        if (round == 0) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (round == 1) {
            f = (b & d) | (c & ~d);
            g = 5 * i + 1;
        } else if (round == 2) {
            f = b ^ c ^ d;
            g = 3 * i + 5;
        } else {
            f = c ^ (b | ~d);
            g = 7 * i;
        }
        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_t[i] + x[g & 15], md5_s[round * 4 + (i & 3)]);
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* ---- the hash objects ---- */

static const algo_t algo_sha256 = { "sha256", 32, true, sha256_compress,
    { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 } };
static const algo_t algo_sha1 = { "sha1", 20, true, sha1_compress,
    { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 } };
static const algo_t algo_md5 = { "md5", 16, false, md5_compress, { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 } };

static const mp_type_t sha256_type, sha1_type, md5_type;

static const algo_t *algo_of(const hash_t *s) {
    const mp_type_t *t = s->base.type;
    return t == &sha256_type ? &algo_sha256 : t == &sha1_type ? &algo_sha1 : &algo_md5;
}

static void absorb(hash_t *s, const algo_t *al, const uint8_t *p, size_t len) {
    size_t have = (size_t)(s->count & 63);
    s->count += len;
    if (have) {
        size_t take = 64 - have < len ? 64 - have : len;
        __builtin_memcpy(s->block + have, p, take);
        p += take;
        len -= take;
        if (have + take < 64) return;
        al->compress(s->h, s->block);
    }
    for (; len >= 64; p += 64, len -= 64) al->compress(s->h, p);
    if (len) __builtin_memcpy(s->block, p, len);
}

/* Data to hash: any bytes-like object (a str is CPython's TypeError). */
static bool hash_data(hash_t *s, mp_obj_t data) {
    if (mp_type_of(data) == &mp_type_str) {
        mp_raise_msg(&mp_type_TypeError, "Strings must be encoded before hashing");
        return false;
    }
    const uint8_t *p;
    size_t len;
    if (!mp_get_buffer(data, &p, &len)) {
        if (mp_type_of(data) != &mp_type_memoryview) {
            mp_raise_msg(&mp_type_TypeError, "object supporting the buffer API required");
            return false;
        }
        if (!mp_get_buffer_copy(data, &p, &len)) return false;
    }
    absorb(s, algo_of(s), p, len);
    return true;
}

/* Pads a copy of the state (FIPS 180-4 5.1.1, RFC 1321 3.1-3.2) and writes
 * the digest to out. */
static size_t finish(const hash_t *s, uint8_t *out) {
    const algo_t *al = algo_of(s);
    hash_t f = *s;
    uint64_t bits = s->count * 8;
    static const uint8_t pad[64] = { 0x80 };
    size_t have = (size_t)(s->count & 63);
    absorb(&f, al, pad, have < 56 ? 56 - have : 120 - have);
    uint8_t len[8];
    for (unsigned i = 0; i < 8; i++) len[al->big_endian ? 7 - i : i] = (uint8_t)(bits >> (8 * i));
    absorb(&f, al, len, 8);
    for (unsigned i = 0; i < al->digest_size; i++) {
        unsigned sh = al->big_endian ? 24 - 8 * (i & 3) : 8 * (i & 3);
        out[i] = (uint8_t)(f.h[i >> 2] >> sh);
    }
    return al->digest_size;
}

static mp_obj_t hash_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    if (kw != NULL && kw->used != 0)
        return mp_raise_fmt(&mp_type_TypeError, "%s() takes no keyword arguments", type->name);
    if (n > 1) return mp_raise_fmt(&mp_type_TypeError, "%s() takes at most 1 argument (%d given)", type->name, (int)n);
    hash_t *s = mp_alloc(sizeof *s);
    if (s == NULL) return MP_OBJ_NULL;
    s->base.type = type;
    __builtin_memcpy(s->h, algo_of(s)->init, sizeof s->h);
    if (n == 1 && !hash_data(s, args[0])) return MP_OBJ_NULL;
    return (mp_obj_t)s;
}

static mp_obj_t h_update(ARGS) {
    (void)n;
    (void)kw;
    return hash_data((hash_t *)a[0], a[1]) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t h_digest(ARGS) {
    (void)n;
    (void)kw;
    uint8_t d[32];
    size_t len = finish((const hash_t *)a[0], d);
    return mp_bytes_new(d, len);
}

static mp_obj_t h_hexdigest(ARGS) {
    (void)n;
    (void)kw;
    static const char digits[] = "0123456789abcdef";
    uint8_t d[32];
    char hex[64];
    size_t len = finish((const hash_t *)a[0], d);
    for (size_t i = 0; i < len; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    return mp_str_new(hex, 2 * len);
}

static mp_obj_t h_copy(ARGS) {
    (void)n;
    (void)kw;
    hash_t *c = mp_alloc(sizeof *c);
    if (c == NULL) return MP_OBJ_NULL;
    *c = *(const hash_t *)a[0];
    return (mp_obj_t)c;
}

static mp_obj_t hash_attr(mp_obj_t self, mp_obj_t name) {
    const algo_t *al = algo_of((const hash_t *)self);
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 4 && __builtin_memcmp(s, "name", 4) == 0) return mp_str_from_cstr(al->name);
    if (n == 11 && __builtin_memcmp(s, "digest_size", 11) == 0) return mp_small_int(al->digest_size);
    if (n == 10 && __builtin_memcmp(s, "block_size", 10) == 0) return mp_small_int(64);
    return MP_OBJ_SENTINEL;
}

static const mp_method_t hash_methods[] = {
    MP_METHOD("copy", h_copy, 1, 1),
    MP_METHOD("digest", h_digest, 1, 1),
    MP_METHOD("hexdigest", h_hexdigest, 1, 1),
    MP_METHOD("update", h_update, 2, 2),
    METHODS_END,
};

#define HASH_TYPE(NAME) \
    { .base = { &mp_type_type }, \
        .name = NAME, \
        .parent = &mp_type_object, \
        .make_new = hash_make_new, \
        .attr = hash_attr, \
        .methods = hash_methods }
static const mp_type_t sha256_type = HASH_TYPE("sha256");
static const mp_type_t sha1_type = HASH_TYPE("sha1");
static const mp_type_t md5_type = HASH_TYPE("md5");

/* hashlib.new(name, data=b""): the algorithm by name, in any case. */
static mp_obj_t hl_new(ARGS) {
    (void)kw;
    static const mp_type_t *const types[] = { &sha256_type, &sha1_type, &md5_type };
    const char *s;
    size_t len;
    if (!mp_arg_str(a[0], "name", &s, &len)) return MP_OBJ_NULL;
    for (size_t i = 0; i < MP_N(types); i++) {
        const char *tn = types[i]->name;
        size_t k = 0;
        while (k < len && tn[k] != 0 && (s[k] >= 'A' && s[k] <= 'Z' ? s[k] | 0x20 : s[k]) == tn[k]) k++;
        if (k == len && tn[k] == 0) return hash_make_new(types[i], n - 1, a + 1, NULL);
    }
    return mp_raise_fmt(&mp_type_ValueError, "unsupported hash type %S", a[0]);
}

static const mp_builtin_t hashlib_fns[] = {
    MP_FN("new", hl_new, 1, 2),
};

bool mp_modhashlib_fill(mp_dict_t *g) {
    return mp_mod_set(g, "md5", (mp_obj_t)&md5_type) && mp_mod_set(g, "sha1", (mp_obj_t)&sha1_type) &&
        mp_mod_set(g, "sha256", (mp_obj_t)&sha256_type) && mp_mod_add_fns(g, hashlib_fns, MP_N(hashlib_fns));
}
