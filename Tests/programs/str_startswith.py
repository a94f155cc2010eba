# startswith / endswith with tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""), s.startswith("filename.tar.gz.x"))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(("zip", "gz")), s.startswith(("a", "f")))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith("file", 0, 4))
print(s.endswith(""), "".startswith(""), "".endswith("a"))
files = ["a.py", "b.txt", "c.py", "d.pyc", "e.PY"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith(".py")])
print([f for f in files if not f.startswith(("a", "b"))])
print("http://x".startswith("http"), "https://x".startswith(("http://", "https://")))
try:
    s.startswith(1)
except TypeError:
    print("TypeError")
