# List comprehensions: filters, nesting, scoping
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([c.upper() for c in "hey" if c != "e"])
print([x if x % 2 else -x for x in range(6)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 10
print([i + n for i in range(3)])
def make():
    k = 100
    return [k + j for j in range(3)]
print(make())
print([i for i in []], [[] for _ in range(2)])
