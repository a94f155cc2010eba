/* type and user-defined classes: type(x), calling a class (__new__, then
 * __init__), creating a class (its MRO is CPython's C3, see mro.c), and
 * the slots of user classes, which dispatch to the special methods their
 * instances define (__str__, __repr__, operators, __len__, __getitem__,
 * __iter__, __next__, __call__, __bool__, __hash__, __index__ ...). */
#include "mpy/runtime.h"

/* ---- helpers ---- */

/* The names of special methods the runtime looks up (string literals) as
 * str objects, made once each: a table keyed by the literal's address, so
 * a lookup allocates nothing and hashes the name once. A full table falls
 * back to a heap string. */
static mp_obj_t name_obj(const char *s) {
    enum { N = 64 };
    static struct {
        const char *key;
        mp_str_t str;
    } names[N];
    size_t i = ((uintptr_t)s >> 3) % N;
    for (size_t probe = 0; probe < 8; probe++, i = (i + 1) % N) {
        if (names[i].key == s) return (mp_obj_t)&names[i].str;
        if (names[i].key == NULL) {
            names[i].str.base.type = &mp_type_str;
            names[i].str.len = __builtin_strlen(s);
            names[i].str.data = s;
            names[i].key = s;
            return (mp_obj_t)&names[i].str;
        }
    }
    return mp_str_from_cstr(s);
}

/* Looks a name up along a class's MRO; SENTINEL when absent. */
static mp_obj_t class_lookup(const mp_type_t *t, mp_obj_t name) { return mp_mro_find(t, name, NULL, false); }

/* Calls special method `name` of a user instance if its class defines it.
 * Returns SENTINEL when the class has no such method. */
static mp_obj_t call_special(mp_obj_t self, const char *name, size_t n, const mp_obj_t *args) {
    const mp_type_t *t = mp_type_of(self);
    mp_obj_t nm = name_obj(name);
    if (nm == MP_OBJ_NULL) return nm;
    mp_obj_t f = class_lookup(t, nm);
    if (f == MP_OBJ_SENTINEL || f == MP_OBJ_NULL) return f;
    const mp_type_t *ft = mp_type_of(f);
    if (ft == &mp_type_staticmethod || ft == &mp_type_classmethod) {
        /* A static or class method as a special method: called without self. */
        f = mp_descriptor_get(f, self, false);
        return f == MP_OBJ_NULL ? f : mp_call(f, n, args, NULL);
    }
    mp_obj_t all[4];
    all[0] = self;
    for (size_t i = 0; i < n && i < 3; i++) all[i + 1] = args[i];
    return mp_call(f, n + 1, all, NULL);
}

/* The built-in object inside an instance of a class derived from a
 * built-in type (list, dict, int, ...), or NULL. */
mp_obj_t mp_instance_native(mp_obj_t self) {
    const mp_type_t *t = mp_type_of(self);
    if (!(t->flags & MP_TYPE_FLAG_USER) || mp_type_is_subclass(t, &mp_type_BaseException)) return MP_OBJ_NULL;
    return ((const mp_instance_t *)self)->native;
}

/* ---- type ---- */

static bool type_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_type_t *t = (const mp_type_t *)self;
    mp_print_str(out, "<class '");
    if (t->flags & MP_TYPE_FLAG_USER) mp_print_str(out, "__main__.");
    mp_print_str(out, t->name);
    mp_print_str(out, "'>");
    return true;
}

static mp_obj_t instance_new(const mp_type_t *cls, size_t n, const mp_obj_t *args, mp_dict_t *kw);

static mp_obj_t type_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mp_type_t *t = (const mp_type_t *)self;
    if (t == &mp_type_type) {
        if (n == 1) return (mp_obj_t)mp_type_of(args[0]);
        if (n == 3) {
            /* type(name, bases, namespace): a class from a copy of the namespace. */
            if (mp_type_of(args[0]) != &mp_type_str || mp_type_of(args[1]) != &mp_type_tuple ||
                !mp_is_instance_of_type(args[2], &mp_type_dict))
                return mp_raise_msg(&mp_type_TypeError, "type() arguments must be str, tuple, dict");
            mp_obj_t ns = mp_type_dict.make_new(&mp_type_dict, 1, &args[2], NULL);
            if (ns == MP_OBJ_NULL) return ns;
            return mp_class_new(args[0], args[1], (mp_dict_t *)ns);
        }
        return mp_raise_msg(&mp_type_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->flags & MP_TYPE_FLAG_USER) return instance_new(t, n, args, kw);
    if (t->make_new == NULL) return mp_raise_fmt(&mp_type_TypeError, "cannot create '%s' instances", t->name);
    return t->make_new(t, n, args, kw);
}

static mp_obj_t type_attr(mp_obj_t self, mp_obj_t name) { return mp_type_own_attr((const mp_type_t *)self, name); }

const mp_type_t mp_type_type = { .base = { &mp_type_type },
    .name = "type",
    .parent = &mp_type_object,
    .print = type_print,
    .call = type_call,
    .attr = type_attr };

/* ---- user classes ---- */

static bool instance_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    mp_obj_t r = call_special(self, kind == MP_PRINT_STR ? "__str__" : "__repr__", 0, NULL);
    if (r == MP_OBJ_SENTINEL && kind == MP_PRINT_STR) r = call_special(self, "__repr__", 0, NULL);
    if (r == MP_OBJ_NULL) return false;
    if (r != MP_OBJ_SENTINEL) {
        if (mp_type_of(r) != &mp_type_str) {
            mp_raise_fmt(&mp_type_TypeError, "__str__ returned non-string (type %s)", mp_type_of(r)->name);
            return false;
        }
        return mp_print_obj(out, r, MP_PRINT_STR);
    }
    const mp_type_t *t = mp_type_of(self);
    if (mp_type_is_subclass(t, &mp_type_BaseException)) return mp_type_BaseException.print(out, self, kind);
    mp_obj_t native = mp_instance_native(self);
    if (native != MP_OBJ_NULL) return mp_print_obj(out, native, kind);
    mp_print_str(out, "<");
    mp_print_str(out, t->name);
    mp_print_str(out, " object");
    mp_print_at(out, self);
    mp_print_str(out, ">");
    return true;
}

static mp_obj_t instance_unary(int op, mp_obj_t self) {
    static const char *const names[] = { "__pos__", "__neg__", "__invert__" };
    const char *name = NULL;
    if (op < 3)
        name = names[op];
    else if (op == MP_UNARY_BOOL)
        name = "__bool__";
    else if (op == MP_UNARY_LEN)
        name = "__len__";
    else if (op == MP_UNARY_HASH)
        name = "__hash__";
    else if (op == MP_UNARY_ABS)
        name = "__abs__";
    else if (op == MP_UNARY_INT)
        name = "__int__";
    else if (op == MP_UNARY_FLOAT)
        name = "__float__";
    else if (op == MP_UNARY_INDEX)
        name = "__index__";
    if (name == NULL) return MP_OBJ_SENTINEL;
    if (op == MP_UNARY_HASH) {
        /* A class that defines __eq__ without __hash__ is unhashable. */
        mp_obj_t eq = name_obj("__eq__"), hs = name_obj("__hash__");
        if (eq == MP_OBJ_NULL || hs == MP_OBJ_NULL) return MP_OBJ_NULL;
        const mp_type_t *t = mp_type_of(self);
        mp_obj_t hv = class_lookup(t, hs);
        if (hv == MP_NONE || (hv == MP_OBJ_SENTINEL && class_lookup(t, eq) != MP_OBJ_SENTINEL))
            return mp_raise_fmt(&mp_type_TypeError, "unhashable type: '%s'", t->name);
    }
    mp_obj_t r = call_special(self, name, 0, NULL);
    if (op >= MP_UNARY_INT) return r; /* conversions of a native sub-object: see mp_index */
    if (r == MP_OBJ_SENTINEL) {
        mp_obj_t native = mp_instance_native(self);
        if (native != MP_OBJ_NULL) return mp_unary_op(op, native);
    }
    if (r == MP_OBJ_SENTINEL && op == MP_UNARY_HASH) return mp_small_int((mp_int_t)(self >> 4));
    if (r != MP_OBJ_SENTINEL && r != MP_OBJ_NULL) {
        /* Results of __len__, __bool__ and __hash__ are checked, as CPython. */
        if (op == MP_UNARY_LEN) {
            if (mp_type_of(r) != &mp_type_int)
                return mp_raise_fmt(
                    &mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(r)->name);
            mp_obj_t neg = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_LT, r, mp_small_int(0));
            if (neg == MP_TRUE) return mp_raise_msg(&mp_type_ValueError, "__len__() should return >= 0");
        } else if (op == MP_UNARY_BOOL && r != MP_TRUE && r != MP_FALSE) {
            return mp_raise_fmt(&mp_type_TypeError, "__bool__ should return bool, returned %s", mp_type_of(r)->name);
        } else if (op == MP_UNARY_HASH) {
            if (mp_type_of(r) != &mp_type_int)
                return mp_raise_msg(&mp_type_TypeError, "__hash__ method should return an integer");
            return mp_hash(r);
        }
    }
    return r;
}

static const char *const ibinary_dunders[] = {
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__ior__",
    "__ixor__",
    "__iand__",
};

static mp_obj_t instance_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    const char *name;
    bool reflected = (op & MP_OP_REFLECTED) != 0;
    op &= ~MP_OP_REFLECTED;
    if (op >= MP_OP_COMPARE) {
        int c = op - MP_OP_COMPARE;
        if (c > MPY_COMPARE_IN) return MP_NOT_IMPLEMENTED;
        name = mp_compare_dunders[c];
        mp_obj_t r = call_special(lhs, name, 1, &rhs);
        if (r == MP_OBJ_SENTINEL && mp_instance_native(lhs) != MP_OBJ_NULL) {
            /* `rhs in self` asks the sub-object, which is then the container. */
            if (c == MPY_COMPARE_IN) return mp_binary_op(op, rhs, mp_instance_native(lhs));
            return mp_binary_op(op, mp_instance_native(lhs), rhs);
        }
        if (r == MP_OBJ_SENTINEL) {
            if (c == MPY_COMPARE_NE) {
                r = call_special(lhs, "__eq__", 1, &rhs);
                if (r == MP_OBJ_SENTINEL) return MP_NOT_IMPLEMENTED;
                if (r == MP_OBJ_NULL || r == MP_NOT_IMPLEMENTED) return r;
                int t = mp_truth(r);
                return t < 0 ? MP_OBJ_NULL : mp_bool(!t);
            }
            return MP_NOT_IMPLEMENTED;
        }
        if (c == MPY_COMPARE_IN && r != MP_OBJ_NULL) {
            int t = mp_truth(r);
            return t < 0 ? MP_OBJ_NULL : mp_bool(t);
        }
        return r;
    }
    if (op >= MP_OP_INPLACE)
        name = ibinary_dunders[op - MP_OP_INPLACE];
    else
        name = reflected ? mp_rbinary_dunders[op] : mp_binary_dunders[op];
    mp_obj_t r = call_special(lhs, name, 1, &rhs);
    if (r == MP_OBJ_SENTINEL) {
        mp_obj_t native = mp_instance_native(lhs);
        if (native != MP_OBJ_NULL) return mp_binary_op(reflected ? op | MP_OP_REFLECTED : op, native, rhs);
    }
    return r == MP_OBJ_SENTINEL ? MP_NOT_IMPLEMENTED : r;
}

static mp_obj_t instance_attr(mp_obj_t self, mp_obj_t name) {
    const mp_type_t *t = mp_type_of(self);
    mp_dict_t *dict =
        mp_type_is_subclass(t, &mp_type_BaseException) ? ((mp_exception_t *)self)->dict : ((mp_instance_t *)self)->dict;
    if (dict) {
        mp_obj_t v = mp_dict_get(dict, name);
        if (v != MP_OBJ_SENTINEL) return v;
    }
    if (mp_type_is_subclass(t, &mp_type_BaseException)) {
        mp_obj_t v = mp_type_BaseException.attr(self, name);
        if (v != MP_OBJ_SENTINEL) return v;
    }
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 9 && __builtin_memcmp(s, "__class__", 9) == 0) return (mp_obj_t)t;
    if (n == 8 && __builtin_memcmp(s, "__dict__", 8) == 0 && dict) return (mp_obj_t)dict;
    return MP_OBJ_SENTINEL;
}

static mp_obj_t instance_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_obj_t args[2] = { index, value };
    mp_obj_t r;
    if (value == MP_OBJ_SENTINEL)
        r = call_special(self, "__getitem__", 1, args);
    else if (value == MP_OBJ_NULL)
        r = call_special(self, "__delitem__", 1, args);
    else
        r = call_special(self, "__setitem__", 2, args);
    if (r == MP_OBJ_SENTINEL) {
        mp_obj_t native = mp_instance_native(self);
        if (native == MP_OBJ_NULL)
            return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not subscriptable", mp_type_of(self)->name);
        r = mp_subscr(native, index, value);
        /* A dict subclass answers missing keys with its __missing__. */
        if (r == MP_OBJ_NULL && value == MP_OBJ_SENTINEL && mp_is_instance_of_type(mp_state.exc, &mp_type_KeyError) &&
            mp_is_instance_of_type(native, &mp_type_dict)) {
            mp_obj_t pending = mp_state.exc;
            mp_state.exc = MP_OBJ_NULL;
            r = call_special(self, "__missing__", 1, args);
            if (r == MP_OBJ_SENTINEL) return mp_raise(pending);
        }
    }
    return r;
}

static mp_obj_t instance_getiter(mp_obj_t self) {
    mp_obj_t r = call_special(self, "__iter__", 0, NULL);
    if (r == MP_OBJ_SENTINEL) {
        mp_obj_t native = mp_instance_native(self);
        /* A derived iterator (map, zip ...) is its own, so its __next__ counts. */
        if (native != MP_OBJ_NULL && mp_type_of(native)->getiter == NULL && mp_type_of(native)->iternext) return self;
        if (native != MP_OBJ_NULL) return mp_getiter(native);
        /* The sequence protocol: __getitem__ with 0, 1, 2, ... until IndexError. */
        mp_obj_t nm = name_obj("__getitem__");
        if (nm == MP_OBJ_NULL) return nm;
        if (class_lookup(mp_type_of(self), nm) != MP_OBJ_SENTINEL) return mp_seq_getitem_iter(self);
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not iterable", mp_type_of(self)->name);
    }
    return r;
}

static mp_obj_t instance_iternext(mp_obj_t self) {
    mp_obj_t r = call_special(self, "__next__", 0, NULL);
    if (r == MP_OBJ_SENTINEL) {
        /* A class derived from a built-in iterator (map, zip ...). */
        mp_obj_t native = mp_instance_native(self);
        if (native != MP_OBJ_NULL && mp_type_of(native)->iternext) return mp_iternext(native);
    }
    if (r == MP_OBJ_SENTINEL)
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not an iterator", mp_type_of(self)->name);
    if (r == MP_OBJ_NULL && mp_is_instance_of_type(mp_state.exc, &mp_type_StopIteration)) {
        mp_state.exc = MP_OBJ_NULL;
        return MP_OBJ_SENTINEL;
    }
    return r;
}

static mp_obj_t instance_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t nm = name_obj("__call__");
    if (nm == MP_OBJ_NULL) return nm;
    mp_obj_t f = class_lookup(mp_type_of(self), nm);
    if (f == MP_OBJ_SENTINEL)
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not callable", mp_type_of(self)->name);
    mp_obj_t buf[9];
    if (n > 8) return mp_raise_msg(&mp_type_TypeError, "too many arguments");
    buf[0] = self;
    for (size_t i = 0; i < n; i++) buf[i + 1] = args[i];
    return mp_call(f, n + 1, buf, kw);
}

/* The built-in (non-user) base whose layout instances of `cls` use. */
static const mp_type_t *native_base(const mp_type_t *cls) {
    const mp_tuple_t *mro = (const mp_tuple_t *)cls->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const mp_type_t *c = (const mp_type_t *)mro->items[i];
        if (!(c->flags & MP_TYPE_FLAG_USER)) return c;
    }
    return &mp_type_object;
}

/* Is nb a built-in type whose value is fixed when it is made? */
static bool immutable_base(const mp_type_t *nb) {
    static const mp_type_t *const fixed[] = { &mp_type_tuple, &mp_type_str, &mp_type_bytes, &mp_type_int,
        &mp_type_float, &mp_type_complex, &mp_type_frozenset, &mp_type_array };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (mp_type_is_subclass(nb, fixed[i])) return true;
    return false;
}

/* A new instance of user class cls, not yet initialised: object.__new__. */
mp_obj_t mp_instance_alloc(const mp_type_t *cls, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mp_type_t *nb = native_base(cls);
    if (mp_type_is_subclass(nb, &mp_type_BaseException)) {
        mp_obj_t self = mp_exception_new(cls, n, args);
        if (self == MP_OBJ_NULL) return self;
        mp_exception_t *e = (mp_exception_t *)self;
        e->dict = mp_dict_new(0);
        return e->dict == NULL ? MP_OBJ_NULL : self;
    }
    mp_instance_t *o = mp_alloc(sizeof *o);
    if (o == NULL) return MP_OBJ_NULL;
    o->base.type = cls;
    o->dict = mp_dict_new(0);
    if (o->dict == NULL) return MP_OBJ_NULL;
    if (nb != &mp_type_object && nb->make_new != NULL) {
        /* A built-in base: its value lives in a native sub-object. An
         * immutable base (tuple, str, int, ...) takes its value from the
         * call's arguments, as its __new__ does in CPython; a mutable one
         * (list, dict, set, ...) is filled by __init__, so an __init__ of
         * the class decides the arguments and without one the base gets them. */
        mp_obj_t nm = name_obj("__init__");
        if (nm == MP_OBJ_NULL) return nm;
        bool has_init = !immutable_base(nb) && class_lookup(cls, nm) != MP_OBJ_SENTINEL;
        o->native = nb->make_new(nb, has_init ? 0 : n, args, has_init ? NULL : kw);
        if (o->native == MP_OBJ_NULL) return MP_OBJ_NULL;
    }
    return (mp_obj_t)o;
}

/* Calls f(first, *args, **kw). */
static mp_obj_t call_with_first(mp_obj_t f, mp_obj_t first, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t buf[9];
    mp_obj_t *all = buf;
    if (n + 1 > 9) {
        all = mp_alloc((n + 1) * sizeof(mp_obj_t));
        if (all == NULL) return MP_OBJ_NULL;
    }
    all[0] = first;
    for (size_t i = 0; i < n; i++) all[i + 1] = args[i];
    return mp_call(f, n + 1, all, kw);
}

/* cls(...): __new__ (a class's own, else object.__new__), then __init__
 * when the result is an instance of cls. */
static mp_obj_t instance_new(const mp_type_t *cls, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t new_name = name_obj("__new__"), init_name = name_obj("__init__");
    if (new_name == MP_OBJ_NULL || init_name == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t newf = class_lookup(cls, new_name);
    if (newf == MP_OBJ_NULL) return newf;
    mp_obj_t self;
    if (newf != MP_OBJ_SENTINEL) {
        mp_obj_t d = mp_descriptor_get(newf, (mp_obj_t)cls, true);
        if (d == MP_OBJ_NULL) return d;
        self = call_with_first(d == MP_OBJ_SENTINEL ? newf : d, (mp_obj_t)cls, n, args, kw);
        if (self == MP_OBJ_NULL || !mp_is_instance_of_type(self, cls)) return self;
        cls = mp_type_of(self);
    } else {
        self = mp_instance_alloc(cls, n, args, kw);
        if (self == MP_OBJ_NULL) return self;
    }
    mp_obj_t init = class_lookup(cls, init_name);
    if (init == MP_OBJ_NULL) return init;
    if (init != MP_OBJ_SENTINEL) {
        mp_obj_t r = call_with_first(init, self, n, args, kw);
        if (r == MP_OBJ_NULL) return r;
        if (r != MP_NONE)
            return mp_raise_fmt(&mp_type_TypeError, "__init__() should return None, not '%s'", mp_type_of(r)->name);
    } else if (n > 0 && newf == MP_OBJ_SENTINEL && native_base(cls) == &mp_type_object) {
        return mp_raise_fmt(&mp_type_TypeError, "%s() takes no arguments", cls->name);
    }
    return self;
}

/* value.__set_name__(cls, name) for each attribute of a new class whose
 * class defines it (descriptors learning their name), as MicroPython and
 * CPython do. */
static bool set_names(mp_type_t *t) {
    mp_obj_t nm = name_obj("__set_name__");
    if (nm == MP_OBJ_NULL) return false;
    mp_dict_t *d = t->locals;
    for (mp_uint_t i = 0; i < d->filled; i++) {
        mp_obj_t k = d->entries[i].key, v = d->entries[i].value;
        if (k == MP_OBJ_NULL || k == MP_OBJ_SENTINEL || !(mp_type_of(v)->flags & MP_TYPE_FLAG_USER)) continue;
        mp_obj_t f = class_lookup(mp_type_of(v), nm);
        if (f == MP_OBJ_NULL) return false;
        if (f == MP_OBJ_SENTINEL) continue;
        mp_obj_t args[3] = { v, (mp_obj_t)t, k };
        if (mp_call(f, 3, args, NULL) == MP_OBJ_NULL) return false;
    }
    return true;
}

mp_obj_t mp_class_new(mp_obj_t name, mp_obj_t bases, mp_dict_t *locals) {
    const mp_tuple_t *b = (const mp_tuple_t *)bases;
    for (size_t i = 0; i < b->len; i++) {
        if (mp_type_of(b->items[i]) != &mp_type_type) return mp_raise_msg(&mp_type_TypeError, "bases must be types");
        const mp_type_t *bt = (const mp_type_t *)b->items[i];
        if (!(bt->flags & (MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_USER)))
            return mp_raise_fmt(&mp_type_TypeError, "type '%s' is not an acceptable base type", bt->name);
    }
    mp_type_t *t = mp_alloc(sizeof *t);
    if (t == NULL) return MP_OBJ_NULL;
    size_t n;
    const char *s = mp_str_data(name, &n);
    char *cname = mp_alloc(n + 1);
    if (cname == NULL) return MP_OBJ_NULL;
    __builtin_memcpy(cname, s, n);
    t->base.type = &mp_type_type;
    t->name = cname;
    t->flags = MP_TYPE_FLAG_USER | MP_TYPE_FLAG_BASETYPE;
    t->bases = b->len ? bases : mp_tuple_new(1, (const mp_obj_t[]){ (mp_obj_t)&mp_type_object });
    if (t->bases == MP_OBJ_NULL) return MP_OBJ_NULL;
    t->locals = locals;
    locals->is_class = 1;
    mp_class_epoch++;
    t->print = instance_print;
    t->make_new = NULL;
    t->call = instance_call;
    t->unary_op = instance_unary;
    t->binary_op = instance_binary;
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    t->mro = mp_c3_mro(t, t->bases);
    if (t->mro == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (mp_type_is_subclass(t, &mp_type_BaseException)) t->flags |= MP_TYPE_FLAG_EXCEPTION;
    /* __new__ is a static method without saying so, as in CPython. */
    mp_obj_t nm = name_obj("__new__");
    if (nm == MP_OBJ_NULL) return nm;
    mp_obj_t newf = mp_dict_get(locals, nm);
    if (newf == MP_OBJ_NULL) return newf;
    if (newf != MP_OBJ_SENTINEL && mp_type_of(newf) == &mp_type_fun_bc) {
        mp_obj_t sm = mp_type_staticmethod.make_new(&mp_type_staticmethod, 1, &newf, NULL);
        if (sm == MP_OBJ_NULL || !mp_dict_set(locals, nm, sm)) return MP_OBJ_NULL;
    }
    return set_names(t) ? (mp_obj_t)t : MP_OBJ_NULL;
}
