# vfs: a file system's own methods (open, ilistdir, mkdir, rmdir, remove,
# rename, stat, statvfs, chdir, getcwd), used without mounting it, over a
# block device in Python with 1 KiB blocks.
import vfs


class Disk:
    def __init__(self, size, count):
        self.size = size
        self.mem = bytearray(size * count)

    def readblocks(self, n, buf, off=0):
        start = n * self.size + off
        buf[:] = self.mem[start : start + len(buf)]

    def writeblocks(self, n, buf, off=0):
        start = n * self.size + off
        self.mem[start : start + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.mem) // self.size
        if op == 5:
            return self.size
        return 0


disk = Disk(1024, 40)
vfs.VfsLfs2.mkfs(disk)
fs = vfs.VfsLfs2(disk)
print(fs.statvfs("/")[:3], fs.getcwd())
with fs.open("notes.txt", "w") as f:
    f.write("abc" * 10)
fs.mkdir("logs")
fs.chdir("logs")
print(fs.getcwd())
with fs.open("day1", "wb") as f:
    f.write(bytes(3000))
print(list(fs.ilistdir()), list(fs.ilistdir(b"/logs")))
fs.chdir("..")
print(sorted(fs.ilistdir("/")))
print(fs.stat("notes.txt")[0], fs.stat("notes.txt")[6], fs.stat("logs")[0])
fs.rename("logs/day1", "day1.bin")
print(sorted(e[0] for e in fs.ilistdir()))
for bad in (lambda: fs.remove("logs/none"), lambda: fs.mkdir("logs"), lambda: fs.open("none", "r")):
    try:
        bad()
    except OSError as e:
        print("OSError", e.errno)
fs.remove("day1.bin")
fs.rmdir("logs")
with fs.open("/notes.txt", "r") as f:
    print(f.read())
print(sorted(fs.ilistdir()))
vfs.mount(fs, "/disk")
with open("/disk/notes.txt") as f:
    print(f.read(3))
vfs.umount("/disk")
