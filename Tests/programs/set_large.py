# Larger sets: build, membership, removal; printed via sorted or counts
s = set()
for i in range(2000):
    s.add((i * i) % 1009)
print(len(s))
print(sorted(s)[:10], max(s), min(s))
hits = 0
for i in range(1009):
    if i in s:
        hits += 1
print(hits)
for i in range(0, 1009, 3):
    s.discard(i)
print(len(s))
a = set(range(0, 1000, 2))
b = set(range(0, 1000, 3))
print(len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sorted(a & b)[:5], sorted(b - a)[-3:])
words = set()
for w in "to be or not to be that is the question".split():
    words.add(w)
print(sorted(words), len(words))
