# list.sort and sorted on numbers and strings
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = ["pear", "apple", "fig", "banana"]
b.sort()
print(b)
print(sorted([3.5, 1, 2.25, -1]))
print(sorted("hello"), sorted((3, 1, 2)), sorted([]))
c = [10 ** 20, -5, 2 ** 64, 0, -(10 ** 30)]
c.sort()
print(c)
print(a.sort() is None)
d = list(range(20, 0, -3))
print(sorted(d), d)
e = [[2, 1], [1, 2], [1, 1], [2, 0]]
e.sort()
print(e)
f = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(f))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
