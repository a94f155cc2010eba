/* The virtual file system (vfs.c): a table of mounted file systems, the
 * current directory, and the interface a file-system driver implements
 * (littlefs on block devices in vfslfs.c, the host's POSIX calls in
 * Targets/x64/vfs_posix.c). open(), os and vfs work only through it, as
 * MicroPython's extmod/vfs.c. */
#ifndef MPY_VFS_H
#define MPY_VFS_H

#include "mpy/runtime.h"

/* open() flags given to a driver. */
enum {
    MP_VFS_READ = 1,
    MP_VFS_WRITE = 2,
    MP_VFS_CREATE = 4,
    MP_VFS_TRUNC = 8,
    MP_VFS_APPEND = 16,
    MP_VFS_EXCL = 32,
};

/* st_mode type bits (POSIX's, as os.stat and ilistdir give them). */
enum { MP_VFS_S_IFDIR = 0x4000, MP_VFS_S_IFREG = 0x8000 };

typedef struct mp_vfs_stat {
    uint32_t mode;
    int64_t size;
    int64_t mtime; /* seconds since the epoch, 0 when unknown */
} mp_vfs_stat_t;

typedef struct mp_vfs_statvfs {
    uint64_t bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax;
} mp_vfs_statvfs_t;

/* One directory entry for listdir's callback (size -1 when the driver does
 * not give it: ilistdir's tuples then have 3 items, else 4, as
 * MicroPython's VfsPosix and VfsLfs2): false stops (error raised). */
typedef bool (*mp_vfs_each_t)(void *ctx, const char *name, size_t len, uint32_t mode, int64_t size);

/* A driver. Paths it receives are absolute within the file system
 * ("/" its root), NUL-terminated. Every int result is 0 or an errno value. */
typedef struct mp_vfs_driver {
    /* *file: the driver's handle, kept by the file object (GC memory). */
    int (*open)(mp_obj_t fs, const char *path, int flags, void **file);
    mp_int_t (*read)(void *file, void *buf, size_t n, int *err);
    mp_int_t (*write)(void *file, const void *buf, size_t n, int *err);
    int (*seek)(void *file, int64_t *offset, int whence); /* offset: in, then the new position */
    int (*flush)(void *file);
    int (*close)(void *file);
    int (*mkdir)(mp_obj_t fs, const char *path);
    int (*rmdir)(mp_obj_t fs, const char *path);
    int (*remove)(mp_obj_t fs, const char *path);
    int (*rename)(mp_obj_t fs, const char *from, const char *to);
    int (*stat)(mp_obj_t fs, const char *path, mp_vfs_stat_t *st);
    int (*statvfs)(mp_obj_t fs, const char *path, mp_vfs_statvfs_t *st);
    /* Calls each() per entry (not "." or ".."); an errno value, or -1 when
     * each() stopped with an exception raised. */
    int (*listdir)(mp_obj_t fs, const char *path, mp_vfs_each_t each, void *ctx);
    int (*mount)(mp_obj_t fs, bool readonly, bool mkfs);
    int (*umount)(mp_obj_t fs);
} mp_vfs_driver_t;

/* Every built-in file-system object starts so. */
typedef struct mp_vfs_fs {
    mp_obj_base_t base;
    const mp_vfs_driver_t *driver;
    bool readonly;
    mp_obj_t cwd; /* its own current directory for its methods (NULL: "/") */
} mp_vfs_fs_t;

/* The methods of a file-system object (vfsobj.c), as MicroPython's VFS
 * classes: open, ilistdir, mkdir, rmdir, remove, rename, stat, statvfs,
 * chdir, getcwd, mount, umount, with paths in the file system itself. */
extern const mp_method_t mp_vfs_fs_methods[];
extern const mp_type_t mp_type_vfs_base; /* the parent of VfsLfs2 and VfsPosix, with those methods */

/* A path resolved to its file system: the driver's path is in buf. */
typedef struct mp_vfs_path {
    mp_vfs_fs_t *fs;
    char *path; /* absolute in fs, NUL-terminated (GC memory) */
} mp_vfs_path_t;

/* Resolves a str path (relative to the current directory); false with an
 * exception raised (OSError ENOENT when no file system holds it). */
bool mp_vfs_resolve(mp_obj_t path, mp_vfs_path_t *out);
/* The normalised absolute form of a str path ("/" or "/a/b", "." and ".."
 * folded) relative to cwd (a str), in GC memory; NULL with an exception. */
char *mp_vfs_normalise(mp_obj_t cwd, mp_obj_t path, size_t *len);
/* Opens path (absolute in fs) with a mode str; name is the file's name. */
mp_obj_t mp_vfs_open(mp_vfs_fs_t *fs, const char *path, mp_obj_t name, mp_obj_t mode);
/* Raises OSError(err) unless err is 0; false when raised. -1 means an
 * exception is pending already. */
bool mp_vfs_check(int err);
/* True when fs was mounted read-only (OSError EROFS raised). */
bool mp_vfs_readonly(const mp_vfs_fs_t *fs);

/* The mount table and current directory (vfs module, os module). */
mp_obj_t mp_vfs_mount(mp_obj_t fs, mp_obj_t path, bool readonly, bool mkfs);
mp_obj_t mp_vfs_umount(mp_obj_t fs_or_path);
mp_obj_t mp_vfs_getcwd(void);
mp_obj_t mp_vfs_chdir(mp_obj_t path);
/* listdir of a path (or the current directory when path is NULL) with
 * names joined per call; the mount points inside "/" are listed too. */
int mp_vfs_listdir(mp_obj_t path, mp_vfs_each_t each, void *ctx, bool *root_listed);
/* The mounts as a list of (fs, path) tuples (vfs.mount() with no argument). */
mp_obj_t mp_vfs_mounts(void);
/* mount(fs, path, *, readonly, mkfs) and umount(path or fs) as Python
 * functions (modos.c), shared by the os and vfs modules. */
mp_obj_t mp_vfs_mount_fn(size_t n, const mp_obj_t *args, mp_dict_t *kw);
mp_obj_t mp_vfs_umount_fn(size_t n, const mp_obj_t *args, mp_dict_t *kw);

/* open(file, mode='r', buffering=-1, encoding=None, ...) (objfile.c). */
mp_obj_t mp_builtin_open(size_t n, const mp_obj_t *args, mp_dict_t *kw);
/* A file object over a driver's open handle. */
mp_obj_t mp_file_new(mp_vfs_fs_t *fs, void *handle, bool text, mp_obj_t name, int flags);

/* The port's root file system, mounted at "/" on first use (*fs left
 * MP_OBJ_NULL: none), and the current directory to start in (*cwd left
 * MP_OBJ_NULL: "/"); false with an exception raised. */
bool mp_port_vfs_root(mp_obj_t *fs, mp_obj_t *cwd);

/* littlefs (vfslfs.c): VfsLfs2 (without littlefs built in, making one
 * raises an error naming scripts/bootstrap.sh). */
extern const mp_type_t mp_type_vfs_lfs2;
/* A built-in block device of `blocks` blocks of `block_size` bytes at mem. */
mp_obj_t mp_vfs_lfs2_new_ram(void *mem, uint32_t block_size, uint32_t blocks);
#ifdef __x86_64__
/* The host: VfsPosix (Targets/x64/vfs_posix.c) and a random source. */
extern const mp_type_t mp_type_vfs_posix;
bool mp_port_urandom(void *buf, size_t n);
#endif

#endif
