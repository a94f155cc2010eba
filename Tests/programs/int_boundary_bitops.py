# Bitwise ops and shifts on values straddling the 31-bit and 63-bit small-int limits
edges = [2 ** 30 - 1, 2 ** 30, 2 ** 31, 2 ** 62 - 1, 2 ** 62, 2 ** 63, 2 ** 64]
for e in edges:
    for n in (e, -e):
        print(n, n & 0xFFFF, n | 1, n ^ -1, n >> 1, n >> 31, n << 1, ~n)
a = 2 ** 62 - 1
b = -(2 ** 62)
print(a & b, a | b, a ^ b, a + b, a - b, b - 1, b * 2, b // -1)
print((a << 1) >> 1 == a, (b << 2) >> 2 == b, (-1 << 63) >> 62)
x = 0x7FFFFFFF
print(x + 1, (x + 1) & x, (x << 32) | x, ((x << 32) | x) >> 16)
print(-(2 ** 31) >> 31, -(2 ** 31) - 1 >> 31, (2 ** 31 - 1) >> 31)
