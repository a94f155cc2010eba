/* The boards' root file system: littlefs (VfsLfs2) on a RAM disk in the
 * MPS2 boards' 16 MiB PSRAM at 0x21000000, outside the firmware's SRAM (so
 * it takes nothing from the heap or the stacks). It is mounted at "/" on
 * the first file operation and formatted then if it holds no file system
 * (QEMU starts with it zeroed), so open("log.txt", "w") works at once. */
#include "mpy/vfs.h"

#define RAMDISK_BASE ((void *)0x21000000)
#define RAMDISK_BLOCK_SIZE 4096u
#define RAMDISK_BLOCKS 64u /* 256 KiB */

bool mp_port_vfs_root(mp_obj_t *fs, mp_obj_t *cwd) {
    (void)cwd;
    *fs = mp_vfs_lfs2_new_ram(RAMDISK_BASE, RAMDISK_BLOCK_SIZE, RAMDISK_BLOCKS);
    return *fs != MP_OBJ_NULL;
}
