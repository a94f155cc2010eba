/* VfsPosix: the host's own file system as a VFS driver (mpy/vfs.h), over
 * stdio (files are buffered FILE streams) and POSIX calls. The host port
 * mounts one at "/" with the process's working directory as the current
 * directory; VfsPosix(root) serves a subtree, as MicroPython's. Linux's
 * errno values are the runtime's (MP_ENOENT...), so they pass unchanged. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include "mpy/modutil.h"
#include "mpy/stream.h"
#include "mpy/vfs.h"

typedef struct {
    mp_vfs_fs_t fs;
    mp_obj_t root; /* str prefixed to every path ("" for the real root) */
} posix_fs_t;

/* root + path in GC memory. */
static char *real_path(mp_obj_t fs, const char *path) {
    size_t rl, pl = strlen(path);
    const char *r = mp_str_data(((posix_fs_t *)fs)->root, &rl);
    char *out = mp_alloc(rl + pl + 1);
    if (out == NULL) return NULL;
    memcpy(out, r, rl);
    memcpy(out + rl, path, pl + 1);
    return out;
}

typedef struct {
    FILE *f;
    int last; /* 1 read, 2 write, 0 neither since the last seek */
} handle_t;

#define REAL(var, fs, path) \
    char *var = real_path(fs, path); \
    if (var == NULL) return -1

static int p_open(mp_obj_t fs, const char *path, int flags, void **file) {
    REAL(rp, fs, path);
    int o = (flags & MP_VFS_READ) && (flags & MP_VFS_WRITE) ? O_RDWR : (flags & MP_VFS_WRITE) ? O_WRONLY : O_RDONLY;
    if (flags & MP_VFS_CREATE) o |= O_CREAT;
    if (flags & MP_VFS_TRUNC) o |= O_TRUNC;
    if (flags & MP_VFS_APPEND) o |= O_APPEND;
    if (flags & MP_VFS_EXCL) o |= O_EXCL;
    int fd = open(rp, o | O_CLOEXEC, 0666);
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return MP_EISDIR;
    }
    const char *mode = (o & O_ACCMODE) == O_RDWR ? (flags & MP_VFS_APPEND ? "a+" : "r+")
        : (o & O_ACCMODE) == O_WRONLY            ? (flags & MP_VFS_APPEND ? "a" : "w")
                                                 : "r";
    FILE *f = fdopen(fd, mode);
    if (f == NULL) {
        int e = errno;
        close(fd);
        return e;
    }
    handle_t *h = mp_alloc(sizeof *h);
    if (h == NULL) {
        fclose(f);
        return -1;
    }
    h->f = f;
    *file = h;
    return 0;
}

/* stdio needs a seek or flush between writing and reading the same
 * stream: done here when the direction changes. */
static FILE *direction(handle_t *h, int dir) {
    if (h->last != 0 && h->last != dir) fseeko(h->f, 0, SEEK_CUR);
    h->last = dir;
    return h->f;
}

static mp_int_t p_read(void *file, void *buf, size_t n, int *err) {
    FILE *f = direction(file, 1);
    size_t got = fread(buf, 1, n, f);
    if (got == 0 && ferror(f)) {
        *err = errno ? errno : MP_EIO;
        clearerr(f);
        return MP_STREAM_ERROR;
    }
    return (mp_int_t)got;
}

static mp_int_t p_write(void *file, const void *buf, size_t n, int *err) {
    FILE *f = direction(file, 2);
    size_t put = fwrite(buf, 1, n, f);
    if (put < n && ferror(f)) {
        *err = errno ? errno : MP_EIO;
        clearerr(f);
        return put ? (mp_int_t)put : MP_STREAM_ERROR;
    }
    return (mp_int_t)put;
}

static int p_seek(void *file, int64_t *offset, int whence) {
    ((handle_t *)file)->last = 0;
    FILE *f = ((handle_t *)file)->f;
    if (fseeko(f, (off_t)*offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0) return errno;
    *offset = (int64_t)ftello(f);
    return 0;
}

static int p_flush(void *file) { return fflush(((handle_t *)file)->f) == 0 ? 0 : errno; }
static int p_close(void *file) { return fclose(((handle_t *)file)->f) == 0 ? 0 : errno; }

static int p_mkdir(mp_obj_t fs, const char *path) {
    REAL(rp, fs, path);
    return mkdir(rp, 0777) == 0 ? 0 : errno;
}
static int p_rmdir(mp_obj_t fs, const char *path) {
    REAL(rp, fs, path);
    return rmdir(rp) == 0 ? 0 : errno;
}
static int p_remove(mp_obj_t fs, const char *path) {
    REAL(rp, fs, path);
    return unlink(rp) == 0 ? 0 : errno;
}
static int p_rename(mp_obj_t fs, const char *from, const char *to) {
    REAL(a, fs, from);
    REAL(b, fs, to);
    return rename(a, b) == 0 ? 0 : errno;
}

static int p_stat(mp_obj_t fs, const char *path, mp_vfs_stat_t *out) {
    REAL(rp, fs, path);
    struct stat st;
    if (stat(rp, &st) != 0) return errno;
    out->mode = (uint32_t)st.st_mode;
    out->size = (int64_t)st.st_size;
    out->mtime = (int64_t)st.st_mtime;
    return 0;
}

static int p_statvfs(mp_obj_t fs, const char *path, mp_vfs_statvfs_t *out) {
    REAL(rp, fs, path);
    struct statvfs s;
    if (statvfs(rp, &s) != 0) return errno;
    *out = (mp_vfs_statvfs_t){ s.f_bsize, s.f_frsize, s.f_blocks, s.f_bfree, s.f_bavail, s.f_files, s.f_ffree,
        s.f_favail, s.f_flag, s.f_namemax };
    return 0;
}

static int p_listdir(mp_obj_t fs, const char *path, mp_vfs_each_t each, void *ctx) {
    REAL(rp, fs, path);
    DIR *d = opendir(rp);
    if (d == NULL) return errno;
    struct dirent *e;
    int r = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        uint32_t mode = e->d_type == DT_DIR ? MP_VFS_S_IFDIR : MP_VFS_S_IFREG;
        if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
            /* Ask stat (symbolic links count as what they point at). */
            size_t dl = strlen(rp), nl = strlen(e->d_name);
            char *full = mp_alloc(dl + nl + 2);
            if (full == NULL) {
                r = -1;
                break;
            }
            memcpy(full, rp, dl);
            full[dl] = '/';
            memcpy(full + dl + 1, e->d_name, nl + 1);
            struct stat st;
            if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) mode = MP_VFS_S_IFDIR;
        }
        if (!each(ctx, e->d_name, strlen(e->d_name), mode, -1)) {
            r = -1;
            break;
        }
    }
    closedir(d);
    return r;
}

static int p_mount(mp_obj_t fs, bool readonly, bool mkfs) {
    (void)fs;
    (void)readonly;
    (void)mkfs;
    return 0;
}
static int p_umount(mp_obj_t fs) {
    (void)fs;
    return 0;
}

static const mp_vfs_driver_t posix_driver = { p_open, p_read, p_write, p_seek, p_flush, p_close, p_mkdir, p_rmdir,
    p_remove, p_rename, p_stat, p_statvfs, p_listdir, p_mount, p_umount };

static mp_obj_t posix_new(mp_obj_t root) {
    posix_fs_t *fs = mp_alloc(sizeof *fs);
    if (fs == NULL) return MP_OBJ_NULL;
    fs->fs.base.type = &mp_type_vfs_posix;
    fs->fs.driver = &posix_driver;
    fs->root = root;
    return (mp_obj_t)fs;
}

/* VfsPosix(root=""): root without its trailing '/'. */
static mp_obj_t posix_make_new(const mp_type_t *type, size_t n, const mp_obj_t *args, mp_dict_t *kw) {
    (void)type;
    (void)kw;
    mp_obj_t root = mp_str_from_cstr("");
    if (n > 0 && args[0] != MP_NONE) {
        size_t len;
        if (mp_type_of(args[0]) != &mp_type_str) return mp_raise_msg(&mp_type_TypeError, "root must be str");
        const char *r = mp_str_data(args[0], &len);
        while (len > 0 && r[len - 1] == '/') len--;
        root = mp_str_new(r, len);
    }
    return root == MP_OBJ_NULL ? root : posix_new(root);
}

static bool posix_print(const mp_print_t *out, mp_obj_t self, mp_print_kind_t k) {
    (void)self;
    (void)k;
    mp_print_str(out, "VfsPosix()");
    return true;
}

const mp_type_t mp_type_vfs_posix = { .base = { &mp_type_type },
    .name = "VfsPosix",
    .parent = &mp_type_vfs_base,
    .make_new = posix_make_new,
    .print = posix_print };

bool mp_port_vfs_root(mp_obj_t *fs, mp_obj_t *cwd) {
    mp_obj_t root = mp_str_from_cstr("");
    if (root == MP_OBJ_NULL || (*fs = posix_new(root)) == MP_OBJ_NULL) return false;
    char buf[4096];
    if (getcwd(buf, sizeof buf) != NULL && (*cwd = mp_str_from_cstr(buf)) == MP_OBJ_NULL) return false;
    return true;
}

bool mp_port_urandom(void *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t r = getrandom((char *)buf + done, n - done, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += (size_t)r;
    }
    return true;
}
