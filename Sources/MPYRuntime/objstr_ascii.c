/* The empty string and the 128 one-character strings of ASCII as read-only
 * static str objects, so that indexing, iterating, slicing and chr() never
 * allocate for an ASCII character (MicroPython interns these as qstrs).
 * Their hash is the one hash_bytes (objstr.c) and the compiler's strHash
 * give the same text, FNV-1a masked to a positive small int, worked out here
 * at compile time so that nothing is ever written into them. */
#include "mpy/runtime.h"

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u
#define HASH_MASK ((uint32_t)(MP_SMALL_INT_MAX >> 1))
#define NONZERO(h) ((h) != 0 ? (h) : 1u)
#define HASH0 NONZERO(FNV_BASIS &HASH_MASK)
#define HASH1(c) NONZERO(((uint32_t)((FNV_BASIS ^ (uint32_t)(c)) * FNV_PRIME)) & HASH_MASK)

/* Each character followed by a NUL, as heap strings keep theirs. */
#define T1(c) (char)(c), 0
#define T4(c) T1(c), T1((c) + 1), T1((c) + 2), T1((c) + 3)
#define T16(c) T4(c), T4((c) + 4), T4((c) + 8), T4((c) + 12)
static const char text[256] = { T16(0), T16(16), T16(32), T16(48), T16(64), T16(80), T16(96), T16(112) };

#define S1(c) { { &mp_type_str }, HASH1(c), 1, &text[2 * (c)], 1 }
#define S4(c) S1(c), S1((c) + 1), S1((c) + 2), S1((c) + 3)
#define S16(c) S4(c), S4((c) + 4), S4((c) + 8), S4((c) + 12)
const mp_str_t mp_str_ascii[128] = { S16(0), S16(16), S16(32), S16(48), S16(64), S16(80), S16(96), S16(112) };

const mp_str_t mp_str_empty = { { &mp_type_str }, HASH0, 0, &text[1], 0 };
