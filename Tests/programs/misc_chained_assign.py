# Chained assignment, multiple targets, augmented assignment on attributes and items
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0, 0]
k = lst[k] = 2
print(k, lst)
class O:
    pass
o = O()
o.v = o.w = 5
o.v += 1
print(o.v, o.w)
d = {}
d["a"] = d["b"] = 0
d["a"] += 10
print(d)
m = [[0] * 2] * 1
m[0][1] += 3
print(m)
p, (q, r) = s = (1, (2, 3))
print(p, q, r, s)
