# Sets with mixed element types; equal numbers collapse; tuples and frozensets as elements
s = {1, 1.0, True, 2, 2.0, "2", (1, 2), frozenset([1])}
print(len(s), 1 in s, 1.0 in s, True in s, "1" in s, (1, 2) in s, frozenset({1}) in s)
t = {0, False, 0.0, -0.0, ""}
print(len(t), "" in t, 0 in t)
big = {2 ** 70, 2.0 ** 70, 2 ** 70 + 1}
print(len(big))
u = set()
for v in [3, 3.0, 4, 4.5, "4.5", (4.5,)]:
    u.add(v)
print(len(u), sorted(x for x in u if isinstance(x, (int, float))))
print(sorted({(2, 1), (1, 2), (1, 2)}), sorted({"b", "a"} | {"c"}))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), {frozenset(): 0}[frozenset()])
