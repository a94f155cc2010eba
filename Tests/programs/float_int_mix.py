# Mixed int/float operations and type results
vals = [(3, 2.0), (2.0, 3), (-7, 0.5), (10 ** 20, 1.5), (1, 3)]
for a, b in vals:
    print(a + b, a - b, a * b, a / b, type(a + b).__name__)
print(type(1 / 1).__name__, 4 / 2, 1 // 1.0, type(7 // 2).__name__, type(7.0 // 2).__name__)
print(2 ** 100 / 2 ** 99, 2 ** 100 // 2.0 ** 99)
print(1 + True, 1.5 + True, 2 * False)
total = 0
for v in [1, 2.5, 3, 4.25]:
    total += v
print(total, sum([1, 2.5, 3]))
print(7 % 2.5, -7 % 2.5, 2 ** -2, 10 ** -1)
print(int(7 / 2), 7 // 2, round(7 / 2))
