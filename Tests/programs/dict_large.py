# Larger dicts: many inserts and deletes keep order and lookups correct
d = {}
for i in range(3000):
    d[i * 37 % 3001] = i
print(len(d), d[0], d[37], d[2999 * 37 % 3001])
for i in range(0, 3001, 2):
    if i in d:
        del d[i]
print(len(d), list(d)[:8])
for i in range(0, 100, 2):
    d[i] = -i
print(len(d), list(d)[-3:], d[98])
s = {}
for i in range(500):
    s["key%d" % i] = i
print(len(s), s["key0"], s["key499"], "key500" in s)
total = 0
for k, v in s.items():
    total += v
print(total)
keys = list(s.keys())
print(keys[:3], keys[-2:])
t = {}
for i in range(1000):
    t[i] = i
    if i >= 10:
        del t[i - 10]
print(list(t))
