/* littlefs's configuration (LFS_CONFIG, given by the driver when it builds
 * lfs.c): littlefs's utilities written for the runtime, so that it needs
 * no C library on the boards (no malloc: every buffer is given in
 * lfs_config and lfs_file_config; no assert, no logging). */
#ifndef MPY_LFS_CONFIG_H
#define MPY_LFS_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LFS_NO_MALLOC
#define LFS_TRACE(...)
#define LFS_DEBUG(...)
#define LFS_WARN(...)
#define LFS_ERROR(...)
#define LFS_ASSERT(test) ((void)0)

/* The string functions lfs.c uses. */
#define memcpy __builtin_memcpy
#define memset __builtin_memset
#define memcmp __builtin_memcmp
#define strlen __builtin_strlen
#define strchr lfs_mpy_strchr
#define strcpy lfs_mpy_strcpy
#define strspn lfs_mpy_strspn
#define strcspn lfs_mpy_strcspn

static inline char *lfs_mpy_strchr(const char *s, int c) {
    for (;; s++) {
        if (*s == (char)c) return (char *)s;
        if (*s == 0) return NULL;
    }
}
static inline char *lfs_mpy_strcpy(char *d, const char *s) {
    char *r = d;
    while ((*d++ = *s++) != 0) {}
    return r;
}
/* Length of s's prefix made of characters in (accept) / not in (reject) set. */
static inline size_t lfs_mpy_span(const char *s, const char *set, bool accept) {
    size_t n = 0;
    for (; s[n]; n++)
        if ((lfs_mpy_strchr(set, s[n]) != NULL) != accept) break;
    return n;
}
static inline size_t lfs_mpy_strspn(const char *s, const char *set) { return lfs_mpy_span(s, set, true); }
static inline size_t lfs_mpy_strcspn(const char *s, const char *set) { return lfs_mpy_span(s, set, false); }

static inline uint32_t lfs_max(uint32_t a, uint32_t b) { return a > b ? a : b; }
static inline uint32_t lfs_min(uint32_t a, uint32_t b) { return a < b ? a : b; }
static inline uint32_t lfs_aligndown(uint32_t a, uint32_t alignment) { return a - a % alignment; }
static inline uint32_t lfs_alignup(uint32_t a, uint32_t alignment) {
    return lfs_aligndown(a + alignment - 1, alignment);
}
/* Smallest power of two >= a (a > 0), as its exponent. */
static inline uint32_t lfs_npw2(uint32_t a) { return a <= 1 ? 0 : 32 - (uint32_t)__builtin_clz(a - 1); }
static inline uint32_t lfs_ctz(uint32_t a) { return a == 0 ? 32 : (uint32_t)__builtin_ctz(a); }
static inline uint32_t lfs_popc(uint32_t a) { return (uint32_t)__builtin_popcount(a); }
static inline int lfs_scmp(uint32_t a, uint32_t b) { return (int)(unsigned)(a - b); }
/* Both targets are little-endian. */
static inline uint32_t lfs_fromle32(uint32_t a) { return a; }
static inline uint32_t lfs_tole32(uint32_t a) { return a; }
static inline uint32_t lfs_frombe32(uint32_t a) { return __builtin_bswap32(a); }
static inline uint32_t lfs_tobe32(uint32_t a) { return __builtin_bswap32(a); }

/* CRC-32 (reflected polynomial 0xEDB88320), no final inversion: littlefs's. */
static inline uint32_t lfs_crc(uint32_t crc, const void *buffer, size_t size) {
    const uint8_t *p = buffer;
    for (size_t i = 0; i < size; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc;
}

static inline void *lfs_malloc(size_t size) {
    (void)size;
    return NULL;
}
static inline void lfs_free(void *p) { (void)p; }

#endif
