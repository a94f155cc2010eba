# io.BytesIO and io.StringIO as streams: seek from the start, the position
# and the end; negative offsets; writes past the end (a zero-filled gap);
# tell, getvalue after seeks, read(n), readline, readinto, iteration over
# lines and use as a context manager.
import io

b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.tell())
print(b.seek(2, 1), b.read(2))
print(b.seek(-4, 2), b.read())
print(b.seek(0), b.readline(), b.readline(), b.readline(), b.readline())
for args in ((-100, 1), (-100, 2), (-2, 2), (1, 1), (0, 1), (0, 2)):
    print(args, b.seek(*args), b.tell())
for args in ((-1,), (-1, 0)):
    try:
        b.seek(*args)
    except (ValueError, OSError):  # CPython ValueError, MicroPython OSError(EINVAL)
        print(args, "error")
print(b.seek(20), b.write(b"XY"), b.getvalue(), b.tell())
print(b.seek(0, 2), b.tell())
b.seek(3)
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.readinto(memoryview(buf)[1:3]), buf)
b.seek(0, 2)
print(b.readinto(buf), buf)
b.seek(1)
b.write(b"EE")
print(b.getvalue(), b.tell(), b.read(3))
b.seek(0)
print(b.read(-1)[:5], b.read(), b.read(2))

b = io.BytesIO()
print(b.write(b"abc"), b.getvalue(), b.tell(), b.read())
print(b.seek(-1, 1), b.write(b"Z"), b.getvalue())
print(b.seek(2, 2), b.tell(), b.getvalue())
print(b.write(b"!"), b.getvalue())
print(io.BytesIO(b"12").seek(5, 0))

b = io.BytesIO(b"abcdef")
print(b.read(0), b.read(2), b.readline(2), b.readline(-1), b.readline())
print(io.BytesIO(bytearray(b"xyz")).read())

with io.BytesIO(b"a\nb\n\nc") as f:
    for line in f:
        print(line)
try:
    f.read()
except ValueError:
    print("closed: ValueError")

s = io.StringIO("x\ny\nz")
print(list(s))
s.seek(0)
print(s.read(1), s.tell(), repr(s.readline()), s.read())
s.seek(0, 2)
s.write("END")
print(s.getvalue(), s.tell())
s = io.StringIO()
s.write("abc")
s.seek(10)
s.write("d")
print(repr(s.getvalue()), s.tell())
s.seek(1)
s.write("BC")
print(repr(s.getvalue()), s.tell())
try:
    s.seek(-1)
except (ValueError, OSError):
    print("error")
with io.StringIO("q\nr") as s2:
    print(s2.readline(), s2.read())
