/* Exceptions: the type hierarchy, raising with formatted messages (the
 * pending-exception convention of runtime.h), tracebacks, and printing an
 * uncaught exception the way MicroPython and CPython do. */
#include <stdarg.h>
#include "mpy/runtime.h"

bool mp_exc_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    const mp_exception_t *e = (const mp_exception_t *)self;
    const mp_tuple_t *args = (const mp_tuple_t *)e->args;
    if (kind == MP_PRINT_REPR) {
        mp_print_str(out, e->base.type->name);
        if (args->len == 1) {
            mp_print_str(out, "(");
            if (!mp_print_obj(out, args->items[0], MP_PRINT_REPR)) return false;
            mp_print_str(out, ")");
            return true;
        }
        return mp_print_obj(out, e->args, MP_PRINT_REPR);
    }
    if (args->len == 0) return true;
    /* str(KeyError(k)) is repr(k), as CPython. */
    if (args->len == 1 && mp_type_is_subclass(e->base.type, &mp_type_KeyError))
        return mp_print_obj(out, args->items[0], MP_PRINT_REPR);
    if (args->len == 1) return mp_print_obj(out, args->items[0], MP_PRINT_STR);
    /* OSError(errno, strerror[, filename[, winerror[, filename2]]]), as CPython. */
    if (args->len <= 5 && mp_type_is_subclass(e->base.type, &mp_type_OSError)) {
        mp_print_str(out, "[Errno ");
        if (!mp_print_obj(out, args->items[0], MP_PRINT_STR)) return false;
        mp_print_str(out, "] ");
        if (!mp_print_obj(out, args->items[1], MP_PRINT_STR)) return false;
        if (args->len > 2 && args->items[2] != MP_NONE) {
            mp_print_str(out, ": ");
            if (!mp_print_obj(out, args->items[2], MP_PRINT_REPR)) return false;
            if (args->len > 4 && args->items[4] != MP_NONE) {
                mp_print_str(out, " -> ");
                if (!mp_print_obj(out, args->items[4], MP_PRINT_REPR)) return false;
            }
        }
        return true;
    }
    return mp_print_obj(out, e->args, MP_PRINT_REPR);
}

mp_obj_t mp_exc_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)kw;
    return mp_exception_new(type, n, args);
}

/* exc.__traceback__: a read-only view of one entry of an exception's
 * traceback list, the outermost frame when read from the exception; its
 * tb_next is the next frame inwards, as CPython's traceback objects. */
typedef struct mp_traceback {
    mp_obj_base_t base;
    mp_obj_t entries; /* the exception's list, innermost first */
    size_t index;
} mp_traceback_t;

static mp_obj_t traceback_attr(mp_obj_t self, mp_obj_t name);

static const mp_type_t mp_type_traceback = { .base = { &mp_type_type }, .name = "traceback", .attr = traceback_attr };

static mp_obj_t traceback_new(mp_obj_t entries, size_t index) {
    mp_traceback_t *tb = mp_alloc(sizeof *tb);
    if (tb == NULL) return MP_OBJ_NULL;
    tb->base.type = &mp_type_traceback;
    tb->entries = entries;
    tb->index = index;
    return (mp_obj_t)tb;
}

static mp_obj_t traceback_attr(mp_obj_t self, mp_obj_t name) {
    const mp_traceback_t *tb = (const mp_traceback_t *)self;
    const mp_tuple_t *entry = (const mp_tuple_t *)((const mp_list_t *)tb->entries)->items[tb->index];
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 9 && __builtin_memcmp(s, "tb_lineno", 9) == 0) return entry->items[1];
    if (n == 7 && __builtin_memcmp(s, "tb_next", 7) == 0)
        return tb->index > 0 ? traceback_new(tb->entries, tb->index - 1) : MP_NONE;
    return MP_OBJ_SENTINEL;
}

mp_obj_t mp_exc_attr(mp_obj_t self, mp_obj_t name) {
    mp_exception_t *e = (mp_exception_t *)self;
    size_t n;
    const char *s = mp_str_data(name, &n);
    if (n == 4 && __builtin_memcmp(s, "args", 4) == 0) return e->args;
    if (n == 5 && __builtin_memcmp(s, "value", 5) == 0 && mp_is_instance_of_type(self, &mp_type_StopIteration)) {
        const mp_tuple_t *a = (const mp_tuple_t *)e->args;
        return a->len > 0 ? a->items[0] : MP_NONE;
    }
    if (e->dict) {
        mp_obj_t v = mp_dict_get(e->dict, name);
        if (v != MP_OBJ_SENTINEL) return v;
    }
    if (n == 9 && __builtin_memcmp(s, "__cause__", 9) == 0) return e->cause;
    if (n == 11 && __builtin_memcmp(s, "__context__", 11) == 0) return e->context;
    if (n == 20 && __builtin_memcmp(s, "__suppress_context__", 20) == 0) return mp_bool(e->suppress_context);
    if (n == 13 && __builtin_memcmp(s, "__traceback__", 13) == 0) {
        const mp_list_t *tb = (const mp_list_t *)e->traceback;
        return tb == NULL || tb->len == 0 ? MP_NONE : traceback_new(e->traceback, tb->len - 1);
    }
    if (n == 5 && __builtin_memcmp(s, "errno", 5) == 0 && mp_is_instance_of_type(self, &mp_type_OSError)) {
        const mp_tuple_t *a = (const mp_tuple_t *)e->args;
        return a->len > 1 ? a->items[0] : MP_NONE;
    }
    return MP_OBJ_SENTINEL;
}

#define EXC_TYPE(NAME, PARENT) const MP_EXC_TYPE(mp_type_##NAME, #NAME, PARENT);

EXC_TYPE(BaseException, &mp_type_object)
EXC_TYPE(SystemExit, &mp_type_BaseException)
EXC_TYPE(KeyboardInterrupt, &mp_type_BaseException)
EXC_TYPE(GeneratorExit, &mp_type_BaseException)
EXC_TYPE(Exception, &mp_type_BaseException)
EXC_TYPE(StopIteration, &mp_type_Exception)
EXC_TYPE(StopAsyncIteration, &mp_type_Exception)
EXC_TYPE(ArithmeticError, &mp_type_Exception)
EXC_TYPE(OverflowError, &mp_type_ArithmeticError)
EXC_TYPE(ZeroDivisionError, &mp_type_ArithmeticError)
EXC_TYPE(AssertionError, &mp_type_Exception)
EXC_TYPE(AttributeError, &mp_type_Exception)
EXC_TYPE(ImportError, &mp_type_Exception)
EXC_TYPE(LookupError, &mp_type_Exception)
EXC_TYPE(IndexError, &mp_type_LookupError)
EXC_TYPE(KeyError, &mp_type_LookupError)
EXC_TYPE(MemoryError, &mp_type_Exception)
EXC_TYPE(NameError, &mp_type_Exception)
EXC_TYPE(UnboundLocalError, &mp_type_NameError)
EXC_TYPE(RuntimeError, &mp_type_Exception)
EXC_TYPE(NotImplementedError, &mp_type_RuntimeError)
EXC_TYPE(RecursionError, &mp_type_RuntimeError)
EXC_TYPE(TypeError, &mp_type_Exception)
EXC_TYPE(ValueError, &mp_type_Exception)
EXC_TYPE(UnicodeError, &mp_type_ValueError)
EXC_TYPE(UnicodeDecodeError, &mp_type_UnicodeError)
EXC_TYPE(UnicodeEncodeError, &mp_type_UnicodeError)
EXC_TYPE(OSError, &mp_type_Exception)
EXC_TYPE(EOFError, &mp_type_Exception)
EXC_TYPE(SyntaxError, &mp_type_Exception)
EXC_TYPE(IndentationError, &mp_type_SyntaxError)

bool mp_is_instance_of_type(mp_obj_t obj, const mp_type_t *type) { return mp_type_is_subclass(mp_type_of(obj), type); }

mp_obj_t mp_exception_new(const mp_type_t *type, size_t n, const mp_obj_t *args) {
    mp_exception_t *e = mp_alloc(sizeof *e);
    if (e == NULL) return MP_OBJ_NULL;
    e->base.type = type;
    e->args = mp_tuple_new(n, args);
    if (e->args == MP_OBJ_NULL) return MP_OBJ_NULL;
    e->traceback = MP_OBJ_NULL;
    e->cause = MP_NONE;
    e->context = MP_NONE;
    return (mp_obj_t)e;
}

mp_obj_t mp_raise(mp_obj_t exc) {
    mp_state.exc = exc;
    return MP_OBJ_NULL;
}

mp_obj_t mp_raise_msg(const mp_type_t *type, const char *msg) {
    mp_obj_t s = msg ? mp_str_from_cstr(msg) : MP_OBJ_NULL;
    if (msg && s == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t e = mp_exception_new(type, msg ? 1 : 0, &s);
    if (e == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_raise(e);
}

/* printf-like: %s (C string), %d (int), %c (char), %S (str object), %R (repr of an object). */
mp_obj_t mp_raise_fmt(const mp_type_t *type, const char *fmt, ...) {
    char buf[256];
    size_t n = 0;
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p && n < sizeof buf - 1; p++) {
        if (*p != '%') {
            buf[n++] = *p;
            continue;
        }
        p++;
        const char *s = NULL;
        size_t len = 0;
        char num[24];
        mp_obj_t tmp = MP_OBJ_NULL;
        switch (*p) {
        case 's':
            s = va_arg(ap, const char *);
            len = 0;
            while (s[len]) len++;
            break;
        case 'd': {
            int v = va_arg(ap, int);
            char *q = num + sizeof num;
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            do {
                *--q = (char)('0' + u % 10);
                u /= 10;
            } while (u);
            if (v < 0) *--q = '-';
            s = q;
            len = (size_t)(num + sizeof num - q);
            break;
        }
        case 'S':
            tmp = va_arg(ap, mp_obj_t);
            s = mp_str_data(tmp, &len);
            break;
        case 'c':
            num[0] = (char)va_arg(ap, int);
            s = num;
            len = 1;
            break;
        case 'R':
            tmp = mp_obj_str(va_arg(ap, mp_obj_t), MP_PRINT_REPR);
            if (tmp == MP_OBJ_NULL) {
                va_end(ap);
                return MP_OBJ_NULL;
            }
            s = mp_str_data(tmp, &len);
            break;
        default:
            s = p;
            len = 1;
            break;
        }
        for (size_t i = 0; i < len && n < sizeof buf - 1; i++) buf[n++] = s[i];
    }
    va_end(ap);
    mp_obj_t msg = mp_str_new(buf, n);
    if (msg == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t e = mp_exception_new(type, 1, &msg);
    if (e == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_raise(e);
}

void mp_traceback_add(mp_obj_t file, int line, mp_obj_t function) {
    mp_obj_t exc = mp_state.exc;
    if (exc == MP_OBJ_NULL || !mp_is_ptr(exc)) return;
    mp_exception_t *e = (mp_exception_t *)exc;
    if (e == (mp_exception_t *)mp_state.memory_error) return; /* no allocation while out of memory */
    mp_state.exc = MP_OBJ_NULL; /* allocate safely */
    mp_obj_t items[3] = { file, mp_small_int(line), function };
    mp_obj_t entry = mp_tuple_new(3, items);
    if (entry != MP_OBJ_NULL) {
        if (e->traceback == MP_OBJ_NULL) e->traceback = mp_list_new(0, NULL);
        if (e->traceback != MP_OBJ_NULL) mp_list_append(e->traceback, entry);
    }
    mp_state.exc = exc;
}

static void print_one(const mp_print_t *out, mp_obj_t exc) {
    const mp_exception_t *e = (const mp_exception_t *)exc;
    mp_print_str(out, "Traceback (most recent call last):\n");
    if (e->traceback != MP_OBJ_NULL) {
        const mp_list_t *tb = (const mp_list_t *)e->traceback;
        /* Entries were added innermost first; print outermost first. */
        for (size_t i = tb->len; i-- > 0;) {
            const mp_tuple_t *t = (const mp_tuple_t *)tb->items[i];
            mp_print_str(out, "  File \"");
            mp_print_obj(out, t->items[0], MP_PRINT_STR);
            mp_print_str(out, "\", line ");
            mp_print_int(out, mp_small_int_value(t->items[1]));
            mp_print_str(out, ", in ");
            mp_print_obj(out, t->items[2], MP_PRINT_STR);
            mp_print_str(out, "\n");
        }
    }
    mp_print_str(out, e->base.type->name);
    const mp_tuple_t *args = (const mp_tuple_t *)e->args;
    if (args->len > 0) {
        mp_print_str(out, ": ");
        mp_state.exc = MP_OBJ_NULL;
        if (!mp_print_obj(out, exc, MP_PRINT_STR)) mp_state.exc = MP_OBJ_NULL;
    }
    mp_print_str(out, "\n");
}

/* The exception that led to e (its __cause__, else its __context__ unless
 * suppressed) and the line that joins their reports, or NULL. */
static mp_obj_t chained(const mp_exception_t *e, const char **joint) {
    if (e->cause != MP_NONE) {
        *joint = "\nThe above exception was the direct cause of the following exception:\n\n";
        return e->cause;
    }
    if (e->context != MP_NONE && !e->suppress_context) {
        *joint = "\nDuring handling of the above exception, another exception occurred:\n\n";
        return e->context;
    }
    return MP_OBJ_NULL;
}

/* An uncaught exception with its chain, oldest first, as CPython; each
 * exception is reported once even if the chain loops. */
void mp_print_exception(const mp_print_t *out, mp_obj_t exc) {
    enum { MAX_CHAIN = 32 };
    mp_obj_t chain[MAX_CHAIN];
    const char *joints[MAX_CHAIN];
    size_t n = 0;
    for (mp_obj_t x = exc; x != MP_OBJ_NULL && n < MAX_CHAIN;) {
        for (size_t i = 0; i < n; i++)
            if (chain[i] == x) goto print;
        chain[n] = x;
        x = chained((const mp_exception_t *)x, &joints[n]);
        n++;
    }
print:
    for (size_t i = n; i-- > 0;) {
        print_one(out, chain[i]);
        if (i > 0) mp_print_str(out, joints[i - 1]);
    }
}

mp_obj_t mp_exception_matches(mp_obj_t exc, mp_obj_t type_or_tuple) {
    if (mp_type_of(type_or_tuple) == &mp_type_tuple) {
        const mp_tuple_t *t = (const mp_tuple_t *)type_or_tuple;
        for (size_t i = 0; i < t->len; i++) {
            mp_obj_t r = mp_exception_matches(exc, t->items[i]);
            if (r != MP_FALSE) return r;
        }
        return MP_FALSE;
    }
    if (mp_type_of(type_or_tuple) != &mp_type_type ||
        !mp_type_is_subclass((const mp_type_t *)type_or_tuple, &mp_type_BaseException))
        return mp_raise_msg(
            &mp_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return mp_bool(mp_is_instance_of_type(exc, (const mp_type_t *)type_or_tuple));
}
