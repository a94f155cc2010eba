# Floats printed inside containers and via str(), repr(), %r, %s, format
vals = [0.1, 2.0, -3.5, 1e-5, 1e21, 123456.789, 1 / 7]
print(vals)
print(tuple(vals[:3]), {"a": 0.5, "b": 1e100})
print("%s %r %s" % (0.1, 0.2, 1e16))
print("{} {}".format(1.0, 1e-7), f"{2.5} {3.0!r}")
print(str(1e22), repr(1e-4), str(-0.0))
print([x * 3 for x in [0.1, 0.2, 0.3]])
print([round(x, 2) for x in [1.005, 2.675, 0.125]])
total = 0.0
for v in vals:
    total += v
print(total)
print(float(1), float(-7), 10 / 4, 3 / 3)
print(max(vals), min(vals), sorted(vals))
