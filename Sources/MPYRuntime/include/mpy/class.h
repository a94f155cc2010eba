/* Classes: subclass and instance tests, the MRO (mro.c), user classes and
 * their instances (objtype.c), the special methods of built-in types as
 * callables (slots.c), and descriptors (objdescriptor.c). */
#ifndef MPY_CLASS_H
#define MPY_CLASS_H

#include "mpy/type.h"

bool mp_is_instance_of_type(mp_obj_t obj, const mp_type_t *type);
bool mp_type_is_subclass(const mp_type_t *t, const mp_type_t *base);

mp_obj_t mp_class_new(mp_obj_t name, mp_obj_t bases, mp_dict_t *locals);
extern mp_obj_t mp_build_class_obj; /* __build_class__ */
mp_obj_t mp_class_attr(const mp_type_t *t, mp_obj_t name); /* along the MRO; SENTINEL if absent */
mp_obj_t mp_type_mro(const mp_type_t *t); /* tuple, t first, object last */
mp_obj_t mp_c3_mro(const mp_type_t *cls, mp_obj_t bases); /* CPython's MRO of a new class */
/* Along t's MRO, after `after` (NULL: from t itself); with `specials` (a
 * lookup on the type itself, or super()), the slots of built-in types count
 * as methods (super(), int.__add__) and methods of built-in types come as
 * method descriptors (str.upper). */
mp_obj_t mp_mro_find(const mp_type_t *t, mp_obj_t name, const mp_type_t *after, bool specials);
mp_obj_t mp_type_own_attr(const mp_type_t *t, mp_obj_t name); /* __name__, __bases__, __mro__, __dict__ */

/* A method of built-in type `owner`'s table as a lookup yields it: the
 * function itself for an instance (the caller binds it), a method
 * descriptor checking self when taken from the type, bound to owner for a
 * class method. */
mp_obj_t mp_method_get(const mp_type_t *owner, const mp_builtin_t *fn, bool from_type);
const mp_builtin_t *mp_method_descriptor_fn(mp_obj_t o); /* NULL: o is no method descriptor */
mp_obj_t mp_builtin_special(const mp_type_t *c, mp_obj_t name); /* SENTINEL: c has no such slot */
bool mp_is_builtin_special(mp_obj_t o); /* from mp_builtin_special: takes the instance, not its native sub-object */
bool mp_is_stored_builtin(
    const mp_type_t *t, mp_obj_t name, mp_obj_t v); /* a builtin function as a user class attribute: not bound */
mp_obj_t mp_builtin_init_fn(void); /* __init__ of built-in types */
extern const char *const mp_binary_dunders[], *const mp_rbinary_dunders[], *const mp_compare_dunders[];

mp_obj_t mp_instance_alloc(const mp_type_t *cls, size_t n, const mp_obj_t *args, mp_dict_t *kw); /* object.__new__ */
mp_obj_t mp_instance_native(mp_obj_t self); /* built-in sub-object of an instance, or NULL */

mp_obj_t mp_descriptor_get(mp_obj_t v, mp_obj_t obj, bool on_class); /* SENTINEL: not a descriptor */
/* The function of a classmethod (NULL: v is none), so that a method lookup
 * can pass the class as self instead of binding them in a new object. */
mp_obj_t mp_classmethod_fn(mp_obj_t v);
/* super().name as mp_load_method: a function with *self_out, or the attribute (objsuper.c). */
mp_obj_t mp_super_load_method(mp_obj_t super, mp_obj_t name, mp_obj_t *self_out);
mp_obj_t mp_descriptor_set(mp_obj_t v, mp_obj_t obj, mp_obj_t value); /* SENTINEL: not a property */

#endif
