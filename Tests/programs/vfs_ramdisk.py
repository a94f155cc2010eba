# vfs: MicroPython's RAMBlockDev example (docs, "Filesystems"): a block device
# in Python, VfsLfs2.mkfs, mount, files and directories on it, umount, remount,
# read back.
import os
import vfs


class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)

    def readblocks(self, block_num, buf, offset=0):
        addr = block_num * self.block_size + offset
        for i in range(len(buf)):
            buf[i] = self.data[addr + i]

    def writeblocks(self, block_num, buf, offset=None):
        if offset is None:
            # do erase, then write
            for i in range(len(buf) // self.block_size):
                self.ioctl(6, block_num + i)
            offset = 0
        addr = block_num * self.block_size + offset
        for i in range(len(buf)):
            self.data[addr + i] = buf[i]

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size
        if op == 6:  # block erase
            return 0


bdev = RAMBlockDev(512, 50)
vfs.VfsLfs2.mkfs(bdev)
fs = vfs.VfsLfs2(bdev)
vfs.mount(fs, "/ramdisk")
with open("/ramdisk/test.txt", "w") as f:
    f.write("Hello world")
with open("/ramdisk/test.txt") as f:
    print(f.read())
os.mkdir("/ramdisk/dir")
with open("/ramdisk/dir/data.bin", "wb") as f:
    f.write(bytes(range(200)) * 10)
print(sorted(os.listdir("/ramdisk")), os.listdir("/ramdisk/dir"))
print(os.stat("/ramdisk/dir/data.bin")[6], os.stat("/ramdisk/test.txt")[6])
st = os.statvfs("/ramdisk")
print(st[0], st[2], st[3] < st[2])
try:
    vfs.mount(fs, "/ramdisk")
except OSError as e:
    print("mounted twice", e.errno)
vfs.umount("/ramdisk")
try:
    open("/ramdisk/test.txt")
except OSError as e:
    print("after umount", e.errno)
try:
    vfs.umount("/ramdisk")
except OSError as e:
    print("umount twice", e.errno)
vfs.mount(vfs.VfsLfs2(bdev), "/ramdisk")
with open("/ramdisk/test.txt") as f:
    print(f.read())
with open("/ramdisk/dir/data.bin", "rb") as f:
    print(f.read() == bytes(range(200)) * 10)
os.chdir("/ramdisk/dir")
print(os.getcwd(), os.listdir())
os.chdir("/")
vfs.umount("/ramdisk")
vfs.mount(fs, "/ro", readonly=True)
print(os.listdir("/ro/dir"))
try:
    open("/ro/new.txt", "w")
except OSError as e:
    print("readonly", e.errno)
vfs.umount(fs)
