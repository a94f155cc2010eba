# List creation, indexing, assignment, len, concatenation
a = [1, 2, 3]
b = []
c = [1, "two", 3.0, None, [4, 5]]
print(a, b, c, len(a), len(b), len(c))
print(a[0], a[-1], c[4][1], c[-1][-2])
a[1] = 20
print(a)
a[-1] = "last"
print(a)
print(a + [4, 5], [0] * 4, [1, 2] * 3, [] * 5)
print(list(range(5)), list("abc"), list((1, 2)), list())
x = [[0] * 3 for _ in range(2)]
x[0][1] = 9
print(x)
y = [[0] * 2] * 2
y[0][0] = 7
print(y)
try:
    a[10]
except IndexError:
    print("IndexError")
try:
    a[3] = 0
except IndexError:
    print("IndexError assign")
print(repr([1, "a", 'b"c']), str(["x"]))
