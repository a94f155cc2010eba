/* The random module: a deterministic generator (xoshiro128**, 32-bit
 * words, fast on Cortex-M) seeded by seed(n), or from the port's clock on
 * first use. getrandbits, random, randrange, randint, choice, shuffle,
 * uniform, sample. Same seed, same sequence; not CPython's sequence. */
#include "mpy/modutil.h"
#include "mpy/mpz.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

static uint32_t st[4];
static bool seeded;

static uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

static void seed_u64(uint64_t s) {
    /* splitmix64 spreads the seed over the whole state (never all zero). */
    uint64_t z = s;
    for (int i = 0; i < 4; i++) {
        z += 0x9E3779B97F4A7C15ull;
        uint64_t x = z;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        st[i] = (uint32_t)(x ^ (x >> 31));
    }
    seeded = true;
}

static uint32_t next32(void) {
    if (!seeded) seed_u64(mp_port_ticks_us());
    uint32_t r = rotl(st[1] * 5, 7) * 9, t = st[1] << 9;
    st[2] ^= st[0];
    st[3] ^= st[1];
    st[1] ^= st[2];
    st[0] ^= st[3];
    st[2] ^= t;
    st[3] = rotl(st[3], 11);
    return r;
}

static mp_obj_t r_seed(ARGS) {
    (void)kw;
    if (n == 0 || a[0] == MP_NONE) {
        seed_u64(mp_port_ticks_us());
        return MP_NONE;
    }
    int64_t v;
    mp_obj_t s = a[0] == MP_TRUE || a[0] == MP_FALSE ? mp_small_int(a[0] == MP_TRUE) : a[0];
    if (!mp_int_to_i64(s, &v)) {
        mp_obj_t h = mp_hash(s);
        if (h == MP_OBJ_NULL) return h;
        v = mp_small_int_value(h);
    }
    seed_u64((uint64_t)v);
    return MP_NONE;
}

/* An unsigned value of k <= 64 random bits. */
static uint64_t bits64(int k) {
    if (k <= 0) return 0;
    if (k <= 32) return next32() >> (32 - k);
    uint64_t hi = next32() >> (64 - k);
    return (hi << 32) | next32();
}

static mp_obj_t r_getrandbits(ARGS) {
    (void)n;
    (void)kw;
    int64_t k;
    if (!mp_arg_int_range(a[0], INT32_MIN, INT32_MAX, "Python int too large to convert to C int", &k))
        return MP_OBJ_NULL;
    if (k < 0) return mp_raise_msg(&mp_type_ValueError, "number of bits must be non-negative");
    if (k <= 63) return mp_int_from_i64((int64_t)bits64((int)k));
    /* Many bits: made as one number, 32 at a time, most significant first
     * (the top digit takes the k % 32 odd bits). */
    size_t words = (size_t)(k + 31) / 32;
    mpz_t *z = mpz_alloc(sizeof(mpz_t) + words * sizeof(mpz_digit_t));
    if (z == NULL) return mp_raise(mp_state.memory_error);
    z->neg = 0;
    int top = (int)(k % 32);
    for (size_t w = words; w-- > 0;) z->digits[w] = w == words - 1 && top ? next32() >> (32 - top) : next32();
    size_t used = words;
    while (used > 0 && z->digits[used - 1] == 0) used--;
    z->len = (uint32_t)used;
    return mp_int_from_mpz(z);
}

static double random_double(void) {
    uint32_t x = next32() >> 5, y = next32() >> 6;
    return ((double)x * 67108864.0 + (double)y) * (1.0 / 9007199254740992.0);
}

static mp_obj_t r_random(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_float_new(random_double());
}

/* Uniform in [0, bound) for bound >= 1, without modulo bias. */
static uint64_t below(uint64_t bound) {
    if (bound <= 1) return 0;
    int k = 64 - __builtin_clzll(bound - 1);
    for (;;) {
        uint64_t r = bits64(k);
        if (r < bound) return r;
    }
}

static mp_obj_t r_randrange(ARGS) {
    (void)kw;
    mp_int_t start = 0, stop, step = 1;
    if (!mp_arg_int(a[0], &stop)) return MP_OBJ_NULL;
    if (n > 1) {
        start = stop;
        if (!mp_arg_int(a[1], &stop)) return MP_OBJ_NULL;
    }
    if (n > 2 && !mp_arg_int(a[2], &step)) return MP_OBJ_NULL;
    if (step == 0) return mp_raise_msg(&mp_type_ValueError, "zero step for randrange()");
    int64_t count;
    if (step > 0)
        count = stop > start ? ((int64_t)stop - start + step - 1) / step : 0;
    else
        count = start > stop ? ((int64_t)start - stop - step - 1) / -step : 0;
    if (count <= 0) {
        if (n == 1) return mp_raise_msg(&mp_type_ValueError, "empty range for randrange()");
        return mp_raise_fmt(
            &mp_type_ValueError, "empty range for randrange(%d, %d, %d)", (int)start, (int)stop, (int)step);
    }
    return mp_int_from_i64((int64_t)start + (int64_t)below((uint64_t)count) * step);
}

static mp_obj_t r_randint(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t lo, hi;
    if (!mp_arg_int(a[0], &lo) || !mp_arg_int(a[1], &hi)) return MP_OBJ_NULL;
    if (hi < lo) return mp_raise_fmt(&mp_type_ValueError, "empty range for randrange(%d, %d, 1)", (int)lo, (int)hi + 1);
    return mp_int_from_i64((int64_t)lo + (int64_t)below((uint64_t)((int64_t)hi - lo) + 1));
}

static mp_obj_t r_uniform(ARGS) {
    (void)n;
    (void)kw;
    double lo, hi;
    if (!mp_obj_to_double(a[0], &lo) || !mp_obj_to_double(a[1], &hi)) return MP_OBJ_NULL;
    return mp_float_new(lo + (hi - lo) * random_double());
}

static mp_obj_t r_choice(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t len = mp_len(a[0]);
    if (len == MP_OBJ_NULL) return len;
    mp_int_t l = mp_small_int_value(len);
    if (l == 0) return mp_raise_msg(&mp_type_IndexError, "Cannot choose from an empty sequence");
    return mp_subscr(a[0], mp_small_int((mp_int_t)below((uint64_t)l)), MP_OBJ_SENTINEL);
}

static mp_obj_t r_shuffle(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t len = mp_len(a[0]);
    if (len == MP_OBJ_NULL) return len;
    if (mp_type_of(a[0]) == &mp_type_list) {
        mp_list_t *l = (mp_list_t *)a[0];
        for (size_t i = l->len; i > 1; i--) {
            size_t j = (size_t)below(i);
            mp_obj_t t = l->items[i - 1];
            l->items[i - 1] = l->items[j];
            l->items[j] = t;
        }
        return MP_NONE;
    }
    /* Any mutable sequence, through [ ]. */
    for (mp_int_t i = mp_small_int_value(len); i > 1; i--) {
        mp_obj_t j = mp_small_int((mp_int_t)below((uint64_t)i)), k = mp_small_int(i - 1);
        mp_obj_t x = mp_subscr(a[0], k, MP_OBJ_SENTINEL);
        mp_obj_t y = x == MP_OBJ_NULL ? x : mp_subscr(a[0], j, MP_OBJ_SENTINEL);
        if (y == MP_OBJ_NULL || mp_subscr(a[0], k, y) == MP_OBJ_NULL || mp_subscr(a[0], j, x) == MP_OBJ_NULL)
            return MP_OBJ_NULL;
    }
    return MP_NONE;
}

static mp_obj_t r_sample(ARGS) {
    (void)n;
    (void)kw;
    mp_obj_t pool = mp_type_list.make_new(&mp_type_list, 1, &a[0], NULL);
    if (pool == MP_OBJ_NULL) return pool;
    mp_list_t *l = (mp_list_t *)pool;
    mp_int_t k;
    if (!mp_arg_int(a[1], &k)) return MP_OBJ_NULL;
    if (k < 0 || (size_t)k > l->len)
        return mp_raise_msg(&mp_type_ValueError, "Sample larger than population or is negative");
    /* A partial Fisher-Yates shuffle: the first k places. */
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j = i + (size_t)below(l->len - i);
        mp_obj_t t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    l->len = (size_t)k;
    return pool;
}

static const mp_builtin_t random_fns[] = {
    MP_FN("seed", r_seed, 0, 1),
    MP_FN("getrandbits", r_getrandbits, 1, 1),
    MP_FN("random", r_random, 0, 0),
    MP_FN("randrange", r_randrange, 1, 3),
    MP_FN("randint", r_randint, 2, 2),
    MP_FN("uniform", r_uniform, 2, 2),
    MP_FN("choice", r_choice, 1, 1),
    MP_FN("shuffle", r_shuffle, 1, 1),
    MP_FN("sample", r_sample, 2, 2),
};

bool mp_modrandom_fill(mp_dict_t *g) { return mp_mod_add_fns(g, random_fns, MP_N(random_fns)); }
