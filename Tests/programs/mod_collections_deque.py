# collections.deque: both ends, maxlen, indexing, iteration, rotation, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
print(d == deque(list(d)), d != deque(), d.count(7), d.index(7))
d.remove(7)
d.reverse()
print(d)
d[0] = 100
del d[1]
print(d, d[-2])
d.extend(d)
print(d)
c = d.copy()
c.clear()
print(c, len(c), bool(c), bool(d), d)

# maxlen: the other end drops out
window = deque((), 3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
print(window, window.maxlen, deque().maxlen)
window.appendleft(-1)
print(window)
window.extendleft([10, 11])
print(window)
print(deque(range(10), maxlen=4), deque("abc", maxlen=0), deque(maxlen=2))

# as a queue and as a stack
q = deque()
for job in ["a", "b", "c"]:
    q.append(job)
order = []
while q:
    order.append(q.popleft())
print(order)
s = deque()
for x in range(4):
    s.append(x * x)
print([s.pop() for _ in range(len(s))])

# iteration and comparisons
d = deque(range(5))
print([x * 2 for x in d], sorted(d, reverse=True), max(d), tuple(d))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])
d += [5, 6]
print(d, d + deque([7]))

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque(maxlen=-1), lambda: deque([1])["a"]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
