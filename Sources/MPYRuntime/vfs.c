/* The virtual file system: which file system holds a path. A table of
 * mounts (path, file-system object), the current directory, and path
 * resolution (relative to the current directory, "." and ".." folded,
 * the longest mount point wins), as MicroPython's extmod/vfs.c. The port
 * gives the file system mounted at "/" on first use: the real one on the
 * host, littlefs on a RAM disk on the boards. */
#include "mpy/vfs.h"
#include "mpy/modutil.h"
#include "mpy/stream.h"

/* mp_state.vfs is a list: [mounts (list of (path, fs) tuples), cwd (str)]. */
static mp_list_t *state(void) {
    if (mp_state.vfs != MP_OBJ_NULL) return (mp_list_t *)mp_state.vfs;
    mp_obj_t items[2] = { mp_list_new(0, NULL), mp_str_from_cstr("/") };
    if (items[0] == MP_OBJ_NULL || items[1] == MP_OBJ_NULL) return NULL;
    mp_obj_t st = mp_list_new(2, items);
    if (st == MP_OBJ_NULL) return NULL;
    mp_state.vfs = st;
    mp_obj_t fs = MP_OBJ_NULL, cwd = MP_OBJ_NULL;
    if (!mp_port_vfs_root(&fs, &cwd)) {
        mp_state.vfs = MP_OBJ_NULL;
        return NULL;
    }
    if (fs != MP_OBJ_NULL) {
        mp_obj_t root = mp_str_from_cstr("/");
        if (root == MP_OBJ_NULL || mp_vfs_mount(fs, root, false, false) == MP_OBJ_NULL) {
            mp_state.vfs = MP_OBJ_NULL;
            return NULL;
        }
    }
    if (cwd != MP_OBJ_NULL) ((mp_list_t *)st)->items[1] = cwd;
    return (mp_list_t *)st;
}

static mp_list_t *mounts(mp_list_t *st) { return (mp_list_t *)st->items[0]; }

bool mp_vfs_check(int err) {
    if (err == 0) return true;
    if (err > 0) mp_raise_errno(err);
    return false;
}

bool mp_vfs_readonly(const mp_vfs_fs_t *fs) {
    if (!fs->readonly) return false;
    mp_raise_errno(MP_EROFS);
    return true;
}

char *mp_vfs_normalise(mp_obj_t cwd_obj, mp_obj_t path, size_t *len_out) {
    if (mp_type_of(path) != &mp_type_str) {
        mp_raise_fmt(&mp_type_TypeError, "expected str, got %s", mp_type_of(path)->name);
        return NULL;
    }
    size_t pl, cl;
    const char *p = mp_str_data(path, &pl);
    const char *cwd = mp_str_data(cwd_obj, &cl);
    if (pl == 0) {
        mp_raise_errno(MP_ENOENT);
        return NULL;
    }
    bool absolute = p[0] == '/';
    size_t cap = (absolute ? 0 : cl) + pl + 2;
    char *out = mp_alloc(cap);
    if (out == NULL) return NULL;
    size_t len = 0;
    /* Components of cwd (when relative) then of path. */
    for (int part = absolute ? 1 : 0; part < 2; part++) {
        const char *s = part ? p : cwd;
        size_t n = part ? pl : cl, i = 0;
        while (i < n) {
            while (i < n && s[i] == '/') i++;
            size_t start = i;
            while (i < n && s[i] != '/') i++;
            size_t cn = i - start;
            if (cn == 0 || (cn == 1 && s[start] == '.')) continue;
            if (cn == 2 && s[start] == '.' && s[start + 1] == '.') {
                while (len > 0 && out[len - 1] != '/') len--;
                if (len > 0) len--;
                continue;
            }
            out[len++] = '/';
            __builtin_memcpy(out + len, s + start, cn);
            len += cn;
        }
    }
    if (len == 0) out[len++] = '/';
    out[len] = 0;
    *len_out = len;
    return out;
}

/* The mount holding abs (longest prefix at a component boundary); -1 if none. */
static mp_int_t find_mount(mp_list_t *st, const char *abs, size_t len, size_t *prefix) {
    mp_list_t *m = mounts(st);
    mp_int_t best = -1;
    size_t best_len = 0;
    for (size_t i = 0; i < m->len; i++) {
        size_t ml;
        const char *mp = mp_str_data(((mp_tuple_t *)m->items[i])->items[0], &ml);
        bool match = ml == 1 ? true : ml <= len && __builtin_memcmp(mp, abs, ml) == 0 && (len == ml || abs[ml] == '/');
        if (match && (best < 0 || ml > best_len)) {
            best = (mp_int_t)i;
            best_len = ml;
        }
    }
    *prefix = best_len == 1 ? 0 : best_len;
    return best;
}

bool mp_vfs_resolve(mp_obj_t path, mp_vfs_path_t *out) {
    mp_list_t *st = state();
    if (st == NULL) return false;
    size_t len;
    char *abs = mp_vfs_normalise(st->items[1], path, &len);
    if (abs == NULL) return false;
    size_t prefix;
    mp_int_t i = find_mount(st, abs, len, &prefix);
    if (i < 0) {
        /* No file system holds it: ENODEV, as MicroPython. */
        mp_raise_errno(MP_ENODEV);
        return false;
    }
    out->fs = (mp_vfs_fs_t *)((mp_tuple_t *)mounts(st)->items[i])->items[1];
    out->path = abs + prefix;
    if (out->path[0] == 0) out->path = "/";
    return true;
}

static bool is_fs(mp_obj_t fs) {
    const mp_type_t *t = mp_type_of(fs);
    for (; t != NULL; t = t->parent) {
        if (t == &mp_type_vfs_lfs2) return true;
#ifdef __x86_64__
        if (t == &mp_type_vfs_posix) return true;
#endif
    }
    return false;
}

mp_obj_t mp_vfs_mount(mp_obj_t fs, mp_obj_t path, bool readonly, bool mkfs) {
    mp_list_t *st = state();
    if (st == NULL) return MP_OBJ_NULL;
    if (!is_fs(fs)) return mp_raise_fmt(&mp_type_TypeError, "'%s' object is not a file system", mp_type_of(fs)->name);
    size_t len;
    char *abs = mp_vfs_normalise(st->items[1], path, &len);
    if (abs == NULL) return MP_OBJ_NULL;
    mp_list_t *m = mounts(st);
    for (size_t i = 0; i < m->len; i++) {
        mp_tuple_t *t = (mp_tuple_t *)m->items[i];
        size_t ml;
        const char *mp = mp_str_data(t->items[0], &ml);
        if ((ml == len && __builtin_memcmp(mp, abs, len) == 0) || t->items[1] == fs) return mp_raise_errno(MP_EPERM);
    }
    mp_vfs_fs_t *f = (mp_vfs_fs_t *)fs;
    if (!mp_vfs_check(f->driver->mount(fs, readonly, mkfs))) return MP_OBJ_NULL;
    f->readonly = readonly;
    mp_obj_t items[2] = { mp_str_new(abs, len), fs };
    if (items[0] == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t t = mp_tuple_new(2, items);
    if (t == MP_OBJ_NULL || !mp_list_append((mp_obj_t)m, t)) return MP_OBJ_NULL;
    return MP_NONE;
}

mp_obj_t mp_vfs_umount(mp_obj_t target) {
    mp_list_t *st = state();
    if (st == NULL) return MP_OBJ_NULL;
    mp_list_t *m = mounts(st);
    size_t len = 0;
    char *abs = NULL;
    if (mp_type_of(target) == &mp_type_str && (abs = mp_vfs_normalise(st->items[1], target, &len)) == NULL)
        return MP_OBJ_NULL;
    for (size_t i = 0; i < m->len; i++) {
        mp_tuple_t *t = (mp_tuple_t *)m->items[i];
        size_t ml;
        const char *mp = mp_str_data(t->items[0], &ml);
        if (abs != NULL ? ml == len && __builtin_memcmp(mp, abs, len) == 0 : t->items[1] == target) {
            mp_vfs_fs_t *f = (mp_vfs_fs_t *)t->items[1];
            if (!mp_vfs_check(f->driver->umount((mp_obj_t)f))) return MP_OBJ_NULL;
            for (size_t j = i + 1; j < m->len; j++) m->items[j - 1] = m->items[j];
            m->items[--m->len] = MP_OBJ_NULL;
            return MP_NONE;
        }
    }
    return mp_raise_errno(MP_EINVAL);
}

mp_obj_t mp_vfs_mounts(void) {
    mp_list_t *st = state();
    if (st == NULL) return MP_OBJ_NULL;
    mp_list_t *m = mounts(st);
    mp_obj_t out = mp_list_new(0, NULL);
    for (size_t i = 0; out != MP_OBJ_NULL && i < m->len; i++) {
        mp_tuple_t *t = (mp_tuple_t *)m->items[i];
        mp_obj_t items[2] = { t->items[1], t->items[0] };
        mp_obj_t pair = mp_tuple_new(2, items);
        if (pair == MP_OBJ_NULL || !mp_list_append(out, pair)) return MP_OBJ_NULL;
    }
    return out;
}

mp_obj_t mp_vfs_getcwd(void) {
    mp_list_t *st = state();
    return st == NULL ? MP_OBJ_NULL : st->items[1];
}

mp_obj_t mp_vfs_chdir(mp_obj_t path) {
    mp_list_t *st = state();
    if (st == NULL) return MP_OBJ_NULL;
    size_t len;
    char *abs = mp_vfs_normalise(st->items[1], path, &len);
    if (abs == NULL) return MP_OBJ_NULL;
    mp_obj_t s = mp_str_new(abs, len);
    if (s == MP_OBJ_NULL) return s;
    mp_vfs_path_t p;
    if (!mp_vfs_resolve(s, &p)) return MP_OBJ_NULL;
    mp_vfs_stat_t info;
    if (!mp_vfs_check(p.fs->driver->stat((mp_obj_t)p.fs, p.path, &info))) return MP_OBJ_NULL;
    if (!(info.mode & MP_VFS_S_IFDIR)) return mp_raise_errno(MP_ENOTDIR);
    st->items[1] = s;
    return MP_NONE;
}

int mp_vfs_listdir(mp_obj_t path, mp_vfs_each_t each, void *ctx, bool *root_listed) {
    mp_list_t *st = state();
    if (st == NULL) return -1;
    if (path == MP_OBJ_NULL) path = st->items[1];
    size_t len;
    char *abs = mp_vfs_normalise(st->items[1], path, &len);
    if (abs == NULL) return -1;
    size_t prefix;
    mp_int_t i = find_mount(st, abs, len, &prefix);
    if (root_listed) *root_listed = false;
    if (i < 0) {
        if (len != 1) return MP_ENODEV;
        /* No file system at "/": its entries are the mount points. */
        mp_list_t *m = mounts(st);
        for (size_t k = 0; k < m->len; k++) {
            size_t ml;
            const char *mp = mp_str_data(((mp_tuple_t *)m->items[k])->items[0], &ml);
            if (!each(ctx, mp + 1, ml - 1, MP_VFS_S_IFDIR, -1)) return -1;
        }
        if (root_listed) *root_listed = true;
        return 0;
    }
    mp_vfs_fs_t *fs = (mp_vfs_fs_t *)((mp_tuple_t *)mounts(st)->items[i])->items[1];
    const char *p = abs + prefix;
    if (p[0] == 0) p = "/";
    return fs->driver->listdir((mp_obj_t)fs, p, each, ctx);
}
