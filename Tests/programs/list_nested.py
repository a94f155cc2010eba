# Nested lists: grids, aliasing, deep modification
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
for row in grid:
    print(row)
print(grid[2][3], grid[-1][-1], len(grid), len(grid[0]))
t = [list(col) for col in zip(*grid)]
print(t)
flat = []
for row in grid:
    flat.extend(row)
print(flat, sum(flat))
tree = [1, [2, [3, [4, []]]]]
def depth(t):
    if not t:
        return 0
    return 1 + depth(t[1])
print(depth(tree))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, 4], []], [[5]], 6]))
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
