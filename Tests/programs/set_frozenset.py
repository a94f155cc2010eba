# frozenset: immutability, hashing, as dict keys and set elements
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, len(f), 2 in f, sorted(f))
d = {f: "abc"}
print(d[g])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(sorted(f | {4}), sorted(f & {1, 9}), type(f | {4}).__name__)
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(frozenset() == set(), f == {1, 2, 3}, f <= {1, 2, 3, 4})
print(sorted(frozenset("aab")))
print(sorted(sorted(x) for x in s))
