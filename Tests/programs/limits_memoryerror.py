# Allocating until the heap is exhausted raises MemoryError, which a program
# can catch; once the memory is dropped, the program carries on normally.
chunks = []
try:
    while True:
        chunks.append([0] * 100000)
except MemoryError:
    print("MemoryError caught")
print(len(chunks) > 0)
chunks = None

# One request larger than the whole heap.
try:
    big = [1] * (10 ** 8)
    print("allocated", len(big))
except MemoryError:
    print("MemoryError caught for one huge list")

try:
    s = "ab" * (10 ** 8)
    print("allocated", len(s))
except MemoryError:
    print("MemoryError caught for one huge string")

# A growing dict of medium-sized lists.
d = {}
try:
    i = 0
    while True:
        d[i] = [i] * 1000
        i += 1
except MemoryError:
    print("MemoryError caught for a growing dict")
d = None

# The program continues working: allocation succeeds again.
squares = [i * i for i in range(1000)]
words = " ".join(str(i) for i in range(100)).split()
print(sum(squares), len(words), words[-1])
print({"k": [1, 2, 3]})
