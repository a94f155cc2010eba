# List slicing: read with steps, negative indices, out of range
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[:])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[20:], a[-20:2], a[5:2], a[3:3])
b = a[:]
b[0] = 99
print(a[0], b[0])
m = [[1, 2], [3, 4]]
n = m[:]
n[0][0] = 100
print(m)
print(a[1:9][::2][1:])
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step)
print(a[slice(3)], a[slice(None, None, -3)])
print((a[:5] + a[5:]) == a)
