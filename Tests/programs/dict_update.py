# update from dicts, pairs and keywords; merging
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update(e=5, f=6)
print(d)
d.update()
print(d)
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
merged = dict(base)
merged.update(override)
print(merged, base)
print({**base, **override})
e = {}
for i in range(3):
    e.update({i: i * i})
print(e)
try:
    d.update(1)
except TypeError:
    print("TypeError")
