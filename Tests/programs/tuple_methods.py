# Tuple methods and builtins over tuples
t = (5, 3, 5, 1, 5, 2)
print(t.count(5), t.count(9), t.index(1), t.index(5, 1), t.index(5, 3))
try:
    t.index(42)
except ValueError:
    print("ValueError")
print(len(t), min(t), max(t), sum(t), sorted(t), tuple(sorted(t)))
print(tuple(reversed(t)), list(t) == [5, 3, 5, 1, 5, 2])
print(any(x > 4 for x in t), all(x > 0 for x in t))
words = ("x", "yy", "zzz")
print(" ".join(words), tuple(len(w) for w in words))
print(tuple(zip((1, 2), ("a", "b"))))
print(tuple(enumerate(("p", "q"))))
print(tuple(map(str, (1, 2, 3))))
print(t[1:4].count(5), (1,) + t[:2])
