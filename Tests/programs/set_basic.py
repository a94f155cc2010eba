# Sets: creation, add, discard, remove, membership, len (printed sorted)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s)
s.add(10)
s.add(1)
print(sorted(s), len(s))
s.discard(2)
s.discard(42)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(3)
except KeyError:
    print("KeyError")
e = set()
print(len(e), bool(e), sorted(e), e == set())
print(sorted(set("mississippi")), sorted(set([1, 1.0, True, 2])))
print(len(set(range(100)) ), sorted(set(x % 7 for x in range(50))))
p = s.pop()
print(p in s, len(s))
s.clear()
print(len(s))
try:
    {[1]}
except TypeError:
    print("TypeError")
print(repr(set()))
