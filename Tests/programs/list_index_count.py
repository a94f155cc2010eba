# index and count
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(5, 5, 9), a.index(3, -3))
print(a.count(5), a.count(1), a.count(7), a.count(3))
try:
    a.index(7)
except ValueError:
    print("ValueError")
try:
    a.index(9, 0, 5)
except ValueError:
    print("ValueError range")
b = [[1], [1], (1,), 1, 1.0, True]
print(b.count(1), b.count([1]), b.index(True), b.index(1.0))
words = "the cat and the hat and the bat".split()
print(words.count("the"), words.index("and"), words.index("and", 3))
print(sorted(set(w for w in words if words.count(w) > 1)))
