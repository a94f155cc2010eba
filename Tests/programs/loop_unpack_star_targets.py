# for-loop targets: nested tuples, starred, attributes and subscripts as targets
rows = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in rows:
    print(a + b + c, end=" ")
print()
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
class Box:
    pass
box = Box()
for box.value in range(3):
    pass
print(box.value)
store = [0, 0]
for store[0] in "xyz":
    pass
print(store)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    pass
print(d)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
for (x, y), z in zip([(1, 2), (3, 4)], "ab"):
    print(x, y, z)
