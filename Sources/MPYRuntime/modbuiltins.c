/* The builtins module: print, len, type constructors, isinstance, and the
 * other functions every program sees without importing anything. */
#include "mpy/runtime.h"
#include "mpy/native.h"
#include "mpy/vfs.h"

mp_obj_t mp_build_class_obj;

static mp_obj_t kw_get(mp_dict_t *kw, const char *name) {
    if (kw == NULL) return MP_OBJ_SENTINEL;
    mp_obj_t k = mp_str_from_cstr(name);
    if (k == MP_OBJ_NULL) return k;
    return mp_dict_get(kw, k);
}

static mp_obj_t bi_print(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    mp_obj_t sep = kw_get(kw, "sep"), end = kw_get(kw, "end"), file = kw_get(kw, "file");
    if (sep == MP_OBJ_NULL || end == MP_OBJ_NULL || file == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (file != MP_OBJ_SENTINEL && file != MP_NONE) {
        /* Build the line, then hand it to file.write. */
        mp_obj_t line = mp_str_new("", 0);
        for (size_t i = 0; i < n && line != MP_OBJ_NULL; i++) {
            if (i > 0) {
                mp_obj_t s = sep == MP_OBJ_SENTINEL || sep == MP_NONE ? mp_str_from_cstr(" ") : sep;
                line = s == MP_OBJ_NULL ? s : mp_binary_op(MPY_BINARY_ADD, line, s);
            }
            mp_obj_t s = line == MP_OBJ_NULL ? line : mp_obj_str(args[i], MP_PRINT_STR);
            line = s == MP_OBJ_NULL ? s : mp_binary_op(MPY_BINARY_ADD, line, s);
        }
        if (line == MP_OBJ_NULL) return line;
        mp_obj_t e = end == MP_OBJ_SENTINEL || end == MP_NONE ? mp_str_from_cstr("\n") : end;
        line = e == MP_OBJ_NULL ? e : mp_binary_op(MPY_BINARY_ADD, line, e);
        if (line == MP_OBJ_NULL) return line;
        return mp_stream_print(file, line) ? MP_NONE : MP_OBJ_NULL;
    }
    const mp_print_t *out = mp_state.out;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (sep == MP_OBJ_SENTINEL || sep == MP_NONE)
                out->write(out->ctx, " ", 1);
            else if (!mp_print_obj(out, sep, MP_PRINT_STR))
                return MP_OBJ_NULL;
        }
        if (!mp_print_obj_whole(out, args[i], MP_PRINT_STR)) return MP_OBJ_NULL;
    }
    if (end == MP_OBJ_SENTINEL || end == MP_NONE)
        out->write(out->ctx, "\n", 1);
    else if (!mp_print_obj(out, end, MP_PRINT_STR))
        return MP_OBJ_NULL;
    return MP_NONE;
}

static mp_obj_t bi_len(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_len(args[0]);
}
static mp_obj_t bi_repr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_obj_str(args[0], MP_PRINT_REPR);
}
static mp_obj_t bi_hash(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_hash(args[0]);
}
static mp_obj_t bi_abs(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_unary_op(MP_UNARY_ABS, args[0]);
}
static mp_obj_t bi_id(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return mp_int_from_i64((int64_t)(args[0] >> 1));
}
/* iter(callable, sentinel): call until the sentinel comes back. */
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fn, sentinel;
    bool done;
} call_iter_t;
static mp_obj_t call_iter_next(mp_obj_t self) {
    call_iter_t *it = (call_iter_t *)self;
    if (it->done) return MP_OBJ_SENTINEL;
    mp_obj_t v = mp_call(it->fn, 0, NULL, NULL);
    if (v == MP_OBJ_NULL) return v;
    mp_obj_t eq = mp_obj_equal(v, it->sentinel);
    if (eq == MP_OBJ_NULL) return eq;
    if (eq == MP_TRUE) {
        it->done = true;
        return MP_OBJ_SENTINEL;
    }
    return v;
}
static const mp_type_t mp_type_callable_iter = {
    .base = { &mp_type_type }, .name = "callable_iterator", .iternext = call_iter_next
};

static mp_obj_t bi_iter(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n == 1) return mp_getiter(args[0]);
    call_iter_t *it = mp_alloc(sizeof *it);
    if (it == NULL) return MP_OBJ_NULL;
    it->base.type = &mp_type_callable_iter;
    it->fn = args[0];
    it->sentinel = args[1];
    return (mp_obj_t)it;
}

static mp_obj_t bi_next(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t r = mp_iternext(args[0]);
    if (r == MP_OBJ_SENTINEL) {
        if (n > 1) return args[1];
        /* A generator's return value travels in StopIteration. */
        mp_obj_t v = mp_type_of(args[0]) == &mp_type_gen ? mp_gen_return_value(args[0]) : MP_NONE;
        return mp_raise(mp_exception_new(&mp_type_StopIteration, v == MP_NONE ? 0 : 1, &v));
    }
    return r;
}

static bool isinstance_one(mp_obj_t obj, mp_obj_t cls, bool sub, bool *out) {
    if (mp_type_of(cls) == &mp_type_tuple) {
        const mp_tuple_t *t = (const mp_tuple_t *)cls;
        for (size_t i = 0; i < t->len; i++) {
            if (!isinstance_one(obj, t->items[i], sub, out)) return false;
            if (*out) return true;
        }
        *out = false;
        return true;
    }
    if (mp_type_of(cls) != &mp_type_type) {
        mp_raise_msg(&mp_type_TypeError,
            sub ? "issubclass() arg 2 must be a class or tuple of classes"
                : "isinstance() arg 2 must be a type or tuple of types");
        return false;
    }
    const mp_type_t *t = sub ? (const mp_type_t *)obj : mp_type_of(obj);
    *out = mp_type_is_subclass(t, (const mp_type_t *)cls);
    return true;
}

static mp_obj_t bi_isinstance(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    bool r;
    return isinstance_one(args[0], args[1], false, &r) ? mp_bool(r) : MP_OBJ_NULL;
}

static mp_obj_t bi_issubclass(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    if (mp_type_of(args[0]) != &mp_type_type)
        return mp_raise_msg(&mp_type_TypeError, "issubclass() arg 1 must be a class");
    bool r;
    return isinstance_one(args[0], args[1], true, &r) ? mp_bool(r) : MP_OBJ_NULL;
}

static mp_obj_t minmax(size_t n, const mp_obj_t *args, mp_dict_t *kw, int cmp, const char *name) {
    mp_obj_t key = kw_get(kw, "key"), dflt = kw_get(kw, "default");
    if (key == MP_OBJ_NULL || dflt == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t it = mp_getiter(n == 1 ? args[0] : mp_tuple_new(n, args));
    if (it == MP_OBJ_NULL) return it;
    mp_obj_t best = MP_OBJ_SENTINEL, best_key = MP_OBJ_NULL;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) break;
        mp_obj_t k = x;
        if (key != MP_OBJ_SENTINEL && key != MP_NONE) {
            k = mp_call(key, 1, &x, NULL);
            if (k == MP_OBJ_NULL) return k;
        }
        if (best == MP_OBJ_SENTINEL) {
            best = x;
            best_key = k;
            continue;
        }
        mp_obj_t better = mp_binary_op(MP_OP_COMPARE + cmp, k, best_key);
        if (better == MP_OBJ_NULL) return better;
        int t = mp_truth(better);
        if (t < 0) return MP_OBJ_NULL;
        if (t) {
            best = x;
            best_key = k;
        }
    }
    if (best == MP_OBJ_SENTINEL) {
        if (dflt != MP_OBJ_SENTINEL) return dflt;
        return mp_raise_fmt(&mp_type_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}
static mp_obj_t bi_min(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    return minmax(n, args, kw, MPY_COMPARE_LT, "min");
}
static mp_obj_t bi_max(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    return minmax(n, args, kw, MPY_COMPARE_GT, "max");
}

static mp_obj_t bi_sum(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t acc = n > 1 ? args[1] : mp_small_int(0);
    const mp_type_t *st = mp_type_of(acc);
    if (st == &mp_type_str)
        return mp_raise_msg(&mp_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (st == &mp_type_bytes)
        return mp_raise_msg(&mp_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    mp_obj_t it = mp_getiter(args[0]);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) return acc;
        acc = mp_binary_op(MPY_BINARY_ADD, acc, x);
        if (acc == MP_OBJ_NULL) return acc;
    }
}

static mp_obj_t bi_chr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    int64_t c;
    if (!mp_arg_int_range(args[0], INT32_MIN, INT32_MAX, "Python int too large to convert to C int", &c))
        return MP_OBJ_NULL;
    if (c < 0 || c > 0x10FFFF) return mp_raise_msg(&mp_type_ValueError, "chr() arg not in range(0x110000)");
    return mp_str_from_codepoint((uint32_t)c);
}

static mp_obj_t bi_ord(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_type_t *t = mp_type_of(args[0]);
    const uint8_t *b;
    size_t blen;
    if ((t == &mp_type_bytes || t == &mp_type_bytearray) && mp_get_buffer(args[0], &b, &blen)) {
        /* ord(b"a"): the byte's value. */
        if (blen != 1)
            return mp_raise_fmt(
                &mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)blen);
        return mp_small_int(b[0]);
    }
    if (t != &mp_type_str)
        return mp_raise_fmt(&mp_type_TypeError, "ord() expected string of length 1, but %s found", t->name);
    size_t len;
    const unsigned char *s = (const unsigned char *)mp_str_data(args[0], &len);
    size_t chars = mp_str_chars(args[0]);
    if (chars != 1)
        return mp_raise_fmt(
            &mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)chars);
    uint32_t c = s[0];
    if (c >= 0xF0)
        c = ((c & 7) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    else if (c >= 0xE0)
        c = ((c & 15) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    else if (c >= 0xC0)
        c = ((c & 31) << 6) | (s[1] & 0x3Fu);
    return mp_small_int((mp_int_t)c);
}

/* The name argument of getattr() and friends: a str (a str subclass's
 * instance gives its str); NULL + TypeError otherwise. */
static mp_obj_t attr_name(mp_obj_t o) {
    const char *d;
    size_t len;
    if (!mp_arg_str(o, "attribute name", &d, &len)) return MP_OBJ_NULL;
    return mp_type_of(o) == &mp_type_str ? o : mp_instance_native(o);
}

static mp_obj_t bi_getattr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    mp_obj_t name = attr_name(args[1]);
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t r = mp_load_attr(args[0], name);
    if (r == MP_OBJ_NULL && n > 2 && mp_is_instance_of_type(mp_state.exc, &mp_type_AttributeError)) {
        mp_state.exc = MP_OBJ_NULL;
        return args[2];
    }
    return r;
}
static mp_obj_t bi_setattr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t name = attr_name(args[1]);
    if (name == MP_OBJ_NULL) return name;
    return mp_store_attr(args[0], name, args[2]) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t bi_globals(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)args;
    (void)kw;
    return mp_state.globals ? (mp_obj_t)mp_state.globals : MP_NONE;
}
/* locals(), as MicroPython: the namespace of a running class body or
 * module (CPython agrees), and in a function the globals (MicroPython
 * keeps no dict of a function's locals). */
static mp_obj_t bi_locals(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)args;
    (void)kw;
    if (mp_state.frame != NULL && mp_state.frame->ns != NULL) return (mp_obj_t)mp_state.frame->ns;
    return mp_state.globals ? (mp_obj_t)mp_state.globals : MP_NONE;
}

static mp_obj_t bi_delattr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t name = attr_name(args[1]);
    if (name == MP_OBJ_NULL) return name;
    return mp_store_attr(args[0], name, MP_OBJ_NULL) ? MP_NONE : MP_OBJ_NULL;
}
static mp_obj_t bi_hasattr(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t name = attr_name(args[1]);
    if (name == MP_OBJ_NULL) return name;
    mp_obj_t r = mp_load_attr(args[0], name);
    if (r == MP_OBJ_NULL) {
        if (!mp_is_instance_of_type(mp_state.exc, &mp_type_AttributeError)) return r;
        mp_state.exc = MP_OBJ_NULL;
        return MP_FALSE;
    }
    return MP_TRUE;
}
static mp_obj_t bi_callable(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    const mp_type_t *t = mp_type_of(args[0]);
    if (t->flags & MP_TYPE_FLAG_USER) {
        /* Instances of classes are callable when the class has __call__. */
        mp_obj_t name = mp_str_from_cstr("__call__");
        if (name == MP_OBJ_NULL) return name;
        return mp_bool(mp_class_attr(t, name) != MP_OBJ_SENTINEL);
    }
    return mp_bool(t->call != NULL);
}

static mp_obj_t to_list(mp_obj_t iterable) { return mp_type_list.make_new(&mp_type_list, 1, &iterable, NULL); }

static mp_obj_t bi_sorted(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    mp_obj_t l = to_list(args[0]);
    if (l == MP_OBJ_NULL) return l;
    mp_obj_t key = kw_get(kw, "key"), rev = kw_get(kw, "reverse");
    if (key == MP_OBJ_NULL || rev == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_list_t *lp = (mp_list_t *)l;
    bool reverse = rev != MP_OBJ_SENTINEL && mp_truth(rev) == 1;
    return mp_sort_items(lp->items, lp->len, key == MP_OBJ_SENTINEL ? MP_OBJ_NULL : key, reverse) ? l : MP_OBJ_NULL;
}

static mp_obj_t any_all(mp_obj_t iterable, bool want) {
    mp_obj_t it = mp_getiter(iterable);
    if (it == MP_OBJ_NULL) return it;
    for (;;) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_NULL) return x;
        if (x == MP_OBJ_SENTINEL) return mp_bool(!want);
        int t = mp_truth(x);
        if (t < 0) return MP_OBJ_NULL;
        if (t == want) return mp_bool(want);
    }
}
static mp_obj_t bi_any(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return any_all(args[0], true);
}
static mp_obj_t bi_all(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return any_all(args[0], false);
}

static mp_obj_t bi_divmod(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    mp_obj_t q = mp_binary_op(MPY_BINARY_FLOORDIV, args[0], args[1]);
    if (q == MP_OBJ_NULL) return q;
    mp_obj_t r = mp_binary_op(MPY_BINARY_MOD, args[0], args[1]);
    if (r == MP_OBJ_NULL) return r;
    mp_obj_t pair[2] = { q, r };
    return mp_tuple_new(2, pair);
}

static mp_obj_t bi_pow(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n == 2 || args[2] == MP_NONE) return mp_binary_op(MPY_BINARY_POW, args[0], args[1]);
    for (size_t i = 0; i < 3; i++)
        if (mp_type_of(args[i]) == &mp_type_complex) return mp_raise_msg(&mp_type_ValueError, "complex modulo");
    return mp_int_powmod(args[0], args[1], args[2]);
}

static mp_obj_t bi_round(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    const mp_type_t *t = mp_type_of(args[0]);
    if ((t->flags & MP_TYPE_FLAG_USER) && mp_instance_native(args[0]) == MP_OBJ_NULL) {
        /* A user class rounds through its __round__ only, as CPython. */
        mp_obj_t name = mp_str_from_cstr("__round__");
        if (name == MP_OBJ_NULL) return name;
        mp_obj_t f = mp_class_attr(t, name);
        if (f == MP_OBJ_NULL) return f;
        if (f == MP_OBJ_SENTINEL)
            return mp_raise_fmt(&mp_type_TypeError, "type %s doesn't define __round__ method", t->name);
        return mp_call(f, n, args, NULL);
    }
    return mp_round(args[0], n > 1 ? args[1] : MP_NONE);
}

static mp_obj_t base_repr(mp_obj_t v, const char *spec) {
    size_t n = 0;
    while (spec[n]) n++;
    v = mp_index(v);
    return v == MP_OBJ_NULL ? v : mp_format_value(v, spec, n);
}
static mp_obj_t bi_hex(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return base_repr(args[0], "#x");
}
static mp_obj_t bi_oct(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return base_repr(args[0], "#o");
}
static mp_obj_t bi_bin(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)n;
    (void)kw;
    return base_repr(args[0], "#b");
}

static mp_obj_t bi_format(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    size_t sl = 0;
    const char *spec = "";
    if (n > 1 && !mp_arg_str(args[1], "format() argument 2", &spec, &sl)) return MP_OBJ_NULL;
    return mp_format_value(args[0], spec, sl);
}

/* __build_class__(body, name, *bases): runs the class body in a new
 * namespace and makes the class from it. */
static mp_obj_t bi_build_class(size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    if (n < 2) return mp_raise_msg(&mp_type_TypeError, "__build_class__: not enough arguments");
    if (mp_type_of(args[0]) != &mp_type_fun_bc)
        return mp_raise_msg(&mp_type_TypeError, "__build_class__: func must be a function");
    if (mp_type_of(args[1]) != &mp_type_str)
        return mp_raise_msg(&mp_type_TypeError, "__build_class__: name is not a string");
    mp_dict_t *ns = mp_dict_new(0);
    if (ns == NULL) return MP_OBJ_NULL;
    mp_obj_t r = mp_execute_with_namespace((const mp_fun_bc_t *)args[0], ns);
    if (r == MP_OBJ_NULL) return r;
    mp_obj_t bases = mp_tuple_new(n - 2, args + 2);
    if (bases == MP_OBJ_NULL) return bases;
    mp_obj_t cls = mp_class_new(args[1], bases, ns);
    if (cls == MP_OBJ_NULL) return cls;
    /* Methods using zero-argument super() share the class through a cell. */
    mp_obj_t key = mp_str_from_cstr("__classcell__");
    if (key == MP_OBJ_NULL) return key;
    mp_obj_t cell = mp_dict_get(ns, key);
    if (cell != MP_OBJ_SENTINEL && cell != MP_OBJ_NULL) {
        ((mp_cell_t *)cell)->value = cls;
        mp_dict_delete(ns, key);
    }
    return cls;
}

static bool add(const char *name, mp_obj_t value) {
    mp_obj_t k = mp_str_from_cstr(name);
    return k != MP_OBJ_NULL && value != MP_OBJ_NULL && mp_state.builtins != NULL &&
        mp_dict_set(mp_state.builtins, k, value);
}

static bool add_fn(const char *name, mp_builtin_fn_t fn, int lo, int hi, bool kw) {
    mp_obj_t f = mp_builtin_new(name, fn, lo, hi);
    if (f == MP_OBJ_NULL) return false;
    ((mp_builtin_t *)f)->flags = kw ? MP_BUILTIN_KW : 0;
    return add(name, f);
}

void mp_builtins_init(void) {
    mp_state.builtins = mp_dict_new(64);
    add_fn("print", bi_print, 0, -1, true);
    add_fn("open", mp_builtin_open, 0, -1, true);
    add_fn("len", bi_len, 1, 1, false);
    add_fn("repr", bi_repr, 1, 1, false);
    add_fn("hash", bi_hash, 1, 1, false);
    add_fn("abs", bi_abs, 1, 1, false);
    add_fn("id", bi_id, 1, 1, false);
    add_fn("iter", bi_iter, 1, 2, false);
    add_fn("next", bi_next, 1, 2, false);
    add_fn("isinstance", bi_isinstance, 2, 2, false);
    add_fn("issubclass", bi_issubclass, 2, 2, false);
    add_fn("min", bi_min, 1, -1, true);
    add_fn("max", bi_max, 1, -1, true);
    add_fn("sum", bi_sum, 1, 2, false);
    add_fn("chr", bi_chr, 1, 1, false);
    add_fn("ord", bi_ord, 1, 1, false);
    add_fn("getattr", bi_getattr, 2, 3, false);
    add_fn("setattr", bi_setattr, 3, 3, false);
    add_fn("hasattr", bi_hasattr, 2, 2, false);
    add_fn("delattr", bi_delattr, 2, 2, false);
    add_fn("globals", bi_globals, 0, 0, false);
    add_fn("locals", bi_locals, 0, 0, false);
    add_fn("callable", bi_callable, 1, 1, false);
    add_fn("sorted", bi_sorted, 1, 1, true);
    add_fn("any", bi_any, 1, 1, false);
    add_fn("all", bi_all, 1, 1, false);
    add_fn("divmod", bi_divmod, 2, 2, false);
    add_fn("pow", bi_pow, 2, 3, false);
    add_fn("round", bi_round, 1, 2, false);
    add_fn("hex", bi_hex, 1, 1, false);
    add_fn("oct", bi_oct, 1, 1, false);
    add_fn("bin", bi_bin, 1, 1, false);
    add_fn("format", bi_format, 1, 2, false);
    add_fn("dir", mp_builtin_dir, 0, 1, false);
    add_fn("input", mp_builtin_input, 0, 1, false);
    add_fn("__import__", mp_builtin___import__, 0, 5, true);
    mp_build_class_obj = mp_builtin_new("__build_class__", bi_build_class, 2, -1);
    add("__build_class__", mp_build_class_obj);
    static const mp_type_t *const types[] = {
        &mp_type_type,
        &mp_type_object,
        &mp_type_bool,
        &mp_type_int,
        &mp_type_float,
        &mp_type_complex,
        &mp_type_str,
        &mp_type_tuple,
        &mp_type_list,
        &mp_type_dict,
        &mp_type_range,
        &mp_type_set,
        &mp_type_frozenset,
        &mp_type_slice,
        &mp_type_enumerate,
        &mp_type_zip,
        &mp_type_map,
        &mp_type_filter,
        &mp_type_reversed,
        &mp_type_super,
        &mp_type_property,
        &mp_type_staticmethod,
        &mp_type_classmethod,
        &mp_type_bytes,
        &mp_type_bytearray,
        &mp_type_memoryview,
        &mp_type_BaseException,
        &mp_type_Exception,
        &mp_type_SystemExit,
        &mp_type_KeyboardInterrupt,
        &mp_type_GeneratorExit,
        &mp_type_StopIteration,
        &mp_type_StopAsyncIteration,
        &mp_type_ArithmeticError,
        &mp_type_OverflowError,
        &mp_type_ZeroDivisionError,
        &mp_type_AssertionError,
        &mp_type_AttributeError,
        &mp_type_ImportError,
        &mp_type_LookupError,
        &mp_type_IndexError,
        &mp_type_KeyError,
        &mp_type_MemoryError,
        &mp_type_NameError,
        &mp_type_UnboundLocalError,
        &mp_type_RuntimeError,
        &mp_type_NotImplementedError,
        &mp_type_RecursionError,
        &mp_type_TypeError,
        &mp_type_ValueError,
        &mp_type_UnicodeError,
        &mp_type_UnicodeDecodeError,
        &mp_type_UnicodeEncodeError,
        &mp_type_OSError,
        &mp_type_EOFError,
        &mp_type_SyntaxError,
        &mp_type_IndentationError,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) add(types[i]->name, (mp_obj_t)types[i]);
    add("NotImplemented", MP_NOT_IMPLEMENTED);
    add("Ellipsis", MP_ELLIPSIS);
    mp_obj_t bm = mp_builtins_module();
    if (bm != MP_OBJ_NULL) mp_dict_set(mp_state.modules, ((mp_module_t *)bm)->name, bm);
}
