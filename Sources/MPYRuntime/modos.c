/* The os module (MicroPython 1.29's): files and directories through the
 * VFS (mpy/vfs.h) — listdir, ilistdir, mkdir, rmdir, remove/unlink,
 * rename, stat, statvfs, getcwd, chdir, sync, mount, umount — plus sep,
 * uname, and urandom where the port has a random source (the host; the
 * QEMU boards have none, so os has no urandom there, as MicroPython's
 * firmware for them). */
#include "mpy/modutil.h"
#include "mpy/stream.h"
#include "mpy/vfs.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw

#if defined(__x86_64__)
#define MACHINE "x86-64"
#elif defined(__ARM_ARCH_7EM__)
#define MACHINE "armv7emsp"
#else
#define MACHINE "armv7m"
#endif

/* A path argument resolved; false with an exception raised. */
static bool path_arg(mp_obj_t p, mp_vfs_path_t *out) { return mp_vfs_resolve(p, out); }

typedef int (*path_op_t)(mp_obj_t fs, const char *path);

static mp_obj_t path_call(mp_obj_t path, size_t op_offset, bool writes) {
    mp_vfs_path_t p;
    if (!path_arg(path, &p)) return MP_OBJ_NULL;
    if (writes && mp_vfs_readonly(p.fs)) return MP_OBJ_NULL;
    path_op_t op = *(const path_op_t *)((const char *)p.fs->driver + op_offset);
    return mp_vfs_check(op((mp_obj_t)p.fs, p.path)) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t os_mkdir(ARGS) {
    (void)n;
    (void)kw;
    return path_call(a[0], __builtin_offsetof(mp_vfs_driver_t, mkdir), true);
}
static mp_obj_t os_rmdir(ARGS) {
    (void)n;
    (void)kw;
    return path_call(a[0], __builtin_offsetof(mp_vfs_driver_t, rmdir), true);
}
static mp_obj_t os_remove(ARGS) {
    (void)n;
    (void)kw;
    return path_call(a[0], __builtin_offsetof(mp_vfs_driver_t, remove), true);
}

static mp_obj_t os_rename(ARGS) {
    (void)n;
    (void)kw;
    mp_vfs_path_t from, to;
    if (!path_arg(a[0], &from) || !path_arg(a[1], &to)) return MP_OBJ_NULL;
    if (from.fs != to.fs) return mp_raise_errno(MP_EINVAL);
    if (mp_vfs_readonly(from.fs)) return MP_OBJ_NULL;
    return mp_vfs_check(from.fs->driver->rename((mp_obj_t)from.fs, from.path, to.path)) ? MP_NONE : MP_OBJ_NULL;
}

static mp_obj_t int_tuple(size_t count, const int64_t *v) {
    mp_obj_t items[10];
    for (size_t i = 0; i < count; i++)
        if ((items[i] = mp_int_from_i64(v[i])) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_tuple_new(count, items);
}

static mp_obj_t os_stat(ARGS) {
    (void)n;
    (void)kw;
    mp_vfs_path_t p;
    mp_vfs_stat_t st = { 0, 0, 0 };
    if (!path_arg(a[0], &p) || !mp_vfs_check(p.fs->driver->stat((mp_obj_t)p.fs, p.path, &st))) return MP_OBJ_NULL;
    /* mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime */
    int64_t v[10] = { st.mode, 0, 0, 0, 0, 0, st.size, st.mtime, st.mtime, st.mtime };
    return int_tuple(10, v);
}

static mp_obj_t os_statvfs(ARGS) {
    (void)n;
    (void)kw;
    mp_vfs_path_t p;
    mp_vfs_statvfs_t s = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    if (!path_arg(a[0], &p) || !mp_vfs_check(p.fs->driver->statvfs((mp_obj_t)p.fs, p.path, &s))) return MP_OBJ_NULL;
    int64_t v[10] = { (int64_t)s.bsize, (int64_t)s.frsize, (int64_t)s.blocks, (int64_t)s.bfree, (int64_t)s.bavail,
        (int64_t)s.files, (int64_t)s.ffree, (int64_t)s.favail, (int64_t)s.flag, (int64_t)s.namemax };
    return int_tuple(10, v);
}

typedef struct {
    mp_obj_t list;
    bool tuples;
} collect_t;

static bool collect(void *ctx, const char *name, size_t len, uint32_t mode, int64_t size) {
    collect_t *c = ctx;
    mp_obj_t s = mp_str_new(name, len);
    if (s == MP_OBJ_NULL) return false;
    if (c->tuples) {
        mp_obj_t items[4] = { s, mp_small_int((mp_int_t)(mode & 0xF000)), mp_small_int(0), mp_int_from_i64(size) };
        if (items[3] == MP_OBJ_NULL) return false;
        s = mp_tuple_new(size < 0 ? 3 : 4, items);
        if (s == MP_OBJ_NULL) return false;
    }
    return mp_list_append(c->list, s);
}

static mp_obj_t list_dir(size_t n, const mp_obj_t *a, bool tuples) {
    collect_t c = { mp_list_new(0, NULL), tuples };
    if (c.list == MP_OBJ_NULL) return MP_OBJ_NULL;
    int e = mp_vfs_listdir(n > 0 ? a[0] : MP_OBJ_NULL, collect, &c, NULL);
    return mp_vfs_check(e) ? c.list : MP_OBJ_NULL;
}

static mp_obj_t os_listdir(ARGS) {
    (void)kw;
    return list_dir(n, a, false);
}

/* ilistdir: an iterator of (name, type, inode) tuples. */
static mp_obj_t os_ilistdir(ARGS) {
    (void)kw;
    mp_obj_t l = list_dir(n, a, true);
    return l == MP_OBJ_NULL ? l : mp_getiter(l);
}

static mp_obj_t os_getcwd(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return mp_vfs_getcwd();
}

static mp_obj_t os_chdir(ARGS) {
    (void)n;
    (void)kw;
    return mp_vfs_chdir(a[0]);
}

static mp_obj_t os_sync(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    return MP_NONE;
}

/* mount(fs, path, *, readonly=False, mkfs=False); no argument: the mounts.
 * Also vfs.mount (modvfs.c). */
mp_obj_t mp_vfs_mount_fn(ARGS) {
    static const char *const names[] = { "readonly", "mkfs", NULL };
    if (!mp_kw_check(kw, "mount", names)) return MP_OBJ_NULL;
    if (n == 0) return mp_vfs_mounts();
    if (n < 2) return mp_raise_msg(&mp_type_TypeError, "mount() needs a file system and a path");
    mp_obj_t ro = mp_kw_get(kw, "readonly"), mk = mp_kw_get(kw, "mkfs");
    if (ro == MP_OBJ_NULL || mk == MP_OBJ_NULL) return MP_OBJ_NULL;
    int r = ro == MP_OBJ_SENTINEL ? 0 : mp_truth(ro);
    int m = mk == MP_OBJ_SENTINEL ? 0 : mp_truth(mk);
    if (r < 0 || m < 0) return MP_OBJ_NULL;
    return mp_vfs_mount(a[0], a[1], r, m);
}

mp_obj_t mp_vfs_umount_fn(ARGS) {
    (void)n;
    (void)kw;
    return mp_vfs_umount(a[0]);
}

static mp_obj_t os_uname(ARGS) {
    (void)n;
    (void)a;
    (void)kw;
    mp_obj_t name = mp_str_from_cstr("collections");
    mp_obj_t coll = name == MP_OBJ_NULL ? name : mp_import(name, MP_NONE, 0, NULL);
    mp_obj_t nt = coll == MP_OBJ_NULL ? coll : mp_load_attr(coll, mp_str_from_cstr("namedtuple"));
    if (nt == MP_OBJ_NULL) return nt;
    mp_obj_t targs[2] = { mp_str_from_cstr("uname_result"),
        mp_str_from_cstr("sysname nodename release version machine") };
    mp_obj_t type = mp_call(nt, 2, targs, NULL);
    if (type == MP_OBJ_NULL) return type;
    mp_obj_t f[5] = { mp_str_from_cstr(MPY_PLATFORM), mp_str_from_cstr(MPY_PLATFORM), mp_str_from_cstr("1.29.0"),
        mp_str_from_cstr("v1.29.0 (mpy-native)"), mp_str_from_cstr(MACHINE) };
    for (int i = 0; i < 5; i++)
        if (f[i] == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_call(type, 5, f, NULL);
}

#ifdef __x86_64__
static mp_obj_t os_urandom(ARGS) {
    (void)n;
    (void)kw;
    mp_int_t size;
    if (!mp_arg_ssize(a[0], &size)) return MP_OBJ_NULL;
    if (size < 0) return mp_raise_msg(&mp_type_ValueError, "negative argument not allowed");
    char *buf = mp_alloc((size_t)size + 1);
    if (buf == NULL) return MP_OBJ_NULL;
    if (!mp_port_urandom(buf, (size_t)size)) return mp_raise_errno(MP_EIO);
    return mp_bytes_new(buf, (size_t)size);
}
#endif

static const mp_builtin_t os_fns[] = {
    MP_FN("listdir", os_listdir, 0, 1),
    MP_FN("ilistdir", os_ilistdir, 0, 1),
    MP_FN("mkdir", os_mkdir, 1, 1),
    MP_FN("rmdir", os_rmdir, 1, 1),
    MP_FN("remove", os_remove, 1, 1),
    MP_FN("unlink", os_remove, 1, 1),
    MP_FN("rename", os_rename, 2, 2),
    MP_FN("stat", os_stat, 1, 1),
    MP_FN("statvfs", os_statvfs, 1, 1),
    MP_FN("getcwd", os_getcwd, 0, 0),
    MP_FN("chdir", os_chdir, 1, 1),
    MP_FN("sync", os_sync, 0, 0),
    MP_FN_KW("mount", mp_vfs_mount_fn, 0, 2),
    MP_FN("umount", mp_vfs_umount_fn, 1, 1),
    MP_FN("uname", os_uname, 0, 0),
#ifdef __x86_64__
    MP_FN("urandom", os_urandom, 1, 1),
#endif
};

bool mp_modos_fill(mp_dict_t *g) {
    if (!mp_mod_add_fns(g, os_fns, MP_N(os_fns)) || !mp_mod_set(g, "sep", mp_str_from_cstr("/"))) return false;
    if (!mp_mod_set(g, "VfsLfs2", (mp_obj_t)&mp_type_vfs_lfs2)) return false;
#ifdef __x86_64__
    if (!mp_mod_set(g, "VfsPosix", (mp_obj_t)&mp_type_vfs_posix)) return false;
#endif
    return true;
}
