/* Memory: the garbage-collected heap (gc.c). Every runtime object lives
 * there or in read-only data; nothing is freed explicitly. */
#ifndef MPY_GC_H
#define MPY_GC_H

#include "mpy/obj.h"

void mp_gc_init(void *heap, size_t size);
void *mp_alloc(size_t nbytes); /* zeroed; NULL + MemoryError pending when out of memory */
void *mp_realloc(void *p, size_t old_n, size_t new_n);
void mp_gc_collect(void);
size_t mp_gc_free_bytes(void);
size_t mp_gc_used_bytes(void);
/* gc.threshold: a collection starts once `bytes` (rounded down to whole
 * blocks) have been allocated since the last one; negative for none. */
void mp_gc_set_threshold(mp_int_t bytes);
mp_int_t mp_gc_threshold(void); /* -1 for none */
extern bool mp_gc_stress; /* collect at every allocation */
extern bool mp_heap_locked; /* micropython.heap_lock(): mp_alloc raises MemoryError */

#endif
