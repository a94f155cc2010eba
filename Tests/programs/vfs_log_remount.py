# The gate of files on the boards: a program logs to a file on the board's
# own file system (littlefs on the RAM disk mounted at "/"; VfsPosix on the
# host), unmounts "/", remounts the same file system and reads the log back.
import os
import vfs

n = 0
while True:
    d = "_t_vfs_log" + str(n)
    try:
        os.mkdir(d)
        break
    except OSError:
        n += 1
path = os.getcwd().rstrip("/") + "/" + d + "/log.txt"

with open(path, "w") as log:
    for i in range(20):
        print("entry", i, "value", i * i, file=log)
with open(path, "a") as log:
    log.write("last line\n")

mounts = vfs.mount()
root = [m[0] for m in mounts if m[1] == "/"][0]
vfs.umount("/")
try:
    open(path)
except OSError as e:
    print("unmounted", e.errno)
vfs.mount(root, "/")

with open(path) as log:
    lines = log.readlines()
print(len(lines), lines[0], lines[19], lines[-1], end="")
print(os.stat(path)[6])
os.remove(path)
os.rmdir(path[: path.rindex("/")])
