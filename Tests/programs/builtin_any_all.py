# any and all with short-circuiting
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 1]), all([1, 0]), any(x > 2 for x in [1, 2, 3]), all(x < 5 for x in [1, 2, 3]))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen = []
print(all(check(x) for x in [5, 3, 0, 7]), seen)
print(any("abc"), all(""), any([[]]), all([[]]))
nums = [2, 4, 6, 9]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid))
