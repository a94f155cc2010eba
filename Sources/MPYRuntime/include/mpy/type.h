/* Type objects: the slots every type has, the method tables of built-in
 * types, and the built-in type objects themselves (exception types are in
 * exc.h, class machinery in class.h). */
#ifndef MPY_TYPE_H
#define MPY_TYPE_H

#include "mpy/obj.h"
#include "mpy/print.h"

typedef struct mp_type {
    mp_obj_base_t base; /* &mp_type_type */
    const char *name;
    const struct mp_type *parent; /* single base of a built-in type */
    mp_obj_t bases; /* user classes: tuple of bases */
    mp_obj_t mro; /* user classes: tuple, self first */
    mp_dict_t *locals; /* attributes and methods */
    uint16_t flags;
    bool (*print)(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind);
    mp_obj_t (*make_new)(const struct mp_type *type, size_t n, const mp_obj_t *args, mp_dict_t *kw);
    mp_obj_t (*call)(mp_obj_t self, size_t n, const mp_obj_t *args, mp_dict_t *kw);
    mp_obj_t (*unary_op)(int op, mp_obj_t self); /* SENTINEL: unsupported */
    mp_obj_t (*binary_op)(int op, mp_obj_t lhs, mp_obj_t rhs); /* NOT_IMPLEMENTED: unsupported */
    mp_obj_t (*attr)(mp_obj_t self, mp_obj_t name); /* SENTINEL: not found */
    /* Attribute store (value NULL: delete) of a built-in type whose
     * instances have fields but no dict (uctypes.struct); false on error. */
    bool (*store_attr)(mp_obj_t self, mp_obj_t name, mp_obj_t value);
    mp_obj_t (*subscr)(mp_obj_t self, mp_obj_t index, mp_obj_t value); /* value SENTINEL: load; NULL: delete */
    mp_obj_t (*getiter)(mp_obj_t self);
    mp_obj_t (*iternext)(mp_obj_t self); /* SENTINEL: exhausted */
    const struct mp_method *methods; /* static methods, NULL-name terminated */
    const struct mp_stream_p *stream; /* stream types: read/write/ioctl (mpy/stream.h) */
} mp_type_t;

/* A method of a built-in type: found by name, called with self first.
 * Looked up on an instance it is bound to that instance (its type is the
 * table's type by construction: no check); taken from the type
 * (str.upper) it is a method descriptor that checks self's type on every
 * call (objfun.c), so no method body checks self. A class method
 * (MP_CLASSMETHOD: dict.fromkeys, int.from_bytes) is bound to the table's
 * type either way and receives it as its first argument. */
typedef struct mp_method {
    const char *name;
    mp_builtin_t fn;
} mp_method_t;
#define MP_METHOD(NAME, FN, LO, HI) \
    { \
        NAME, { { &mp_type_builtin }, NAME, FN, LO, HI, false } \
    }
#define MP_METHOD_KW(NAME, FN, LO, HI) \
    { \
        NAME, { { &mp_type_builtin }, NAME, FN, LO, HI, true } \
    }
#define MP_CLASSMETHOD(NAME, FN, LO, HI) \
    { \
        NAME, { { &mp_type_builtin }, NAME, FN, LO, HI, MP_BUILTIN_CLASSMETHOD } \
    }
#define MP_CLASSMETHOD_KW(NAME, FN, LO, HI) \
    { \
        NAME, { { &mp_type_builtin }, NAME, FN, LO, HI, MP_BUILTIN_CLASSMETHOD | MP_BUILTIN_KW } \
    }

enum { MP_TYPE_FLAG_USER = 1, MP_TYPE_FLAG_EXCEPTION = 2, MP_TYPE_FLAG_BASETYPE = 4 };

/* Built-in types. */
extern const mp_type_t mp_type_type, mp_type_object, mp_type_none, mp_type_bool, mp_type_int, mp_type_float,
    mp_type_str, mp_type_tuple, mp_type_list, mp_type_dict, mp_type_range, mp_type_range_iter, mp_type_seq_iter,
    mp_type_fun_bc, mp_type_builtin, mp_type_method_descriptor, mp_type_bound_method, mp_type_cell, mp_type_module,
    mp_type_not_implemented, mp_type_ellipsis, mp_type_dict_iter;

/* The type of any value: inline for small ints and objects, out of line
 * (obj.c) for the immediates (None, bools, NotImplemented, Ellipsis). */
const mp_type_t *mp_type_of_immediate(mp_obj_t o);
static inline const mp_type_t *mp_type_of(mp_obj_t o) {
    if (mp_is_small_int(o)) return &mp_type_int;
    if ((o & 3) == 0) return ((const mp_obj_base_t *)o)->type;
    return mp_type_of_immediate(o);
}
extern const mp_type_t mp_type_bytes, mp_type_bytearray, mp_type_memoryview, mp_type_str_iter, mp_type_array;
extern const mp_type_t mp_type_slice, mp_type_set, mp_type_frozenset;
extern const mp_type_t mp_type_complex;
extern const mp_type_t mp_type_enumerate, mp_type_zip, mp_type_map, mp_type_filter, mp_type_reversed, mp_type_super;
extern const mp_type_t mp_type_property, mp_type_staticmethod, mp_type_classmethod;
extern const mp_type_t mp_type_gen;
extern const mp_type_t mp_type_dict_keys, mp_type_dict_values, mp_type_dict_items;

/* Method tables of built-in types defined in one file and used in another. */
extern const mp_method_t mp_bytes_methods[], mp_bytearray_methods[];
extern const mp_method_t mp_int_methods[];
extern const mp_method_t mp_str_methods[];

#endif
