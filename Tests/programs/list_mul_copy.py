# Repetition, copies versus aliases, list() copies
a = [1, 2]
b = a * 3
print(b)
a.append(3)
print(b, a)
c = list(a)
c.append(4)
print(a, c)
d = a
d.append(5)
print(a, d, a is d)
e = a[:]
print(e == a, e is a)
row = [0] * 3
mat = [row] * 2
mat[0][0] = 1
print(mat)
x = []
x *= 3
print(x)
y = [7]
y *= 3
print(y)
z = [[1]] * 2
z[0].append(2)
print(z)
