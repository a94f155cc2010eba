/* The heapq module: a binary min-heap kept in a list (heap[k] <= heap[2k+1]
 * and heap[2k+2]). heappush, heappop, heapify (MicroPython's three) plus
 * CPython's heappushpop, heapreplace, nsmallest and nlargest. Items are
 * compared with `<` only, through the runtime (user __lt__, tuples), and
 * the sift steps are CPython's, so a heap holds its items in the same
 * order as there. A comparison may run Python code that changes the list:
 * items are re-read after every comparison, and a change of length is
 * CPython's RuntimeError. */
#include "mpy/modutil.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

/* The list of a heap argument: a list, or an instance of a class derived
 * from list (its built-in part). */
static mp_list_t *as_heap(mp_obj_t o, const char *what) {
    if (mp_type_of(o) == &mp_type_list) return (mp_list_t *)o;
    mp_obj_t native = mp_instance_native(o);
    if (native == MP_OBJ_NULL || mp_type_of(native) != &mp_type_list) {
        mp_raise_fmt(&mp_type_TypeError, "%s must be list, not %s", what, o == MP_NONE ? "None" : mp_type_of(o)->name);
        return NULL;
    }
    return (mp_list_t *)native;
}

/* a < b: 1, 0, or -1 with an exception pending. */
static int less(mp_obj_t a, mp_obj_t b) {
    /* Small ints, the usual items, compare as tagged words. */
    if (mp_is_small_int(a) && mp_is_small_int(b)) return (mp_int_t)a < (mp_int_t)b;
    mp_obj_t r = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, a, b);
    return r == MP_OBJ_NULL ? -1 : mp_truth(r);
}

static bool size_changed(const mp_list_t *h, size_t size) {
    if (h->len == size) return false;
    mp_raise_msg(&mp_type_RuntimeError, "list changed size during iteration");
    return true;
}

/* Moves heap[pos] towards startpos while it is less than its parent. */
static bool sift_down(mp_list_t *h, size_t startpos, size_t pos) {
    size_t size = h->len;
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        int c = less(h->items[pos], h->items[parentpos]);
        if (c < 0 || size_changed(h, size)) return false;
        if (c == 0) break;
        mp_obj_t t = h->items[parentpos];
        h->items[parentpos] = h->items[pos];
        h->items[pos] = t;
        pos = parentpos;
    }
    return true;
}

/* Moves the smaller child up until heap[pos]'s item reaches a leaf, then
 * sifts it back down (fewer comparisons than stopping early). */
static bool sift_up(mp_list_t *h, size_t pos) {
    size_t endpos = h->len, startpos = pos;
    size_t child = 2 * pos + 1;
    while (child < endpos) {
        size_t right = child + 1;
        if (right < endpos) {
            int c = less(h->items[child], h->items[right]);
            if (c < 0 || size_changed(h, endpos)) return false;
            if (c == 0) child = right;
        }
        mp_obj_t t = h->items[child];
        h->items[child] = h->items[pos];
        h->items[pos] = t;
        pos = child;
        child = 2 * pos + 1;
    }
    return sift_down(h, startpos, pos);
}

static mp_obj_t pop_last(mp_list_t *h) {
    mp_obj_t x = h->items[--h->len];
    h->items[h->len] = MP_OBJ_NULL;
    return x;
}

static mp_obj_t q_heappush(ARGS) {
    (void)n;
    (void)kw;
    mp_list_t *h = as_heap(a[0], "heappush() argument 1");
    if (h == NULL || !mp_list_append((mp_obj_t)h, a[1])) return MP_OBJ_NULL;
    return sift_down(h, 0, h->len - 1) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t q_heappop(ARGS) {
    (void)n;
    (void)kw;
    mp_list_t *h = as_heap(a[0], "heappop() argument");
    if (h == NULL) return MP_OBJ_NULL;
    if (h->len == 0) return mp_raise_msg(&mp_type_IndexError, "index out of range");
    mp_obj_t last = pop_last(h);
    if (h->len == 0) return last;
    mp_obj_t top = h->items[0];
    h->items[0] = last;
    return sift_up(h, 0) ? top : MP_OBJ_NULL;
}

static mp_obj_t q_heapify(ARGS) {
    (void)n;
    (void)kw;
    mp_list_t *h = as_heap(a[0], "heapify() argument");
    if (h == NULL) return MP_OBJ_NULL;
    for (size_t i = h->len / 2; i-- > 0;)
        if (!sift_up(h, i)) return MP_OBJ_NULL;
    return MP_NONE;
}

/* Pops the smallest item and pushes a[1]: the heap must not be empty. */
static mp_obj_t q_heapreplace(ARGS) {
    (void)n;
    (void)kw;
    mp_list_t *h = as_heap(a[0], "heapreplace() argument 1");
    if (h == NULL) return MP_OBJ_NULL;
    if (h->len == 0) return mp_raise_msg(&mp_type_IndexError, "index out of range");
    mp_obj_t top = h->items[0];
    h->items[0] = a[1];
    return sift_up(h, 0) ? top : MP_OBJ_NULL;
}

/* Pushes a[1] and pops the smallest: a[1] itself when it is no greater. */
static mp_obj_t q_heappushpop(ARGS) {
    (void)n;
    (void)kw;
    mp_list_t *h = as_heap(a[0], "heappushpop() argument 1");
    if (h == NULL) return MP_OBJ_NULL;
    if (h->len == 0) return a[1];
    int c = less(h->items[0], a[1]);
    if (c < 0) return MP_OBJ_NULL;
    if (c == 0) return a[1];
    if (h->len == 0) return mp_raise_msg(&mp_type_IndexError, "index out of range");
    mp_obj_t top = h->items[0];
    h->items[0] = a[1];
    return sift_up(h, 0) ? top : MP_OBJ_NULL;
}

/* nsmallest/nlargest(n, iterable, key=None): as CPython documents them,
 * sorted(iterable, key=key)[:n] (reverse=True for nlargest); the sort is
 * stable, so ties keep their order as there. */
static mp_obj_t n_best(size_t n, const mp_obj_t *a, mp_dict_t *kw, const char *fn, bool reverse) {
    static const char *const names[] = { "key", NULL };
    if (!mp_kw_check(kw, fn, names)) return MP_OBJ_NULL;
    mp_obj_t key = n > 2 ? a[2] : mp_kw_get(kw, "key");
    if (key == MP_OBJ_NULL) return key;
    if (key == MP_OBJ_SENTINEL) key = MP_NONE;
    mp_int_t count;
    if (!mp_arg_ssize(a[0], &count)) return MP_OBJ_NULL;
    mp_obj_t l = mp_type_list.make_new(&mp_type_list, 1, &a[1], NULL);
    if (l == MP_OBJ_NULL) return l;
    mp_list_t *list = (mp_list_t *)l;
    if (!mp_sort_items(list->items, list->len, key, reverse)) return MP_OBJ_NULL;
    if (count < 0) count = 0;
    if ((size_t)count < list->len) {
        for (size_t i = (size_t)count; i < list->len; i++) list->items[i] = MP_OBJ_NULL;
        list->len = (size_t)count;
    }
    return l;
}
static mp_obj_t q_nsmallest(ARGS) { return n_best(n, a, kw, "nsmallest", false); }
static mp_obj_t q_nlargest(ARGS) { return n_best(n, a, kw, "nlargest", true); }

static const mp_builtin_t heapq_fns[] = {
    MP_FN("heapify", q_heapify, 1, 1),
    MP_FN("heappop", q_heappop, 1, 1),
    MP_FN("heappush", q_heappush, 2, 2),
    MP_FN("heappushpop", q_heappushpop, 2, 2),
    MP_FN("heapreplace", q_heapreplace, 2, 2),
    MP_FN_KW("nlargest", q_nlargest, 2, 3),
    MP_FN_KW("nsmallest", q_nsmallest, 2, 3),
};

bool mp_modheapq_fill(mp_dict_t *g) { return mp_mod_add_fns(g, heapq_fns, MP_N(heapq_fns)); }
