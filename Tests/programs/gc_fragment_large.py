# Fragmentation: many small strings, three in four then dropped, leave small
# holes all over the space they took. New small strings must fill those
# holes rather than the free space after them, so that large allocations
# (one list, then bytearrays) still succeed while the free total allows.
# Sizes follow gc.mem_free() where there is one (MicroPython, mpy-native)
# and are fixed elsewhere (CPython); the output is the same.
import gc
import sys

word = 8 if sys.maxsize > 2**32 else 4
free = getattr(gc, "mem_free", None)
base = "abcdefghijklmnopqrstuvwxyz" * 4

strs = [None] * 20000
for i in range(20000):
    strs[i] = base[i % 90 : i % 90 + 9]
for i in range(20000):
    if i % 4:
        strs[i] = None
gc.collect()
refill = [None] * 15000
for i in range(15000):
    refill[i] = base[i % 80 : i % 80 + 11]
gc.collect()

# One list of 70% of the free memory in one piece (MicroPython 1.29's unix
# port fails at 40% with a 2.5 MiB heap).
n = (free() * 7 // 10) // word if free else 100000
big = [0] * n
big[-1] = 1
print("large list", len(big) == n, sum(big))
del big
gc.collect()

# Large pieces one after the other while the free total allows.
pieces = []
k = (free() // 10) if free else 100000
for i in range(5):
    pieces.append(bytearray(k))
print("pieces", len(pieces), all(len(p) == k for p in pieces))
print("strings intact", sum(1 for s in strs if s) == 5000, strs[4], refill[-1])
