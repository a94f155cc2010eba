# gc-stress: skip: it measures free memory between collections, which stress mode makes at every allocation
# gc.threshold([amount]): MicroPython's allocation threshold (bytes,
# rounded down to whole 16-byte blocks; -1 when unset), and its effect:
# with a threshold, garbage is collected as the program allocates, so free
# memory falls by about the threshold at most.
import gc
print(gc.threshold())
gc.threshold(1000)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(0)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
gc.threshold(-5)
print(gc.threshold())
try:
    gc.threshold("x")
except TypeError:
    print("TypeError")
try:
    gc.threshold(1.5)
except TypeError:
    print("TypeError")


def churn():
    for i in range(2000):
        x = bytearray(100)


gc.collect()
gc.threshold(8192)
before = gc.mem_free()
churn()
print("with threshold", before - gc.mem_free() < 8192 + 4096)
gc.threshold(-1)
gc.collect()
before = gc.mem_free()
churn()
print("without", before - gc.mem_free() > 100000)
