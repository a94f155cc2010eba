/* Operations shared by the bytecode VM (vm.c) and native code: the opcodes
 * whose work is more than one runtime call. Both execution engines call
 * these, so an opcode means exactly the same thing in bytecode and in
 * machine code. Each follows the runtime's error convention. */
#include "mpy/native.h"

/* f(*args, k1=v1, ...) with the keyword pairs (name, value) of a call site. */
mp_obj_t mp_op_call(mp_obj_t f, size_t npos, const mp_obj_t *args, size_t nkw, const mp_obj_t *kw_pairs) {
    mp_dict_t *kw = NULL;
    if (nkw > 0) {
        kw = mp_dict_new(nkw);
        if (kw == NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (!mp_dict_set(kw, kw_pairs[2 * i], kw_pairs[2 * i + 1])) return MP_OBJ_NULL;
    }
    return mp_call(f, npos, args, kw);
}

/* The name of a callable for argument errors, as a str (NULL when out of memory). */
static mp_obj_t callable_name(mp_obj_t f) {
    const mp_type_t *t = mp_type_of(f);
    if (t == &mp_type_bound_method) return callable_name(((const mp_bound_method_t *)f)->fn);
    if (t == &mp_type_fun_bc) return (mp_obj_t)((const mp_fun_bc_t *)f)->code->name;
    if (t == &mp_type_builtin) return mp_str_from_cstr(((const mp_builtin_t *)f)->name);
    return mp_str_from_cstr(t->name);
}

/* Raises TypeError "<callable>() <message>"; `fmt` has one %S (or none) after the name's. */
static void call_error(mp_obj_t f, const char *fmt, mp_obj_t arg) {
    mp_obj_t name = callable_name(f);
    if (name != MP_OBJ_NULL) mp_raise_fmt(&mp_type_TypeError, fmt, name, arg);
}

/* f(*args, **kwargs): `kwargs` is a dict or NULL; its keys must be str. */
mp_obj_t mp_op_call_ex(mp_obj_t f, mp_obj_t args, mp_obj_t kwargs) {
    mp_dict_t *kd = (mp_dict_t *)kwargs;
    if (kd != NULL) {
        for (size_t e = 0; e < kd->filled; e++) {
            mp_obj_t k = kd->entries[e].key;
            if (k != MP_OBJ_NULL && mp_type_of(k) != &mp_type_str) {
                call_error(f, "%S() keywords must be strings", MP_OBJ_NULL);
                return MP_OBJ_NULL;
            }
        }
        if (kd->used == 0) kd = NULL;
    }
    const mp_tuple_t *t = (const mp_tuple_t *)args;
    return mp_call(f, t->len, t->items, kd);
}

bool mp_op_list_extend(mp_obj_t list, mp_obj_t src) {
    const mp_type_t *t = mp_type_of(src);
    if (t == &mp_type_tuple) {
        const mp_tuple_t *tu = (const mp_tuple_t *)src;
        for (size_t i = 0; i < tu->len; i++)
            if (!mp_list_append(list, tu->items[i])) return false;
        return true;
    }
    if (t == &mp_type_list) {
        for (size_t i = 0; i < ((const mp_list_t *)src)->len; i++)
            if (!mp_list_append(list, ((const mp_list_t *)src)->items[i])) return false;
        return true;
    }
    mp_obj_t it = mp_getiter(src);
    if (it == MP_OBJ_NULL) return false;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return false;
        if (x == MP_OBJ_SENTINEL) return true;
        if (!mp_list_append(list, x)) return false;
    }
}

/* d[k] = v; for a call's keyword arguments a repeated key is an error (f is the callable). */
static bool merge_item(mp_dict_t *d, mp_obj_t k, mp_obj_t v, mp_obj_t f) {
    if (f != MP_OBJ_NULL) {
        mp_obj_t old = mp_dict_get(d, k);
        if (old == MP_OBJ_NULL) return false;
        if (old != MP_OBJ_SENTINEL) {
            if (mp_type_of(k) == &mp_type_str)
                call_error(f, "%S() got multiple values for keyword argument '%S'", k);
            else
                call_error(f, "%S() keywords must be strings", MP_OBJ_NULL);
            return false;
        }
    }
    return mp_dict_set(d, k, v);
}

/* Adds every key of `m` (a dict, or anything with keys() and [ ]) to the
 * dict `dict`; `f` is the callable when the dict is a call's **kwargs. */
bool mp_op_dict_merge(mp_obj_t dict, mp_obj_t m, mp_obj_t f) {
    mp_dict_t *d = (mp_dict_t *)dict;
    mp_obj_t native = mp_instance_native(m);
    if (native != MP_OBJ_NULL && mp_type_of(native) == &mp_type_dict) {
        /* A derived dict that keeps dict's iteration merges its items, as CPython. */
        mp_obj_t iter_name = mp_str_from_cstr("__iter__");
        if (iter_name == MP_OBJ_NULL) return false;
        if (mp_class_attr(mp_type_of(m), iter_name) == MP_OBJ_SENTINEL) m = native;
    }
    if (mp_type_of(m) == &mp_type_dict) {
        const mp_dict_t *src = (const mp_dict_t *)m;
        for (size_t e = 0; e < src->filled; e++) {
            mp_obj_t k = src->entries[e].key;
            if (k == MP_OBJ_NULL) continue;
            if (!merge_item(d, k, src->entries[e].value, f)) return false;
        }
        return true;
    }
    mp_obj_t name = mp_str_from_cstr("keys"), self;
    if (name == MP_OBJ_NULL) return false;
    mp_obj_t keys = mp_load_method(m, name, &self);
    if (keys == MP_OBJ_NULL) {
        mp_state.exc = MP_OBJ_NULL;
        if (f != MP_OBJ_NULL) {
            mp_obj_t tn = mp_str_from_cstr(mp_type_of(m)->name);
            if (tn != MP_OBJ_NULL) call_error(f, "%S() argument after ** must be a mapping, not %S", tn);
        } else
            mp_raise_fmt(&mp_type_TypeError, "'%s' object is not a mapping", mp_type_of(m)->name);
        return false;
    }
    keys = self != MP_OBJ_NULL ? mp_call(keys, 1, &self, NULL) : mp_call(keys, 0, NULL, NULL);
    if (keys == MP_OBJ_NULL) return false;
    mp_obj_t it = mp_getiter(keys);
    if (it == MP_OBJ_NULL) return false;
    for (;;) {
        mp_obj_t k = mp_iternext(it);
        if (k == MP_OBJ_NULL) return false;
        if (k == MP_OBJ_SENTINEL) return true;
        mp_obj_t v = mp_subscr(m, k, MP_OBJ_SENTINEL);
        if (v == MP_OBJ_NULL || !merge_item(d, k, v, f)) return false;
    }
}

/* from module import *: the names in __all__, or else every global not starting with '_'. */
bool mp_op_import_star(mp_obj_t module, mp_dict_t *into) {
    if (mp_type_of(module) != &mp_type_module) {
        mp_raise_msg(&mp_type_TypeError, "import * needs a module");
        return false;
    }
    mp_dict_t *g = ((mp_module_t *)module)->globals;
    mp_obj_t all_name = mp_str_from_cstr("__all__");
    if (all_name == MP_OBJ_NULL) return false;
    mp_obj_t all = mp_dict_get(g, all_name);
    if (all == MP_OBJ_NULL) return false;
    if (all != MP_OBJ_SENTINEL) {
        mp_obj_t it = mp_getiter(all);
        if (it == MP_OBJ_NULL) return false;
        for (;;) {
            mp_obj_t k = mp_iternext(it);
            if (k == MP_OBJ_NULL) return false;
            if (k == MP_OBJ_SENTINEL) return true;
            mp_obj_t v = mp_load_attr(module, k);
            if (v == MP_OBJ_NULL || !mp_dict_set(into, k, v)) return false;
        }
    }
    for (size_t e = 0; e < g->filled; e++) {
        mp_obj_t k = g->entries[e].key;
        if (k == MP_OBJ_NULL) continue;
        size_t len;
        const char *data = mp_str_data(k, &len);
        if (len > 0 && data[0] == '_') continue;
        if (!mp_dict_set(into, k, g->entries[e].value)) return false;
    }
    return true;
}

mp_obj_t mp_op_import_from(mp_obj_t module, mp_obj_t name) {
    mp_obj_t r = mp_load_attr(module, name);
    if (r != MP_OBJ_NULL) return r;
    mp_state.exc = MP_OBJ_NULL;
    return mp_raise_fmt(&mp_type_ImportError, "cannot import name '%S'", name);
}

/* COMPARE beyond small ints: `except` matching, and the comparisons. `==`
 * calls __eq__ even on one object (x == x) and returns what it returns;
 * only containers use the identity shortcut (mp_obj_equal). (`!=` tries
 * __ne__, then negates __eq__.) */
mp_obj_t mp_op_compare(int op, mp_obj_t a, mp_obj_t b) {
    if (op == MPY_COMPARE_EXC_MATCH) return mp_exception_matches(a, b);
    return mp_binary_op(MP_OP_COMPARE + op, a, b);
}

mp_obj_t mp_op_build_map(size_t n, const mp_obj_t *kv) {
    mp_dict_t *d = mp_dict_new(n);
    if (d == NULL) return MP_OBJ_NULL;
    for (size_t i = 0; i < n; i++)
        if (!mp_dict_set(d, kv[2 * i], kv[2 * i + 1])) return MP_OBJ_NULL;
    return (mp_obj_t)d;
}

mp_obj_t mp_op_build_set(size_t n, const mp_obj_t *items) {
    mp_obj_t s = mp_set_new(&mp_type_set);
    if (s == MP_OBJ_NULL) return s;
    for (size_t i = 0; i < n; i++)
        if (!mp_set_add(s, items[i])) return MP_OBJ_NULL;
    return s;
}

/* The items of a tuple or list, or of a list made from any iterable. */
static const mp_obj_t *sequence_items(mp_obj_t *seq, size_t *len) {
    const mp_type_t *t = mp_type_of(*seq);
    if (t != &mp_type_tuple && t != &mp_type_list) {
        *seq = mp_type_list.make_new(&mp_type_list, 1, seq, NULL);
        if (*seq == MP_OBJ_NULL) return NULL;
        t = &mp_type_list;
    }
    if (t == &mp_type_tuple) {
        *len = ((const mp_tuple_t *)*seq)->len;
        return ((const mp_tuple_t *)*seq)->items;
    }
    *len = ((const mp_list_t *)*seq)->len;
    return ((const mp_list_t *)*seq)->items;
}

bool mp_op_unpack(mp_obj_t seq, size_t n, mp_obj_t *out) {
    size_t len;
    const mp_obj_t *items = sequence_items(&seq, &len);
    if (seq == MP_OBJ_NULL) return false;
    if (len != n) {
        if (len < n)
            mp_raise_fmt(&mp_type_ValueError, "not enough values to unpack (expected %d, got %d)", (int)n, (int)len);
        else
            mp_raise_fmt(&mp_type_ValueError, "too many values to unpack (expected %d)", (int)n);
        return false;
    }
    for (size_t i = 0; i < n; i++) out[i] = items[n - 1 - i];
    return true;
}

bool mp_op_unpack_ex(mp_obj_t seq, size_t before, size_t after, mp_obj_t *out) {
    mp_obj_t list = mp_type_list.make_new(&mp_type_list, 1, &seq, NULL);
    if (list == MP_OBJ_NULL) return false;
    size_t len = ((const mp_list_t *)list)->len;
    if (len < before + after) {
        mp_raise_fmt(&mp_type_ValueError, "not enough values to unpack (expected at least %d, got %d)",
            (int)(before + after), (int)len);
        return false;
    }
    mp_obj_t middle = mp_list_new(len - before - after, ((const mp_list_t *)list)->items + before);
    if (middle == MP_OBJ_NULL) return false;
    const mp_obj_t *items = ((const mp_list_t *)list)->items;
    size_t k = 0;
    for (size_t i = 0; i < after; i++) out[k++] = items[len - 1 - i];
    out[k++] = middle;
    for (size_t i = before; i-- > 0;) out[k++] = items[i];
    return true;
}

static mp_obj_t name_error(mp_obj_t name) { return mp_raise_fmt(&mp_type_NameError, "name '%S' is not defined", name); }

/* A name in a class body or module top level: the namespace, then the
 * globals and builtins. */
mp_obj_t mp_op_load_name(mp_dict_t *ns, mp_dict_t *globals, mp_obj_t name) {
    mp_obj_t r = ns ? mp_dict_get(ns, name) : MP_OBJ_SENTINEL;
    if (r != MP_OBJ_SENTINEL) return r;
    return mp_load_global(globals, name);
}

bool mp_op_delete_name(mp_dict_t *d, mp_obj_t name) {
    int r = mp_dict_delete(d, name);
    if (r == 0) name_error(name);
    return r > 0;
}

/* RAISE with an exception (n = 1) and a cause (n = 2); n = 0 (a bare
 * `raise` with no active exception) is RuntimeError. A class is
 * instantiated first. */
mp_obj_t mp_op_raise(size_t n, mp_obj_t exc, mp_obj_t cause) {
    if (n == 0) return mp_raise_msg(&mp_type_RuntimeError, "No active exception to reraise");
    if (mp_type_of(exc) == &mp_type_type) {
        exc = mp_call(exc, 0, NULL, NULL);
        if (exc == MP_OBJ_NULL) return exc;
    }
    if (!mp_is_instance_of_type(exc, &mp_type_BaseException))
        return mp_raise_msg(&mp_type_TypeError, "exceptions must derive from BaseException");
    if (n == 2) {
        /* raise ... from cause: a class is instantiated; None clears it. */
        if (mp_type_of(cause) == &mp_type_type &&
            mp_type_is_subclass((const mp_type_t *)cause, &mp_type_BaseException)) {
            cause = mp_call(cause, 0, NULL, NULL);
            if (cause == MP_OBJ_NULL) return cause;
        }
        if (cause != MP_NONE && !mp_is_instance_of_type(cause, &mp_type_BaseException))
            return mp_raise_msg(&mp_type_TypeError, "exception causes must derive from BaseException");
        ((mp_exception_t *)exc)->cause = cause;
        ((mp_exception_t *)exc)->suppress_context = true;
    }
    ((mp_exception_t *)exc)->traceback = MP_OBJ_NULL;
    return mp_raise(exc);
}

/* RERAISE: the exception leaves a handler or finally again; its traceback
 * already names the current line, so it is not added twice. */
mp_obj_t mp_op_reraise(mp_obj_t exc) {
    ((mp_exception_t *)exc)->traceback_frozen = true;
    return mp_raise(exc);
}
