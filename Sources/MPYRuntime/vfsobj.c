/* The methods of file-system objects (VfsLfs2, VfsPosix), as MicroPython's
 * VFS classes have them: the file system used directly, mounted or not
 * (vfs.mount calls its mount/umount methods' drivers itself). Paths are
 * the file system's own, relative to its own current directory. */
#include "mpy/modutil.h"
#include "mpy/stream.h"
#include "mpy/vfs.h"

#define ARGS size_t n, const mp_obj_t *a, mp_dict_t *kw
#define FS ((mp_vfs_fs_t *)a[0])

static mp_obj_t cwd_of(mp_vfs_fs_t *fs) {
    if (fs->cwd == MP_OBJ_NULL) fs->cwd = mp_str_from_cstr("/");
    return fs->cwd;
}

/* A str or bytes path argument, absolute in the file system. */
static char *path_of(mp_vfs_fs_t *fs, mp_obj_t p, bool *bytes) {
    if (bytes) *bytes = false;
    if (mp_type_of(p) == &mp_type_bytes) {
        const uint8_t *d;
        size_t len;
        mp_get_buffer(p, &d, &len);
        p = mp_str_new((const char *)d, len);
        if (p == MP_OBJ_NULL) return NULL;
        if (bytes) *bytes = true;
    }
    mp_obj_t cwd = cwd_of(fs);
    size_t len;
    return cwd == MP_OBJ_NULL ? NULL : mp_vfs_normalise(cwd, p, &len);
}

static mp_obj_t done(int err) { return mp_vfs_check(err) ? MP_NONE : MP_OBJ_NULL; }

static mp_obj_t m_open(ARGS) {
    (void)n;
    (void)kw;
    char *p = path_of(FS, a[1], NULL);
    return p == NULL ? MP_OBJ_NULL : mp_vfs_open(FS, p, a[1], a[2]);
}

typedef struct {
    mp_obj_t list;
    bool bytes;
} entries_t;

static bool add_entry(void *ctx, const char *name, size_t len, uint32_t mode, int64_t size) {
    entries_t *e = ctx;
    mp_obj_t items[4] = { e->bytes ? mp_bytes_new(name, len) : mp_str_new(name, len), mp_small_int((mp_int_t)mode),
        mp_small_int(0), mp_int_from_i64(size) };
    if (items[0] == MP_OBJ_NULL || items[3] == MP_OBJ_NULL) return false;
    mp_obj_t t = mp_tuple_new(size < 0 ? 3 : 4, items);
    return t != MP_OBJ_NULL && mp_list_append(e->list, t);
}

static mp_obj_t m_ilistdir(ARGS) {
    (void)kw;
    entries_t e = { mp_list_new(0, NULL), false };
    char *p = n > 1 ? path_of(FS, a[1], &e.bytes) : path_of(FS, cwd_of(FS), NULL);
    if (p == NULL || e.list == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (!mp_vfs_check(FS->driver->listdir(a[0], p, add_entry, &e))) return MP_OBJ_NULL;
    return mp_getiter(e.list);
}

typedef int (*path_op_t)(mp_obj_t fs, const char *path);
static mp_obj_t path_op(const mp_obj_t *a, path_op_t op) {
    char *p = path_of(FS, a[1], NULL);
    if (p == NULL || mp_vfs_readonly(FS)) return MP_OBJ_NULL;
    return done(op(a[0], p));
}
static mp_obj_t m_mkdir(ARGS) {
    (void)n;
    (void)kw;
    return path_op(a, FS->driver->mkdir);
}
static mp_obj_t m_rmdir(ARGS) {
    (void)n;
    (void)kw;
    return path_op(a, FS->driver->rmdir);
}
static mp_obj_t m_remove(ARGS) {
    (void)n;
    (void)kw;
    return path_op(a, FS->driver->remove);
}

static mp_obj_t m_rename(ARGS) {
    (void)n;
    (void)kw;
    char *from = path_of(FS, a[1], NULL), *to = from ? path_of(FS, a[2], NULL) : NULL;
    if (to == NULL || mp_vfs_readonly(FS)) return MP_OBJ_NULL;
    return done(FS->driver->rename(a[0], from, to));
}

static mp_obj_t ints(size_t count, const int64_t *v) {
    mp_obj_t items[10];
    for (size_t i = 0; i < count; i++)
        if ((items[i] = mp_int_from_i64(v[i])) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_tuple_new(count, items);
}

static mp_obj_t m_stat(ARGS) {
    (void)n;
    (void)kw;
    char *p = path_of(FS, a[1], NULL);
    mp_vfs_stat_t st = { 0, 0, 0 };
    if (p == NULL || !mp_vfs_check(FS->driver->stat(a[0], p, &st))) return MP_OBJ_NULL;
    int64_t v[10] = { st.mode, 0, 0, 0, 0, 0, st.size, st.mtime, st.mtime, st.mtime };
    return ints(10, v);
}

static mp_obj_t m_statvfs(ARGS) {
    (void)n;
    (void)kw;
    char *p = path_of(FS, a[1], NULL);
    mp_vfs_statvfs_t s = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    if (p == NULL || !mp_vfs_check(FS->driver->statvfs(a[0], p, &s))) return MP_OBJ_NULL;
    int64_t v[10] = { (int64_t)s.bsize, (int64_t)s.frsize, (int64_t)s.blocks, (int64_t)s.bfree, (int64_t)s.bavail,
        (int64_t)s.files, (int64_t)s.ffree, (int64_t)s.favail, (int64_t)s.flag, (int64_t)s.namemax };
    return ints(10, v);
}

static mp_obj_t m_chdir(ARGS) {
    (void)n;
    (void)kw;
    char *p = path_of(FS, a[1], NULL);
    mp_vfs_stat_t st;
    if (p == NULL || !mp_vfs_check(FS->driver->stat(a[0], p, &st))) return MP_OBJ_NULL;
    if (!(st.mode & MP_VFS_S_IFDIR)) return mp_raise_errno(MP_ENOTDIR);
    mp_obj_t s = mp_str_from_cstr(p);
    if (s == MP_OBJ_NULL) return s;
    FS->cwd = s;
    return MP_NONE;
}

static mp_obj_t m_getcwd(ARGS) {
    (void)n;
    (void)kw;
    return cwd_of(FS);
}

/* mount(readonly, mkfs) and umount(): what vfs.mount does to the file
 * system itself. */
static mp_obj_t m_mount(ARGS) {
    (void)n;
    (void)kw;
    int ro = mp_truth(a[1]), mk = mp_truth(a[2]);
    if (ro < 0 || mk < 0) return MP_OBJ_NULL;
    FS->readonly = ro;
    return done(FS->driver->mount(a[0], ro, mk));
}

static mp_obj_t m_umount(ARGS) {
    (void)n;
    (void)kw;
    return done(FS->driver->umount(a[0]));
}

const mp_method_t mp_vfs_fs_methods[] = {
    MP_METHOD("open", m_open, 3, 3),
    MP_METHOD("ilistdir", m_ilistdir, 1, 2),
    MP_METHOD("mkdir", m_mkdir, 2, 2),
    MP_METHOD("rmdir", m_rmdir, 2, 2),
    MP_METHOD("remove", m_remove, 2, 2),
    MP_METHOD("rename", m_rename, 3, 3),
    MP_METHOD("stat", m_stat, 2, 2),
    MP_METHOD("statvfs", m_statvfs, 2, 2),
    MP_METHOD("chdir", m_chdir, 2, 2),
    MP_METHOD("getcwd", m_getcwd, 1, 1),
    MP_METHOD("mount", m_mount, 3, 3),
    MP_METHOD("umount", m_umount, 1, 1),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

/* The base of the built-in file-system types, giving them these methods. */
const mp_type_t mp_type_vfs_base = {
    .base = { &mp_type_type }, .name = "Vfs", .parent = &mp_type_object, .methods = mp_vfs_fs_methods
};
