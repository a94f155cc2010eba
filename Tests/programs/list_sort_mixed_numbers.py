# Sorting and comparing mixed ints, floats, bools and big ints
vals = [3, 2.5, True, -1, 0.0, 2 ** 65, -2 ** 65, 1e20, False, 7, -0.5, 2 ** 53 + 1, 2.0 ** 53]
print(sorted(vals))
print(sorted(vals, reverse=True)[:4])
print(max(vals), min(vals), sum(vals[:5]))
print(sorted([1, 1.0, True]), sorted([1.0, True, 1]), sorted([True, 1, 1.0]))
print(sorted([3, 1, 2], key=float), sorted(["10", "9", "100"], key=int))
ints = [5, -3, 10 ** 20, -(10 ** 20), 0, 2 ** 62, -(2 ** 62), 2 ** 63]
ints.sort()
print(ints)
print(sorted(ints, key=abs))
print(sorted([0.1, -0.0, 0.0, -0.1]))
