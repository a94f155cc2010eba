# io.BytesIO: binary in-memory stream
import io
import struct

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"\x00\xff")), b.write(memoryview(b"xyz")[1:]), b.tell())
print(b.getvalue(), b.read(), b.tell())
b.seek(0)
print(b.read(2), b.read(0), b.read(100), b.read())
b = io.BytesIO(b"line1\nline2\nlast")
print(b.readline(), b.readline(3), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"a\nb\n")))
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue(), b.truncate(3), b.getvalue(), b.seek(0, 2))

# a binary record stream
out = io.BytesIO()
for i, name in enumerate([b"ab", b"cde"]):
    out.write(struct.pack("<HB", i, len(name)))
    out.write(name)
data = io.BytesIO(out.getvalue())
while True:
    head = data.read(3)
    if not head:
        break
    idx, n = struct.unpack("<HB", head)
    print(idx, data.read(n))

with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
for bad in ["text", 5]:
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print("TypeError", e)
print(io.BytesIO().getvalue(), io.BytesIO(b"q").read(1))
