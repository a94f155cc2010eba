# collections.OrderedDict and defaultdict
from collections import OrderedDict, defaultdict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.items()), dict(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), repr(OrderedDict(x=1)), OrderedDict([("k", [1, 2])]))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(b) == a, a != b, a == OrderedDict(a))
print(isinstance(od, dict), isinstance(od, OrderedDict), od.get("a"), od.get("zz", 0), len(od), "a" in od)
od.update({"q": 9}, r=10)
od.setdefault("s", 11)
print(od, od.pop("q"), od)
c = od.copy()
c["new"] = 1
print(type(c).__name__, len(c), len(od))
del od["a"]
print(od, sorted(od.keys()), list(od.values()))
for k, v in OrderedDict(sorted({"z": 1, "m": 2, "a": 3}.items())).items():
    print(k, v)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

# LRU cache on an OrderedDict
cache = OrderedDict()
def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    cache[key] = key * 10
    if len(cache) > 3:
        cache.popitem(last=False)
    return cache[key]
for k in [1, 2, 3, 1, 4, 2, 5]:
    get(k)
print(list(cache.items()))

# defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, groups["a"], "z" in groups, dict(groups))
counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(sorted(counts.items()), counts.default_factory, len(counts))
print(counts.get("dog"), "dog" in counts, counts["dog"], "dog" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(set, {"k": {1}})
dd["k"].add(2)
dd["j"].add(3)
print(sorted(dd.items()), isinstance(dd, dict))
cp = dd.copy()
cp["new"].add(0)
print(type(cp).__name__, len(cp), len(dd))
print(defaultdict(), defaultdict(None, a=1), defaultdict(list) == {}, defaultdict(int, {"a": 1}) == {"a": 1})
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
