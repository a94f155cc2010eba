# keys(), values(), items() views and iteration
d = {"x": 1, "y": 2, "z": 3}
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "x" in d.keys(), 2 in d.values(), ("y", 2) in d.items())
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(sum(d.values()), max(d), min(d.values()))
keys = d.keys()
d["w"] = 0
print(list(keys))
print(sorted(d.items(), key=lambda kv: kv[1]))
print([k for k, v in d.items() if v % 2])
print(dict(d.items()) == d)
print(sorted(d.keys() - {"x"}), sorted(d.keys() & {"x", "q"}))
