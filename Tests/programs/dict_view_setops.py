# Set algebra and comparisons on dict keys() and items() views
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 4}
print(sorted(d.keys() | e.keys()), sorted(d.keys() & e), sorted(d.keys() ^ e.keys()), sorted(d.keys() - e.keys()))
print(sorted({"a", "z"} - d.keys()), sorted(["a", "q"] & d.keys()), sorted(d.keys() | ["x"]))
print(d.keys() == {"a", "b", "c"}, {"a", "b", "c"} == d.keys(), d.keys() != {"a"}, d.keys() < {"a", "b", "c", "d"})
print(d.keys() <= d.keys(), d.keys() > {"a"}, {"a"} < d.keys(), d.keys() >= {"a", "zz"})
print(d.keys().isdisjoint(e), d.keys().isdisjoint(["x", "y"]), d.items().isdisjoint([("a", 1)]))
print(sorted(d.items() - {("a", 1)}), sorted(d.items() & {("b", 2), ("c", 4)}), ("a", 1) in d.items(), ("a", 2) in d.items())
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.values() == d.values(), 3 in d.values(), 9 in d.values())
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(d.keys(), d.values(), d.items())
try:
    d.keys() - 5
except TypeError as ex:
    print("TypeError", ex)
try:
    d.values() | {1}
except TypeError as ex:
    print("TypeError", ex)
print(d.keys() == ["a", "b", "c"], d.keys() == d)
