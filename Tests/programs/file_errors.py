# open() errors: missing files, bad modes, directories, wrong types.
import os

n = 0
while True:
    d = "_t_file_errors" + str(n)
    try:
        os.mkdir(d)
        break
    except OSError:
        n += 1

for mode in ("rw", "rr", "", "z", "bt", "r++", "wa"):
    try:
        open(d + "/x", mode)
    except ValueError:
        print(repr(mode), "ValueError")

try:
    open(d + "/missing.txt")
except OSError as e:
    print("missing", e.errno)
try:
    open(d + "/no/such/dir.txt", "w")
except OSError as e:
    print("missing dir", e.errno)
try:
    open(d, "w")
except OSError as e:
    print("dir", e.errno)

with open(d + "/t.txt", "w") as f:
    try:
        f.write(b"bytes")
    except TypeError:
        print("TypeError")
with open(d + "/t.bin", "wb") as f:
    try:
        f.write("str")
    except TypeError:
        print("TypeError")
with open(d + "/t.txt", "r") as f:
    try:
        f.write("x")
    except OSError:
        print("not writable")
with open(d + "/t.txt", "w") as f:
    try:
        f.read()
    except OSError:
        print("not readable")
try:
    open(42.0)
except TypeError:
    print("TypeError")

os.remove(d + "/t.txt")
os.remove(d + "/t.bin")
os.rmdir(d)
