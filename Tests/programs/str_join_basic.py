# str.join over lists, tuples, dict keys and strings (no generator expressions)
print(", ".join(["x", "y", "z"]))
print("".join(("a", "b", "c")))
print("/".join({"usr": 1, "lib": 2}))
print(".".join("abc"))
print("-".join([]), repr("".join([])))
parts = []
for i in range(5):
    parts.append(str(i * i))
print("+".join(parts))
print(" ".join(["single"]))
sep = "=="
print(sep.join(["l", "r"]), sep.join("lr"))
nested = [["a", "b"], ["c"]]
rows = []
for r in nested:
    rows.append(",".join(r))
print(";".join(rows))
print("\n".join(["line1", "line2"]))
