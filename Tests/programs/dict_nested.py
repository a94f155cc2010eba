# Nested dicts and lists: building, traversing
db = {"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}], "meta": {"count": 2}}
print(db["users"][1]["name"], db["meta"]["count"])
db["users"].append({"name": "cy", "age": 40})
db["meta"]["count"] += 1
print(db["meta"], len(db["users"]))
print([u["name"] for u in db["users"] if u["age"] > 30])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    if not t:
        return 1
    return sum(count_leaves(v) for v in t.values())
print(count_leaves(tree))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({k: sorted(v) for k, v in inv.items()})
