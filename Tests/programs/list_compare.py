# Comparisons and equality of lists
print([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3], [] == [], [1] != [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print([[1, 2], [3]] == [[1, 2], [3]], [[1], [2]] < [[1], [3]])
print(["a", "b"] < ["a", "c"], ["b"] > ["a", "z"])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
try:
    [1] < ["a"]
except TypeError:
    print("TypeError")
print([float("nan")] == [float("nan")])
