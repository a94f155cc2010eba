# reverse, extend, +=, copy, clear
a = [1, 2, 3, 4]
a.reverse()
print(a)
a.extend([5, 6])
print(a)
a.extend("ab")
print(a)
a.extend(range(2))
print(a)
a.extend((9,))
print(a)
b = a
b += [100]
print(a is b, a[-1])
c = a.copy()
c.append("c")
print(len(a), len(c))
a.clear()
print(a, b, len(c))
d = []
d.reverse()
print(d)
e = [1]
e.extend(e)
print(e)
f = list(reversed([1, 2, 3]))
print(f)
g = [0]
g.extend(x * x for x in range(4))
print(g)
