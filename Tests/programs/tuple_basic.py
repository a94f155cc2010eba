# Tuples: creation, indexing, slicing, immutability, concatenation
t = (1, 2, 3)
e = ()
s = (5,)
print(t, e, s, len(t), len(e), len(s))
print(t[0], t[-1], t[1:], t[::-1], t[::2])
print(t + (4, 5), t * 2, (0,) * 3)
print(1 in t, 7 in t, t.index(2), t.count(3))
u = 1, 2
print(u, type(u).__name__)
try:
    t[0] = 9
except TypeError:
    print("TypeError")
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
lst = [1, 2]
tt = (lst, 3)
lst.append(9)
print(tt)
print(repr((1,)), str(("a", 'b')), (None,))
for x in t:
    print(x, end=",")
print()
