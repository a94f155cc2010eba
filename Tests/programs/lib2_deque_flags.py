# collections.deque in MicroPython's form deque(iterable, maxlen[, flags]):
# a bounded deque drops from the other end when full, and flags=1 makes a
# full deque raise IndexError instead; append/appendleft/pop/popleft/extend,
# len, truth, iteration and indexing. OrderedDict | dict is an OrderedDict.
from collections import deque, OrderedDict, namedtuple

d = deque((), 5)
for i in range(7):
    d.append(i)
print(len(d), bool(d), list(d), d[0], d[-1])
d.appendleft(10)
print(list(d))
print(d.pop(), d.popleft(), list(d))
d.extend([20, 21, 22])
print(list(d), len(d))
e = deque((), 2)
print(bool(e), len(e))
for m in (e.pop, e.popleft):
    try:
        m()
    except IndexError:
        print("IndexError empty")
f = deque((), 2, 1)
f.append(1)
f.append(2)
for m in (f.append, f.appendleft):
    try:
        m(3)
    except IndexError as ex:
        print("IndexError", ex)
print(list(f), f.popleft(), list(f))
f.appendleft(0)
print(list(f))
try:
    deque([1, 2, 3], 2, 1)
except IndexError:
    print("IndexError initial")
q = deque((), 3, 1)
q.extend([1, 2])
try:
    q.extend([3, 4])
except IndexError:
    print("IndexError extend")
print(list(q), len(q))
g = deque([1, 2, 3], 10)
print(list(g), g[1], g[-3])
g[1] = 9
print(list(g))
for x in g:
    print(x)
for i in (3, -4):
    try:
        g[i]
    except IndexError:
        print("IndexError", i)
g = deque([1, 2, 3], 2)
print(list(g))

od = OrderedDict([("a", 1)]) | {"b": 2}
print(type(od).__name__, list(od.items()))
od = OrderedDict([("a", 1), ("b", 1)]) | OrderedDict([("b", 2), ("c", 3)])
print(type(od).__name__, list(od.items()))

P = namedtuple("P", ("x", "y"))
p = P(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), P(y=3, x=4), P.__name__)
Q = namedtuple("Q", "a b c")
print(Q(1, 2, 3), Q(*"xyz").c)
try:
    P(1)
except TypeError:
    print("TypeError")
