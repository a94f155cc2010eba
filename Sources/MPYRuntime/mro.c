/* The class hierarchy: CPython's C3 method resolution order for new
 * classes, lookup of a name along an MRO, subclass tests, and the
 * attributes every type object has (__name__, __bases__, __mro__, __dict__).
 *
 * A user class's MRO is a tuple that lists every ancestor once, built-in
 * ones included (e.g. MyError, ValueError, Exception, BaseException,
 * object). A built-in type's MRO is its chain of parents, ending in object. */
#include "mpy/runtime.h"

static bool is_user(const mp_type_t *t) { return (t->flags & MP_TYPE_FLAG_USER) != 0; }

mp_obj_t mp_type_mro(const mp_type_t *t) {
    if (is_user(t)) return t->mro;
    size_t n = 0;
    const mp_type_t *last = t;
    for (const mp_type_t *c = t; c != NULL; c = c->parent) {
        n++;
        last = c;
    }
    if (last != &mp_type_object) n++;
    mp_obj_t tup = mp_tuple_new(n, NULL);
    if (tup == MP_OBJ_NULL) return tup;
    mp_tuple_t *tt = (mp_tuple_t *)tup;
    size_t i = 0;
    for (const mp_type_t *c = t; c != NULL; c = c->parent) tt->items[i++] = (mp_obj_t)c;
    if (i < n) tt->items[i] = (mp_obj_t)&mp_type_object;
    return tup;
}

bool mp_type_is_subclass(const mp_type_t *t, const mp_type_t *base) {
    if (base == &mp_type_object) return true;
    if (is_user(t)) {
        const mp_tuple_t *mro = (const mp_tuple_t *)t->mro;
        for (size_t i = 0; i < mro->len; i++)
            if (mro->items[i] == (mp_obj_t)base) return true;
        return false;
    }
    for (; t != NULL; t = t->parent)
        if (t == base) return true;
    return false;
}

/* ---- C3 linearization ---- */

static bool in_tail(const mp_tuple_t *seq, size_t head, mp_obj_t x) {
    for (size_t i = head + 1; i < seq->len; i++)
        if (seq->items[i] == x) return true;
    return false;
}

/* TypeError naming the classes still to be merged, as CPython words it. */
static mp_obj_t mro_error(const mp_tuple_t *const *seqs, const size_t *heads, size_t nseq) {
    mp_obj_t names = mp_str_new("", 0);
    mp_obj_t seen = mp_list_new(0, NULL);
    if (names == MP_OBJ_NULL || seen == MP_OBJ_NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < nseq; i++) {
        if (heads[i] >= seqs[i]->len) continue;
        mp_obj_t c = seqs[i]->items[heads[i]];
        const mp_list_t *sl = (const mp_list_t *)seen;
        bool dup = false;
        for (size_t j = 0; j < sl->len; j++) dup |= sl->items[j] == c;
        if (dup) continue;
        if (sl->len > 0) names = mp_binary_op(MPY_BINARY_ADD, names, mp_str_from_cstr(", "));
        if (names == MP_OBJ_NULL) return names;
        names = mp_binary_op(MPY_BINARY_ADD, names, mp_str_from_cstr(((const mp_type_t *)c)->name));
        if (names == MP_OBJ_NULL || !mp_list_append(seen, c)) return MP_OBJ_NULL;
    }
    return mp_raise_fmt(
        &mp_type_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %S", names);
}

/* cls followed by the merge of its bases' MROs and the list of bases: the
 * first head that appears in no other sequence's tail is taken, again and
 * again, until every sequence is used up. */
mp_obj_t mp_c3_mro(const mp_type_t *cls, mp_obj_t bases) {
    const mp_tuple_t *b = (const mp_tuple_t *)bases;
    for (size_t i = 0; i < b->len; i++)
        for (size_t j = i + 1; j < b->len; j++)
            if (b->items[i] == b->items[j])
                return mp_raise_fmt(
                    &mp_type_TypeError, "duplicate base class %s", ((const mp_type_t *)b->items[i])->name);
    size_t nseq = b->len + 1, total = 1;
    const mp_tuple_t **seqs = mp_alloc(nseq * sizeof *seqs);
    size_t *heads = mp_alloc(nseq * sizeof *heads);
    if (seqs == NULL || heads == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < b->len; i++) {
        mp_obj_t m = mp_type_mro((const mp_type_t *)b->items[i]);
        if (m == MP_OBJ_NULL) return m;
        seqs[i] = (const mp_tuple_t *)m;
        total += seqs[i]->len;
    }
    seqs[b->len] = b;
    mp_obj_t out = mp_tuple_new(total, NULL);
    if (out == MP_OBJ_NULL) return out;
    mp_tuple_t *res = (mp_tuple_t *)out;
    res->items[0] = (mp_obj_t)cls;
    size_t n = 1;
    for (;;) {
        bool left = false;
        mp_obj_t pick = MP_OBJ_NULL;
        for (size_t i = 0; i < nseq && pick == MP_OBJ_NULL; i++) {
            if (heads[i] >= seqs[i]->len) continue;
            left = true;
            mp_obj_t cand = seqs[i]->items[heads[i]];
            bool blocked = false;
            for (size_t j = 0; j < nseq && !blocked; j++) blocked = in_tail(seqs[j], heads[j], cand);
            if (!blocked) pick = cand;
        }
        if (!left) break;
        if (pick == MP_OBJ_NULL) return mro_error(seqs, heads, nseq);
        res->items[n++] = pick;
        for (size_t i = 0; i < nseq; i++)
            if (heads[i] < seqs[i]->len && seqs[i]->items[heads[i]] == pick) heads[i]++;
    }
    res->len = n;
    return out;
}

/* ---- lookup ---- */

/* A name in one class's own namespace: its dict, then the method table of
 * a built-in type (a method descriptor when taken from a type). SENTINEL
 * when absent. */
static mp_obj_t own_attr(const mp_type_t *c, mp_obj_t name, bool from_type) {
    if (c->locals) {
        mp_obj_t v = mp_dict_get(c->locals, name);
        if (v != MP_OBJ_SENTINEL) return v;
    }
    if (c->methods) {
        size_t nl;
        const char *nd = mp_str_data(name, &nl);
        for (const mp_method_t *m = c->methods; m->name; m++)
            if (__builtin_strlen(m->name) == nl && __builtin_memcmp(m->name, nd, nl) == 0)
                return mp_method_get(c, &m->fn, from_type);
    }
    return MP_OBJ_SENTINEL;
}

static mp_obj_t find_in(const mp_type_t *c, mp_obj_t name, bool specials) {
    mp_obj_t v = own_attr(c, name, specials);
    if (v == MP_OBJ_SENTINEL && specials && !is_user(c)) v = mp_builtin_special(c, name);
    return v;
}

mp_obj_t mp_mro_find(const mp_type_t *t, mp_obj_t name, const mp_type_t *after, bool specials) {
    bool skipping = after != NULL;
    if (!is_user(t)) {
        /* The chain of parents, walked in place (no MRO tuple is built). */
        const mp_type_t *last = t;
        for (const mp_type_t *c = t; c != NULL; c = c->parent) {
            last = c;
            if (skipping) {
                skipping = c != after;
                continue;
            }
            mp_obj_t v = find_in(c, name, specials);
            if (v != MP_OBJ_SENTINEL) return v;
        }
        return last == &mp_type_object || skipping ? MP_OBJ_SENTINEL : find_in(&mp_type_object, name, specials);
    }
    const mp_tuple_t *mro = (const mp_tuple_t *)t->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const mp_type_t *c = (const mp_type_t *)mro->items[i];
        if (skipping) {
            skipping = c != after;
            continue;
        }
        mp_obj_t v = find_in(c, name, specials);
        if (v != MP_OBJ_SENTINEL) return v;
    }
    return MP_OBJ_SENTINEL;
}

mp_obj_t mp_class_attr(const mp_type_t *t, mp_obj_t name) { return mp_mro_find(t, name, NULL, false); }

/* Whether t.name (t a user class) comes from a class's own dict rather
 * than from the method table of a built-in base. */
static bool attr_in_dict(const mp_type_t *t, mp_obj_t name) {
    const mp_tuple_t *mro = (const mp_tuple_t *)t->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const mp_type_t *c = (const mp_type_t *)mro->items[i];
        if (c->locals && mp_dict_get(c->locals, name) != MP_OBJ_SENTINEL) return true;
        if (own_attr(c, name, false) != MP_OBJ_SENTINEL) return false;
    }
    return false;
}

/* A built-in function kept as a user class attribute (f = abs): as
 * CPython's builtin functions it does not bind self, unlike the methods of
 * a built-in base and the special-method wrappers. */
bool mp_is_stored_builtin(const mp_type_t *t, mp_obj_t name, mp_obj_t v) {
    if (!is_user(t) || mp_type_of(v) != &mp_type_builtin || mp_is_builtin_special(v)) return false;
    return attr_in_dict(t, name);
}

/* ---- attributes of type objects ---- */

static bool name_is(mp_obj_t name, const char *s) {
    size_t n, l = __builtin_strlen(s);
    const char *d = mp_str_data(name, &n);
    return n == l && __builtin_memcmp(d, s, n) == 0;
}

mp_obj_t mp_type_own_attr(const mp_type_t *t, mp_obj_t name) {
    if (name_is(name, "__name__") || name_is(name, "__qualname__")) return mp_str_from_cstr(t->name);
    if (name_is(name, "__mro__")) return mp_type_mro(t);
    if (name_is(name, "__bases__")) {
        if (is_user(t)) return t->bases;
        if (t == &mp_type_object) return mp_tuple_new(0, NULL);
        mp_obj_t base = (mp_obj_t)(t->parent ? t->parent : &mp_type_object);
        return mp_tuple_new(1, &base);
    }
    if (name_is(name, "__dict__") && t->locals) return (mp_obj_t)t->locals;
    return MP_OBJ_SENTINEL;
}
