/* The vfs module (MicroPython 1.29): mount, umount and the file-system
 * types (VfsLfs2; VfsPosix on the host). mount and umount are os's too. */
#include "mpy/modutil.h"
#include "mpy/vfs.h"

static const mp_builtin_t vfs_fns[] = {
    MP_FN_KW("mount", mp_vfs_mount_fn, 0, 2),
    MP_FN("umount", mp_vfs_umount_fn, 1, 1),
};

bool mp_modvfs_fill(mp_dict_t *g) {
    if (!mp_mod_add_fns(g, vfs_fns, MP_N(vfs_fns))) return false;
    if (!mp_mod_set(g, "VfsLfs2", (mp_obj_t)&mp_type_vfs_lfs2)) return false;
#ifdef __x86_64__
    if (!mp_mod_set(g, "VfsPosix", (mp_obj_t)&mp_type_vfs_posix)) return false;
#endif
    return true;
}
