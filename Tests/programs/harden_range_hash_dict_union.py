# range is hashable (equal ranges hash equal, as CPython's hash of
# (len, start, step)); dict union d | e and d |= e (CPython 3.9+).
import collections

print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 2)))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(3)) == hash((3, 0, 1)))
print(hash(range(7, 8, 5)) == hash((1, 7, None)), hash(range(0)) == hash((0, None, None)))
print(hash(range(-2**63, 2**63 - 1)) == hash((2**64 - 1, -2**63, 1)))
print({range(3): "a"}[range(0, 3)], range(4) in {range(0, 4, 1)})
print({} | {}, {1: 2} | {1: 3, 4: 5}, {1: 2} | {})
a = {1: 2}
r = a | {3: 4}
print(a, r, r is a)
d = {1: 2}
e = d
d |= {3: 4}
d |= [(5, 6)]
d |= collections.OrderedDict(x=7)
print(d, e is d)
for f in (lambda: {} | [(1, 2)], lambda: [(1, 2)] | {}, lambda: {} | 1):
    try:
        f()
    except TypeError as x:
        print(x)
try:
    d |= 5
except TypeError as x:
    print(type(x).__name__)
try:
    d |= [1]
except TypeError as x:
    print(type(x).__name__)
print(collections.OrderedDict(a=1) | {"b": 2} == {"a": 1, "b": 2})
