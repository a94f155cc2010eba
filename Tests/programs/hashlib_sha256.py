# hashlib.sha256: FIPS 180-4 vectors (empty, "abc", the two-block message),
# updates split across 64-byte blocks and at the 55/56-byte padding
# boundaries, digest() and hexdigest() repeated and followed by update()
# (as CPython), copy(), the attributes, and argument errors.
import hashlib

print(hashlib.sha256().hexdigest())
print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.sha256(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hexdigest())
print(hashlib.sha256(b"abc").digest())
for n in (55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129):
    print(n, hashlib.sha256(b"\xff" * n).hexdigest())

msg = bytes(i * 7 & 255 for i in range(300))
whole = hashlib.sha256(msg).digest()
for step in (1, 3, 63, 64, 65, 100):
    h = hashlib.sha256()
    for i in range(0, len(msg), step):
        h.update(msg[i : i + step])
    print(step, h.digest() == whole)
h = hashlib.sha256()
h.update(b"abcd" * 1000)
print(h.hexdigest())
h = hashlib.sha256(bytearray(b"ab"))
h.update(memoryview(b"xcx")[1:2])
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest())
import array

print(hashlib.sha256(array.array("B", [97, 98, 99])).hexdigest())

# digest() does not end the hash: it may be repeated and updated after.
h = hashlib.sha256(b"12")
print(h.digest() == h.digest(), h.hexdigest() == h.hexdigest())
h.update(b"3")
print(h.hexdigest() == hashlib.sha256(b"123").hexdigest())
c = h.copy()
c.update(b"4")
print(h.hexdigest() == hashlib.sha256(b"123").hexdigest(), c.hexdigest() == hashlib.sha256(b"1234").hexdigest())
print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
print(h.update(b""), type(h.digest()).__name__, type(h.hexdigest()).__name__)

# A million 'a's (FIPS 180-2's third example).
h = hashlib.sha256()
block = b"a" * 1000
for i in range(1000):
    h.update(block)
print(h.hexdigest())


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)


attempt(lambda: hashlib.sha256("abc"))
attempt(lambda: hashlib.sha256(5))
attempt(lambda: hashlib.sha256().update("abc"))
attempt(lambda: hashlib.sha256().update(None))
attempt(lambda: hashlib.sha256().update())
attempt(lambda: hashlib.sha256().update(b"a", b"b"))
attempt(lambda: hashlib.sha256(b"a", b"b"))
