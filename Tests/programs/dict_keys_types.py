# Keys of different types: equal numbers collide, tuples, strings, None
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2 ** 70] = "big"
d[2.0 ** 70] = "bigfloat"
print(len(d), d[2 ** 70])
d[(1, (2, 3))] = "nested tuple"
d[""] = "empty"
d[None] = "none"
d[-0.0] = "negzero"
print(d[(1, (2, 3))], d[""], d[None], d[0])
print(list(d.values()))
try:
    d[[1, 2]] = "list"
except TypeError:
    print("TypeError list key")
try:
    d[{}] = 1
except TypeError:
    print("TypeError dict key")
s = {"abc": 1}
print(s["ab" + "c"], s.get("abc"[:2] + "c"))
