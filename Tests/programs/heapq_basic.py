# heapq: heappush, heappop, heapify (the heap's exact layout, as CPython's
# sift steps give it), heappushpop, heapreplace, nsmallest, nlargest;
# tuples and user classes with __lt__ as items; stability of ties.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

h = [4, 3, 8, 9, 10, 2, 7, 11, 5]
print(heapq.heapify(h), h)
heapq.heappush(h, 1)
heapq.heappush(h, 6)
heapq.heappush(h, 12)
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

for data in ([], [1], [2, 1], list(range(20, 0, -1)), [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]):
    d = list(data)
    heapq.heapify(d)
    print(d)

h = [1, 3, 5]
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 7))
print(heapq.heapreplace(h, 0), h)
print(heapq.heapreplace(h, 10), h)

h = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "y")]:
    heapq.heappush(h, item)
print(h, heapq.heappop(h), heapq.heappop(h))


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return "Task(%d, %s)" % (self.prio, self.name)


tasks = [Task(p, n) for p, n in [(5, "e"), (2, "b"), (9, "i"), (1, "a"), (7, "g")]]
heapq.heapify(tasks)
print(tasks)
heapq.heappush(tasks, Task(3, "c"))
print([heapq.heappop(tasks).name for _ in range(6)])

print(heapq.nsmallest(3, [5, 1, 4, 2, 8]), heapq.nlargest(3, [5, 1, 4, 2, 8]))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(-1, [1, 2]), heapq.nsmallest(10, (3, 1, 2)))
print(heapq.nlargest(2, "hello"), heapq.nsmallest(2, {"b": 1, "a": 2}))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nlargest(2, words, len), heapq.nsmallest(1, words, key=None))
print(heapq.nlargest(3, [(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))

# heapsort
import random

random.seed(3)
data = [random.randrange(1000) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))


# A class derived from list is a heap too.
class Heap(list):
    pass


h = Heap([5, 2, 8, 1])
heapq.heapify(h)
heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappushpop(h, 3), heapq.heapreplace(h, 9), h, type(h).__name__)
