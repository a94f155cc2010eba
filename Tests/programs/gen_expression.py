# Generator expressions: laziness, consumption by builtins, scoping
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(sorted(c for c in "hello" if c != "l"), tuple(i for i in range(3)))
print(",".join(str(i) for i in range(5)))
calls = []
def f(x):
    calls.append(x)
    return x
g = (f(x) for x in range(3))
print(calls)
next(g)
print(calls)
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(min((abs(x - 5), x) for x in [1, 4, 7, 9]))
data = [3, 1, 2]
g = (v for v in data)
data.append(4)
print(list(g))
