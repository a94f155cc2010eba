# bool as int in arithmetic, indexing, counting, comparisons
print(True + 1, True * 3.5, -True, True // 1, True % 2, True ** 10)
print(["no", "yes"][True], ["no", "yes"][False], (10, 20)[1 > 0])
flags = [True, False, True, True]
print(sum(flags), flags.count(True), flags.index(False))
print(True > False, True == 1.0, False < 0.5, max(True, 0), min(False, -1))
print(True and 5, False or 0.0, 3 and True)
print(hash(True) == hash(1), {True: "t", 1: "one"})
print(int(True) + int("1"), str(True) + str(False), repr(True))
print(True is (1 == 1), False is (1 > 2), bool(2) is True)
x = 5
print((x > 3) + (x > 4) + (x > 5))
print(sorted([True, 2, False, 1, 0]))
