# Insertion order is preserved through updates and deletions
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d, list(d))
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 9
print(list(d), list(d.values()))
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.keys()), list(e.items()))
f = {}
for i in range(20, 0, -3):
    f[i] = None
print(list(f))
for i in range(20, 0, -6):
    del f[i]
print(list(f))
f[100] = 1
f[2] = 2
print(list(f))
g = dict.fromkeys("hello")
print(list(g))
