# str() of various objects, len, multiplication tables, building strings
print(str(1), str(1.5), str([1, "a"]), str((1,)), str({"a": [1]}), str(None), str(True))
print(len(""), len("a"), len("abc" * 7))
rows = []
for i in range(1, 4):
    row = " ".join("%2d" % (i * j) for j in range(1, 6))
    rows.append(row)
print("\n".join(rows))
def rev_words(s):
    return " ".join(s.split()[::-1])
print(rev_words("one two  three"))
def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalpha())
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(hash("abc") == hash("ab" + "c"))
