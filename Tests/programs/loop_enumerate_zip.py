# enumerate and zip in loops
names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages, "xyz")))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
a = [1, 2, 3]
b = [4, 5, 6]
print([x * y for x, y in zip(a, b)], sum(x * y for x, y in zip(a, b)))
print(dict(enumerate("ab")), list(enumerate([])))
for idx, (x, y) in enumerate(zip("ab", "cd")):
    print(idx, x + y)
