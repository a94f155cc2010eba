# Matrix multiply, transpose, identity and power with nested lists
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = []
    for i in range(n):
        row = []
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4]]
b = [[5, 6, 7], [8, 9, 10]]
print(matmul(a, b))
print(matmul(a, identity(2)) == a)
fib = [[1, 1], [1, 0]]
print(matpow(fib, 10)[0][1], matpow(fib, 100)[0][1])
t = [[row[i] for row in b] for i in range(len(b[0]))]
print(t)
print(matmul([[0.5, 0], [0, 2]], [[2.0], [0.25]]))
