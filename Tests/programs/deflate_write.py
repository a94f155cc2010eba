# deflate.DeflateIO writing: LZ77 with the fixed Huffman code in one
# block (as MicroPython's compressor), raw, zlib and gzip; round trips
# through our own decompressor. Tests/libfuzz/deflate_cpython.py checks the
# same streams against CPython's zlib and gzip.
import deflate
import io


def compress(data, *args):
    b = io.BytesIO()
    with deflate.DeflateIO(b, *args) as g:
        g.write(data)
    return b.getvalue()


def decompress(data, *args):
    return deflate.DeflateIO(io.BytesIO(data), *args).read()


# The exact streams MicroPython's compressor makes for these.
print(compress(b"0"), compress(b"a", deflate.RAW), compress(b"0" * 100))
print(compress(bytes(range(64))) == bytes(range(64)) or len(compress(bytes(range(64)))))
print(compress(b"hello", deflate.RAW))
print(compress(b"hello", deflate.ZLIB, 9))
print(compress(b"hello", deflate.ZLIB, 15))
print(compress(b"hello", deflate.GZIP, 9))
print(compress(b"hello", deflate.AUTO), compress(b"hello", deflate.ZLIB))
print(compress(b""), compress(b"", deflate.ZLIB), compress(b"", deflate.GZIP))

# Nothing written: no stream at all (the header comes with the first write).
b = io.BytesIO()
deflate.DeflateIO(b, deflate.ZLIB).close()
print(b.getvalue())

# Round trips: every format and window, whole and in pieces.
text = b"".join(b"%d bottles of beer on the wall, %d bottles of beer.\n" % (i, i) for i in range(99, 0, -1))
x = 12345
rnd = bytearray(3000)
for i in range(len(rnd)):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    rnd[i] = x >> 16 & 255
lowent = bytes(97 + (c & 3) for c in rnd)
for data in (text, bytes(rnd), lowent, b"z" * 5000):
    sizes = []
    for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
        for wbits in (0, 5, 8, 9, 10, 12, 15):
            packed = compress(data, fmt, wbits)
            ok = decompress(packed, fmt, wbits) == data
            ok = ok and (fmt == deflate.RAW or decompress(packed) == data)
            sizes.append(len(packed) if ok else -1)
    print(len(data), sizes)

# Many small writes give the same stream as one big write.
b = io.BytesIO()
g = deflate.DeflateIO(b, deflate.ZLIB, 12)
n = 0
for i in range(0, len(text), 37):
    n += g.write(text[i : i + 37])
g.close()
print(n, len(b.getvalue()), decompress(b.getvalue()) == text)

# write takes any buffer and answers its length.
b = io.BytesIO()
with deflate.DeflateIO(b, deflate.GZIP) as g:
    print(g.write(bytearray(b"abc")), g.write(memoryview(b"defgh")[1:3]), g.write(b""))
print(decompress(b.getvalue()))

# A larger window compresses better (a pseudo-random 16-bit LFSR).
buf = bytearray(1024)
lfsr = 1 << 15 | 1
for i in range(len(buf)):
    bit = (lfsr ^ (lfsr >> 1) ^ (lfsr >> 3) ^ (lfsr >> 12)) & 1
    lfsr = (lfsr >> 1) | (bit << 15)
    buf[i] = lfsr & 0xFF
prev = len(buf)
for wbits in range(5, 10):
    r = compress(buf, deflate.RAW, wbits)
    print(wbits, len(r) < prev, decompress(r, deflate.RAW, wbits) == buf)
    prev = len(r)

# Closed streams.
b = io.BytesIO()
g = deflate.DeflateIO(b, deflate.RAW)
g.write(b"micropython")
b.close()
try:
    g.write(b"micropython")
except ValueError:
    print("ValueError")
b = io.BytesIO()
g = deflate.DeflateIO(b, deflate.RAW)
g.write(b"micropython")
g.close()
try:
    g.write(b"micropython")
except OSError as e:
    print("OSError", e.errno)
g.close()

# close=True closes the sink after the trailer.
b = io.BytesIO()
g = deflate.DeflateIO(b, deflate.ZLIB, 0, True)
g.write(b"abc")
v = b.getvalue()
g.close()
try:
    b.getvalue()
except ValueError:
    print("ValueError")
print(v)


# User sinks: an IOBase with write (and ioctl for close=True).
class Sink(io.IOBase):
    def __init__(self, fail_after=-1):
        self.data = bytearray()
        self.fail_after = fail_after

    def write(self, buf):
        if self.fail_after == 0:
            return -1
        self.fail_after -= 1
        self.data += buf
        return len(buf)

    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0


s = Sink()
with deflate.DeflateIO(s, deflate.GZIP, 10, True) as g:
    g.write(text)
print(decompress(bytes(s.data)) == text)
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    try:
        deflate.DeflateIO(Sink(0), fmt).write(b"a")
    except OSError as e:
        print("OSError", e.errno)
g = deflate.DeflateIO(Sink(1), deflate.GZIP)
g.write(b"a")
try:
    g.close()
except OSError as e:
    print("OSError", e.errno)
