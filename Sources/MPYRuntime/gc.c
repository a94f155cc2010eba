/* The garbage-collected heap: one fixed arena, mark-sweep, conservative.
 *
 *   arena: [ allocation table: 2 bits per block | blocks of 16 bytes ... ]
 *   table entry: 0 free, 1 head of an object, 2 tail (continuation), 3 marked head
 *
 * Roots are the runtime state and every word of the C stack (and the
 * registers, spilled to it first). A word that points anywhere inside an
 * object keeps it alive: optimized native code may hold only a derived
 * pointer. Objects are scanned conservatively too.
 */
#include "mpy/runtime.h"

#define BLOCK 16
#define AT_FREE 0
#define AT_HEAD 1
#define AT_TAIL 2
#define AT_MARK 3
#define MARK_STACK 64

static uint8_t *atb; /* allocation table */
static uint8_t *pool; /* first block */
static size_t n_blocks;
static size_t search_from; /* hint: blocks before this are all in use */
static size_t used_blocks;
bool mp_gc_stress;
/* gc.threshold(): blocks allocated since the last collection that start
 * the next one; SIZE_MAX for none. */
static size_t threshold_blocks = SIZE_MAX;
static size_t allocated_blocks;
static bool collecting;

static inline unsigned at_get(size_t b) { return (atb[b >> 2] >> ((b & 3) * 2)) & 3; }
static inline void at_set(size_t b, unsigned v) {
    uint8_t *p = &atb[b >> 2];
    unsigned shift = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3u << shift)) | (v << shift));
}

void mp_gc_init(void *heap, size_t size) {
    uintptr_t start = ((uintptr_t)heap + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    size -= start - (uintptr_t)heap;
    /* Each block costs BLOCK bytes plus a quarter byte of table. */
    n_blocks = (size * 4) / (BLOCK * 4 + 1);
    size_t table = (n_blocks + 3) / 4;
    table = (table + BLOCK - 1) & ~(size_t)(BLOCK - 1);
    while (table + n_blocks * BLOCK > size) n_blocks--;
    atb = (uint8_t *)start;
    pool = (uint8_t *)start + table;
    __builtin_memset(atb, 0, table);
    search_from = 0;
    used_blocks = 0;
}

static inline bool in_heap(uintptr_t p) { return p >= (uintptr_t)pool && p < (uintptr_t)pool + n_blocks * BLOCK; }

static size_t mark_stack[MARK_STACK];
static size_t mark_sp;
static bool mark_overflow;

/* Marks the object containing address p (if any) and queues it. */
static void mark_addr(uintptr_t p) {
    if (!in_heap(p)) return;
    size_t b = (p - (uintptr_t)pool) / BLOCK;
    unsigned t = at_get(b);
    if (t == AT_FREE) return;
    while (t == AT_TAIL) {
        b--;
        t = at_get(b);
    }
    if (t != AT_HEAD) return; /* free, or already marked */
    at_set(b, AT_MARK);
    if (mark_sp < MARK_STACK)
        mark_stack[mark_sp++] = b;
    else
        mark_overflow = true;
}

static void scan_block_object(size_t b) {
    size_t e = b + 1;
    while (e < n_blocks && at_get(e) == AT_TAIL) e++;
    uintptr_t *w = (uintptr_t *)(pool + b * BLOCK);
    uintptr_t *end = (uintptr_t *)(pool + e * BLOCK);
    for (; w < end; w++) mark_addr(*w);
}

static void drain(void) {
    for (;;) {
        while (mark_sp > 0) scan_block_object(mark_stack[--mark_sp]);
        if (!mark_overflow) return;
        /* The stack overflowed: rescan every marked object (rare). */
        mark_overflow = false;
        for (size_t b = 0; b < n_blocks; b++) {
            if (at_get(b) == AT_MARK) scan_block_object(b);
            while (mark_sp > 0) scan_block_object(mark_stack[--mark_sp]);
        }
    }
}

/* Reads every word of the C stack, red zones included: not instrumented. */
__attribute__((no_sanitize("address"))) static void mark_range(const void *lo, const void *hi) {
    for (const uintptr_t *w = lo; (const void *)w < hi; w++) {
        mark_addr(*w);
        if (mark_sp == MARK_STACK) drain();
    }
    drain();
}

__attribute__((noinline, no_sanitize("address"))) static void mark_stack_and_registers(void) {
    /* Spill callee-saved registers so they are scanned with the stack. On
     * ARMv7-M clang's __builtin_unwind_init also saves d8-d15, which faults
     * on a CPU without an FPU: store r4-r11 (and s16-s31 with an FPU) here. */
#if defined(__arm__)
    volatile uintptr_t regs[8 + 16];
    __asm__ volatile("stmia %0, {r4-r11}" : : "r"(regs) : "memory");
#if defined(__ARM_FP)
    __asm__ volatile("vstmia %0, {s16-s31}" : : "r"(regs + 8) : "memory");
#endif
#else
    __builtin_unwind_init();
#endif
    volatile uintptr_t here = 0;
    char *sp = (char *)&here;
#if defined(__arm__)
    if ((char *)regs < sp) sp = (char *)regs;
#endif
    sp = (char *)((uintptr_t)sp & ~(uintptr_t)(sizeof(uintptr_t) - 1));
    mark_range(sp, mp_state.stack_top);
}

/* A table byte holds 4 blocks. Bytes of garbage only (no marked head;
 * leading tails not continuing a live object) and bytes of four live
 * one-block objects are swept whole; the rest field by field. */
static inline bool byte_has_mark(unsigned x) { return (x & (x >> 1) & 0x55) != 0; }

static void sweep(void) {
    used_blocks = 0;
    bool in_free_obj = false; /* the blocks before belong to a freed object */
    size_t bytes = (n_blocks + 3) / 4;
    for (size_t i = 0; i < bytes; i++) {
        unsigned x = atb[i];
        if (x == 0) {
            in_free_obj = false;
            continue;
        }
        if (x == 0xFF) {
            atb[i] = 0x55;
            used_blocks += 4;
            in_free_obj = false;
            continue;
        }
        if (!byte_has_mark(x) && (in_free_obj || (x & 3) != AT_TAIL)) {
            /* The state after the byte: its last field that is no tail decides. */
            for (int f = 3; f >= 0; f--) {
                unsigned t = (x >> (f * 2)) & 3;
                if (t == AT_TAIL) continue;
                in_free_obj = t == AT_HEAD;
                break;
            }
            atb[i] = 0;
            continue;
        }
        for (size_t b = i * 4; b < i * 4 + 4; b++) {
            unsigned t = at_get(b);
            if (t == AT_MARK) {
                at_set(b, AT_HEAD);
                used_blocks++;
                in_free_obj = false;
            } else if (t == AT_HEAD) {
                at_set(b, AT_FREE);
                in_free_obj = true;
            } else if (t == AT_TAIL) {
                if (in_free_obj)
                    at_set(b, AT_FREE);
                else
                    used_blocks++;
            } else
                in_free_obj = false;
        }
    }
}

void mp_gc_collect(void) {
    if (collecting) return;
    collecting = true;
    allocated_blocks = 0;
    mark_sp = 0;
    mark_overflow = false;
    mark_range(&mp_state, (char *)&mp_state + sizeof(mp_state));
    mark_stack_and_registers();
    sweep();
    search_from = 0;
    collecting = false;
}

/* Next fit: search from where the last allocation ended, wrapping once,
 * so a full heap is not rescanned from its start on every allocation. */
static void *alloc_at(size_t start, size_t nb) {
    at_set(start, AT_HEAD);
    size_t i = start + 1, end = start + nb;
    for (; i < end && (i & 3) != 0; i++) at_set(i, AT_TAIL);
    for (; i + 4 <= end; i += 4) atb[i >> 2] = 0xAA; /* four tails */
    for (; i < end; i++) at_set(i, AT_TAIL);
    search_from = start + nb;
    used_blocks += nb;
    void *p = pool + start * BLOCK;
    __builtin_memset(p, 0, nb * BLOCK);
    return p;
}

/* Does a table byte have a free block? (A free field is 00.) */
static inline bool byte_has_free(unsigned x) { return ((x | (x >> 1)) & 0x55) != 0x55; }

/* The first run of nb free blocks in [from, to), found a table byte at a
 * time where a byte has no free block or is all free. */
static void *find_run(size_t from, size_t to, size_t nb) {
    size_t run = 0;
    size_t b = from;
    while (b < to) {
        if ((b & 3) == 0 && b + 4 <= to) {
            unsigned x = atb[b >> 2];
            if (!byte_has_free(x)) {
                run = 0;
                b += 4;
                continue;
            }
            if (x == 0 && run + 4 < nb) {
                run += 4;
                b += 4;
                continue;
            }
        }
        if (at_get(b) != AT_FREE)
            run = 0;
        else if (++run == nb)
            return alloc_at(b + 1 - nb, nb);
        b++;
    }
    return NULL;
}

static void *try_alloc(size_t nb) {
    void *p = find_run(search_from, n_blocks, nb);
    if (p != NULL) return p;
    size_t end = search_from + nb < n_blocks ? search_from + nb : n_blocks;
    return find_run(0, end, nb);
}

bool mp_heap_locked;

void *mp_alloc(size_t nbytes) {
    if (mp_heap_locked) {
        mp_raise(mp_state.memory_error);
        return NULL;
    }
    size_t nb = (nbytes + BLOCK - 1) / BLOCK;
    if (nb == 0) nb = 1;
    if (mp_gc_stress || allocated_blocks >= threshold_blocks) mp_gc_collect();
    allocated_blocks += nb;
    void *p = try_alloc(nb);
    if (p == NULL) {
        mp_gc_collect();
        p = try_alloc(nb);
        if (p == NULL) {
            mp_raise(mp_state.memory_error);
            return NULL;
        }
    }
    return p;
}

void *mp_realloc(void *old, size_t old_n, size_t new_n) {
    void *p = mp_alloc(new_n);
    if (p == NULL) return NULL;
    if (old != NULL) __builtin_memcpy(p, old, old_n < new_n ? old_n : new_n);
    return p;
}

void mp_gc_set_threshold(mp_int_t bytes) { threshold_blocks = bytes < 0 ? SIZE_MAX : (size_t)bytes / BLOCK; }
mp_int_t mp_gc_threshold(void) { return threshold_blocks == SIZE_MAX ? -1 : (mp_int_t)(threshold_blocks * BLOCK); }

size_t mp_gc_used_bytes(void) { return used_blocks * BLOCK; }
size_t mp_gc_free_bytes(void) { return (n_blocks - used_blocks) * BLOCK; }
