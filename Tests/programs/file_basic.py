# open(): text and binary modes, append, with, iteration, seek/tell, print(file=).
import os


def fresh_dir(base):
    # A directory of our own (another run may hold one of the same name).
    n = 0
    while True:
        d = base + str(n)
        try:
            os.mkdir(d)
            return d
        except OSError:
            n += 1


top = os.getcwd()
d = fresh_dir("_t_file_basic")
os.chdir(d)

with open("a.txt", "w") as f:
    print(f.write("line one\n"))
    print(f.write("line two\nthird"))
    print("printed", 42, file=f)
with open("a.txt") as f:
    print(repr(f.read()))
with open("a.txt", "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline(4)))
    print(f.readlines())
with open("a.txt") as f:
    print([line for line in f])

# append and x
with open("a.txt", "a") as f:
    f.write("more\n")
with open("a.txt") as f:
    print(len(f.read()))
with open("new.txt", "x") as f:
    f.write("x")
try:
    open("new.txt", "x")
except OSError as e:
    print("x exists", isinstance(e, OSError))

# binary
data = bytes(range(256)) * 3
with open("b.bin", "wb") as f:
    print(f.write(data))
with open("b.bin", "rb") as f:
    print(f.read(4), f.tell())
    print(f.seek(100), f.read(2))
    print(f.seek(-2, 2), f.read())
    print(f.seek(10), f.seek(5, 1), f.tell())
    print(f.read() == data[15:])
with open("b.bin", "rb") as f:
    buf = bytearray(10)
    print(f.readinto(buf), buf)
with open("b.bin", "r+b") as f:
    f.seek(1)
    f.write(b"XY")
    f.seek(0)
    print(f.read(5))
with open("b.bin", "w+b") as f:
    f.write(b"abc\ndef")
    f.seek(0)
    print(f.readline(), f.read())

with open("b.bin", "w+b") as f:
    f.write(b"hello")
    print(f.read())
    f.seek(0)
    print(f.read(2))
    f.write(b"XY")
    f.seek(0)
    print(f.read())

# unicode text
with open("u.txt", "w") as f:
    f.write("h\u00e9llo \u20ac\n")
with open("u.txt") as f:
    print(f.read(3), f.read())
with open("u.txt", "rb") as f:
    print(f.read())

# a closed file
f = open("u.txt")
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

for name in sorted(os.listdir()):
    os.remove(name)
os.chdir(top)
os.rmdir(d)
print(d in os.listdir())
