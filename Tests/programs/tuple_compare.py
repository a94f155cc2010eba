# Tuple comparison, tuples as dict keys and in sorting
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, "a") < (1, "b"))
print(max([(1, "z"), (2, "a"), (2, "b")]), min((3, 1), (3, 0)))
pts = [(3, 1), (1, 2), (1, 1), (2, 5)]
print(sorted(pts), sorted(pts, reverse=True))
d = {}
d[(0, 0)] = "origin"
d[(1, 2)] = "p"
print(d[(0, 0)], d[1, 2], (1, 2) in d, (2, 1) in d)
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[(2, 2)], len(grid))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2))
print(((1, 2), 3) < ((1, 3), 0))
print(hash((1, 2)) == hash((1, 2)))
