# Dict method behaviours: missing keys, bad arguments, return values
d = {"a": 1}
print(d.update({"b": 2}), d.clear(), d)
d = {"x": 1, "y": 2}
for bad in [lambda: d["z"], lambda: d.pop("z"), lambda: {}.popitem(), lambda: d.update(5),
            lambda: d.update([("a",)]), lambda: dict([1, 2]), lambda: d[[]], lambda: d.get()]:
    try:
        bad()
        print("no error")
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__)
print(d.get("x", []), d.setdefault("x", 99), d.pop("y", None), d)
try:
    d["missing"]
except KeyError as e:
    print(e.args, repr(e.args[0]))
print(list({}.items()), list({}.keys()), {}.get(1))
print(len({1: 1, 1.0: 2, True: 3}))
