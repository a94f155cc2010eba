/* dir() and the importable `builtins` module: both list the runtime's own
 * tables (a module's globals, an instance's dict, each class's namespace
 * and static method table, the slots a built-in type exposes as special
 * methods), so tools such as the API fuzzer find every built-in without a
 * list of their own. */
#include "mpy/runtime.h"

/* Names are collected as the keys of a dict (insertion order, no
 * duplicates), then sorted as CPython's dir() returns them. */
static bool add_name(mp_dict_t *names, mp_obj_t name) { return mp_dict_set(names, name, MP_NONE); }

static bool add_cname(mp_dict_t *names, const char *name) {
    mp_obj_t s = mp_str_from_cstr(name);
    return s != MP_OBJ_NULL && add_name(names, s);
}

static bool add_keys(mp_dict_t *names, const mp_dict_t *d) {
    if (d == NULL) return true;
    for (mp_uint_t i = 0; i < d->filled; i++) {
        mp_obj_t k = d->entries[i].key;
        if (k != MP_OBJ_NULL && k != MP_OBJ_SENTINEL && !add_name(names, k)) return false;
    }
    return true;
}

/* The special methods a built-in type's slots provide (slots.c), asked
 * for by name. */
static bool add_specials(mp_dict_t *names, const mp_type_t *c) {
    static const char *const fixed[] = { "__init__", "__new__", "__setattr__", "__delattr__", "__getitem__",
        "__setitem__", "__delitem__", "__iter__", "__next__", "__repr__", "__str__", "__len__", "__neg__", "__pos__",
        "__invert__", "__abs__", "__hash__", "__format__", "__bool__", "__int__", "__float__", "__index__",
        "__contains__", "__call__", "__iadd__", "__imul__", "__ior__", "__iand__", "__isub__", "__ixor__" };
    const size_t nfixed = sizeof fixed / sizeof fixed[0];
    for (size_t i = 0; i < nfixed + 2 * MPY_BINARY_COUNT + MPY_COMPARE_IN + 1; i++) {
        const char *nm = i < nfixed                     ? fixed[i]
            : i < nfixed + MPY_BINARY_COUNT             ? mp_binary_dunders[i - nfixed]
            : i < nfixed + 2 * (size_t)MPY_BINARY_COUNT ? mp_rbinary_dunders[i - nfixed - MPY_BINARY_COUNT]
                                                        : mp_compare_dunders[i - nfixed - 2 * MPY_BINARY_COUNT];
        mp_obj_t s = mp_str_from_cstr(nm);
        if (s == MP_OBJ_NULL) return false;
        mp_obj_t v = mp_builtin_special(c, s);
        if (v == MP_OBJ_NULL) return false;
        if (v != MP_OBJ_SENTINEL && !add_name(names, s)) return false;
    }
    return true;
}

/* One class's own names: its namespace, its method table, its slots. */
static bool add_class(mp_dict_t *names, const mp_type_t *c) {
    if (!add_keys(names, c->locals)) return false;
    if (c->methods)
        for (const mp_method_t *m = c->methods; m->name; m++)
            if (!add_cname(names, m->name)) return false;
    return (c->flags & MP_TYPE_FLAG_USER) || add_specials(names, c);
}

/* Every class of t's MRO (for a built-in type: its parents, then object). */
static bool add_type(mp_dict_t *names, const mp_type_t *t) {
    if (t->flags & MP_TYPE_FLAG_USER) {
        const mp_tuple_t *mro = (const mp_tuple_t *)t->mro;
        for (size_t i = 0; i < mro->len; i++)
            if (!add_class(names, (const mp_type_t *)mro->items[i])) return false;
        return true;
    }
    const mp_type_t *last = t;
    for (const mp_type_t *c = t; c != NULL; c = c->parent) {
        last = c;
        if (!add_class(names, c)) return false;
    }
    return last == &mp_type_object || add_class(names, &mp_type_object);
}

/* dir(): the current global names; dir(obj): a module's globals, else the
 * instance's own attributes and those of its class (a type object: its own
 * MRO's), sorted. Attributes a type computes in its attr slot (an
 * exception's args, an int's real) are not listed. */
mp_obj_t mp_builtin_dir(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    mp_dict_t *names = mp_dict_new(32);
    if (names == NULL) return MP_OBJ_NULL;
    bool ok = true;
    if (n == 0) {
        ok = add_keys(names, mp_state.globals);
    } else {
        mp_obj_t o = args[0];
        const mp_type_t *t = mp_type_of(o);
        if ((t->flags & MP_TYPE_FLAG_USER) && !mp_type_is_subclass(t, &mp_type_type)) {
            /* An instance whose class defines __dir__: its result, as a sorted list. */
            mp_obj_t name = mp_str_from_cstr("__dir__");
            if (name == MP_OBJ_NULL) return name;
            mp_obj_t f = mp_class_attr(t, name);
            if (f == MP_OBJ_NULL) return f;
            if (f != MP_OBJ_SENTINEL) {
                mp_obj_t r = mp_call(f, 1, &o, NULL);
                if (r == MP_OBJ_NULL) return r;
                mp_obj_t list = mp_call((mp_obj_t)&mp_type_list, 1, &r, NULL);
                if (list == MP_OBJ_NULL) return list;
                mp_list_t *l = (mp_list_t *)list;
                return mp_sort_items(l->items, l->len, MP_OBJ_NULL, false) ? list : MP_OBJ_NULL;
            }
        }
        if (t == &mp_type_module) {
            ok = add_keys(names, ((const mp_module_t *)o)->globals);
        } else {
            if (t->flags & MP_TYPE_FLAG_USER)
                ok = add_keys(names,
                    mp_type_is_subclass(t, &mp_type_BaseException) ? ((const mp_exception_t *)o)->dict
                                                                   : ((const mp_instance_t *)o)->dict);
            ok = ok && add_type(names, t == &mp_type_type ? (const mp_type_t *)o : t) && add_cname(names, "__class__");
        }
    }
    if (!ok) return MP_OBJ_NULL;
    mp_obj_t list = mp_list_new(0, NULL);
    if (list == MP_OBJ_NULL) return list;
    for (mp_uint_t i = 0; i < names->filled; i++) {
        mp_obj_t k = names->entries[i].key;
        if (k != MP_OBJ_NULL && k != MP_OBJ_SENTINEL && !mp_list_append(list, k)) return MP_OBJ_NULL;
    }
    mp_list_t *l = (mp_list_t *)list;
    return mp_sort_items(l->items, l->len, MP_OBJ_NULL, false) ? list : MP_OBJ_NULL;
}

/* `import builtins`: a module whose globals are the builtins dict itself,
 * so getattr(builtins, name) is what a bare name finds; made at start-up
 * and entered in sys.modules, where `import` finds it. */
mp_obj_t mp_builtins_module(void) {
    mp_obj_t name = mp_str_from_cstr("builtins");
    if (name == MP_OBJ_NULL) return name;
    mp_module_t *m = mp_alloc(sizeof *m);
    if (m == NULL) return MP_OBJ_NULL;
    m->base.type = &mp_type_module;
    m->name = name;
    m->globals = mp_state.builtins;
    mp_obj_t key = mp_str_from_cstr("__name__");
    if (key == MP_OBJ_NULL || !mp_dict_set(m->globals, key, name)) return MP_OBJ_NULL;
    return (mp_obj_t)m;
}
