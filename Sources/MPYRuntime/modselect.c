/* The select module, as MicroPython's: poll objects (register, unregister,
 * modify, poll, ipoll) and select(), over anything on the stream protocol
 * (built-in streams, sys.stdin, user classes with an ioctl method), whose
 * readiness is asked with ioctl(MP_STREAM_POLL, events). Waiting with a
 * timeout sleeps between rounds (the port's sleep: WFI on the boards; on
 * the host poll(2) on stdin when it is one of the objects), never spins. */
#include "mpy/modutil.h"
#include "mpy/stream.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

/* Events always reported, asked for or not. */
#define ALWAYS (MP_STREAM_POLL_ERR | MP_STREAM_POLL_HUP | MP_STREAM_POLL_NVAL)
/* The longest sleep between two rounds of asking, in microseconds. */
#define ROUND_US 1000u
#define ONESHOT 1

typedef struct {
    mp_obj_t obj;
    mp_uint_t events, revents;
} entry_t;

typedef struct {
    mp_obj_base_t base;
    entry_t *entries;
    size_t len, cap;
    mp_obj_t ret; /* ipoll's one (obj, event) tuple, made on first use */
    size_t iter_next; /* ipoll: the next entry to look at */
    mp_uint_t iter_flags;
} poll_t;

static const mp_type_t poll_type;
#define SELF ((poll_t *)a[0])

static entry_t *find(poll_t *p, mp_obj_t o) {
    for (size_t i = 0; i < p->len; i++)
        if (p->entries[i].obj == o) return &p->entries[i];
    return NULL;
}

/* An event mask argument. */
static bool mask_arg(mp_obj_t o, mp_uint_t *out) {
    mp_int_t v;
    if (!mp_arg_int(o, &v)) return false;
    *out = (mp_uint_t)v;
    return true;
}

/* Adds o with events, or changes its events when it is there already. */
static bool add(poll_t *p, mp_obj_t o, mp_uint_t events) {
    entry_t *e = find(p, o);
    if (e != NULL) {
        e->events = events;
        return true;
    }
    if (mp_get_stream(o) == NULL) {
        /* A user class is a stream through its ioctl method. */
        mp_obj_t self;
        mp_obj_t name = mp_str_from_cstr("ioctl");
        mp_obj_t m = name == MP_OBJ_NULL ? name : mp_load_method(o, name, &self);
        if (m == MP_OBJ_NULL) {
            mp_state.exc = MP_OBJ_NULL;
            mp_raise_errno(MP_EOPNOTSUPP);
            return false;
        }
    }
    if (p->len == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 4;
        entry_t *grown = mp_realloc(p->entries, p->cap * sizeof *grown, cap * sizeof *grown);
        if (grown == NULL) return false;
        p->entries = grown;
        p->cap = cap;
    }
    p->entries[p->len++] = (entry_t){ o, events, 0 };
    return true;
}

/* One round: asks every entry; the number with events, or -1 raised. */
static mp_int_t ask_all(poll_t *p) {
    mp_int_t ready = 0;
    for (size_t i = 0; i < p->len; i++) {
        entry_t *e = &p->entries[i];
        mp_int_t r = mp_stream_ioctl(e->obj, MP_STREAM_POLL, e->events);
        if (r < 0) {
            if (mp_state.exc == MP_OBJ_NULL) mp_raise_errno(MP_EPERM);
            return -1;
        }
        e->revents = (mp_uint_t)r & (e->events | ALWAYS);
        ready += e->revents != 0;
    }
    return ready;
}

/* Asks until something is ready or timeout_ms (< 0: for ever) has passed;
 * the number ready, or -1 raised. */
static mp_int_t wait_ready(poll_t *p, mp_int_t timeout_ms) {
    uint64_t start = mp_port_ticks_us();
    uint64_t limit = timeout_ms < 0 ? UINT64_MAX : (uint64_t)timeout_ms * 1000u;
    bool on_stdin = false;
    mp_obj_t in = mp_sys_stdio(0);
    for (size_t i = 0; i < p->len; i++)
        on_stdin |= p->entries[i].obj == in && (p->entries[i].events & MP_STREAM_POLL_RD);
    for (;;) {
        mp_int_t ready = ask_all(p);
        if (ready != 0) return ready;
        uint64_t spent = mp_port_ticks_us() - start;
        if (spent >= limit) return 0;
        uint64_t left = limit - spent;
        if (on_stdin) {
            /* stdin alone may wait the whole time; beside others, a round. */
            mp_port_stdin_wait(p->len == 1 ? left : left < ROUND_US ? left : ROUND_US);
        } else {
            mp_port_sleep_us(left < ROUND_US ? left : ROUND_US);
        }
    }
}

/* A timeout in milliseconds; None or negative: for ever. */
static bool timeout_arg(size_t n, const mp_obj_t *a, size_t i, mp_int_t *out) {
    *out = -1;
    if (n <= i || a[i] == MP_NONE) return true;
    if (!mp_arg_int(a[i], out)) return false;
    if (*out < 0) *out = -1;
    return true;
}

static mp_obj_t s_poll_new(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    poll_t *p = mp_alloc(sizeof *p);
    if (p == NULL) return MP_OBJ_NULL;
    p->base.type = &poll_type;
    return (mp_obj_t)p;
}

static mp_obj_t p_register(ARGS) {
    (void)kw;
    mp_uint_t events = MP_STREAM_POLL_RD | MP_STREAM_POLL_WR;
    if (n > 2 && !mask_arg(a[2], &events)) return MP_OBJ_NULL;
    return add(SELF, a[1], events) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t p_unregister(ARGS) {
    (void)n;
    (void)kw;
    poll_t *p = SELF;
    entry_t *e = find(p, a[1]);
    if (e != NULL) {
        size_t i = (size_t)(e - p->entries);
        __builtin_memmove(e, e + 1, (p->len - i - 1) * sizeof *e);
        p->len--;
        p->entries[p->len] = (entry_t){ MP_OBJ_NULL, 0, 0 };
        if (p->iter_next > i) p->iter_next--;
    }
    return MP_NONE;
}

static mp_obj_t p_modify(ARGS) {
    (void)n;
    (void)kw;
    entry_t *e = find(SELF, a[1]);
    if (e == NULL) return mp_raise_errno(MP_ENOENT);
    return mask_arg(a[2], &e->events) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t p_poll(ARGS) {
    (void)kw;
    poll_t *p = SELF;
    mp_int_t timeout;
    if (!timeout_arg(n, a, 1, &timeout)) return MP_OBJ_NULL;
    mp_int_t ready = wait_ready(p, timeout);
    if (ready < 0) return MP_OBJ_NULL;
    mp_obj_t list = mp_list_new(0, NULL);
    for (size_t i = 0; i < p->len && list != MP_OBJ_NULL; i++) {
        entry_t *e = &p->entries[i];
        if (e->revents == 0) continue;
        mp_obj_t pair[2] = { e->obj, mp_int_from_i64((int64_t)e->revents) };
        mp_obj_t t = mp_tuple_new(2, pair);
        if (t == MP_OBJ_NULL || !mp_list_append(list, t)) return MP_OBJ_NULL;
    }
    return list;
}

/* ipoll(timeout=-1, flags=0): the poll object itself as an iterator over
 * the ready entries, giving one tuple rewritten at each step (no
 * allocation per event); flags 1 (one-shot) clears an entry's events once
 * reported, until modify() sets them again. */
static mp_obj_t p_ipoll(ARGS) {
    (void)kw;
    poll_t *p = SELF;
    mp_int_t timeout, flags = 0;
    if (!timeout_arg(n, a, 1, &timeout) || (n > 2 && !mp_arg_int(a[2], &flags))) return MP_OBJ_NULL;
    if (p->ret == MP_OBJ_NULL) {
        mp_obj_t pair[2] = { MP_NONE, mp_small_int(0) };
        p->ret = mp_tuple_new(2, pair);
        if (p->ret == MP_OBJ_NULL) return MP_OBJ_NULL;
    }
    if (wait_ready(p, timeout) < 0) return MP_OBJ_NULL;
    p->iter_next = 0;
    p->iter_flags = (mp_uint_t)flags;
    return (mp_obj_t)p;
}

static mp_obj_t poll_getiter(mp_obj_t self) { return self; }

static mp_obj_t poll_iternext(mp_obj_t self) {
    poll_t *p = (poll_t *)self;
    while (p->iter_next < p->len) {
        entry_t *e = &p->entries[p->iter_next++];
        if (e->revents == 0) continue;
        mp_tuple_t *t = (mp_tuple_t *)p->ret;
        if (t == NULL) return MP_OBJ_SENTINEL;
        t->items[0] = e->obj;
        t->items[1] = mp_small_int((mp_int_t)e->revents);
        e->revents = 0;
        if (p->iter_flags & ONESHOT) e->events = 0;
        return (mp_obj_t)t;
    }
    return MP_OBJ_SENTINEL;
}

static bool poll_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t kind) {
    (void)self;
    (void)kind;
    mp_print_str(out, "<poll>");
    return true;
}

static const mp_method_t poll_methods[] = {
    MP_METHOD("register", p_register, 2, 3),
    MP_METHOD("unregister", p_unregister, 2, 2),
    MP_METHOD("modify", p_modify, 3, 3),
    MP_METHOD("poll", p_poll, 1, 2),
    MP_METHOD("ipoll", p_ipoll, 1, 3),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

static const mp_type_t poll_type = { .base = { &mp_type_type },
    .name = "poll",
    .print = poll_print,
    .getiter = poll_getiter,
    .iternext = poll_iternext,
    .methods = poll_methods };

/* Adds every object of the iterable `list` with `events` (or-ed into an
 * entry already there). */
static bool add_list(poll_t *p, mp_obj_t list, mp_uint_t events) {
    mp_obj_t it = mp_getiter(list);
    if (it == MP_OBJ_NULL) return false;
    for (mp_obj_t o; (o = mp_iternext(it)) != MP_OBJ_SENTINEL;) {
        if (o == MP_OBJ_NULL) return false;
        entry_t *e = find(p, o);
        if (!(e != NULL ? (e->events |= events, true) : add(p, o, events))) return false;
    }
    return true;
}

/* select(rlist, wlist, xlist[, timeout]): the ready objects of each list;
 * timeout in seconds, None or absent for ever. */
static mp_obj_t s_select(ARGS) {
    (void)kw;
    mp_int_t timeout = -1;
    if (n > 3 && a[3] != MP_NONE) {
        double s;
        if (!mp_obj_to_double(a[3], &s)) return MP_OBJ_NULL;
        timeout = s != s || s < 0 ? -1 : s * 1000 > 2e9 ? 2000000000 : (mp_int_t)(s * 1000);
    }
    poll_t *p = (poll_t *)s_poll_new(0, NULL, NULL);
    if (p == NULL || !add_list(p, a[0], MP_STREAM_POLL_RD) || !add_list(p, a[1], MP_STREAM_POLL_WR) ||
        !add_list(p, a[2], 0))
        return MP_OBJ_NULL;
    if (wait_ready(p, timeout) < 0) return MP_OBJ_NULL;
    mp_obj_t lists[3] = { mp_list_new(0, NULL), mp_list_new(0, NULL), mp_list_new(0, NULL) };
    static const mp_uint_t which[3] = { MP_STREAM_POLL_RD, MP_STREAM_POLL_WR, ALWAYS };
    for (int k = 0; k < 3; k++) {
        if (lists[k] == MP_OBJ_NULL) return MP_OBJ_NULL;
        for (size_t i = 0; i < p->len; i++)
            if ((p->entries[i].revents & which[k]) && !mp_list_append(lists[k], p->entries[i].obj)) return MP_OBJ_NULL;
    }
    return mp_tuple_new(3, lists);
}

static const mp_builtin_t select_fns[] = {
    MP_FN("poll", s_poll_new, 0, 0),
    MP_FN("select", s_select, 3, 4),
};

bool mp_modselect_fill(mp_dict_t *g) {
    return mp_mod_add_fns(g, select_fns, MP_N(select_fns)) &&
        mp_mod_set(g, "POLLIN", mp_small_int(MP_STREAM_POLL_RD)) &&
        mp_mod_set(g, "POLLOUT", mp_small_int(MP_STREAM_POLL_WR)) &&
        mp_mod_set(g, "POLLERR", mp_small_int(MP_STREAM_POLL_ERR)) &&
        mp_mod_set(g, "POLLHUP", mp_small_int(MP_STREAM_POLL_HUP));
}
