# Larger lists: many appends, pops from front, inserts, slicing, sorting
a = []
for i in range(5000):
    a.append((i * 7919) % 5003)
print(len(a), a[:5], a[-5:], sum(a))
b = sorted(a)
print(b[:5], b[-5:], b[2500])
a.sort(reverse=True)
print(a[:3], a == b[::-1])
c = list(range(1000))
while len(c) > 10:
    c.pop(0)
print(c)
d = []
for i in range(200):
    d.insert(len(d) // 2, i)
print(d[:6], d[97:103], len(d))
e = list(range(10000))
print(e[::1000], e[-1:-3000:-999], len(e[::3]))
del e[::2]
print(len(e), e[:5])
print(e.index(9999), e.count(5), 5001 in e)
