# binascii, hashlib and heapq answer to MicroPython's pre-1.20 names too
# (ubinascii, uhashlib, uheapq), as the same modules.
import ubinascii, binascii, uhashlib, hashlib, uheapq, heapq

print(ubinascii is binascii, uhashlib is hashlib, uheapq is heapq)
print(ubinascii.__name__, uhashlib.__name__, uheapq.__name__)
print(ubinascii.hexlify(b"\x01\xfe"), ubinascii.crc32(b"abc"))
print(uhashlib.sha256(b"abc").digest() == hashlib.sha256(b"abc").digest())
h = [3, 1, 2]
uheapq.heapify(h)
print(h, uheapq.heappop(h))
