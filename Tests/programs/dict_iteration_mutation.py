# Iterating while mutating raises RuntimeError; safe alternatives
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError:
    print("RuntimeError")
d = {i: i for i in range(5)}
for k in list(d.keys()):
    if k % 2 == 0:
        del d[k]
print(d)
for k in d:
    d[k] = d[k] * 10
print(d)
words = "one two three two one two".split()
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
best = None
for w, c in freq.items():
    if best is None or c > freq[best]:
        best = w
print(best)
