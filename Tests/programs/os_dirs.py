# os: mkdir, listdir, ilistdir, chdir, getcwd, rename, remove, rmdir, stat.
import os

top = os.getcwd()
n = 0
while True:
    d = "_t_os_dirs" + str(n)
    try:
        os.mkdir(d)
        break
    except OSError:
        n += 1
os.chdir(d)
here = os.getcwd()
print(here.endswith("/" + d), here == top.rstrip("/") + "/" + d)
print(os.listdir(), os.listdir("."))
os.mkdir("sub")
with open("sub/f.txt", "w") as f:
    f.write("12345")
with open("g.txt", "w") as f:
    f.write("abc")
print(sorted(os.listdir()), os.listdir("sub"))
if hasattr(os, "ilistdir"):
    entries = [(t[0], t[1]) for t in os.ilistdir()]
else:
    entries = [(e.name, 0x4000 if e.is_dir() else 0x8000) for e in os.scandir()]
print(sorted(entries))
print(os.stat("g.txt")[6], os.stat("sub/f.txt")[6], len(os.stat("sub")))
print(os.stat("sub")[0] & 0o170000 == 0o040000, os.stat("g.txt")[0] & 0o170000 == 0o100000)
os.chdir("sub")
print(os.getcwd() == here + "/sub", os.listdir())
os.chdir("..")
print(os.getcwd() == here)
os.rename("g.txt", "sub/h.txt")
print(sorted(os.listdir()), sorted(os.listdir("sub")))
os.rename("sub", "sub2")
print(sorted(os.listdir()))
with open("sub2/h.txt") as f:
    print(f.read())
for args in (("mkdir", "sub2"), ("rmdir", "sub2"), ("remove", "missing"), ("rmdir", "missing"),
             ("chdir", "missing"), ("stat", "missing"), ("listdir", "missing"), ("rename", "missing")):
    try:
        if args[0] == "rename":
            os.rename("missing", "other")
        else:
            getattr(os, args[0])(args[1])
    except OSError as e:
        print(args[0], e.errno)
try:
    os.chdir("sub2/h.txt")
except OSError as e:
    print("chdir file", e.errno)
os.remove("sub2/h.txt")
os.remove("sub2/f.txt")
os.rmdir("sub2")
print(os.listdir())
os.chdir(top)
os.rmdir(d)
print(d in os.listdir())
