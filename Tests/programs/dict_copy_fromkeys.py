# copy (shallow), fromkeys, equality
a = {"x": [1, 2], "y": 3}
b = a.copy()
b["y"] = 30
b["x"].append(99)
print(a, b)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xyz", 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 1} != {1: 1.0})
c = dict(a)
print(c == a, c is a)
print(list({"b": 1, "a": 2}.copy()))
