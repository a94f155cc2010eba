/* Generic object operations: the type of a word, truth, equality, hashing,
 * and the dispatch of unary/binary operators, attributes, subscripts,
 * iteration and calls to each type's slots. */
#include "mpy/runtime.h"

const mp_type_t *mp_type_of_immediate(mp_obj_t o) {
    switch (o) {
    case MP_NONE: return &mp_type_none;
    case MP_FALSE:
    case MP_TRUE: return &mp_type_bool;
    case MP_NOT_IMPLEMENTED: return &mp_type_not_implemented;
    case MP_ELLIPSIS: return &mp_type_ellipsis;
    default: return ((const mp_obj_base_t *)o)->type;
    }
}

/* ---- truth, equality, hash ---- */

int mp_truth(mp_obj_t x) {
    if (x == MP_TRUE) return 1;
    if (x == MP_FALSE || x == MP_NONE) return 0;
    if (mp_is_small_int(x)) return x != mp_small_int(0);
    const mp_type_t *t = mp_type_of(x);
    if (t->unary_op) {
        mp_obj_t r = t->unary_op(MP_UNARY_BOOL, x);
        if (r == MP_OBJ_NULL) return -1;
        if (r != MP_OBJ_SENTINEL) return r == MP_TRUE;
        r = t->unary_op(MP_UNARY_LEN, x);
        if (r == MP_OBJ_NULL) return -1;
        if (r != MP_OBJ_SENTINEL) return r != mp_small_int(0);
    }
    return 1;
}

mp_obj_t mp_obj_equal(mp_obj_t a, mp_obj_t b) {
    /* Identity implies equality for container items, NaN included (CPython:
     * [nan] == [nan]); the `==` operator itself does not come here. */
    if (a == b) return MP_TRUE;
    if (mp_is_small_int(a) && mp_is_small_int(b)) return MP_FALSE;
    /* Containers compare their items through here: the stack budget bounds the depth. */
    if (!mp_stack_check()) return MP_OBJ_NULL;
    mp_obj_t r = mp_binary_op(MP_OP_COMPARE + MPY_COMPARE_EQ, a, b);
    if (r == MP_OBJ_NULL) return MP_OBJ_NULL;
    int t = mp_truth(r);
    return t < 0 ? MP_OBJ_NULL : mp_bool(t);
}

mp_obj_t mp_hash(mp_obj_t o) {
    if (mp_is_small_int(o)) return mp_hash_from_i64(mp_hash_small_int(mp_small_int_value(o)));
    /* A tuple hashes its items through here: the stack budget bounds the depth. */
    if (!mp_stack_check()) return MP_OBJ_NULL;
    const mp_type_t *t = mp_type_of(o);
    if (t->unary_op) {
        mp_obj_t r = t->unary_op(MP_UNARY_HASH, o);
        if (r != MP_OBJ_SENTINEL) return r;
    }
    if (t->flags & MP_TYPE_FLAG_USER || t == &mp_type_object || t->binary_op == NULL) {
        return mp_small_int((mp_int_t)(o >> 4));
    }
    return mp_raise_fmt(&mp_type_TypeError, "unhashable type: '%s'", t->name);
}

mp_obj_t mp_len(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    if (t->unary_op) {
        mp_obj_t r = t->unary_op(MP_UNARY_LEN, o);
        if (r != MP_OBJ_SENTINEL) return r;
    }
    return mp_raise_fmt(&mp_type_TypeError, "object of type '%s' has no len()", t->name);
}

/* ---- operators ---- */

static const char *const binary_names[] = {
    "+",
    "-",
    "*",
    "@",
    "/",
    "//",
    "%",
    "**",
    "<<",
    ">>",
    "|",
    "^",
    "&",
};
static const char *const compare_names[] = { "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not" };

mp_obj_t mp_unary_op(int op, mp_obj_t x) {
    if (op == MPY_UNARY_NOT) {
        int t = mp_truth(x);
        return t < 0 ? MP_OBJ_NULL : mp_bool(!t);
    }
    if (op == MP_UNARY_BOOL) {
        int t = mp_truth(x);
        return t < 0 ? MP_OBJ_NULL : mp_bool(t);
    }
    if (op == MP_UNARY_HASH) return mp_hash(x);
    if (op == MP_UNARY_LEN) return mp_len(x);
    const mp_type_t *t = mp_type_of(x);
    if (t->unary_op) {
        mp_obj_t r = t->unary_op(op, x);
        if (r != MP_OBJ_SENTINEL) return r;
    }
    static const char *const names[] = { "+", "-", "~" };
    if (op == MP_UNARY_ABS) return mp_raise_fmt(&mp_type_TypeError, "bad operand type for abs(): '%s'", t->name);
    return mp_raise_fmt(&mp_type_TypeError, "bad operand type for unary %s: '%s'", names[op], t->name);
}

static int compare_swap(int cmp) {
    switch (cmp) {
    case MPY_COMPARE_LT: return MPY_COMPARE_GT;
    case MPY_COMPARE_LE: return MPY_COMPARE_GE;
    case MPY_COMPARE_GT: return MPY_COMPARE_LT;
    case MPY_COMPARE_GE: return MPY_COMPARE_LE;
    default: return cmp;
    }
}

static mp_obj_t contains(mp_obj_t container, mp_obj_t item) {
    const mp_type_t *t = mp_type_of(container);
    if (t->binary_op) {
        mp_obj_t r = t->binary_op(MP_OP_COMPARE + MPY_COMPARE_IN, container, item);
        if (r != MP_NOT_IMPLEMENTED) return r;
    }
    mp_obj_t it = mp_getiter(container);
    if (it == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        return mp_raise_fmt(&mp_type_TypeError, "argument of type '%s' is not iterable", t->name);
    }
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return MP_OBJ_NULL;
        if (x == MP_OBJ_SENTINEL) return MP_FALSE;
        mp_obj_t eq = mp_obj_equal(x, item);
        if (eq != MP_FALSE) return eq;
    }
}

/* Does the right operand go first? When its class is a user class derived
 * from the left operand's (for arithmetic: one that also overrides the
 * reflected method), as CPython. -1 on error. */
static int right_first(const mp_type_t *lt, const mp_type_t *rt, int op) {
    if (rt == lt || !(rt->flags & MP_TYPE_FLAG_USER) || !mp_type_is_subclass(rt, lt)) return 0;
    if (op >= MP_OP_COMPARE) return 1;
    mp_obj_t name = mp_str_from_cstr(mp_rbinary_dunders[op]);
    if (name == MP_OBJ_NULL) return -1;
    mp_obj_t rf = mp_class_attr(rt, name);
    if (rf == MP_OBJ_NULL) return -1;
    if (rf == MP_OBJ_SENTINEL) return 0;
    mp_obj_t lf = mp_class_attr(lt, name);
    if (lf == MP_OBJ_NULL) return -1;
    return rf != lf;
}

mp_obj_t mp_binary_op(int op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op >= MP_OP_COMPARE) {
        int cmp = op - MP_OP_COMPARE;
        switch (cmp) {
        case MPY_COMPARE_IS: return mp_bool(lhs == rhs);
        case MPY_COMPARE_IS_NOT: return mp_bool(lhs != rhs);
        case MPY_COMPARE_IN: return contains(rhs, lhs);
        case MPY_COMPARE_NOT_IN: {
            mp_obj_t r = contains(rhs, lhs);
            return r == MP_OBJ_NULL ? r : mp_bool(r == MP_FALSE);
        }
        default: break;
        }
        const mp_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
        bool rfirst = right_first(lt, rt, op) && rt->binary_op;
        if (rfirst) {
            mp_obj_t r = rt->binary_op(MP_OP_COMPARE + compare_swap(cmp), rhs, lhs);
            if (r != MP_NOT_IMPLEMENTED) return r;
        }
        if (lt->binary_op) {
            mp_obj_t r = lt->binary_op(op, lhs, rhs);
            if (r != MP_NOT_IMPLEMENTED) return r;
        }
        if (rt->binary_op && !rfirst) {
            mp_obj_t r = rt->binary_op(MP_OP_COMPARE + compare_swap(cmp), rhs, lhs);
            if (r != MP_NOT_IMPLEMENTED) return r;
        }
        if (cmp == MPY_COMPARE_EQ) return mp_bool(lhs == rhs);
        if (cmp == MPY_COMPARE_NE) return mp_bool(lhs != rhs);
        return mp_raise_fmt(&mp_type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
            compare_names[cmp], lt->name, rt->name);
    }
    const mp_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
    const char *eq = op >= MP_OP_INPLACE ? "=" : ""; /* "-=" in the message of a failed a -= b */
    if (op >= MP_OP_INPLACE) {
        if (lt->binary_op) {
            mp_obj_t r = lt->binary_op(op, lhs, rhs);
            if (r != MP_NOT_IMPLEMENTED) return r;
        }
        op -= MP_OP_INPLACE;
    }
    int rfirst = right_first(lt, rt, op);
    if (rfirst < 0) return MP_OBJ_NULL;
    if (rfirst && rt->binary_op) {
        mp_obj_t r = rt->binary_op(op | MP_OP_REFLECTED, rhs, lhs);
        if (r != MP_NOT_IMPLEMENTED) return r;
    }
    if (lt->binary_op) {
        mp_obj_t r = lt->binary_op(op, lhs, rhs);
        if (r != MP_NOT_IMPLEMENTED) return r;
    }
    if (rt != lt && rt->binary_op && !rfirst) {
        /* Reflected operation: the right operand's type with swapped roles,
         * signalled by MP_OP_REFLECTED so the type knows its self is on the right. */
        mp_obj_t r = rt->binary_op(op | MP_OP_REFLECTED, rhs, lhs);
        if (r != MP_NOT_IMPLEMENTED) return r;
    }
    return mp_raise_fmt(&mp_type_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binary_names[op], eq,
        lt->name, rt->name);
}

/* ---- attributes ---- */

static bool is_function(mp_obj_t f) {
    const mp_type_t *t = mp_type_of(f);
    return t == &mp_type_fun_bc || t == &mp_type_builtin;
}

static bool name_is(mp_obj_t name, const char *s, size_t n) {
    size_t nl;
    const char *nd = mp_str_data(name, &nl);
    return nl == n && __builtin_memcmp(nd, s, n) == 0;
}

static bool is_dunder(mp_obj_t name) {
    size_t n;
    const char *s = mp_str_data(name, &n);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

/* obj.name of an instance whose class defines __getattr__: its result;
 * otherwise AttributeError. */
static mp_obj_t attr_missing(mp_obj_t obj, mp_obj_t name) {
    const mp_type_t *t = mp_type_of(obj);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t ga = mp_str_from_cstr("__getattr__");
        if (ga == MP_OBJ_NULL) return ga;
        mp_obj_t f = mp_class_attr(t, ga);
        if (f == MP_OBJ_NULL) return f;
        if (f != MP_OBJ_SENTINEL) {
            mp_obj_t args[2] = { obj, name };
            return mp_call(f, 2, args, NULL);
        }
    }
    return mp_raise_fmt(&mp_type_AttributeError, "'%s' object has no attribute '%S'", t->name, name);
}

mp_obj_t mp_load_method(mp_obj_t obj, mp_obj_t name, mp_obj_t *self_out) {
    const mp_type_t *t = mp_type_of(obj);
    *self_out = MP_OBJ_NULL;
    if (name_is(name, "__class__", 9)) return (mp_obj_t)t;
    if (t->attr) {
        /* super().m: the function and self, as for an instance (no bound method). */
        mp_obj_t v = t == &mp_type_super ? mp_super_load_method(obj, name, self_out) : t->attr(obj, name);
        if (v != MP_OBJ_SENTINEL) return v;
    }
    if (t == &mp_type_type) {
        /* A class attribute, or a special method of a built-in base
         * (object.__new__, dict.__setitem__), unbound. */
        mp_obj_t v = mp_mro_find((const mp_type_t *)obj, name, NULL, true);
        if (v == MP_OBJ_NULL) return v;
        if (v != MP_OBJ_SENTINEL) {
            mp_obj_t fn = mp_classmethod_fn(v);
            if (fn != MP_OBJ_NULL) {
                *self_out = obj; /* C.cm(): the class is the first argument */
                return fn;
            }
            mp_obj_t d = mp_descriptor_get(v, obj, true);
            return d == MP_OBJ_SENTINEL ? v : d;
        }
        return mp_raise_fmt(
            &mp_type_AttributeError, "type object '%s' has no attribute '%S'", ((const mp_type_t *)obj)->name, name);
    }
    mp_obj_t v = mp_class_attr(t, name);
    if (v == MP_OBJ_NULL) return v;
    if (v != MP_OBJ_SENTINEL) {
        if (is_function(v) && !mp_is_stored_builtin(t, name, v)) {
            /* A built-in base's method gets the native sub-object as self. */
            mp_obj_t native = mp_instance_native(obj);
            *self_out = native != MP_OBJ_NULL && mp_type_of(v) == &mp_type_builtin ? native : obj;
            return v;
        }
        mp_obj_t fn = mp_classmethod_fn(v);
        if (fn != MP_OBJ_NULL) {
            *self_out = (mp_obj_t)t; /* obj.cm(): the class is the first argument */
            return fn;
        }
        mp_obj_t d = mp_descriptor_get(v, obj, false);
        return d == MP_OBJ_SENTINEL ? v : d;
    }
    if (is_dunder(name)) {
        /* A slot of a built-in type along the MRO as a special method
         * (d.__setitem__, (1).__add__, it.__next__, object's __eq__). */
        v = mp_mro_find(t, name, NULL, true);
        if (v == MP_OBJ_NULL) return v;
        if (v != MP_OBJ_SENTINEL) {
            if (v == MP_NONE || !mp_is_builtin_special(v) || name_is(name, "__new__", 7)) return v;
            *self_out = obj;
            return v;
        }
    }
    mp_obj_t native = mp_instance_native(obj);
    if (native != MP_OBJ_NULL) {
        v = mp_load_method(native, name, self_out);
        if (v != MP_OBJ_NULL || !mp_is_instance_of_type(mp_state.exc, &mp_type_AttributeError)) return v;
        mp_state.exc = MP_OBJ_NULL;
    }
    return attr_missing(obj, name);
}

mp_obj_t mp_load_attr(mp_obj_t obj, mp_obj_t name) {
    mp_obj_t self;
    mp_obj_t v = mp_load_method(obj, name, &self);
    if (v == MP_OBJ_NULL || self == MP_OBJ_NULL) return v;
    return mp_bound_method_new(self, v);
}

bool mp_store_attr_default(mp_obj_t obj, mp_obj_t name, mp_obj_t value) {
    const mp_type_t *t = mp_type_of(obj);
    mp_dict_t *dict = NULL;
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t cv = mp_class_attr(t, name);
        if (cv == MP_OBJ_NULL) return false;
        if (cv != MP_OBJ_SENTINEL && mp_type_of(cv) == &mp_type_property)
            return mp_descriptor_set(cv, obj, value) != MP_OBJ_NULL;
        if (cv != MP_OBJ_SENTINEL && (mp_type_of(cv)->flags & MP_TYPE_FLAG_USER)) {
            /* A user descriptor with __set__/__delete__. */
            mp_obj_t r = mp_descriptor_set(cv, obj, value);
            if (r != MP_OBJ_SENTINEL) return r != MP_OBJ_NULL;
        }
        dict = mp_type_is_subclass(t, &mp_type_BaseException) ? ((mp_exception_t *)obj)->dict
                                                              : ((mp_instance_t *)obj)->dict;
    } else if (t->store_attr != NULL) {
        return t->store_attr(obj, name, value);
    } else if (t == &mp_type_module) {
        dict = ((mp_module_t *)obj)->globals;
    } else if (t == &mp_type_type && (((const mp_type_t *)obj)->flags & MP_TYPE_FLAG_USER)) {
        dict = ((mp_type_t *)obj)->locals;
    }
    if (dict == NULL) {
        mp_raise_fmt(&mp_type_AttributeError, "'%s' object has no attribute '%S'", t->name, name);
        return false;
    }
    if (value != MP_OBJ_NULL) return mp_dict_set(dict, name, value);
    int r = mp_dict_delete(dict, name);
    if (r == 0) {
        if (t == &mp_type_type)
            mp_raise_fmt(&mp_type_AttributeError, "type object '%s' has no attribute '%S'",
                ((const mp_type_t *)obj)->name, name);
        else
            mp_raise_fmt(&mp_type_AttributeError, "'%s' object has no attribute '%S'", t->name, name);
    }
    return r > 0;
}

/* Names of the hooks, as str objects that cache their hash. */
static mp_str_t setattr_name = MP_STR_STATIC_ASCII("__setattr__");
static mp_str_t delattr_name = MP_STR_STATIC_ASCII("__delattr__");

bool mp_store_attr(mp_obj_t obj, mp_obj_t name, mp_obj_t value) {
    const mp_type_t *t = mp_type_of(obj);
    if (t->flags & MP_TYPE_FLAG_USER) {
        /* A class's __setattr__ / __delattr__ replaces the default. */
        mp_obj_t f = mp_class_attr(t, (mp_obj_t)(value == MP_OBJ_NULL ? &delattr_name : &setattr_name));
        if (f == MP_OBJ_NULL) return false;
        if (f != MP_OBJ_SENTINEL) {
            mp_obj_t args[3] = { obj, name, value };
            return mp_call(f, value == MP_OBJ_NULL ? 2 : 3, args, NULL) != MP_OBJ_NULL;
        }
    }
    return mp_store_attr_default(obj, name, value);
}

/* ---- subscripts, iteration, calls ---- */

mp_obj_t mp_subscr(mp_obj_t obj, mp_obj_t index, mp_obj_t value) {
    const mp_type_t *t = mp_type_of(obj);
    if (t->subscr) return t->subscr(obj, index, value);
    if (value == MP_OBJ_SENTINEL) return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not subscriptable", t->name);
    if (value == MP_OBJ_NULL)
        return mp_raise_fmt(&mp_type_TypeError, "'%s' object doesn't support item deletion", t->name);
    return mp_raise_fmt(&mp_type_TypeError, "'%s' object does not support item assignment", t->name);
}

mp_obj_t mp_getiter(mp_obj_t obj) {
    const mp_type_t *t = mp_type_of(obj);
    if (t->getiter) return t->getiter(obj);
    if (t->iternext) return obj;
    return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not iterable", t->name);
}

mp_obj_t mp_iternext(mp_obj_t iter) {
    /* Iterators over iterators (map, zip, filter...) recurse through here. */
    if (!mp_stack_check()) return MP_OBJ_NULL;
    const mp_type_t *t = mp_type_of(iter);
    if (t->iternext) return t->iternext(iter);
    return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not an iterator", t->name);
}

mp_obj_t mp_call(mp_obj_t f, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    const mp_type_t *t = mp_type_of(f);
    /* Python functions called with positional arguments: straight to their frame. */
    if (t == &mp_type_fun_bc && kw == NULL) return mp_call_fun_bc((const mp_fun_bc_t *)f, n, args);
    if (t->call) return t->call(f, n, args, kw);
    return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not callable", t->name);
}

/* ---- integers from other objects ---- */

mp_obj_t mp_index_opt(mp_obj_t o) {
    const mp_type_t *t = mp_type_of(o);
    if (t == &mp_type_int) return o;
    if (t == &mp_type_bool) return mp_small_int(o == MP_TRUE);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t native = mp_instance_native(o);
        if (native != MP_OBJ_NULL && mp_type_of(native) == &mp_type_int) return native;
        mp_obj_t r = t->unary_op(MP_UNARY_INDEX, o);
        if (r == MP_OBJ_NULL) return r;
        if (r != MP_OBJ_SENTINEL) {
            if (r == MP_TRUE || r == MP_FALSE) return mp_small_int(r == MP_TRUE);
            if (mp_type_of(r) != &mp_type_int)
                return mp_raise_fmt(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_type_of(r)->name);
            return r;
        }
    }
    return MP_OBJ_SENTINEL;
}

mp_obj_t mp_index(mp_obj_t o) {
    mp_obj_t r = mp_index_opt(o);
    if (r != MP_OBJ_SENTINEL) return r;
    return mp_raise_fmt(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_type_of(o)->name);
}
