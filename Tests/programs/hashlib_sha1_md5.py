# hashlib.sha1 (FIPS 180-4) and hashlib.md5 (RFC 1321): the standards'
# vectors, block and padding boundaries, split updates, copy() and the
# attributes.
import hashlib

for s in (
    b"",
    b"a",
    b"abc",
    b"message digest",
    b"abcdefghijklmnopqrstuvwxyz",
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    b"1234567890" * 8,
    b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
):
    print(hashlib.md5(s).hexdigest(), hashlib.sha1(s).hexdigest())
for n in (55, 56, 57, 63, 64, 65, 119, 120, 128):
    print(n, hashlib.md5(b"\x5a" * n).hexdigest(), hashlib.sha1(b"\x5a" * n).hexdigest())

msg = bytes(i * 13 & 255 for i in range(333))
for algo in (hashlib.md5, hashlib.sha1):
    whole = algo(msg).digest()
    for step in (1, 7, 64, 65):
        h = algo()
        for i in range(0, len(msg), step):
            h.update(msg[i : i + step])
        print(step, h.digest() == whole)
    h = algo(b"ab")
    c = h.copy()
    c.update(b"c")
    print(h.hexdigest() == algo(b"ab").hexdigest(), c.hexdigest() == algo(b"abc").hexdigest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()), h.digest() == h.digest())
    h.update(b"c")
    print(h.digest() == algo(b"abc").digest())
    try:
        algo("text")
    except TypeError:
        print("TypeError")

h = hashlib.sha1()
for i in range(1000):
    h.update(b"a" * 1000)
print(h.hexdigest())

# hashlib.new: the algorithms by name, in any case.
print(hashlib.new("sha256", b"abc").hexdigest(), hashlib.new("SHA1").hexdigest(), hashlib.new("md5", b"a").name)
print(hashlib.new("Md5", b"abc").digest() == hashlib.md5(b"abc").digest())
for a in (("sha3",), ("sha2567",), ("sha25",), ("sha\x12\x15\x16",)):
    try:
        hashlib.new(*a)
    except ValueError as e:
        print("ValueError", e)
for a in ((5,), ("md5", "text"), ()):
    try:
        hashlib.new(*a)
    except TypeError:
        print("TypeError")
