# deflate.DeflateIO's errors: bad arguments, corrupt or truncated data,
# checksums, windows too small, closed streams.
import deflate
import io

HELLO_ZLIB = b"x\x9c\xcbH\xcd\xc9\xc9W\xc8@'\x01h\x03\x08\xb1"
HELLO = b"hello hello hello hello"
FAR_RAW = b'c`\xe7\x13\x95Q\xd16\xb2t\xf0\xf0\x0f\x8bM\xc9)\xaej\xec\x980}\xde\xd25[v\x1f:y\xe1\xc6\xfdgo\xbf\xfca\xe6\x12\x94PP\xd73\xb5q\xf1\x0e\x8aL\xc8\xc8/\xabm\xe9\x99<k\xe1\x8a\r\xdb\xf7\x1d=s\xe5\xf6\xa3\x97\x1f~\xfcg\xe3\x15\x91Q\xd62\xb4pp\xf7\x0b\x8dI\xc9.\xaal\xe8\xe8\x9f6w\xc9\x9a\xcd\xbb\x0e\x9e\xb8p\xfd\xde\xd37_~3q\nH\xc8\xab\xe9\x9a\xd88{\x05F$\xa4\xe7\x95\xd6\xb4tO\x9a\xb9`\xc5\xfam{\x8f\x9c\xb9|\xeb\xe1\x8b\x0f\xdf\xff\xb1\xf2\x88H+i\x1aX\xd8\xbb\xf9\x86\xc4$g\x15V4\xb4\xf7M\x9d\xb3d\xf5\xa6\x9d\x07N\x9c\xbfv\xf7\xc9\x9b\xcf\xbf\x189\x04\xc4\xe5TuL\xac\x9d<\x03"\xe2\xd3rKj\x9a\xbb&\xceX\xb0|\xdd\xd6=GN_\xba\xf9\xe0\xc5\xfbo\x7fYx\x84\xa5\x145\x0c\xcc\xed\\}B\xa2\x932\x0b*\xea\xdbz\xa7\xccY\xbcj\xe3\x8e\x03\xc7\xcf]\xbd\xf3\xe4\xf5\xa7\x9f\x0c\x1c\xfcb\xb2*:\xc6V\x8e\x1e\x01\xe1q\xa99%\xd5M\x9d\x13f\xcc_\xb6v\xcb\x9e\xc3\xa7.\xdex\xf0\xfc\xdd\xd7?,\xdcB\x92\n\x1a\xfaf\xb6.>\xc1Q\x89\x19\x0c\xa3aEtX\x01\x00'
GZ_CRC = b'\xe3Q=\x8d'


def inflate(data, *args):
    return deflate.DeflateIO(io.BytesIO(data), *args).read()


def attempt(f, *args):
    try:
        print(f(*args))
    except OSError as e:
        print("OSError", e.errno)
    except Exception as e:
        print(type(e).__name__)


attempt(inflate, HELLO_ZLIB)
# Arguments: format 0..3, wbits 0 or 5..15, at most 4 arguments.
for fmt in (-1, 4, 100):
    attempt(deflate.DeflateIO, io.BytesIO(), fmt)
for wbits in (-1, 1, 4, 16, 100):
    attempt(deflate.DeflateIO, io.BytesIO(), deflate.RAW, wbits)
attempt(deflate.DeflateIO)
attempt(deflate.DeflateIO, io.BytesIO(), 1, 8, False, 5)
attempt(deflate.DeflateIO, io.BytesIO(), "x")
attempt(deflate.DeflateIO, io.BytesIO(), 1, 2.5)

# The wrong format, or none to detect.
raw = HELLO_ZLIB[2:-4]
attempt(inflate, raw)
attempt(inflate, raw, deflate.ZLIB)
attempt(inflate, raw, deflate.GZIP)
attempt(inflate, HELLO_ZLIB, deflate.GZIP)
attempt(inflate, HELLO_ZLIB, deflate.RAW)
attempt(inflate, raw, deflate.RAW)

# Bad zlib headers: not deflate, window over 32K, preset dictionary, FCHECK.
attempt(inflate, b"\x79\x9c" + HELLO_ZLIB[2:])
attempt(inflate, b"\x88\x98" + HELLO_ZLIB[2:])
attempt(inflate, b"\x78\xbb" + HELLO_ZLIB[2:])
attempt(inflate, b"\x78\x9d" + HELLO_ZLIB[2:])
# Bad gzip header: method not deflate.
attempt(inflate, b"\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x03" + raw)

# Corrupt data: a reserved block type, bad stored length, bad codes.
attempt(inflate, b"\x07", deflate.RAW)
attempt(inflate, b"\x06", deflate.RAW)
attempt(inflate, b"\x01\x05\x00\x00\x00hello", deflate.RAW)
attempt(inflate, b"\x01\x05\x00\xfa\xffhello", deflate.RAW)
attempt(inflate, b"\xff\xff\xff\xff", deflate.RAW)
attempt(inflate, b"abcdef", deflate.RAW)
# A distance before the start of the data (MicroPython reads zeros there;
# zlib and this module refuse it).
attempt(inflate, b"K\x04B\x00", deflate.RAW)

# Truncated anywhere: EOFError (or an error of the data, seen before the end).
for n in (0, 1, 2, 5, 10, len(HELLO_ZLIB) - 4, len(HELLO_ZLIB) - 1):
    attempt(inflate, HELLO_ZLIB[:n])

# Checksums: zlib's adler32, gzip's crc32.
attempt(inflate, HELLO_ZLIB[:-1] + b"\x00")
GZ = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + raw
attempt(inflate, GZ + b"\x00\x00\x00\x00" + bytes([len(HELLO), 0, 0, 0]))
# The size is checked too (MicroPython checks only the CRC; zlib both).
attempt(inflate, GZ + GZ_CRC + b"\x00\x00\x00\x00")
print(inflate(GZ + GZ_CRC + bytes([len(HELLO), 0, 0, 0])))

# A window smaller than the data needs: the zlib header asks for 32K,
# wbits 8 allows 256 bytes, FAR_RAW has a match 300 back.
attempt(inflate, HELLO_ZLIB, deflate.ZLIB, 8)
print(len(inflate(FAR_RAW, deflate.RAW, 9)), len(inflate(FAR_RAW, deflate.RAW, 15)))
attempt(inflate, FAR_RAW, deflate.RAW, 8)

# Closed streams.
b = io.BytesIO(HELLO_ZLIB)
d = deflate.DeflateIO(b)
print(d.read(3))
b.close()
attempt(d.read)
b = io.BytesIO(HELLO_ZLIB)
d = deflate.DeflateIO(b)
print(d.read(3))
d.close()
d.close()
attempt(d.read)
attempt(d.readline)
attempt(d.readinto, bytearray(3))

# A failed DeflateIO stays failed.
d = deflate.DeflateIO(io.BytesIO(b"\x07"), deflate.RAW)
attempt(d.read)
attempt(d.read)
