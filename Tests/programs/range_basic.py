# range: len, indexing, iteration, list conversion
r = range(10)
print(list(r), len(r), r[0], r[-1], r[5])
print(list(range(3, 8)), list(range(0, 20, 5)), list(range(5, 0)), list(range(0)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5)))
print(range(3), range(1, 5), range(0, 10, 2))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(2 ** 62, 2 ** 62 + 3)))
try:
    range(5)[5]
except IndexError:
    print("IndexError")
try:
    range(0, 5, 0)
except ValueError:
    print("ValueError")
total = 0
for i in range(1, 6):
    total += i * i
print(total)
print(range(5) == range(5), range(0) == range(2, 2))
