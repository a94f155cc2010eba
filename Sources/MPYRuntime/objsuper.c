/* super(): attribute lookup along the MRO after a given class, and the
 * __init__ that built-in types have when reached through it. */
#include "mpy/runtime.h"

typedef struct {
    mp_obj_base_t base;
    const mp_type_t *cls;
    mp_obj_t obj;
} mp_super_t;

/* object.__init__ and the built-in __init__s reached through super():
 * BaseException.__init__ sets args; the others accept and ignore. */
static mp_obj_t super_noop_init(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t native = n > 0 ? mp_instance_native(args[0]) : MP_OBJ_NULL;
    if (native != MP_OBJ_NULL) {
        /* list.__init__(self, iterable) and friends: rebuild the sub-object. */
        const mp_type_t *nt = mp_type_of(native);
        mp_obj_t fresh = nt->make_new(nt, n - 1, args + 1, kw);
        if (fresh == MP_OBJ_NULL) return fresh;
        ((mp_instance_t *)args[0])->native = fresh;
        return MP_NONE;
    }
    if (n > 0 && mp_is_instance_of_type(args[0], &mp_type_BaseException)) {
        mp_obj_t t = mp_tuple_new(n - 1, args + 1);
        if (t == MP_OBJ_NULL) return t;
        ((mp_exception_t *)args[0])->args = t;
    }
    return MP_NONE;
}

static mp_obj_t super_make_new(const mp_type_t *t, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)t;
    (void)kw;
    if (n != 2) return mp_raise_msg(&mp_type_RuntimeError, "super(): no arguments");
    if (mp_type_of(args[0]) != &mp_type_type)
        return mp_raise_msg(&mp_type_TypeError, "super() argument 1 must be a type");
    mp_super_t *s = mp_alloc(sizeof *s);
    if (s == NULL) return MP_OBJ_NULL;
    s->base.type = &mp_type_super;
    s->cls = (const mp_type_t *)args[0];
    s->obj = args[1];
    return (mp_obj_t)s;
}

/* The __init__ of built-in types as a function: sets args of exceptions,
 * rebuilds native sub-objects, otherwise does nothing. */
mp_obj_t mp_builtin_init_fn(void) {
    static const mp_builtin_t init = { { &mp_type_builtin }, "__init__", super_noop_init, 1, -1, true };
    return (mp_obj_t)&init;
}

/* super().name: along the MRO of the object's class, after the class
 * super() was called in; functions come with the object as *self_out
 * (methods of a built-in base with its native sub-object), class methods
 * with the class, other attributes go through their descriptor. As
 * mp_load_method, so that super().m(...) binds nothing; SENTINEL when
 * absent. */
mp_obj_t mp_super_load_method(mp_obj_t self, mp_obj_t name, mp_obj_t *self_out) {
    const mp_super_t *s = (const mp_super_t *)self;
    *self_out = MP_OBJ_NULL;
    bool on_class = mp_type_of(s->obj) == &mp_type_type;
    const mp_type_t *t = on_class ? (const mp_type_t *)s->obj : mp_type_of(s->obj);
    mp_obj_t v = mp_mro_find(t, name, s->cls, true);
    if (v == MP_OBJ_NULL || v == MP_OBJ_SENTINEL) return v;
    /* A built-in method bound here needs no self check: the object is an
     * instance of the class by super()'s own check. */
    const mp_builtin_t *method = mp_method_descriptor_fn(v);
    if (method != NULL && !on_class) v = (mp_obj_t)method;
    const mp_type_t *vt = mp_type_of(v);
    bool special = mp_is_builtin_special(v);
    if (vt != &mp_type_fun_bc && vt != &mp_type_builtin && !special) {
        mp_obj_t fn = mp_classmethod_fn(v);
        if (fn != MP_OBJ_NULL) {
            *self_out = on_class ? s->obj : (mp_obj_t)t;
            return fn;
        }
        mp_obj_t d = mp_descriptor_get(v, s->obj, on_class);
        return d == MP_OBJ_SENTINEL ? v : d;
    }
    if (on_class) return v;
    mp_obj_t native = mp_instance_native(s->obj);
    bool native_self = vt == &mp_type_builtin && native != MP_OBJ_NULL && !special;
    *self_out = native_self ? native : s->obj;
    return v;
}

static mp_obj_t super_attr(mp_obj_t self, mp_obj_t name) {
    mp_obj_t bound_self;
    mp_obj_t v = mp_super_load_method(self, name, &bound_self);
    if (v == MP_OBJ_NULL || v == MP_OBJ_SENTINEL || bound_self == MP_OBJ_NULL) return v;
    return mp_bound_method_new(bound_self, v);
}

/* CPython's form: <super: <class 'C'>, <T object>>, bare type names. */
static bool super_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)k;
    const mp_super_t *s = (const mp_super_t *)self;
    mp_print_str(out, "<super: <class '");
    mp_print_str(out, s->cls->name);
    mp_print_str(out, "'>, <");
    mp_print_str(out, mp_type_of(s->obj)->name);
    mp_print_str(out, " object>>");
    return true;
}

const mp_type_t mp_type_super = {
    .base = { &mp_type_type }, .name = "super", .print = super_print, .make_new = super_make_new, .attr = super_attr
};
