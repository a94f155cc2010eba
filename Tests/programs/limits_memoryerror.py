# Allocating until the heap is exhausted raises MemoryError, which a program
# can catch; once the memory is dropped, the program carries on normally.
# Each exhaustion runs in a function, so that nothing of it stays reachable
# from a live frame afterwards (the collector scans the C stack
# conservatively, and a long-lived frame may keep a stale reference).
def fill_lists():
    chunks = []
    try:
        while True:
            chunks.append([0] * 100000)
    except MemoryError:
        print("MemoryError caught")
    return len(chunks) > 0

print(fill_lists())

# One request larger than the whole heap.
def huge_list():
    try:
        big = [1] * (10 ** 8)
        print("allocated", len(big))
    except MemoryError:
        print("MemoryError caught for one huge list")

def huge_string():
    try:
        s = "ab" * (10 ** 8)
        print("allocated", len(s))
    except MemoryError:
        print("MemoryError caught for one huge string")

# A growing dict of medium-sized lists.
def fill_dict():
    d = {}
    try:
        i = 0
        while True:
            d[i] = [i] * 1000
            i += 1
    except MemoryError:
        print("MemoryError caught for a growing dict")

huge_list()
huge_string()
fill_dict()

# The program continues working: allocation succeeds again. (Collected
# here first, at the module's depth: the next calls reuse the C stack the
# exhaustion left words in, uninitialised slots of their frames may still
# point at its dict, and the stack scan is conservative, as MicroPython's;
# the runtime built with ASan lays frames out so that one does.)
import gc
gc.collect()
squares = [i * i for i in range(1000)]
words = " ".join(str(i) for i in range(100)).split()
print(sum(squares), len(words), words[-1])
print({"k": [1, 2, 3]})
