/* Output: writing text and ints to a print target, printing any object
 * through its type's print slot, and str()/repr() as str objects. */
#include "mpy/runtime.h"

void mp_print_str(const mp_print_t *out, const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    out->write(out->ctx, s, n);
}

void mp_print_int(const mp_print_t *out, mp_int_t v) {
    char buf[24];
    char *p = buf + sizeof buf;
    mp_uint_t u = v < 0 ? (mp_uint_t)0 - (mp_uint_t)v : (mp_uint_t)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    out->write(out->ctx, p, (size_t)(buf + sizeof buf - p));
}

/* Innermost container being printed (mp_repr_enter). */
static mp_repr_guard_t *repr_guards;

bool mp_repr_enter(mp_repr_guard_t *g, mp_obj_t o) {
    for (const mp_repr_guard_t *p = repr_guards; p != NULL; p = p->prev)
        if (p->obj == o) return false;
    g->obj = o;
    g->prev = repr_guards;
    repr_guards = g;
    return true;
}

void mp_repr_leave(mp_repr_guard_t *g) { repr_guards = g->prev; }

size_t mp_format_at(char *buf, mp_obj_t o) {
    static const char digits[] = "0123456789abcdef";
    char rev[2 * sizeof(uintptr_t)];
    size_t n = 0;
    uintptr_t v = (uintptr_t)o;
    do {
        rev[n++] = digits[v & 15];
        v >>= 4;
    } while (v);
    __builtin_memcpy(buf, " at 0x", 6);
    for (size_t i = 0; i < n; i++) buf[6 + i] = rev[n - 1 - i];
    return 6 + n;
}

void mp_print_at(const mp_print_t *out, mp_obj_t o) {
    char buf[6 + 2 * sizeof(uintptr_t)];
    size_t n = mp_format_at(buf, o);
    out->write(out->ctx, buf, n);
}

/* Every nested print passes here: the stack budget bounds how deep. */
bool mp_print_obj(const mp_print_t *out, mp_obj_t o, mp_print_kind_t kind) {
    if (!mp_stack_check()) return false;
    const mp_type_t *t = mp_type_of(o);
    if (t->print) return t->print(out, o, kind);
    mp_print_str(out, "<");
    mp_print_str(out, t->name);
    mp_print_str(out, " object");
    mp_print_at(out, o);
    mp_print_str(out, ">");
    return true;
}

bool mp_print_obj_whole(const mp_print_t *out, mp_obj_t o, mp_print_kind_t kind) {
    const mp_type_t *t = mp_type_of(o);
    if (t == &mp_type_int || (t == &mp_type_str && kind == MP_PRINT_STR)) return mp_print_obj(out, o, kind);
    char small[128];
    mp_strbuilder_t b;
    mp_strbuilder_init(&b, small, sizeof small);
    mp_print_t staged = { mp_strbuilder_write, &b };
    if (!mp_print_obj(&staged, o, kind)) return false;
    if (b.failed) return false; /* MemoryError pending */
    out->write(out->ctx, b.buf, b.len);
    return true;
}

/* o printed by t's print slot, or as print() would (t NULL), as a str. */
static mp_obj_t print_to_str(const mp_type_t *t, mp_obj_t o, mp_print_kind_t kind) {
    /* On the C stack while the text is short (str() of a number, most
     * reprs), so the common case leaves no garbage behind. */
    char small[96];
    mp_strbuilder_t b;
    mp_strbuilder_init(&b, small, sizeof small);
    mp_print_t out = { mp_strbuilder_write, &b };
    if (!(t != NULL ? t->print(&out, o, kind) : mp_print_obj(&out, o, kind))) return MP_OBJ_NULL;
    return mp_strbuilder_str(&b);
}

mp_obj_t mp_obj_str(mp_obj_t o, mp_print_kind_t kind) {
    if (kind == MP_PRINT_STR && mp_type_of(o) == &mp_type_str) return o;
    return print_to_str(NULL, o, kind);
}

mp_obj_t mp_obj_str_as(const mp_type_t *t, mp_obj_t o, mp_print_kind_t kind) { return print_to_str(t, o, kind); }
