/*
 * Unit tests of the allocator and collector (Sources/MPYRuntime/gc.c) on the
 * host, linked alone with two stubs (mp_state, mp_raise). Roots are an array
 * of pointers allocated on the heap and held by mp_state.vfs: what it points
 * to (anywhere inside an object) must survive every collection, the rest
 * is garbage. After each test the table is checked against the free runs
 * (mp_gc_test_check). Prints "ok NAME" / "FAIL NAME: why" and ends with
 * "gc: N passed, M failed".
 */
#include "mpy/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t mp_gc_test_block_bytes(const void *p);
int mp_gc_test_check(void);

mp_state_t mp_state;
static int dummy_exc;
mp_obj_t mp_raise(mp_obj_t exc) {
    mp_state.exc = exc;
    return MP_OBJ_NULL;
}

#define NROOTS 1024
static void **roots;
static int passed, failed;
static const char *why;

#define CHECK(c, msg) \
    do { \
        if (!(c)) { \
            why = msg; \
            return false; \
        } \
    } while (0)

static void heap_init(size_t size) {
    static void *heap;
    free(heap);
    heap = malloc(size);
    mp_gc_init(heap, size);
    mp_state.exc = MP_OBJ_NULL;
    mp_state.memory_error = (mp_obj_t)&dummy_exc;
    roots = mp_alloc(NROOTS * sizeof(void *));
    mp_state.vfs = (mp_obj_t)roots;
}

static bool zeroed(const void *p, size_t n) {
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++)
        if (c[i]) return false;
    return true;
}

static void fill(void *p, size_t n, unsigned seed) {
    unsigned char *c = p;
    for (size_t i = 0; i < n; i++) c[i] = (unsigned char)(seed * 31 + i * 7 + 1);
}

static bool filled(const void *p, size_t n, unsigned seed) {
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++)
        if (c[i] != (unsigned char)(seed * 31 + i * 7 + 1)) return false;
    return true;
}

/* Allocates n bytes of garbage a piece at a time (in a frame of its own, so
 * that no pointer to it stays in the caller's). */
__attribute__((noinline)) static bool churn(size_t total, size_t piece) {
    for (size_t done = 0; done < total; done += piece) {
        void *p = mp_alloc(piece);
        if (p == NULL) return false;
        fill(p, piece, (unsigned)done);
    }
    return true;
}

static bool t_sizes_zeroed_disjoint(void) {
    heap_init(512 * 1024);
    for (unsigned i = 0; i < 1000; i++) {
        size_t n = 1 + (i * 37) % 700;
        void *p = mp_alloc(n);
        CHECK(p != NULL, "allocation failed");
        CHECK(((uintptr_t)p & 15) == 0, "not 16-byte aligned");
        CHECK(zeroed(p, n), "not zeroed");
        CHECK(mp_gc_test_block_bytes(p) == (n + 15) / 16 * 16, "wrong block size");
        fill(p, n, i);
        roots[i] = p;
    }
    for (unsigned i = 0; i < 1000; i++) CHECK(filled(roots[i], 1 + (i * 37) % 700, i), "objects overlap");
    CHECK(mp_alloc(0) != NULL, "zero-byte allocation");
    return true;
}

static bool t_garbage_is_reclaimed(void) {
    heap_init(64 * 1024);
    size_t before = mp_gc_free_bytes();
    /* Forty times the heap in garbage of various sizes: collections make room. */
    CHECK(churn(40 * 64 * 1024, 16), "small garbage ran out of memory");
    CHECK(churn(40 * 64 * 1024, 48), "medium garbage ran out of memory");
    CHECK(churn(40 * 64 * 1024, 1000), "large garbage ran out of memory");
    CHECK(mp_gc_test_check() == 0, "inconsistent after churn");
    mp_gc_collect();
    CHECK(mp_gc_free_bytes() + 2048 >= before, "garbage not reclaimed");
    CHECK(mp_gc_free_bytes() + mp_gc_used_bytes() == before + NROOTS * sizeof(void *), "totals do not add up");
    return true;
}

static bool t_interior_pointers(void) {
    heap_init(512 * 1024);
    for (unsigned i = 0; i < 200; i++) {
        size_t n = 16 + i * 8;
        char *p = mp_alloc(n);
        CHECK(p != NULL, "allocation failed");
        fill(p, n, i);
        roots[i] = p + (i * 13) % n; /* only a pointer into the middle, or its start */
    }
    CHECK(churn(20 * 512 * 1024, 32), "churn failed");
    for (unsigned i = 0; i < 200; i++) {
        size_t n = 16 + i * 8;
        char *p = (char *)roots[i] - (i * 13) % n;
        CHECK(mp_gc_test_block_bytes(p) >= n, "object freed though an interior pointer refers to it");
        CHECK(filled(p, n, i), "object overwritten though an interior pointer refers to it");
    }
    return true;
}

/* A linked list longer than the mark stack, and a wide array of
 * pointers to objects with children: the overflow rescan must find all. */
static bool t_deep_and_wide(void) {
    heap_init(512 * 1024);
    void **head = NULL;
    for (unsigned i = 0; i < 5000; i++) {
        void **node = mp_alloc(4 * sizeof(void *));
        CHECK(node != NULL, "allocation failed");
        node[0] = head;
        node[1] = (void *)(uintptr_t)(i * 2 + 1);
        head = node;
    }
    roots[0] = head;
    void **wide = mp_alloc(3000 * sizeof(void *));
    CHECK(wide != NULL, "allocation failed");
    roots[1] = wide;
    for (unsigned i = 0; i < 3000; i++) {
        void **o = mp_alloc(2 * sizeof(void *));
        CHECK(o != NULL, "allocation failed");
        o[0] = mp_alloc(24);
        CHECK(o[0] != NULL, "allocation failed");
        fill(o[0], 24, i);
        wide[i] = o;
    }
    head = NULL;
    CHECK(churn(10 * 512 * 1024, 64), "churn failed");
    unsigned n = 0;
    for (void **node = roots[0]; node != NULL; node = node[0], n++)
        CHECK((uintptr_t)node[1] == (uintptr_t)((4999 - n) * 2 + 1), "list node overwritten");
    CHECK(n == 5000, "list cut short");
    for (unsigned i = 0; i < 3000; i++) CHECK(filled(((void **)wide[i])[0], 24, i), "child overwritten");
    return true;
}

/* Wide arrays nested deeply (the next array in each one's first word):
 * each level leaves the rest of its array on the mark stack, so the stack
 * overflows and the rescan must finish the marking. */
static bool t_deep_wide(void) {
    heap_init(1024 * 1024);
    void **next = NULL;
    for (unsigned level = 0; level < 400; level++) {
        void **a = mp_alloc(64 * sizeof(void *));
        CHECK(a != NULL, "allocation failed");
        a[0] = next;
        for (unsigned i = 1; i < 64; i++) {
            a[i] = mp_alloc(16);
            CHECK(a[i] != NULL, "allocation failed");
            fill(a[i], 16, level * 64 + i);
        }
        next = a;
    }
    roots[0] = next;
    next = NULL;
    CHECK(churn(4 * 1024 * 1024, 48), "churn failed");
    unsigned level = 400;
    for (void **a = roots[0]; a != NULL; a = a[0]) {
        level--;
        for (unsigned i = 1; i < 64; i++) CHECK(filled(a[i], 16, level * 64 + i), "leaf overwritten");
    }
    CHECK(level == 0, "chain cut short");
    return true;
}

static bool t_realloc(void) {
    heap_init(256 * 1024);
    mp_gc_collect(); /* one free run after the roots */
    /* Grows in place while the following blocks are free. */
    char *a = mp_alloc(40);
    fill(a, 40, 1);
    roots[0] = a;
    size_t free0 = mp_gc_free_bytes();
    char *b = mp_realloc(a, 40, 4000);
    CHECK(b == a, "did not grow in place");
    CHECK(filled(b, 40, 1) && zeroed(b + 40, 4000 - 40), "contents after growing in place");
    CHECK(mp_gc_test_block_bytes(b) == 4000, "block size after growing");
    CHECK(mp_gc_free_bytes() == free0 - (4000 - 48), "free total after growing");
    CHECK(mp_gc_test_check() == 0, "inconsistent after growing");
    /* An object right after it: growing moves it, contents copied. */
    char *c = mp_alloc(16);
    roots[1] = c;
    fill(b, 4000, 2);
    char *d = mp_realloc(b, 4000, 8000);
    CHECK(d != b && d != NULL, "grew over a live object");
    CHECK(filled(d, 4000, 2) && zeroed(d + 4000, 4000), "contents after moving");
    roots[0] = d;
    /* Shrinks in place and gives the rest back. */
    size_t free1 = mp_gc_free_bytes();
    char *e = mp_realloc(d, 8000, 1000);
    CHECK(e == d, "did not shrink in place");
    CHECK(filled(e, 1000, 2), "contents after shrinking");
    CHECK(mp_gc_free_bytes() == free1 + 8000 - 1008, "free total after shrinking");
    CHECK(mp_gc_test_check() == 0, "inconsistent after shrinking");
    /* ... and grows again over the run it gave back. */
    char *f = mp_realloc(e, 1000, 6000);
    CHECK(f == e && filled(f, 1000, 2) && zeroed(f + 1000, 5000), "did not grow back in place");
    CHECK(mp_gc_test_check() == 0, "inconsistent after growing back");
    /* Pointers from outside the heap (a buffer on the stack) are copied. */
    char stackbuf[32];
    fill(stackbuf, 32, 3);
    char *g = mp_realloc(stackbuf, 32, 64);
    CHECK(g != NULL && filled(g, 32, 3) && zeroed(g + 32, 32), "realloc of a non-heap buffer");
    CHECK(mp_realloc(NULL, 0, 10) != NULL, "realloc of NULL");
    /* A list doubling by realloc reaches most of the heap. */
    heap_init(256 * 1024);
    mp_gc_collect();
    size_t cap = 4;
    void **items = mp_alloc(cap * sizeof(void *));
    roots[0] = items;
    for (;;) {
        void **n = mp_realloc(items, cap * sizeof(void *), 2 * cap * sizeof(void *));
        if (n == NULL) break;
        items = roots[0] = n;
        cap *= 2;
    }
    CHECK(mp_state.exc == (mp_obj_t)&dummy_exc, "no MemoryError");
    mp_state.exc = MP_OBJ_NULL;
    CHECK(cap * sizeof(void *) >= 128 * 1024, "doubling stopped early");
    return true;
}

static bool t_full_heap(void) {
    heap_init(64 * 1024);
    unsigned n = 0;
    void **chain = NULL;
    for (;;) {
        void **o = mp_alloc(32);
        if (o == NULL) break;
        o[0] = chain;
        chain = o;
        roots[0] = chain;
        n++;
    }
    CHECK(mp_state.exc == (mp_obj_t)&dummy_exc, "no MemoryError when full");
    mp_state.exc = MP_OBJ_NULL;
    CHECK(mp_gc_free_bytes() < 32, "MemoryError with room left");
    CHECK(n > 1500, "heap filled too early");
    CHECK(mp_gc_test_check() == 0, "inconsistent when full");
    /* Unlinked, so that a stale word on the stack keeps one object at most. */
    while (chain != NULL) {
        void **next = chain[0];
        chain[0] = NULL;
        chain = next;
    }
    roots[0] = NULL;
    mp_gc_collect();
    void *big = mp_alloc(40 * 1024);
    CHECK(big != NULL, "large allocation after freeing everything");
    return true;
}

/* Many small objects, every other group dropped: the holes serve objects
 * that fit them, a large object goes to the free space past them, and
 * one larger than any hole fails although the free total would allow it. */
static bool t_fragmentation(void) {
    heap_init(128 * 1024);
    void **keep = mp_alloc(2000 * sizeof(void *));
    roots[0] = keep;
    for (unsigned i = 0; i < 2000; i++) {
        keep[i] = mp_alloc(32);
        CHECK(keep[i] != NULL, "allocation failed");
        fill(keep[i], 32, i);
    }
    for (unsigned i = 0; i < 2000; i++)
        if ((i / 10) % 2 == 1) keep[i] = NULL; /* holes of 10 objects: 320 bytes */
    mp_gc_collect();
    CHECK(mp_gc_test_check() == 0, "inconsistent after making holes");
    size_t free0 = mp_gc_free_bytes();
    void *large = mp_alloc(20 * 1024); /* past the holes */
    CHECK(large != NULL, "large allocation with room past the holes");
    roots[1] = large;
    for (unsigned i = 0; i < 99; i++) { /* the last group's hole joined the free space after it */
        void *p = mp_alloc(300); /* one per hole */
        CHECK(p != NULL, "hole-sized allocation failed");
        CHECK((uintptr_t)p < (uintptr_t)keep[1980], "a hole-sized object was not put in a hole");
        roots[2 + i] = p;
    }
    CHECK(mp_gc_free_bytes() == free0 - 20 * 1024 - 99 * 304, "free total");
    for (unsigned i = 0; i < 2000; i++)
        if (keep[i]) CHECK(filled(keep[i], 32, i), "a kept object was overwritten");
    return true;
}

static bool t_threshold_and_lock(void) {
    heap_init(64 * 1024);
    mp_gc_set_threshold(4096);
    CHECK(mp_gc_threshold() == 4096, "threshold not kept");
    CHECK(churn(400 * 1024, 16), "churn with a threshold failed");
    /* With a threshold, the garbage never fills the heap. */
    CHECK(mp_gc_free_bytes() > 64 * 1024 - 4096 - 8192 - NROOTS * sizeof(void *), "threshold did not collect");
    mp_gc_set_threshold(-1);
    CHECK(mp_gc_threshold() == -1, "threshold not cleared");
    mp_heap_locked = true;
    CHECK(mp_alloc(16) == NULL && mp_state.exc == (mp_obj_t)&dummy_exc, "allocation with the heap locked");
    mp_heap_locked = false;
    mp_state.exc = MP_OBJ_NULL;
    CHECK(mp_alloc((size_t)-1) == NULL && mp_state.exc != MP_OBJ_NULL, "absurd size");
    mp_state.exc = MP_OBJ_NULL;
    return true;
}

/* Random allocations, reallocations and drops against a model of what is
 * alive, checked after each collection. */
static bool t_random(void) {
    heap_init(192 * 1024);
    static size_t sizes[NROOTS];
    static unsigned seeds[NROOTS];
    memset(sizes, 0, sizeof sizes);
    unsigned rnd = 12345;
    for (unsigned step = 0; step < 200000; step++) {
        rnd = rnd * 1103515245 + 12345;
        unsigned slot = (rnd >> 8) % 512;
        unsigned op = (rnd >> 20) % 8;
        size_t n = 1 + ((rnd >> 3) % 97) * (op == 7 ? 40 : 1);
        if (op < 5 || sizes[slot] == 0) {
            void *p = mp_alloc(n);
            if (p == NULL) {
                mp_state.exc = MP_OBJ_NULL;
                continue;
            }
            fill(p, n, step);
            roots[slot] = p;
            sizes[slot] = n;
            seeds[slot] = step;
        } else if (op == 5) {
            roots[slot] = NULL;
            sizes[slot] = 0;
        } else {
            CHECK(filled(roots[slot], sizes[slot], seeds[slot]), "live object overwritten");
            void *p = mp_realloc(roots[slot], sizes[slot], n);
            if (p == NULL) {
                mp_state.exc = MP_OBJ_NULL;
                continue;
            }
            size_t k = n < sizes[slot] ? n : sizes[slot];
            CHECK(filled(p, k, seeds[slot]), "realloc lost contents");
            CHECK(zeroed((char *)p + k, n - k), "realloc did not zero");
            fill(p, n, step);
            roots[slot] = p;
            sizes[slot] = n;
            seeds[slot] = step;
        }
        if (step % 5000 == 0) {
            mp_gc_collect();
            CHECK(mp_gc_test_check() == 0, "inconsistent after a collection");
            for (unsigned i = 0; i < 512; i++)
                if (sizes[i]) CHECK(filled(roots[i], sizes[i], seeds[i]), "live object overwritten");
        }
    }
    CHECK(mp_gc_test_check() == 0, "inconsistent at the end");
    return true;
}

static bool t_stress_mode(void) {
    heap_init(32 * 1024);
    mp_gc_stress = true;
    for (unsigned i = 0; i < 300; i++) {
        void *p = mp_alloc(24);
        CHECK(p != NULL, "allocation failed in stress mode");
        fill(p, 24, i);
        roots[i % 50] = p;
        CHECK(mp_gc_test_check() == 0, "inconsistent in stress mode");
    }
    mp_gc_stress = false;
    return true;
}

static void run(const char *name, bool (*t)(void)) {
    why = "";
    bool ok = t();
    if (ok && mp_gc_test_check() != 0) {
        ok = false;
        why = "inconsistent at the end";
    }
    if (ok) {
        passed++;
        printf("ok    %s\n", name);
    } else {
        failed++;
        printf("FAIL  %s: %s (check %d)\n", name, why, mp_gc_test_check());
    }
}

int main(void) {
    char top;
    mp_state.stack_top = &top;
    run("sizes, zeroing, no overlap", t_sizes_zeroed_disjoint);
    run("garbage is reclaimed", t_garbage_is_reclaimed);
    run("interior pointers keep objects alive", t_interior_pointers);
    run("deep list and wide array (mark stack overflow)", t_deep_and_wide);
    run("deeply nested wide arrays (mark stack overflow)", t_deep_wide);
    run("realloc grows and shrinks in place, moves when it must", t_realloc);
    run("MemoryError only when full", t_full_heap);
    run("fragmentation: holes reused, large objects placed", t_fragmentation);
    run("threshold, heap lock, absurd sizes", t_threshold_and_lock);
    run("random operations against a model", t_random);
    run("stress mode", t_stress_mode);
    printf("gc: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
