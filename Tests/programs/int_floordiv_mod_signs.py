# Floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    q, r = divmod(a, b)
    print(q * b + r == a)
big = 10 ** 25 + 3
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (7, big), (-7, big)]:
    print(a // b, a % b)
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % (2 ** 32 + 1))
