# BytesIO, StringIO and io.IOBase subclasses as streams of the stream
# protocol, seen through deflate.DeflateIO (which reads and writes any
# stream through it).
import io
import deflate

# zlib.compress(b"line one\nline two\nline three\n")
Z = b"x\x9c\xcb\xc9\xccKU\xc8\xcfK\xe5\xca\x011J\xca\xf3\xa1\x8c\x8c\xa2\xd4T.\x00\x9b\xdf\n+"

# BytesIO as the source: DeflateIO reads it byte by byte, leaving its
# position just after what it used.
src = io.BytesIO(Z + b"tail")
d = deflate.DeflateIO(src)
print(src.tell())
print(d.readline())
print(src.tell())
print(d.read())
print(src.tell(), src.read())

# IOBase: a user stream with readinto.
class Source(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n

s = Source(Z)
print(isinstance(s, io.IOBase))
print(deflate.DeflateIO(s).read())
print(s.calls, s.pos)

# A user stream with ioctl: close=True closes the source through ioctl.
class Closing(Source):
    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0

c = Closing(Z)
with deflate.DeflateIO(c, deflate.ZLIB, 0, True) as d:
    print(d.read(4))
print("after with")

# close=True with a BytesIO: the BytesIO is closed.
b = io.BytesIO(Z)
d = deflate.DeflateIO(b, deflate.AUTO, 0, True)
print(d.read(3))
d.close()
try:
    b.read()
except ValueError:
    print("ValueError")

# close=False (the default) leaves it open.
b = io.BytesIO(Z)
d = deflate.DeflateIO(b)
d.read()
d.close()
print(b.read(), b.tell())

# A closed BytesIO as the source: its own ValueError.
b = io.BytesIO(Z)
d = deflate.DeflateIO(b)
b.close()
try:
    d.read()
except ValueError:
    print("ValueError")

# readinto through the protocol.
d = deflate.DeflateIO(io.BytesIO(Z))
buf = bytearray(6)
print(d.readinto(buf), buf)
mv = memoryview(buf)
print(d.readinto(mv[0:2]), buf)

# A user stream whose readinto fails with -errno.
class Bad(io.IOBase):
    def readinto(self, buf):
        print("readinto", len(buf))
        return -5

try:
    deflate.DeflateIO(Bad()).read()
except OSError as e:
    print("OSError", e.errno)

# A user stream raising its own exception.
class Raising(io.IOBase):
    def readinto(self, buf):
        raise KeyError("boom")

try:
    deflate.DeflateIO(Raising()).read()
except KeyError as e:
    print("KeyError")

# Objects that are no streams.
for x in (5, "str", [1]):
    try:
        deflate.DeflateIO(x).read()
    except OSError:
        print("OSError")

# The BytesIO/StringIO behaviour the protocol must not change.
b = io.BytesIO(b"abc")
print(b.read(1), b.seek(0, 2), b.write(b"de"), b.getvalue(), b.tell())
s = io.StringIO("h\u00e9llo")
print(s.read(2), s.seek(0), s.read())
with io.BytesIO(b"x") as b:
    print(b.read())
try:
    b.read()
except ValueError:
    print("ValueError")

# A user stream giving fewer bytes than asked (here a stored block).
class Trickle(io.IOBase):
    def __init__(self, d):
        self.d = d
        self.p = 0

    def readinto(self, b):
        n = min(len(b), 3, len(self.d) - self.p)
        b[:n] = self.d[self.p : self.p + n]
        self.p += n
        return n


STORED = b"x\x01\x01\x05\x00\xfa\xffhello\x06,\x02\x15"
print(deflate.DeflateIO(Trickle(STORED)).read())
try:
    deflate.DeflateIO(Trickle(STORED[:9])).read()
except EOFError:
    print("EOFError")
