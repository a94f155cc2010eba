# del statement on list items, slices and names
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
b = [1, 2, 3]
del b[1], b[0]
print(b)
x = 5
del x
try:
    print(x)
except NameError:
    print("NameError")
try:
    del b[5]
except IndexError:
    print("IndexError")
c = list(range(10))
for i in range(len(c) - 1, -1, -1):
    if c[i] % 3 == 0:
        del c[i]
print(c)
