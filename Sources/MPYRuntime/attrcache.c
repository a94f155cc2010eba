/* Attribute inline caches for native code: one mp_attr_cache_t in RAM per
 * LOAD_ATTR, LOAD_METHOD and STORE_ATTR site. A cache remembers what the
 * generic lookup (obj.c) found for one type, and answers the next lookup
 * on an object of that type without walking the MRO or comparing names.
 *
 * Validity. Everything a cache knows about a class (which class in the MRO
 * defines the name, whether it is a plain function, a property, a hook such
 * as __setattr__ or __getattr__) depends only on the dicts of classes. Every
 * change to a class dict (a key added, removed or rebound, through setattr,
 * delattr or cls.__dict__) and every class creation bumps mp_class_epoch
 * (objdict.c, objtype.c); a cache is valid only for the epoch it was filled
 * in. Class creation counts because a freed class's address may be reused
 * by a new one. What a cache knows about an instance dict is only an entry
 * number, checked on every use: the entry must still hold the very name
 * object (names are interned, so a hit compares one pointer). */
#include "mpy/native.h"
#include "mpy/runtime.h"

mp_uint_t mp_class_epoch = 1;

enum {
    CACHE_EMPTY,
    CACHE_INST_DICT, /* in the instance dict at entry `entry` */
    CACHE_METHOD, /* a plain function of the class (not in the instance dict) */
    CACHE_CLASS_VALUE, /* a class attribute that is no descriptor */
    CACHE_PROPERTY, /* a property of the class: its getter is called */
    CACHE_MODULE, /* `type` is a module object: its globals entry `entry` */
    CACHE_TYPE_VALUE, /* `type` is a class object: `value` is its attribute */
    CACHE_STORE_INST, /* a store into the instance dict's entry `entry` */
    CACHE_CLASSMETHOD, /* a classmethod of the class: `value` is its function, called with the class */
    CACHE_TYPE_CLASSMETHOD, /* `type` is a class object: `value` is its classmethod's function */
};

/* Instances whose attribute lookup is the plain instance-dict-then-class
 * one: user classes that are no exceptions and have no built-in base. */
static inline bool plain_instance(const mp_type_t *t, mp_obj_t obj) {
    return (t->flags & (MP_TYPE_FLAG_USER | MP_TYPE_FLAG_EXCEPTION)) == MP_TYPE_FLAG_USER &&
        ((const mp_instance_t *)obj)->native == MP_OBJ_NULL;
}

static bool is_function(mp_obj_t f) {
    const mp_type_t *t = mp_type_of(f);
    return t == &mp_type_fun_bc || t == &mp_type_builtin;
}

/* Names are interned str objects. */
static inline bool is_dunder(mp_obj_t name) {
    const mp_str_t *s = (const mp_str_t *)name;
    return s->len >= 4 && s->data[0] == '_' && s->data[1] == '_';
}

/* The entry number of `name` in d when the entry holds that very object. */
static long entry_of(mp_dict_t *d, mp_obj_t name) {
    if (d == NULL) return -1;
    long i = mp_dict_index(d, name);
    if (i >= 0 && d->entries[i].key != name) return -1;
    return i;
}

static inline bool entry_holds(const mp_dict_t *d, mp_uint_t i, mp_obj_t name) {
    return d != NULL && i < d->filled && d->entries[i].key == name;
}

/* Is `name` absent from an instance's dict? -1 on error. */
static inline int not_in_dict(mp_dict_t *d, mp_obj_t name) {
    if (d == NULL || d->used == 0) return 1;
    long i = mp_dict_index_str(d, name);
    if (i == -2) return -1;
    return i < 0;
}

/* Records what mp_load_method found, when the same lookup on another object
 * of this type (or on this module or class) would find it the same way.
 * Plain instances are recorded by load_instance instead. */
static void fill_load(mp_attr_cache_t *c, mp_obj_t obj, mp_obj_t name) {
    c->kind = CACHE_EMPTY;
    if (!mp_is_ptr(obj) || is_dunder(name)) return;
    const mp_type_t *t = mp_type_of(obj);
    if (t == &mp_type_module) {
        long i = entry_of(((mp_module_t *)obj)->globals, name);
        if (i < 0) return;
        c->type = (const mp_type_t *)obj;
        c->entry = (mp_uint_t)i;
        c->kind = CACHE_MODULE;
        return;
    }
    if (t == &mp_type_type) {
        const mp_type_t *cls = (const mp_type_t *)obj;
        if (!(cls->flags & MP_TYPE_FLAG_USER)) return;
        mp_obj_t v = mp_mro_find(cls, name, NULL, true);
        if (v == MP_OBJ_NULL || v == MP_OBJ_SENTINEL) {
            mp_state.exc = MP_OBJ_NULL;
            return;
        }
        if (mp_type_of(v)->flags & MP_TYPE_FLAG_USER) return; /* maybe a descriptor with __get__ */
        mp_obj_t fn = mp_classmethod_fn(v);
        if (fn != MP_OBJ_NULL) {
            c->type = cls;
            c->value = fn;
            c->epoch = mp_class_epoch;
            c->kind = CACHE_TYPE_CLASSMETHOD;
            return;
        }
        if (mp_descriptor_get(v, obj, true) != MP_OBJ_SENTINEL) {
            mp_state.exc = MP_OBJ_NULL;
            return;
        }
        c->type = cls;
        c->value = v;
        c->epoch = mp_class_epoch;
        c->kind = CACHE_TYPE_VALUE;
        return;
    }
    if (t->attr != NULL || (t->flags & MP_TYPE_FLAG_USER)) return; /* a hook that may look at the object */
    mp_obj_t v = mp_class_attr(t, name);
    if (v == MP_OBJ_NULL || v == MP_OBJ_SENTINEL) {
        mp_state.exc = MP_OBJ_NULL;
        return;
    }
    int kind;
    if (is_function(v))
        kind = CACHE_METHOD;
    else if (mp_type_of(v) == &mp_type_property)
        kind = CACHE_PROPERTY;
    else if (mp_classmethod_fn(v) != MP_OBJ_NULL) {
        kind = CACHE_CLASSMETHOD;
        v = mp_classmethod_fn(v);
    } else if (mp_descriptor_get(v, obj, false) == MP_OBJ_SENTINEL)
        kind = CACHE_CLASS_VALUE;
    else {
        mp_state.exc = MP_OBJ_NULL;
        return;
    }
    c->type = t;
    c->value = v;
    c->epoch = mp_class_epoch;
    c->kind = (mp_uint_t)kind;
}

static void fill_class(mp_attr_cache_t *c, const mp_type_t *t, mp_obj_t v, mp_uint_t kind) {
    c->type = t;
    c->value = v;
    c->epoch = mp_class_epoch;
    c->kind = kind;
}

/* The lookup of a name (no dunder) on a plain instance, as mp_load_method
 * does it (instance dict, then the class along its MRO), recording what it
 * found as it goes; SENTINEL when neither has it (__getattr__ and the
 * AttributeError are mp_load_method's). */
static mp_obj_t load_instance(mp_obj_t obj, const mp_type_t *t, mp_obj_t name, mp_attr_cache_t *c, mp_obj_t *self_out) {
    mp_dict_t *d = ((mp_instance_t *)obj)->dict;
    if (d != NULL && d->used != 0) {
        long i = mp_dict_index_str(d, name);
        if (i == -2) return MP_OBJ_NULL;
        if (i >= 0) {
            if (d->entries[i].key == name) {
                /* A store's record (its entry is a hint too) stays one. */
                c->entry = (mp_uint_t)i;
                if (c->kind != CACHE_STORE_INST) c->kind = CACHE_INST_DICT;
            } else {
                c->kind = CACHE_EMPTY;
            }
            return d->entries[i].value;
        }
    }
    c->kind = CACHE_EMPTY;
    mp_obj_t v = mp_class_attr(t, name);
    if (v == MP_OBJ_NULL || v == MP_OBJ_SENTINEL) return v;
    const mp_type_t *vt = mp_type_of(v);
    if ((vt == &mp_type_fun_bc || vt == &mp_type_builtin) && !mp_is_stored_builtin(t, name, v)) {
        fill_class(c, t, v, CACHE_METHOD);
        *self_out = obj;
        return v;
    }
    mp_obj_t fn = mp_classmethod_fn(v);
    if (fn != MP_OBJ_NULL) { /* called with the class: nothing to bind */
        fill_class(c, t, fn, CACHE_CLASSMETHOD);
        *self_out = (mp_obj_t)t;
        return fn;
    }
    mp_obj_t r = mp_descriptor_get(v, obj, false);
    if (vt->flags & MP_TYPE_FLAG_USER) return r == MP_OBJ_SENTINEL ? v : r; /* maybe a descriptor with __get__ */
    if (vt == &mp_type_property)
        fill_class(c, t, v, CACHE_PROPERTY);
    else if (r == MP_OBJ_SENTINEL)
        fill_class(c, t, v, CACHE_CLASS_VALUE);
    return r == MP_OBJ_SENTINEL ? v : r;
}

/* LOAD_METHOD through the cache: the function and *self_out = obj for a
 * method, else the attribute and *self_out = NULL. */
mp_obj_t mp_native_load_method(mp_obj_t obj, mp_obj_t name, mp_attr_cache_t *c, mp_obj_t *self_out) {
    *self_out = MP_OBJ_NULL;
    if (mp_is_ptr(obj)) {
        const mp_type_t *t = ((const mp_obj_base_t *)obj)->type;
        switch (c->kind) {
        case CACHE_INST_DICT:
        case CACHE_STORE_INST:
            /* An instance's own attribute wins over anything of its class,
             * whatever the class: valid for every plain instance. A name's
             * loads and stores share the interpreter's record, so a store's
             * entry serves the loads too. */
            if (plain_instance(t, obj)) {
                mp_dict_t *d = ((mp_instance_t *)obj)->dict;
                if (entry_holds(d, c->entry, name)) return d->entries[c->entry].value;
            }
            break;
        case CACHE_METHOD:
        case CACHE_CLASSMETHOD:
        case CACHE_CLASS_VALUE:
        case CACHE_PROPERTY:
            if (t == c->type && c->epoch == mp_class_epoch) {
                if (t->flags & MP_TYPE_FLAG_USER) {
                    if (((mp_instance_t *)obj)->native != MP_OBJ_NULL) break;
                    int absent = not_in_dict(((mp_instance_t *)obj)->dict, name);
                    if (absent < 0) return MP_OBJ_NULL;
                    if (!absent) break;
                }
                if (c->kind == CACHE_METHOD) {
                    *self_out = obj;
                    return c->value;
                }
                if (c->kind == CACHE_CLASSMETHOD) {
                    *self_out = (mp_obj_t)t;
                    return c->value;
                }
                if (c->kind == CACHE_CLASS_VALUE) return c->value;
                return mp_descriptor_get(c->value, obj, false);
            }
            break;
        case CACHE_MODULE:
            if (obj == (mp_obj_t)c->type) {
                mp_dict_t *d = ((mp_module_t *)obj)->globals;
                if (entry_holds(d, c->entry, name)) return d->entries[c->entry].value;
            }
            break;
        case CACHE_TYPE_VALUE:
            if (obj == (mp_obj_t)c->type && c->epoch == mp_class_epoch) return c->value;
            break;
        case CACHE_TYPE_CLASSMETHOD:
            if (obj == (mp_obj_t)c->type && c->epoch == mp_class_epoch) {
                *self_out = obj;
                return c->value;
            }
            break;
        default: break;
        }
        if (plain_instance(t, obj) && !is_dunder(name)) {
            mp_obj_t v = load_instance(obj, t, name, c, self_out);
            if (v != MP_OBJ_SENTINEL) return v;
        }
    }
    mp_obj_t v = mp_load_method(obj, name, self_out);
    if (v != MP_OBJ_NULL) {
        mp_obj_t self = *self_out;
        fill_load(c, obj, name);
        *self_out = self;
    }
    return v;
}

/* LOAD_ATTR through the cache: a method comes back bound. */
mp_obj_t mp_native_load_attr(mp_obj_t obj, mp_obj_t name, mp_attr_cache_t *c) {
    mp_obj_t self;
    mp_obj_t v = mp_native_load_method(obj, name, c, &self);
    if (v == MP_OBJ_NULL || self == MP_OBJ_NULL) return v;
    return mp_bound_method_new(self, v);
}

static mp_str_t setattr_name = MP_STR_STATIC_ASCII("__setattr__");

/* A store into the instance dict d (of a plain instance): in place when the
 * cached entry holds the name, else an insertion; the entry it went into
 * is recorded. */
static bool store_in_dict(mp_dict_t *d, mp_obj_t name, mp_obj_t value, mp_attr_cache_t *c) {
    if (entry_holds(d, c->entry, name)) {
        d->entries[c->entry].value = value;
        return true;
    }
    long i = mp_dict_index_str(d, name);
    if (i == -2) return false;
    if (i >= 0) {
        d->entries[i].value = value;
    } else {
        if (!mp_dict_set(d, name, value)) return false;
        i = (long)d->filled - 1; /* a new key is the last entry */
    }
    if (d->entries[i].key == name) c->entry = (mp_uint_t)i;
    return true;
}

/* STORE_ATTR through the cache. A filled cache says: for these types (two
 * of them, so a site that stores into instances of two classes stays
 * cached), in this epoch, a store is a plain instance-dict store (no
 * __setattr__, no property or descriptor of that name); its entry number
 * is a hint, checked on use, so a store into an existing entry writes in
 * place and a first store (as in __init__) adds the key without any class
 * lookup. */
bool mp_native_store_attr(mp_obj_t obj, mp_obj_t name, mp_obj_t value, mp_attr_cache_t *c) {
    if (!mp_is_ptr(obj)) return mp_store_attr(obj, name, value);
    const mp_type_t *t = ((const mp_obj_base_t *)obj)->type;
    mp_instance_t *inst = (mp_instance_t *)obj;
    bool cached = c->kind == CACHE_STORE_INST && c->epoch == mp_class_epoch;
    if (cached && (t == c->type || t == (const mp_type_t *)c->value) && inst->native == MP_OBJ_NULL &&
        inst->dict != NULL)
        return store_in_dict(inst->dict, name, value, c);
    if (!plain_instance(t, obj) || is_dunder(name) || inst->dict == NULL) {
        c->kind = CACHE_EMPTY;
        return mp_store_attr(obj, name, value);
    }
    /* As mp_store_attr: a __setattr__ hook, then a property or descriptor
     * of the class, else the instance dict. */
    mp_obj_t hook = mp_class_attr(t, (mp_obj_t)&setattr_name);
    if (hook == MP_OBJ_NULL) return false;
    mp_obj_t cv = hook == MP_OBJ_SENTINEL ? mp_class_attr(t, name) : MP_OBJ_SENTINEL;
    if (cv == MP_OBJ_NULL) return false;
    if (hook != MP_OBJ_SENTINEL ||
        (cv != MP_OBJ_SENTINEL &&
            (mp_type_of(cv) == &mp_type_property || (mp_type_of(cv)->flags & MP_TYPE_FLAG_USER)))) {
        c->kind = CACHE_EMPTY;
        return mp_store_attr(obj, name, value);
    }
    /* Keep the type the cache knew (this epoch) as the second one. */
    c->value = cached && c->type != t ? (mp_obj_t)c->type : MP_OBJ_NULL;
    c->type = t;
    c->epoch = mp_class_epoch;
    c->kind = CACHE_STORE_INST;
    return store_in_dict(inst->dict, name, value, c);
}
