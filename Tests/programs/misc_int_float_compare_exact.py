# Exact comparisons between ints and floats near precision limits
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == float(big))
print(big + 1 > float(big), big + 1 >= float(big), big - 1 < float(big))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 30 == 1e30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(2 ** 1024 > 1.7976931348623157e308, -(2 ** 1024) < -1.7976931348623157e308)
print(2 ** 1024 < float("inf"), -(2 ** 1024) > float("-inf"), 2 ** 1024 == float("inf"))
print(1 == 1.0000000000000002, 0 == -0.0, 3 == 3.0000000000000004)
vals = [2 ** 53 + 1, float(2 ** 53), 2 ** 53, 2 ** 53 - 1.0]
print(sorted(vals), max(vals), min(vals))
print(9007199254740993 < 9007199254740994.0, 9007199254740993 > 9007199254740992.0)
print({2 ** 53: "int"}.get(float(2 ** 53)), 1.5 in [1, 2], 2.0 in [1, 2])
