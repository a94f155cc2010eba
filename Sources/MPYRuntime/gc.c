/* The garbage-collected heap: one fixed arena, mark-sweep, conservative,
 * with an allocator that never searches the allocation table.
 *
 *   arena: [ allocation table: 2 bits per block | blocks of 16 bytes ... ]
 *   table entry: 0 free, 1 head of an object, 2 tail (continuation), 3 marked head
 *
 * Every free block belongs to exactly one free run: the bump region
 * [bump, bump_end) that small objects are cut from, or a run on one of the
 * size-segregated lists (bins[k] holds runs of exactly k blocks, the last
 * bin runs of LARGE blocks or more). A run's first block holds its header
 * (next, prev, length). The sweep rebuilds the runs from the table, so an
 * allocation takes the bump region's front, or else the smallest run that
 * fits (a bitmap of non-empty bins finds it in a few instructions); only
 * a large object walks the list of large runs (first fit).
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
#define MARK_STACK 128
#define NBINS 32
#define LARGE (NBINS - 1) /* the last bin: runs of LARGE blocks or more */
#define NONE UINT32_MAX
#define EVEN 0x55555555u /* bit 0 of every 2-bit field of a table word */
#define ALL_TAILS 0xAAAAAAAAu

/* What the allocation fast path reads, together (one base address). */
static struct {
    uint32_t *atw; /* allocation table, 16 blocks per word */
    uint8_t *pool; /* first block */
    size_t bump, bump_end; /* the bump region */
    size_t allocated; /* blocks allocated since the last collection */
    /* gc.threshold(): `allocated` that starts the next collection; SIZE_MAX for none */
    size_t limit;
} A = { .limit = SIZE_MAX };
#define atw A.atw
#define pool A.pool
#define bump A.bump
#define bump_end A.bump_end
static size_t used_base; /* blocks in use after the last sweep, less those shrunk since */
static size_t n_blocks; /* a multiple of 16 */
bool mp_gc_stress;
bool mp_heap_locked;
static bool collecting;

/* The free runs. */
typedef struct {
    uint32_t next, prev, len;
} run_t;
static uint32_t bins[NBINS];
static uint32_t bin_bits; /* bit k: bins[k] is not empty */

static inline unsigned at_get(size_t b) { return (atw[b >> 4] >> ((b & 15) * 2)) & 3; }
static inline void at_set(size_t b, unsigned v) {
    uint32_t *p = &atw[b >> 4];
    unsigned shift = (b & 15) * 2;
    *p = (*p & ~(3u << shift)) | (v << shift);
}
static inline run_t *run_at(size_t b) { return (run_t *)(pool + b * BLOCK); }
static inline unsigned bin_of(size_t len) { return len < LARGE ? (unsigned)len : LARGE; }

static void run_push(size_t start, size_t len) {
    run_t *r = run_at(start);
    unsigned k = bin_of(len);
    r->len = (uint32_t)len;
    r->prev = NONE;
    r->next = bins[k];
    if (bins[k] != NONE) run_at(bins[k])->prev = (uint32_t)start;
    bins[k] = (uint32_t)start;
    bin_bits |= 1u << k;
}

static void run_unlink(size_t start) {
    run_t *r = run_at(start);
    unsigned k = bin_of(r->len);
    if (r->prev != NONE)
        run_at(r->prev)->next = r->next;
    else
        bins[k] = r->next;
    if (r->next != NONE) run_at(r->next)->prev = r->prev;
    if (bins[k] == NONE) bin_bits &= ~(1u << k);
}

static void clear_runs(void) {
    for (int k = 0; k < NBINS; k++) bins[k] = NONE;
    bin_bits = 0;
    bump = bump_end = 0;
}

void mp_gc_init(void *heap, size_t size) {
    uintptr_t start = ((uintptr_t)heap + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    size -= start - (uintptr_t)heap;
    /* Each block costs BLOCK bytes plus a quarter byte of table; the
     * table is whole words and the blocks a multiple of 16. */
    n_blocks = ((size * 4) / (BLOCK * 4 + 1)) & ~(size_t)15;
    size_t table = n_blocks / 4;
    table = (table + BLOCK - 1) & ~(size_t)(BLOCK - 1);
    while (table + n_blocks * BLOCK > size) n_blocks -= 16;
    atw = (uint32_t *)start;
    pool = (uint8_t *)start + table;
    __builtin_memset(atw, 0, table);
    used_base = 0;
    A.allocated = 0;
    clear_runs();
    run_push(0, n_blocks);
}

static inline bool in_heap(uintptr_t p) { return p - (uintptr_t)pool < n_blocks * BLOCK; }

/* ---- marking ---- */

/* The mark stack holds ranges of words still to scan. A range longer
 * than SCAN_CHUNK words is scanned a chunk at a time, its rest pushed back
 * below the chunk's children: a wide object (a list of 100,000 items)
 * then needs a few entries, not one per item, and overflows only when
 * nesting is deep. */
#define SCAN_CHUNK 16
typedef struct {
    const uintptr_t *lo, *hi;
} range_t;
static range_t mark_stack[MARK_STACK];
static size_t mark_sp;
static bool mark_overflow;

/* The head of the object that block b (a tail) belongs to. */
static inline size_t head_of(size_t b) {
    while (at_get(b) == AT_TAIL) b = ((b & 15) == 15 && atw[b >> 4] == ALL_TAILS) ? b - 16 : b - 1;
    return b;
}

/* The block after the last one of the object whose head is b. */
static inline size_t end_of(size_t b) {
    size_t e = b + 1;
    while (e < n_blocks && at_get(e) == AT_TAIL) e += ((e & 15) == 0 && atw[e >> 4] == ALL_TAILS) ? 16 : 1;
    return e;
}

static inline void push_object(size_t b) {
    if (mark_sp < MARK_STACK) {
        mark_stack[mark_sp].lo = (const uintptr_t *)(pool + b * BLOCK);
        mark_stack[mark_sp].hi = (const uintptr_t *)(pool + end_of(b) * BLOCK);
        mark_sp++;
    } else
        mark_overflow = true; /* marked, not queued: found by the rescan */
}

/* Marks the object containing block b (if any) and queues it. */
static void mark_block(size_t b) {
    unsigned t = at_get(b);
    if (t == AT_FREE) return;
    if (t == AT_TAIL) {
        b = head_of(b);
        t = at_get(b);
    }
    if (t != AT_HEAD) return; /* already marked */
    at_set(b, AT_MARK);
    push_object(b);
}

/* Scans words [lo, hi): the bounds check is inline, so that the common
 * words (small ints, pointers to read-only data) cost a compare each. */
static inline void scan_words(const uintptr_t *lo, const uintptr_t *hi) {
    uintptr_t base = (uintptr_t)pool, limit = n_blocks * BLOCK;
    for (const uintptr_t *w = lo; w < hi; w++) {
        uintptr_t off = *w - base;
        if (off < limit) mark_block(off / BLOCK);
    }
}

static void drain_stack(void) {
    while (mark_sp > 0) {
        range_t r = mark_stack[--mark_sp];
        if (r.hi - r.lo > SCAN_CHUNK) {
            mark_stack[mark_sp].lo = r.lo + SCAN_CHUNK;
            mark_stack[mark_sp].hi = r.hi;
            mark_sp++;
            r.hi = r.lo + SCAN_CHUNK;
        }
        scan_words(r.lo, r.hi);
    }
}

static void drain(void) {
    for (;;) {
        drain_stack();
        if (!mark_overflow) return;
        /* The stack overflowed: rescan every marked object (rare), a table
         * word at a time where it has no marked head. */
        mark_overflow = false;
        for (size_t b = 0; b < n_blocks; b++) {
            uint32_t w = atw[b >> 4];
            if ((b & 15) == 0 && (w & (w >> 1) & EVEN) == 0) {
                b += 15;
                continue;
            }
            if (at_get(b) == AT_MARK) {
                push_object(b);
                drain_stack();
            }
        }
    }
}

/* Reads every word of the C stack, red zones included: not instrumented. */
__attribute__((no_sanitize("address"))) static void mark_range(const void *lo, const void *hi) {
    uintptr_t base = (uintptr_t)pool, limit = n_blocks * BLOCK;
    for (const uintptr_t *w = lo; (const void *)w < hi; w++) {
        uintptr_t off = *w - base;
        if (off < limit) mark_block(off / BLOCK);
        if (mark_sp == MARK_STACK) drain_stack();
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

/* ---- sweeping ---- */

/* Appends a run found by the sweep to its bin's tail, so that the bins
 * list runs in address order (first fit then takes the lowest). */
static void sweep_run(uint32_t *bin_tails, size_t start, size_t len) {
    run_t *r = run_at(start);
    unsigned k = bin_of(len);
    r->len = (uint32_t)len;
    r->next = NONE;
    r->prev = bin_tails[k];
    if (bin_tails[k] == NONE)
        bins[k] = (uint32_t)start;
    else
        run_at(bin_tails[k])->next = (uint32_t)start;
    bin_tails[k] = (uint32_t)start;
    bin_bits |= 1u << k;
}

/* One table word (16 blocks) at a time, with masks of the 2-bit fields
 * at their even bits: marked heads become heads, unmarked heads and their
 * tails free, and the free fields end or extend the current free run.
 * The tails of a live object are the tail runs that start right after a
 * marked head (or continue one from the previous word): adding a seed at
 * the bottom of such a run clears it by carry propagation. */
static void sweep(void) {
    clear_runs();
    uint32_t bin_tails[NBINS];
    for (int k = 0; k < NBINS; k++) bin_tails[k] = NONE;
    size_t free_blocks = 0;
    size_t run_start = 0;
    bool in_run = false;
    uint32_t carry_live = 0; /* the word before ends inside a live object */
    size_t words = n_blocks / 16;
    for (size_t i = 0; i < words; i++) {
        uint32_t w = atw[i];
        uint32_t freed;
        if (w == 0) {
            freed = EVEN;
            carry_live = 0;
        } else {
            uint32_t lo = w & EVEN, hi = (w >> 1) & EVEN;
            uint32_t marked = lo & hi, tails = hi & ~lo;
            uint32_t seeds = ((marked << 2) | carry_live) & tails;
            uint32_t live_tails = tails & ~((tails | (tails << 1)) + seeds);
            uint32_t live = marked | live_tails;
            atw[i] = marked | (live_tails << 1);
            freed = ~live & EVEN;
            carry_live = (live >> 30) & 1;
        }
        if (freed == EVEN) {
            if (!in_run) {
                run_start = i * 16;
                in_run = true;
            }
            continue;
        }
        /* A mixed word: walk its free and live stretches. */
        unsigned pos = 0; /* field index */
        while (pos < 16) {
            uint32_t above = EVEN & (~0u << (pos * 2));
            if (in_run) {
                uint32_t l = ~freed & above;
                if (l == 0) break;
                pos = (unsigned)__builtin_ctz(l) / 2;
                size_t len = i * 16 + pos - run_start;
                sweep_run(bin_tails, run_start, len);
                free_blocks += len;
                in_run = false;
            } else {
                uint32_t f = freed & above;
                if (f == 0) break;
                pos = (unsigned)__builtin_ctz(f) / 2;
                run_start = i * 16 + pos;
                in_run = true;
            }
        }
    }
    if (in_run) {
        sweep_run(bin_tails, run_start, n_blocks - run_start);
        free_blocks += n_blocks - run_start;
    }
    used_base = n_blocks - free_blocks;
}

void mp_gc_collect(void) {
    if (collecting) return;
    collecting = true;
    mark_sp = 0;
    mark_overflow = false;
    mark_range(&mp_state, (char *)&mp_state + sizeof(mp_state));
    mark_stack_and_registers();
    sweep();
    A.allocated = 0;
    collecting = false;
}

/* ---- allocation ---- */

/* Table fields of an object of n blocks (1..16) within one table word: a
 * head, then tails. */
static const uint32_t head_pattern[17] = { 0, 0x00000001u, 0x00000009u, 0x00000029u, 0x000000A9u, 0x000002A9u,
    0x00000AA9u, 0x00002AA9u, 0x0000AAA9u, 0x0002AAA9u, 0x000AAAA9u, 0x002AAAA9u, 0x00AAAAA9u, 0x02AAAAA9u, 0x0AAAAAA9u,
    0x2AAAAAA9u, 0xAAAAAAA9u };

__attribute__((noinline)) static void set_fields_long(size_t b, size_t nb) {
    at_set(b, AT_HEAD);
    size_t i = b + 1, end = b + nb;
    for (; i < end && (i & 15) != 0; i++) at_set(i, AT_TAIL);
    for (; i + 16 <= end; i += 16) atw[i >> 4] = ALL_TAILS;
    for (; i < end; i++) at_set(i, AT_TAIL);
}

/* The free blocks [b, b + nb) become one object, zeroed. */
static inline void *claim(size_t b, size_t nb) {
    if ((b & 15) + nb <= 16)
        atw[b >> 4] |= head_pattern[nb] << ((b & 15) * 2); /* the fields were 00 */
    else
        set_fields_long(b, nb);
    uint32_t *p = (uint32_t *)(pool + b * BLOCK);
    if (nb == 1) {
        p[0] = p[1] = p[2] = p[3] = 0;
    } else if (nb == 2 && sizeof(uintptr_t) == 4) {
        p[0] = p[1] = p[2] = p[3] = p[4] = p[5] = p[6] = p[7] = 0;
    } else {
        __builtin_memset(p, 0, nb * BLOCK);
    }
    return p;
}

/* Makes the run at start (already unlinked) the bump region; what was
 * left of the old one goes back to its bin. */
static inline void set_bump(size_t start, size_t len) {
    if (bump < bump_end) run_push(bump, bump_end - bump);
    bump = start;
    bump_end = start + len;
}

static void *take(size_t nb) {
    if (nb <= bump_end - bump) {
        size_t b = bump;
        bump += nb;
        return claim(b, nb);
    }
    if (nb < LARGE) {
        /* The smallest run that fits becomes the bump region; a large run
         * only once there are no small ones left, else small objects would
         * stream into it and leave the small runs (holes) unused. */
        uint32_t fit = bin_bits & (~0u << nb);
        if (fit == 0) return NULL;
        unsigned k = (unsigned)__builtin_ctz(fit);
        if (k < LARGE || (bin_bits & ((1u << LARGE) - 1)) == 0) {
            size_t start = bins[k];
            size_t len = run_at(start)->len;
            run_unlink(start);
            set_bump(start + nb, len - nb);
            return claim(start, nb);
        }
    }
    /* Large (or small with only holes too small for it): the first large
     * run that fits; its rest goes back to a bin. */
    for (uint32_t s = bins[LARGE]; s != NONE; s = run_at(s)->next) {
        size_t len = run_at(s)->len;
        if (len < nb) continue;
        run_unlink(s);
        if (len > nb) run_push(s + nb, len - nb);
        return claim(s, nb);
    }
    return NULL;
}

static inline size_t blocks_for(size_t nbytes) {
    if (nbytes > SIZE_MAX / 2) return SIZE_MAX / BLOCK; /* too large for any heap */
    size_t nb = (nbytes + BLOCK - 1) / BLOCK;
    return nb == 0 ? 1 : nb;
}

__attribute__((noinline)) static void *alloc_slow(size_t nb) {
    if (mp_heap_locked || nb >= n_blocks) {
        mp_raise(mp_state.memory_error);
        return NULL;
    }
    if (A.allocated >= A.limit || mp_gc_stress) mp_gc_collect();
    void *p = take(nb);
    if (p == NULL) {
        mp_gc_collect();
        p = take(nb);
        if (p == NULL) {
            mp_raise(mp_state.memory_error);
            return NULL;
        }
    }
    A.allocated += nb;
    return p;
}

void *mp_alloc(size_t nbytes) {
    size_t nb = blocks_for(nbytes);
    /* The fast path: the front of the bump region. */
    size_t b = bump;
    if (nb <= bump_end - b && A.allocated < A.limit && !(mp_heap_locked | mp_gc_stress)) {
        bump = b + nb;
        A.allocated += nb;
        return claim(b, nb);
    }
    return alloc_slow(nb);
}

/* Are blocks [from, to) all free? */
static bool all_free(size_t from, size_t to) {
    if (to > n_blocks) return false;
    size_t b = from;
    while (b < to) {
        if ((b & 15) == 0 && b + 16 <= to) {
            if (atw[b >> 4] != 0) return false;
            b += 16;
            continue;
        }
        if (at_get(b) != AT_FREE) return false;
        b++;
    }
    return true;
}

/* Takes the free blocks [from, to) out of the runs that hold them: they
 * begin at the start of the bump region or of a run (every free block
 * after an object's last block is one), and may span several. */
static void take_range(size_t from, size_t to) {
    size_t pos = from;
    while (pos < to) {
        if (pos == bump && bump < bump_end) {
            size_t n = bump_end - bump < to - pos ? bump_end - bump : to - pos;
            bump += n;
            pos += n;
            continue;
        }
        size_t len = run_at(pos)->len;
        run_unlink(pos);
        if (len > to - pos) {
            run_push(to, len - (to - pos));
            len = to - pos;
        }
        pos += len;
    }
}

void *mp_realloc(void *old, size_t old_n, size_t new_n) {
    uintptr_t a = (uintptr_t)old;
    size_t b = (a - (uintptr_t)pool) / BLOCK;
    if (old == NULL || !in_heap(a) || (a & (BLOCK - 1)) != 0 || at_get(b) != AT_HEAD || collecting) {
        void *p = mp_alloc(new_n);
        if (p != NULL && old != NULL) __builtin_memcpy(p, old, old_n < new_n ? old_n : new_n);
        return p;
    }
    size_t old_nb = end_of(b) - b, nb = blocks_for(new_n);
    size_t keep = old_n < new_n ? old_n : new_n;
    if (keep > old_nb * BLOCK) keep = old_nb * BLOCK;
    if (nb > old_nb && !all_free(b + old_nb, b + nb)) {
        /* Cannot grow in place: move (the old block stays until no word refers to it). */
        void *p = mp_alloc(new_n);
        if (p != NULL) __builtin_memcpy(p, old, keep);
        return p;
    }
    if (nb > old_nb) {
        take_range(b + old_nb, b + nb);
        for (size_t i = b + old_nb; i < b + nb; i++) {
            if ((i & 15) == 0 && i + 16 <= b + nb) {
                atw[i >> 4] = ALL_TAILS;
                i += 15;
            } else
                at_set(i, AT_TAIL);
        }
        A.allocated += nb - old_nb;
    } else if (nb < old_nb) {
        /* Shrink in place: the blocks after the new end are a free run. */
        for (size_t i = b + nb; i < b + old_nb; i++) at_set(i, AT_FREE);
        run_push(b + nb, old_nb - nb);
        used_base -= old_nb - nb;
    }
    /* As a fresh block would be: zero past the bytes kept. */
    __builtin_memset((uint8_t *)old + keep, 0, nb * BLOCK - keep);
    return old;
}

void mp_gc_set_threshold(mp_int_t bytes) { A.limit = bytes < 0 ? SIZE_MAX : (size_t)bytes / BLOCK; }
mp_int_t mp_gc_threshold(void) { return A.limit == SIZE_MAX ? -1 : (mp_int_t)(A.limit * BLOCK); }

size_t mp_gc_used_bytes(void) { return (used_base + A.allocated) * BLOCK; }
size_t mp_gc_free_bytes(void) { return (n_blocks - used_base - A.allocated) * BLOCK; }

#ifdef MP_GC_TESTING
/* For the unit tests (Tests/runtime/gc): the block size of the object at
 * p (0 if p is not the start of one), and a full consistency check of the
 * table against the runs (0 when consistent, else a code). */
size_t mp_gc_test_block_bytes(const void *p) {
    uintptr_t a = (uintptr_t)p;
    if (!in_heap(a) || (a & (BLOCK - 1)) != 0) return 0;
    size_t b = (a - (uintptr_t)pool) / BLOCK;
    if (at_get(b) != AT_HEAD) return 0;
    return (end_of(b) - b) * BLOCK;
}

int mp_gc_test_check(void) {
    /* Every free block is in exactly one run; runs are free; totals add up. */
    size_t free_in_runs = bump_end - bump, free_in_table = 0, used = 0;
    for (size_t b = 0; b < n_blocks; b++) {
        unsigned t = at_get(b);
        if (t == AT_MARK) return 1;
        if (t == AT_FREE)
            free_in_table++;
        else
            used++;
        if (t == AT_TAIL && (b == 0 || at_get(b - 1) == AT_FREE)) return 2;
    }
    if (!all_free(bump, bump_end)) return 3;
    for (int k = 1; k < NBINS; k++) {
        if ((bins[k] != NONE) != ((bin_bits >> k) & 1)) return 4;
        uint32_t prev = NONE;
        for (uint32_t s = bins[k]; s != NONE; s = run_at(s)->next) {
            run_t *r = run_at(s);
            if (r->prev != prev || bin_of(r->len) != (unsigned)k || r->len == 0) return 5;
            if (!all_free(s, s + r->len)) return 6;
            if (s < bump_end && s + r->len > bump) return 7;
            free_in_runs += r->len;
            prev = s;
        }
    }
    if (free_in_runs != free_in_table) return 8;
    if (used != used_base + A.allocated) return 9;
    return 0;
}
#endif
