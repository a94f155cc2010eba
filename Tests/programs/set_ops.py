# Set algebra: | & - ^, comparisons, subset/superset
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a == {4, 3, 2, 1}, a != b, {1} < a, a < a, a <= a, a > {1, 2}, b >= {5})
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({0, 1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {100}
c &= {1, 2, 100}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
d = set(a)
d.update([7, 8], "x")
print(sorted(d, key=str))
d.intersection_update({1, 7, "x"})
print(sorted(d, key=str))
d.difference_update({7})
print(sorted(d, key=str))
