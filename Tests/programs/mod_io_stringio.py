# io.StringIO: writing, reading, lines, seeking, iteration, print(file=), with
import io

buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"), buf.tell())
buf.write("second line\nthird")
print(repr(buf.getvalue()))
print(repr(buf.read()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(0)
print(buf.readlines())
buf.seek(6)
print(repr(buf.read(5)), repr(buf.read(0)), buf.tell())
print(repr(buf.readline(3)), repr(buf.readline(-1)))

s = io.StringIO("a\nbb\nccc\n")
print(s.tell(), [line.rstrip() for line in s], s.tell())
s = io.StringIO("x,1\ny,2\nz,3")
rows = []
for line in s:
    k, v = line.strip().split(",")
    rows.append((k, int(v)))
print(rows)

# overwriting in the middle, seeking past the end
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()), s.seek(0, 1))
s.seek(10)
s.write("end")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))

# non-ASCII positions count characters
u = io.StringIO()
print(u.write("héllo wörld"), u.tell())
u.seek(1)
print(repr(u.read(4)), u.tell())
u.seek(7)
u.write("O")
print(u.getvalue())

# print(file=...) and building text
out = io.StringIO()
print("a", 1, 2.5, sep="-", file=out)
print("no newline", end="", file=out)
for i in range(3):
    out.write(str(i))
print(repr(out.getvalue()))

with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in [lambda: c.read(), lambda: c.write("x"), lambda: c.getvalue()]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
print(io.StringIO().getvalue() == "", io.StringIO(None).read() == "", io.StringIO("q").readable())
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
