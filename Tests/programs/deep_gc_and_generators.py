# gc-stress: skip: 30,000 nested lists cost a collection each, O(n^2) in that mode
# The collector marks a 30,000-deep chain of nested lists (and of tuples)
# with its bounded mark stack, never recursing in C, and the chains survive
# intact; generators that recurse through yield from or for-loops raise
# RecursionError past the stack budget and the program carries on.
import gc

n = 30000
head = None
for i in range(n):
    head = [head]
tup = None
for i in range(n):
    tup = (i, tup)
gc.collect()
junk = [[i] for i in range(2000)]
junk = None
gc.collect()
depth = 0
node = head
while node is not None:
    depth += 1
    node = node[0]
total = 0
node = tup
while node is not None:
    total += node[0]
    node = node[1]
print(depth, total == n * (n - 1) // 2)
head = tup = None
gc.collect()


def gen():
    yield from gen()


def gen2():
    for x in gen2():
        yield x


for g in (gen, gen2):
    try:
        print(list(g()))
    except RecursionError:
        print(g.__name__, "RecursionError")


def down(k):
    if k:
        yield from down(k - 1)
    else:
        yield "bottom"


print(list(down(50)))
print("done")
