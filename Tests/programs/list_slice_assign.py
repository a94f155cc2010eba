# Slice assignment and deletion
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = "xy"
print(a)
a[-2:] = [7]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[:] = [4]
print(b)
try:
    c = [1, 2, 3, 4]
    c[::2] = [1, 2, 3]
except ValueError:
    print("ValueError")
d = [1, 2, 3]
d[len(d):] = [4, 5]
print(d)
