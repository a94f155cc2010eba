# Dict creation, lookup, assignment, len, membership
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d)
e = {}
print(e, len(e), bool(e), bool(d))
f = dict(x=1, y=2)
g = dict([("p", 1), ("q", 2)])
h = dict(g)
h["r"] = 3
print(f, g, h)
print(dict(zip("abc", range(3))))
print(dict({"k": 1}, extra=2))
m = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(m)
print(m[1], m[(1, 2)], m[None])
big = {}
for i in range(100):
    big[i] = i * i
print(len(big), big[99], sum(big.values()))
print(repr({"q": 'x"y'}), str({1: [2]}))
