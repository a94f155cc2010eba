# pop, popitem, del, clear
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
try:
    d.pop("zz")
except KeyError:
    print("KeyError pop")
del d["a"]
print(d)
try:
    del d["a"]
except KeyError:
    print("KeyError del")
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError:
    print("KeyError popitem")
e = {i: str(i) for i in range(10)}
for k in list(e):
    if k % 3:
        del e[k]
print(e)
