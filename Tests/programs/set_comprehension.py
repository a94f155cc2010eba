# Set comprehensions and dedup patterns (printed sorted)
print(sorted({x % 5 for x in range(23)}))
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
seen = set()
unique = []
for v in [3, 1, 3, 2, 1, 4, 2]:
    if v not in seen:
        seen.add(v)
        unique.append(v)
print(unique)
words = "the cat sat on the mat the end".split()
print(len(set(words)), sorted(set(words)))
letters = {c for c in "hello world" if c.isalpha()}
print(sorted(letters), "h" in letters, " " in letters)
print(sorted(set(range(10)) - {x * x for x in range(4)}))
