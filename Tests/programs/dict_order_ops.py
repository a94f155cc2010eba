# Dict order through pop/reinsert, update of existing keys, setdefault, copy and comprehension
d = dict.fromkeys("abcde", 0)
d.pop("b")
d["b"] = 1
d["a"] = 2
d.update({"c": 3, "f": 4})
d.setdefault("a", 100)
d.setdefault("g", 5)
print(d)
print(list(d.copy()), list(dict(d)), list({k: v for k, v in d.items()}))
del d["a"]
d["a"] = 9
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
e = {}
for i in range(10):
    e[i % 4] = i
print(e)
f = {1: "a", 2: "b"}
f[1] = "A"
print(f, list(f.values()))
