# Conway's game of life on a small torus grid
W, H = 8, 6
def step(grid):
    new = []
    for y in range(H):
        row = []
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        n += grid[(y + dy) % H][(x + dx) % W]
            alive = grid[y][x]
            row.append(1 if n == 3 or (alive and n == 2) else 0)
        new.append(row)
    return new
def show(grid):
    for row in grid:
        print("".join(["#" if c else "." for c in row]))
    print()
grid = [[0] * W for _ in range(H)]
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    grid[y][x] = 1
show(grid)
for _ in range(4):
    grid = step(grid)
show(grid)
total = 0
for row in grid:
    total += sum(row)
print(total)
