# range with negative steps
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(0, 10, -1)), list(range(-1, -10, -4)))
r = range(20, -5, -5)
print(list(r), len(r), r[0], r[-1], r[2])
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
s = "abcdef"
print([s[i] for i in range(len(s) - 1, -1, -2)])
print(len(range(100, -100, -7)), range(100, -100, -7)[-1])
