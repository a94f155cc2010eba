# Comprehensions capture loop variables late in lambdas; nested comprehension scopes
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    k = 10
    return [[k * r + c for c in range(2)] for r in range(3)]
print(outer())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
x = 100
res = [x for x in range(3)]
print(res, x)
pairs = [(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0]
print(pairs)
words = ["ab", "cde", "f"]
print([[c for c in w] for w in words], [len(w) for w in words if len(w) > 1])
print({w: [c.upper() for c in w] for w in words})
