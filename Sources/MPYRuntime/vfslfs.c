/* VfsLfs2: littlefs v2 (built from littlefs's own sources, installed by
 * scripts/bootstrap.sh; the driver defines MPY_HAVE_LITTLEFS when it
 * compiles them in) as a VFS driver, over a block device that is either a
 * Python object with MicroPython's block-device methods (readblocks(n,
 * buf, off), writeblocks(n, buf, off), ioctl(op, arg)) or a built-in RAM
 * region (the boards' root file system). All buffers are GC memory held
 * by the file-system object; open files stay referenced by it until
 * closed, since littlefs links them into its own lists. */
#include "mpy/modutil.h"
#include "mpy/stream.h"
#include "mpy/vfs.h"

#ifndef MPY_HAVE_LITTLEFS

static mp_obj_t lfs2_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    (void)n;
    (void)args;
    (void)kw;
    return mp_raise_msg(&mp_type_OSError, "littlefs is not installed (scripts/bootstrap.sh installs it)");
}
const mp_type_t mp_type_vfs_lfs2 = {
    .base = { &mp_type_type }, .name = "VfsLfs2", .parent = &mp_type_object, .make_new = lfs2_make_new
};
mp_obj_t mp_vfs_lfs2_new_ram(void *mem, uint32_t block_size, uint32_t blocks) {
    (void)mem;
    (void)block_size;
    (void)blocks;
    return lfs2_make_new(NULL, 0, NULL, NULL);
}

#else

#include "lfs.h"

typedef struct {
    mp_vfs_fs_t fs;
    mp_obj_t bdev; /* a Python block device, or MP_OBJ_NULL for ram */
    uint8_t *ram;
    mp_obj_t open_files; /* list of handles */
    mp_obj_t bounce; /* bytearray for the Python block device */
    bool mounted, format_if_needed;
    lfs_t lfs;
    struct lfs_config cfg;
} lfs_fs_t;

typedef struct {
    lfs_file_t file;
    struct lfs_file_config cfg;
    lfs_fs_t *fs;
    int flags; /* MP_VFS_READ / MP_VFS_WRITE (littlefs checks them only by assert) */
} handle_t;

/* ---- the block device ---- */

static mp_obj_t call(mp_obj_t o, const char *name, size_t n, mp_obj_t *args) {
    mp_obj_t k = mp_str_from_cstr(name);
    mp_obj_t f = k == MP_OBJ_NULL ? k : mp_load_attr(o, k);
    return f == MP_OBJ_NULL ? f : mp_call(f, n, args, NULL);
}

/* A bytearray of `size` bytes, reused. */
static mp_obj_t bounce(lfs_fs_t *fs, size_t size) {
    const uint8_t *d;
    size_t len;
    if (fs->bounce != MP_OBJ_NULL && mp_get_buffer(fs->bounce, &d, &len) && len == size) return fs->bounce;
    mp_obj_t arg = mp_small_int((mp_int_t)size);
    fs->bounce = mp_call((mp_obj_t)&mp_type_bytearray, 1, &arg, NULL);
    return fs->bounce;
}

static int bd_read(const struct lfs_config *c, lfs_block_t block, lfs_off_t off, void *buffer, lfs_size_t size) {
    lfs_fs_t *fs = c->context;
    if (fs->ram) {
        __builtin_memcpy(buffer, fs->ram + (size_t)block * c->block_size + off, size);
        return 0;
    }
    mp_obj_t buf = bounce(fs, size);
    if (buf == MP_OBJ_NULL) return LFS_ERR_IO;
    mp_obj_t args[3] = { mp_small_int((mp_int_t)block), buf, mp_small_int((mp_int_t)off) };
    if (call(fs->bdev, "readblocks", 3, args) == MP_OBJ_NULL) return LFS_ERR_IO;
    const uint8_t *d;
    size_t len;
    mp_get_buffer(buf, &d, &len);
    __builtin_memcpy(buffer, d, size);
    return 0;
}

static int bd_prog(const struct lfs_config *c, lfs_block_t block, lfs_off_t off, const void *buffer, lfs_size_t size) {
    lfs_fs_t *fs = c->context;
    if (fs->ram) {
        __builtin_memcpy(fs->ram + (size_t)block * c->block_size + off, buffer, size);
        return 0;
    }
    mp_obj_t buf = bounce(fs, size);
    if (buf == MP_OBJ_NULL) return LFS_ERR_IO;
    const uint8_t *d;
    size_t len;
    mp_get_buffer(buf, &d, &len);
    __builtin_memcpy((uint8_t *)d, buffer, size);
    mp_obj_t args[3] = { mp_small_int((mp_int_t)block), buf, mp_small_int((mp_int_t)off) };
    return call(fs->bdev, "writeblocks", 3, args) == MP_OBJ_NULL ? LFS_ERR_IO : 0;
}

/* ioctl(op, arg) of a Python block device: its int answer (None: 0). */
static int bd_ioctl(lfs_fs_t *fs, int op, mp_int_t arg, mp_int_t *out) {
    mp_obj_t args[2] = { mp_small_int(op), mp_small_int(arg) };
    mp_obj_t r = call(fs->bdev, "ioctl", 2, args);
    if (r == MP_OBJ_NULL) return LFS_ERR_IO;
    *out = 0;
    if (r != MP_NONE && !mp_arg_int(r, out)) return LFS_ERR_IO;
    return 0;
}

static int bd_erase(const struct lfs_config *c, lfs_block_t block) {
    lfs_fs_t *fs = c->context;
    if (fs->ram) {
        __builtin_memset(fs->ram + (size_t)block * c->block_size, 0xFF, c->block_size);
        return 0;
    }
    mp_int_t r;
    return bd_ioctl(fs, 6, (mp_int_t)block, &r) ? LFS_ERR_IO : 0; /* BLOCK_ERASE */
}

static int bd_sync(const struct lfs_config *c) {
    lfs_fs_t *fs = c->context;
    mp_int_t r;
    return fs->ram || bd_ioctl(fs, 3, 0, &r) == 0 ? 0 : LFS_ERR_IO; /* SYNC */
}

/* A littlefs result as an errno value (-1: a Python exception is pending). */
static int err_of(int r) {
    if (r >= 0) return 0;
    if (mp_state.exc != MP_OBJ_NULL) return -1;
    return r == LFS_ERR_CORRUPT ? MP_EIO : -r;
}

/* Sets up cfg and buffers; false with an exception raised. */
static bool configure(lfs_fs_t *fs, uint32_t block_size, uint32_t blocks, uint32_t read, uint32_t prog, uint32_t look) {
    struct lfs_config *c = &fs->cfg;
    c->context = fs;
    c->read = bd_read;
    c->prog = bd_prog;
    c->erase = bd_erase;
    c->sync = bd_sync;
    c->read_size = read;
    c->prog_size = prog;
    c->block_size = block_size;
    c->block_count = blocks;
    c->block_cycles = 100;
    /* As MicroPython's VfsLfs2, so that the same device fills alike. */
    c->cache_size = 4 * (read > prog ? read : prog);
    if (c->cache_size > block_size) c->cache_size = block_size;
    c->lookahead_size = look;
    if ((c->read_buffer = mp_alloc(c->cache_size)) == NULL || (c->prog_buffer = mp_alloc(c->cache_size)) == NULL ||
        (c->lookahead_buffer = mp_alloc(look)) == NULL)
        return false;
    return (fs->open_files = mp_list_new(0, NULL)) != MP_OBJ_NULL;
}

/* ---- the driver ---- */

static lfs_fs_t *fs_of(mp_obj_t fs) { return (lfs_fs_t *)fs; }

static int l_open(mp_obj_t fso, const char *path, int flags, void **file) {
    lfs_fs_t *fs = fs_of(fso);
    handle_t *h = mp_alloc(sizeof *h);
    if (h == NULL || (h->cfg.buffer = mp_alloc(fs->cfg.cache_size)) == NULL) return -1;
    h->fs = fs;
    h->flags = flags;
    int o = (flags & MP_VFS_READ) && (flags & MP_VFS_WRITE) ? LFS_O_RDWR
        : (flags & MP_VFS_WRITE)                            ? LFS_O_WRONLY
                                                            : LFS_O_RDONLY;
    if (flags & MP_VFS_CREATE) o |= LFS_O_CREAT;
    if (flags & MP_VFS_TRUNC) o |= LFS_O_TRUNC;
    if (flags & MP_VFS_APPEND) o |= LFS_O_APPEND;
    if (flags & MP_VFS_EXCL) o |= LFS_O_EXCL;
    if (!mp_list_append(fs->open_files, (mp_obj_t)h)) return -1;
    int r = err_of(lfs_file_opencfg(&fs->lfs, &h->file, path, o, &h->cfg));
    if (r != 0) {
        mp_list_t *l = (mp_list_t *)fs->open_files;
        l->items[--l->len] = MP_OBJ_NULL;
        return r;
    }
    *file = h;
    return 0;
}

static mp_int_t l_read(void *file, void *buf, size_t n, int *err) {
    handle_t *h = file;
    if (!(h->flags & MP_VFS_READ)) return (*err = MP_EBADF, MP_STREAM_ERROR);
    lfs_ssize_t r = lfs_file_read(&h->fs->lfs, &h->file, buf, (lfs_size_t)n);
    if (r < 0) return (*err = err_of((int)r), MP_STREAM_ERROR);
    return r;
}

static mp_int_t l_write(void *file, const void *buf, size_t n, int *err) {
    handle_t *h = file;
    if (!(h->flags & MP_VFS_WRITE)) return (*err = MP_EBADF, MP_STREAM_ERROR);
    lfs_ssize_t r = lfs_file_write(&h->fs->lfs, &h->file, buf, (lfs_size_t)n);
    if (r < 0) return (*err = err_of((int)r), MP_STREAM_ERROR);
    return r;
}

static int l_seek(void *file, int64_t *offset, int whence) {
    handle_t *h = file;
    lfs_soff_t r = lfs_file_seek(&h->fs->lfs, &h->file, (lfs_soff_t)*offset,
        whence == 0       ? LFS_SEEK_SET
            : whence == 1 ? LFS_SEEK_CUR
                          : LFS_SEEK_END);
    if (r < 0) return err_of((int)r);
    *offset = r;
    return 0;
}

static int l_flush(void *file) {
    handle_t *h = file;
    return err_of(lfs_file_sync(&h->fs->lfs, &h->file));
}

static int l_close(void *file) {
    handle_t *h = file;
    mp_list_t *l = (mp_list_t *)h->fs->open_files;
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == (mp_obj_t)h) {
            for (size_t j = i + 1; j < l->len; j++) l->items[j - 1] = l->items[j];
            l->items[--l->len] = MP_OBJ_NULL;
            break;
        }
    if (!h->fs->mounted) return 0; /* closed by umount already */
    return err_of(lfs_file_close(&h->fs->lfs, &h->file));
}

static int l_mkdir(mp_obj_t fs, const char *path) { return err_of(lfs_mkdir(&fs_of(fs)->lfs, path)); }

static int remove_kind(mp_obj_t fs, const char *path, bool dir) {
    struct lfs_info info;
    int r = err_of(lfs_stat(&fs_of(fs)->lfs, path, &info));
    if (r) return r;
    if (dir && info.type != LFS_TYPE_DIR) return MP_ENOTDIR;
    if (!dir && info.type == LFS_TYPE_DIR) return MP_EISDIR;
    return err_of(lfs_remove(&fs_of(fs)->lfs, path));
}
static int l_rmdir(mp_obj_t fs, const char *path) { return remove_kind(fs, path, true); }
static int l_remove(mp_obj_t fs, const char *path) { return remove_kind(fs, path, false); }
static int l_rename(mp_obj_t fs, const char *a, const char *b) { return err_of(lfs_rename(&fs_of(fs)->lfs, a, b)); }

static int l_stat(mp_obj_t fs, const char *path, mp_vfs_stat_t *st) {
    struct lfs_info info;
    int r = err_of(lfs_stat(&fs_of(fs)->lfs, path, &info));
    if (r) return r;
    st->mode = info.type == LFS_TYPE_DIR ? MP_VFS_S_IFDIR : MP_VFS_S_IFREG;
    st->size = info.type == LFS_TYPE_DIR ? 0 : info.size;
    st->mtime = 0;
    return 0;
}

static int l_statvfs(mp_obj_t fso, const char *path, mp_vfs_statvfs_t *st) {
    (void)path;
    lfs_fs_t *fs = fs_of(fso);
    lfs_ssize_t used = lfs_fs_size(&fs->lfs);
    if (used < 0) return err_of((int)used);
    uint64_t free = fs->cfg.block_count - (uint64_t)used;
    *st = (mp_vfs_statvfs_t){ fs->cfg.block_size, fs->cfg.block_size, fs->cfg.block_count, free, free, 0, 0, 0, 0,
        LFS_NAME_MAX };
    return 0;
}

static int l_listdir(mp_obj_t fso, const char *path, mp_vfs_each_t each, void *ctx) {
    lfs_fs_t *fs = fs_of(fso);
    lfs_dir_t dir;
    int r = err_of(lfs_dir_open(&fs->lfs, &dir, path));
    if (r) return r;
    struct lfs_info info;
    for (;;) {
        int got = lfs_dir_read(&fs->lfs, &dir, &info);
        if (got <= 0) {
            r = err_of(got);
            break;
        }
        if (__builtin_strcmp(info.name, ".") == 0 || __builtin_strcmp(info.name, "..") == 0) continue;
        bool dir = info.type == LFS_TYPE_DIR;
        if (!each(ctx, info.name, __builtin_strlen(info.name), dir ? MP_VFS_S_IFDIR : MP_VFS_S_IFREG,
                dir ? 0 : (int64_t)info.size)) {
            r = -1;
            break;
        }
    }
    lfs_dir_close(&fs->lfs, &dir);
    return r;
}

static int l_mount(mp_obj_t fso, bool readonly, bool mkfs) {
    (void)readonly;
    lfs_fs_t *fs = fs_of(fso);
    if (fs->mounted && !mkfs) return 0; /* VfsLfs2(bdev) mounted it */
    if (fs->mounted) {
        fs->mounted = false;
        lfs_unmount(&fs->lfs);
    }
    if (mkfs) {
        int r = err_of(lfs_format(&fs->lfs, &fs->cfg));
        if (r) return r;
    }
    int r = lfs_mount(&fs->lfs, &fs->cfg);
    if (r < 0 && fs->format_if_needed && mp_state.exc == MP_OBJ_NULL) {
        /* The boards' RAM disk: formatted at first boot. */
        if ((r = lfs_format(&fs->lfs, &fs->cfg)) == 0) r = lfs_mount(&fs->lfs, &fs->cfg);
    }
    if (r < 0) return err_of(r);
    fs->mounted = true;
    return 0;
}

static int l_umount(mp_obj_t fso) {
    lfs_fs_t *fs = fs_of(fso);
    mp_list_t *l = (mp_list_t *)fs->open_files;
    /* Open files are closed (their data written) first. */
    for (size_t i = 0; i < l->len; i++) lfs_file_close(&fs->lfs, &((handle_t *)l->items[i])->file);
    l->len = 0;
    fs->mounted = false;
    return err_of(lfs_unmount(&fs->lfs));
}

static const mp_vfs_driver_t lfs_driver = { l_open, l_read, l_write, l_seek, l_flush, l_close, l_mkdir, l_rmdir,
    l_remove, l_rename, l_stat, l_statvfs, l_listdir, l_mount, l_umount };

static lfs_fs_t *fs_alloc(void) {
    lfs_fs_t *fs = mp_alloc(sizeof *fs);
    if (fs == NULL) return NULL;
    fs->fs.base.type = &mp_type_vfs_lfs2;
    fs->fs.driver = &lfs_driver;
    return fs;
}

/* VfsLfs2(bdev, readsize=32, progsize=32, lookahead=32, mtime=True) and
 * mkfs with the same arguments: a file system over bdev, not mounted. */
static lfs_fs_t *from_args(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    static const char *const names[] = { "readsize", "progsize", "lookahead", "mtime", NULL };
    if (!mp_kw_check(kw, "VfsLfs2", names)) return NULL;
    if (n != 1) {
        mp_raise_msg(&mp_type_TypeError, "VfsLfs2() takes a block device");
        return NULL;
    }
    mp_int_t v[3] = { 32, 32, 32 };
    for (int i = 0; i < 3; i++) {
        mp_obj_t o = mp_kw_get(kw, names[i]);
        if (o == MP_OBJ_NULL || (o != MP_OBJ_SENTINEL && !mp_arg_int(o, &v[i]))) return NULL;
        if (v[i] <= 0) {
            mp_raise_msg(&mp_type_ValueError, "bad size");
            return NULL;
        }
    }
    lfs_fs_t *fs = fs_alloc();
    if (fs == NULL) return NULL;
    fs->bdev = a[0];
    mp_int_t count, size;
    if (bd_ioctl(fs, 4, 0, &count) || bd_ioctl(fs, 5, 0, &size)) return NULL; /* BLOCK_COUNT, BLOCK_SIZE */
    if (count < 2 || size < 128) {
        mp_raise_msg(&mp_type_ValueError, "block device too small");
        return NULL;
    }
    if (!configure(fs, (uint32_t)size, (uint32_t)count, (uint32_t)v[0], (uint32_t)v[1], (uint32_t)(v[2] + 7) / 8 * 8))
        return NULL;
    return fs;
}

/* VfsLfs2(bdev, ...) mounts littlefs at once, as MicroPython's, so that
 * its methods work before vfs.mount. */
static mp_obj_t lfs2_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    lfs_fs_t *fs = from_args(n, args, kw);
    if (fs == NULL || !mp_vfs_check(l_mount((mp_obj_t)fs, false, false))) return MP_OBJ_NULL;
    return (mp_obj_t)fs;
}

static mp_obj_t lfs2_mkfs(size_t n, const mp_obj_t *a, mp_dict_t *kw) {
    /* A class method: a[0] is the class. */
    lfs_fs_t *fs = from_args(n - 1, a + 1, kw);
    if (fs == NULL) return MP_OBJ_NULL;
    return mp_vfs_check(err_of(lfs_format(&fs->lfs, &fs->cfg))) ? MP_NONE : MP_OBJ_NULL;
}

static bool lfs2_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)self;
    (void)k;
    mp_print_str(out, "<VfsLfs2>");
    return true;
}

static const mp_method_t lfs2_methods[] = {
    MP_CLASSMETHOD_KW("mkfs", lfs2_mkfs, 2, 2),
    { NULL, { { NULL }, NULL, NULL, 0, 0, false } },
};

const mp_type_t mp_type_vfs_lfs2 = { .base = { &mp_type_type },
    .name = "VfsLfs2",
    .parent = &mp_type_vfs_base,
    .make_new = lfs2_make_new,
    .print = lfs2_print,
    .methods = lfs2_methods };

mp_obj_t mp_vfs_lfs2_new_ram(void *mem, uint32_t block_size, uint32_t blocks) {
    lfs_fs_t *fs = fs_alloc();
    if (fs == NULL) return MP_OBJ_NULL;
    fs->ram = mem;
    fs->format_if_needed = true;
    if (!configure(fs, block_size, blocks, 64, 64, 64)) return MP_OBJ_NULL;
    return (mp_obj_t)fs;
}

#endif
