/* Special methods of built-in types as callable objects: list.__setitem__,
 * dict.__getitem__, int.__add__, Exception.__str__, object.__new__,
 * list.__init__ ... Built-in types implement these as slots, not as
 * entries of their method tables; super() and explicit calls such as
 * dict.__setitem__(self, k, v) reach them through mp_builtin_special.
 * Applied to an instance of a class derived from a built-in type, a
 * wrapper works on the instance's native sub-object. */
#include "mpy/runtime.h"

const char *const mp_binary_dunders[MPY_BINARY_COUNT] = {
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__or__",
    "__xor__",
    "__and__",
};
const char *const mp_rbinary_dunders[MPY_BINARY_COUNT] = {
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rmatmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__ror__",
    "__rxor__",
    "__rand__",
};
const char *const mp_compare_dunders[MPY_COMPARE_IN + 1] = {
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__contains__",
};

/* What a wrapper calls: a slot of its owner type, with the arity of the
 * Python-level method (arguments after self). */
enum {
    SLOT_GETITEM,
    SLOT_SETITEM,
    SLOT_DELITEM,
    SLOT_ITER,
    SLOT_NEXT,
    SLOT_REPR,
    SLOT_STR,
    SLOT_LEN, /* LEN .. ABS in this order: the unary wrappers count from SLOT_LEN */
    SLOT_NEG,
    SLOT_POS,
    SLOT_INVERT,
    SLOT_ABS,
    SLOT_HASH,
    SLOT_BOOL,
    SLOT_INT,
    SLOT_FLOAT,
    SLOT_INDEX,
    SLOT_CONTAINS,
    SLOT_FORMAT,
    SLOT_OBJ_EQ, /* object's comparisons: identity, NotImplemented otherwise */
    SLOT_OBJ_NE,
    SLOT_OBJ_ORDER,
    SLOT_OBJ_REPR,
    SLOT_CALL,
    SLOT_BINARY, /* + the binary op, reflected ones + MP_OP_REFLECTED */
};

typedef struct {
    mp_obj_base_t base;
    const mp_type_t *owner;
    const char *name;
    int op;
    uint8_t nargs;
} slot_wrapper_t;

static mp_obj_t wrapper_call(mp_obj_t fn, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const slot_wrapper_t *w = (const slot_wrapper_t *)fn;
    const mp_type_t *o = w->owner;
    if (w->op == SLOT_CALL) {
        /* type.__call__(int, "5"), f.__call__(x): any arguments. */
        if (n == 0 || !mp_type_is_subclass(mp_type_of(args[0]), o))
            return mp_raise_fmt(&mp_type_TypeError, "descriptor '__call__' requires a '%s' object", o->name);
        return o->call(args[0], n - 1, args + 1, kw);
    }
    if (kw && kw->used > 0) return mp_raise_fmt(&mp_type_TypeError, "%s() takes no keyword arguments", w->name);
    if (n != (size_t)w->nargs + 1)
        return mp_raise_fmt(&mp_type_TypeError, "expected %d argument%s, got %d", w->nargs, w->nargs == 1 ? "" : "s",
            n == 0 ? 0 : (int)n - 1);
    mp_obj_t self = args[0];
    if (!mp_type_is_subclass(mp_type_of(self), o))
        return mp_raise_fmt(&mp_type_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->name,
            o->name, mp_type_of(self)->name);
    mp_obj_t native = mp_instance_native(self);
    if (native != MP_OBJ_NULL) self = native;
    /* int's slots take a bool as the plain int it is (int.__neg__(True)). */
    if (o == &mp_type_int && (self == MP_TRUE || self == MP_FALSE)) self = mp_small_int(self == MP_TRUE);
    switch (w->op) {
    case SLOT_GETITEM: return o->subscr(self, args[1], MP_OBJ_SENTINEL);
    case SLOT_SETITEM: return o->subscr(self, args[1], args[2]);
    case SLOT_DELITEM: return o->subscr(self, args[1], MP_OBJ_NULL);
    case SLOT_ITER: return o->getiter ? o->getiter(self) : self; /* an iterator is its own */
    case SLOT_NEXT: {
        mp_obj_t r = o->iternext(self);
        return r == MP_OBJ_SENTINEL ? mp_raise(mp_exception_new(&mp_type_StopIteration, 0, NULL)) : r;
    }
    case SLOT_REPR: return mp_obj_str_as(o, self, MP_PRINT_REPR);
    case SLOT_STR:
        /* object.__str__ is repr() of the object, through its own type. */
        if (o == &mp_type_object) return mp_obj_str(args[0], MP_PRINT_REPR);
        return mp_obj_str_as(o, self, MP_PRINT_STR);
    case SLOT_LEN:
    case SLOT_NEG:
    case SLOT_POS:
    case SLOT_INVERT:
    case SLOT_ABS: {
        static const int ops[] = { MP_UNARY_LEN, MPY_UNARY_NEGATIVE, MPY_UNARY_POSITIVE, MPY_UNARY_INVERT,
            MP_UNARY_ABS };
        mp_obj_t r = o->unary_op(ops[w->op - SLOT_LEN], self);
        if (r == MP_OBJ_SENTINEL) return mp_raise_fmt(&mp_type_TypeError, "'%s' object has no %s", o->name, w->name);
        return r;
    }
    case SLOT_HASH: return o == &mp_type_object ? mp_small_int((mp_int_t)(self >> 4)) : mp_hash(self);
    case SLOT_BOOL: {
        int t = mp_truth(self);
        return t < 0 ? MP_OBJ_NULL : mp_bool(t);
    }
    case SLOT_INT: return mp_int_from_obj(self, MP_OBJ_NULL);
    case SLOT_FLOAT: {
        double d;
        return mp_obj_to_double(self, &d) ? mp_float_new(d) : MP_OBJ_NULL;
    }
    case SLOT_INDEX: return mp_index(self);
    case SLOT_CONTAINS: return mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_IN, args[1], self);
    case SLOT_FORMAT: {
        const char *spec;
        size_t sl;
        if (!mp_arg_str(args[1], "format spec", &spec, &sl)) return MP_OBJ_NULL;
        return mp_format_value(self, spec, sl);
    }
    case SLOT_OBJ_EQ: return self == args[1] ? MP_TRUE : MP_NOT_IMPLEMENTED;
    case SLOT_OBJ_NE: {
        /* The negation of the type's __eq__, NotImplemented passed on. */
        const mp_type_t *t = mp_type_of(args[0]);
        mp_obj_t r = t->binary_op ? t->binary_op(MP_OP_COMPARE + MPY_COMPARE_EQ, args[0], args[1]) : MP_NOT_IMPLEMENTED;
        if (r == MP_NOT_IMPLEMENTED && args[0] == args[1]) r = MP_TRUE;
        if (r == MP_OBJ_NULL || r == MP_NOT_IMPLEMENTED) return r;
        int truth = mp_truth(r);
        return truth < 0 ? MP_OBJ_NULL : mp_bool(!truth);
    }
    case SLOT_OBJ_ORDER: return MP_NOT_IMPLEMENTED;
    case SLOT_OBJ_REPR: {
        char buf[64];
        mp_strbuilder_t b;
        mp_strbuilder_init(&b, buf, sizeof buf);
        const char *tn = mp_type_of(args[0])->name;
        mp_strbuilder_add(&b, "<", 1);
        mp_strbuilder_add(&b, tn, __builtin_strlen(tn));
        char at[24];
        mp_strbuilder_add(&b, " object", 7);
        mp_strbuilder_add(&b, at, mp_format_at(at, args[0]));
        mp_strbuilder_add(&b, ">", 1);
        return mp_strbuilder_str(&b);
    }
    default:
        /* int's operators take ints only: (1).__add__(2.0) is NotImplemented. */
        if (o == &mp_type_int && mp_type_of(args[1]) != &mp_type_int && mp_type_of(args[1]) != &mp_type_bool)
            return MP_NOT_IMPLEMENTED;
        if (o == &mp_type_bool && mp_type_of(args[1]) == &mp_type_bool) {
            /* True.__and__(False) stays a bool, as True & False. */
            int bop = (w->op - SLOT_BINARY) & ~MP_OP_REFLECTED;
            bool a = self == MP_TRUE, b = args[1] == MP_TRUE;
            if (bop == MPY_BINARY_AND) return mp_bool(a && b);
            if (bop == MPY_BINARY_OR) return mp_bool(a || b);
            if (bop == MPY_BINARY_XOR) return mp_bool(a != b);
        }
        return o->binary_op(w->op - SLOT_BINARY, self, args[1]);
    }
}

/* Two wrappers of the same slot of the same type are equal (each lookup
 * makes a new one), so bound methods made of them compare equal too. */
static mp_obj_t wrapper_binary(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op != MP_OP_COMPARE + MPY_COMPARE_EQ && op != MP_OP_COMPARE + MPY_COMPARE_NE) return MP_NOT_IMPLEMENTED;
    if (mp_type_of(rhs) != mp_type_of(lhs)) return MP_NOT_IMPLEMENTED;
    const slot_wrapper_t *a = (const slot_wrapper_t *)lhs, *b = (const slot_wrapper_t *)rhs;
    bool eq = a->owner == b->owner && a->op == b->op;
    return mp_bool(eq == (op == MP_OP_COMPARE + MPY_COMPARE_EQ));
}

static mp_obj_t wrapper_unary(int op, mp_obj_t self) {
    if (op != MP_UNARY_HASH) return MP_OBJ_SENTINEL;
    const slot_wrapper_t *w = (const slot_wrapper_t *)self;
    return mp_small_int((mp_int_t)(((mp_uint_t)w->owner >> 4) ^ (mp_uint_t)w->op) & MP_SMALL_INT_MAX);
}

static const mp_type_t mp_type_slot_wrapper = { .base = { &mp_type_type },
    .name = "wrapper_descriptor",
    .call = wrapper_call,
    .unary_op = wrapper_unary,
    .binary_op = wrapper_binary };

/* object.__new__(cls, ...) and int.__new__(cls, ...): a new, uninitialised
 * instance of cls (for a class derived from a built-in type, its native
 * sub-object is made from the arguments). */
static mp_obj_t object_new(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    if (mp_type_of(args[0]) != &mp_type_type)
        return mp_raise_fmt(
            &mp_type_TypeError, "object.__new__(X): X is not a type object (%s)", mp_type_of(args[0])->name);
    const mp_type_t *cls = (const mp_type_t *)args[0];
    if (cls->flags & MP_TYPE_FLAG_USER) return mp_instance_alloc(cls, n - 1, args + 1, kw);
    if (cls->make_new == NULL) return mp_raise_fmt(&mp_type_TypeError, "cannot create '%s' instances", cls->name);
    return cls->make_new(cls, n - 1, args + 1, kw);
}
static const mp_builtin_t object_new_fn = { { &mp_type_builtin }, "__new__", object_new, 1, -1, true };

/* object.__setattr__(obj, name, value) and object.__delattr__(obj, name):
 * the default store, for classes that define their own hooks. */
static mp_obj_t object_setattr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (mp_type_of(args[1]) != &mp_type_str)
        return mp_raise_fmt(&mp_type_TypeError, "attribute name must be string, not '%s'", mp_type_of(args[1])->name);
    return mp_store_attr_default(args[0], args[1], n == 3 ? args[2] : MP_OBJ_NULL) ? MP_NONE : MP_OBJ_NULL;
}
static const mp_builtin_t object_setattr_fn = { { &mp_type_builtin }, "__setattr__", object_setattr, 3, 3, false };
static const mp_builtin_t object_delattr_fn = { { &mp_type_builtin }, "__delattr__", object_setattr, 2, 2, false };

bool mp_is_builtin_special(mp_obj_t o) {
    return mp_type_of(o) == &mp_type_slot_wrapper || o == (mp_obj_t)&object_new_fn ||
        o == (mp_obj_t)&object_setattr_fn || o == (mp_obj_t)&object_delattr_fn || o == mp_builtin_init_fn();
}

static bool name_is(const char *s, size_t n, const char *want) {
    return __builtin_strlen(want) == n && __builtin_memcmp(s, want, n) == 0;
}

static mp_obj_t wrapper(const mp_type_t *owner, const char *name, int op, int nargs) {
    slot_wrapper_t *w = mp_alloc(sizeof *w);
    if (w == NULL) return MP_OBJ_NULL;
    w->base.type = &mp_type_slot_wrapper;
    w->owner = owner;
    w->name = name;
    w->op = op;
    w->nargs = (uint8_t)nargs;
    return (mp_obj_t)w;
}

/* The arithmetic operators (bit i: MPY_BINARY_i) the common built-in
 * types define, forward and reflected, as CPython's; other types with a
 * binary slot offer them all. */
#define OPS(...) ops_mask((const int[]){ __VA_ARGS__, -1 })
static unsigned ops_mask(const int *ops) {
    unsigned m = 0;
    for (; *ops >= 0; ops++) m |= 1u << *ops;
    return m;
}
static void binary_ops_of(const mp_type_t *c, unsigned *fwd, unsigned *refl) {
    *fwd = *refl = (1u << MPY_BINARY_COUNT) - 1;
    if (c == &mp_type_int || c == &mp_type_bool) {
        *fwd = *refl = *fwd & ~(1u << MPY_BINARY_MATMUL);
    } else if (c == &mp_type_float) {
        *fwd = *refl = OPS(MPY_BINARY_ADD, MPY_BINARY_SUB, MPY_BINARY_MUL, MPY_BINARY_TRUEDIV, MPY_BINARY_FLOORDIV,
            MPY_BINARY_MOD, MPY_BINARY_POW);
    } else if (c == &mp_type_str || c == &mp_type_bytes || c == &mp_type_bytearray) {
        *fwd = OPS(MPY_BINARY_ADD, MPY_BINARY_MUL, MPY_BINARY_MOD);
        *refl = OPS(MPY_BINARY_MUL, MPY_BINARY_MOD);
    } else if (c == &mp_type_list || c == &mp_type_tuple) {
        *fwd = OPS(MPY_BINARY_ADD, MPY_BINARY_MUL);
        *refl = OPS(MPY_BINARY_MUL);
    } else if (c == &mp_type_dict) {
        *fwd = *refl = OPS(MPY_BINARY_OR);
    } else if (c == &mp_type_set || c == &mp_type_frozenset) {
        *fwd = *refl = OPS(MPY_BINARY_OR, MPY_BINARY_AND, MPY_BINARY_SUB, MPY_BINARY_XOR);
    } else if (c == &mp_type_range) {
        *fwd = *refl = 0;
    }
}

mp_obj_t mp_builtin_special(const mp_type_t *c, mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n < 5 || s[0] != '_' || s[1] != '_') return MP_OBJ_SENTINEL;
    if (name_is(s, n, "__init__")) return mp_builtin_init_fn();
    if (name_is(s, n, "__new__")) return (mp_obj_t)&object_new_fn;
    if (name_is(s, n, "__setattr__")) return (mp_obj_t)&object_setattr_fn;
    if (name_is(s, n, "__delattr__")) return (mp_obj_t)&object_delattr_fn;
    if (name_is(s, n, "__hash__")) {
        /* The mutable containers are unhashable: their __hash__ is None. */
        if (c == &mp_type_list || c == &mp_type_dict || c == &mp_type_set || c == &mp_type_bytearray) return MP_NONE;
        return wrapper(c, "__hash__", SLOT_HASH, 0);
    }
    if (name_is(s, n, "__format__")) return wrapper(c, "__format__", SLOT_FORMAT, 1);
    if (c == &mp_type_object) {
        /* object's own: identity equality, no ordering, the default repr. */
        if (name_is(s, n, "__eq__")) return wrapper(c, "__eq__", SLOT_OBJ_EQ, 1);
        if (name_is(s, n, "__ne__")) return wrapper(c, "__ne__", SLOT_OBJ_NE, 1);
        if (name_is(s, n, "__repr__")) return wrapper(c, "__repr__", SLOT_OBJ_REPR, 0);
        if (name_is(s, n, "__str__")) return wrapper(c, "__str__", SLOT_STR, 0);
        for (int i = 0; i <= MPY_COMPARE_GE; i++)
            if (i != MPY_COMPARE_EQ && i != MPY_COMPARE_NE && name_is(s, n, mp_compare_dunders[i]))
                return wrapper(c, mp_compare_dunders[i], SLOT_OBJ_ORDER, 1);
        return MP_OBJ_SENTINEL;
    }
    /* Numbers: truth and the conversions (int has __index__, float not). */
    bool num = c == &mp_type_int || c == &mp_type_float;
    if ((num || c == mp_type_of(MP_NONE)) && name_is(s, n, "__bool__")) return wrapper(c, "__bool__", SLOT_BOOL, 0);
    if (num && name_is(s, n, "__int__")) return wrapper(c, "__int__", SLOT_INT, 0);
    if (num && name_is(s, n, "__float__")) return wrapper(c, "__float__", SLOT_FLOAT, 0);
    if (c == &mp_type_int && name_is(s, n, "__index__")) return wrapper(c, "__index__", SLOT_INDEX, 0);
    if (c->getiter && name_is(s, n, "__contains__")) return wrapper(c, "__contains__", SLOT_CONTAINS, 1);
    if (c->call && name_is(s, n, "__call__")) return wrapper(c, "__call__", SLOT_CALL, 0);
    /* The in-place operators the mutable built-ins have (list +=, set |=). */
    static const struct {
        const mp_type_t *type;
        const char *name;
        int op;
    } inplace[] = {
        { &mp_type_list, "__iadd__", MPY_BINARY_ADD },
        { &mp_type_list, "__imul__", MPY_BINARY_MUL },
        { &mp_type_bytearray, "__iadd__", MPY_BINARY_ADD },
        { &mp_type_bytearray, "__imul__", MPY_BINARY_MUL },
        { &mp_type_set, "__ior__", MPY_BINARY_OR },
        { &mp_type_set, "__iand__", MPY_BINARY_AND },
        { &mp_type_set, "__isub__", MPY_BINARY_SUB },
        { &mp_type_set, "__ixor__", MPY_BINARY_XOR },
        { &mp_type_dict, "__ior__", MPY_BINARY_OR },
    };
    for (size_t i = 0; i < sizeof inplace / sizeof inplace[0]; i++)
        if (c == inplace[i].type && name_is(s, n, inplace[i].name))
            return wrapper(c, inplace[i].name, SLOT_BINARY + MP_OP_INPLACE + inplace[i].op, 1);
    if (c->subscr) {
        if (name_is(s, n, "__getitem__")) return wrapper(c, "__getitem__", SLOT_GETITEM, 1);
        bool immutable = c == &mp_type_str || c == &mp_type_bytes || c == &mp_type_tuple || c == &mp_type_range;
        if (!immutable && name_is(s, n, "__setitem__")) return wrapper(c, "__setitem__", SLOT_SETITEM, 2);
        if (!immutable && name_is(s, n, "__delitem__")) return wrapper(c, "__delitem__", SLOT_DELITEM, 1);
    }
    if ((c->getiter || c->iternext) && name_is(s, n, "__iter__")) return wrapper(c, "__iter__", SLOT_ITER, 0);
    if (c->iternext && name_is(s, n, "__next__")) return wrapper(c, "__next__", SLOT_NEXT, 0);
    if (c->print && c != &mp_type_object) {
        if (name_is(s, n, "__repr__")) return wrapper(c, "__repr__", SLOT_REPR, 0);
        if (name_is(s, n, "__str__")) return wrapper(c, "__str__", SLOT_STR, 0);
    }
    if (c->unary_op) {
        static const char *const unary[] = { "__len__", "__neg__", "__pos__", "__invert__", "__abs__" };
        /* __len__ for containers, the arithmetic ones for numbers (None,
         * functions and the like have a unary slot for truth only). */
        bool container = c->getiter != NULL || c->subscr != NULL;
        bool number = c->binary_op != NULL && c->getiter == NULL;
        for (int i = 0; i < 5; i++)
            if ((i == 0 ? container : number && !(i == 3 && c == &mp_type_float)) && name_is(s, n, unary[i]))
                return wrapper(c, unary[i], SLOT_LEN + i, 0);
    }
    if (c->binary_op) {
        unsigned fwd, refl;
        binary_ops_of(c, &fwd, &refl);
        for (int i = 0; i < MPY_BINARY_COUNT; i++) {
            if ((fwd >> i & 1) && name_is(s, n, mp_binary_dunders[i]))
                return wrapper(c, mp_binary_dunders[i], SLOT_BINARY + i, 1);
            if ((refl >> i & 1) && name_is(s, n, mp_rbinary_dunders[i]))
                return wrapper(c, mp_rbinary_dunders[i], SLOT_BINARY + (i | MP_OP_REFLECTED), 1);
        }
        for (int i = 0; i <= MPY_COMPARE_GE; i++) /* __contains__: above, for containers */
            if (name_is(s, n, mp_compare_dunders[i]))
                return wrapper(c, mp_compare_dunders[i], SLOT_BINARY + MP_OP_COMPARE + i, 1);
    }
    return MP_OBJ_SENTINEL;
}
