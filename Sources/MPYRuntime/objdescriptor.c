/* property, classmethod and staticmethod: the descriptors MicroPython
 * supports, applied by attribute lookup on instances and classes. */
#include "mpy/runtime.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t fget, fset, fdel;
} mp_property_t;
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fn;
} mp_wrapper_t;

static mp_obj_t property_new_from(mp_obj_t fget, mp_obj_t fset, mp_obj_t fdel) {
    mp_property_t *p = mp_alloc(sizeof *p);
    if (p == NULL) return MP_OBJ_NULL;
    p->base.type = &mp_type_property;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    return (mp_obj_t)p;
}

static mp_obj_t property_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    (void)kw;
    return property_new_from(n > 0 ? args[0] : MP_NONE, n > 1 ? args[1] : MP_NONE, n > 2 ? args[2] : MP_NONE);
}

static mp_obj_t p_getter(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_property_t *p = (const mp_property_t *)a[0];
    return property_new_from(a[1], p->fset, p->fdel);
}
static mp_obj_t p_setter(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_property_t *p = (const mp_property_t *)a[0];
    return property_new_from(p->fget, a[1], p->fdel);
}
static mp_obj_t p_deleter(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_property_t *p = (const mp_property_t *)a[0];
    return property_new_from(p->fget, p->fset, a[1]);
}
static const mp_method_t property_methods[] = {
    MP_METHOD("getter", p_getter, 2, 2),
    MP_METHOD("setter", p_setter, 2, 2),
    MP_METHOD("deleter", p_deleter, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_property = {
    .base = { &mp_type_type }, .name = "property", .make_new = property_make_new, .methods = property_methods
};

static mp_obj_t wrapper_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n != 1) return mp_raise_fmt(&mp_type_TypeError, "%s expected 1 argument", t->name);
    mp_wrapper_t *w = mp_alloc(sizeof *w);
    if (w == NULL) return MP_OBJ_NULL;
    w->base.type = t;
    w->fn = args[0];
    return (mp_obj_t)w;
}

/* staticmethod(f)(...) calls f, as CPython 3.10 and MicroPython. */
static mp_obj_t staticmethod_call(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    return mp_call(((const mp_wrapper_t *)self)->fn, n, args, kw);
}

const mp_type_t mp_type_staticmethod = {
    .base = { &mp_type_type }, .name = "staticmethod", .make_new = wrapper_make_new, .call = staticmethod_call
};
const mp_type_t mp_type_classmethod = {
    .base = { &mp_type_type }, .name = "classmethod", .make_new = wrapper_make_new
};

/* Applies a class attribute found for `obj` (an instance, or the class
 * itself when `obj` is a type). Returns SENTINEL when v is no descriptor. */
/* The method `name` of a user-class descriptor v's class; SENTINEL when
 * v is no instance of a user class or its class has no such method. */
static mp_obj_t user_hook(mp_obj_t v, const char *name) {
    const mp_type_t *t = mp_type_of(v);
    if (!(t->flags & MP_TYPE_FLAG_USER)) return MP_OBJ_SENTINEL;
    mp_obj_t nm = mp_str_from_cstr(name);
    return nm == MP_OBJ_NULL ? nm : mp_class_attr(t, nm);
}

mp_obj_t mp_descriptor_get(mp_obj_t v, mp_obj_t obj, bool on_class) {
    const mp_type_t *t = mp_type_of(v);
    if (t->flags & MP_TYPE_FLAG_USER) {
        /* A user descriptor: v.__get__(instance or None, owner class). */
        mp_obj_t f = user_hook(v, "__get__");
        if (f == MP_OBJ_NULL || f == MP_OBJ_SENTINEL) return f;
        mp_obj_t args[3] = { v, on_class ? MP_NONE : obj, on_class ? obj : (mp_obj_t)mp_type_of(obj) };
        return mp_call(f, 3, args, NULL);
    }
    if (t == &mp_type_property) {
        if (on_class) return v;
        const mp_property_t *p = (const mp_property_t *)v;
        if (p->fget == MP_NONE) return mp_raise_msg(&mp_type_AttributeError, "unreadable attribute");
        return mp_call(p->fget, 1, &obj, NULL);
    }
    if (t == &mp_type_staticmethod) return ((const mp_wrapper_t *)v)->fn;
    if (t == &mp_type_classmethod) {
        mp_obj_t cls = on_class ? obj : (mp_obj_t)mp_type_of(obj);
        return mp_bound_method_new(cls, ((const mp_wrapper_t *)v)->fn);
    }
    return MP_OBJ_SENTINEL;
}

mp_obj_t mp_classmethod_fn(mp_obj_t v) {
    return mp_type_of(v) == &mp_type_classmethod ? ((const mp_wrapper_t *)v)->fn : MP_OBJ_NULL;
}

/* Stores through a property; SENTINEL when the class attribute is no property. */
mp_obj_t mp_descriptor_set(mp_obj_t v, mp_obj_t obj, mp_obj_t value) {
    if (mp_type_of(v)->flags & MP_TYPE_FLAG_USER) {
        /* A user data descriptor: __set__(obj, value) or __delete__(obj). */
        mp_obj_t f = user_hook(v, value == MP_OBJ_NULL ? "__delete__" : "__set__");
        if (f == MP_OBJ_NULL) return f;
        if (f == MP_OBJ_SENTINEL) {
            mp_obj_t other = user_hook(v, value == MP_OBJ_NULL ? "__set__" : "__delete__");
            if (other == MP_OBJ_NULL || other == MP_OBJ_SENTINEL) return other;
            return mp_raise_msg(&mp_type_AttributeError, value == MP_OBJ_NULL ? "__delete__" : "__set__");
        }
        mp_obj_t args[3] = { v, obj, value };
        return mp_call(f, value == MP_OBJ_NULL ? 2 : 3, args, NULL);
    }
    if (mp_type_of(v) != &mp_type_property) return MP_OBJ_SENTINEL;
    const mp_property_t *p = (const mp_property_t *)v;
    mp_obj_t f = value == MP_OBJ_NULL ? p->fdel : p->fset;
    if (f == MP_NONE)
        return mp_raise_msg(
            &mp_type_AttributeError, value == MP_OBJ_NULL ? "can't delete attribute" : "can't set attribute");
    mp_obj_t args[2] = { obj, value };
    return mp_call(f, value == MP_OBJ_NULL ? 1 : 2, args, NULL);
}
