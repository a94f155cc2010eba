# Slice edge cases on lists: huge bounds, negative steps, assignment growth, extended slice deletes
a = list(range(8))
print(a[-100:100], a[100:-100], a[::-100], a[-1::-3], a[5:-100:-2], a[2:2:-1])
print(a[2 ** 70:], a[-2 ** 70:2], a[::2 ** 70])
b = list(range(5))
b[1:3] = range(10, 15)
print(b)
b[-2:-1] = []
print(b)
b[100:] = [99]
print(b)
b[:0] = ["front"]
print(b)
c = list(range(10))
del c[::-3]
print(c)
del c[100:]
print(c)
d = list(range(6))
d[::-2] = ["x", "y", "z"]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
try:
    a[::0]
except ValueError:
    print("ValueError step 0")
