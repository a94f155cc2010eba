# insert at various positions and remove by value
a = [1, 2, 3]
a.insert(0, 0)
print(a)
a.insert(2, 1.5)
print(a)
a.insert(100, 99)
print(a)
a.insert(-1, "before-last")
print(a)
a.insert(-100, "front")
print(a)
a.remove(1.5)
print(a)
a.remove("front")
print(a)
b = [1, 2, 1, 2, 1]
b.remove(1)
print(b)
b.remove(2)
print(b)
try:
    b.remove(7)
except ValueError:
    print("ValueError")
c = []
for i in range(5):
    c.insert(0, i)
print(c)
