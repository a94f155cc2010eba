# zip: uneven lengths, unzip, dict building, iterator consumption
a = [1, 2, 3]
b = "xy"
print(list(zip(a, b)), list(zip(b, a)), list(zip(a)), list(zip(a, a, a)))
z = zip(range(3), range(10, 13))
print(next(z), list(z), list(z))
keys = ["name", "age"]
vals = ["ann", 30]
print(dict(zip(keys, vals)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
it = iter(range(6))
print(list(zip(it, it)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
print([a + b for a, b in zip("abc", "ABC")])
print(list(zip("ab", range(100), [None] * 5)))
