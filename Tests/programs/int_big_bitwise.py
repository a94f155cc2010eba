# Bitwise ops on big ints, positive and negative
a = 2 ** 100 + 2 ** 50 + 7
b = 2 ** 80 - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b)
print(a & -b, a | -b, a ^ -b)
print(-a & -b, -a | -b, -a ^ -b)
print(~a, ~-a)
print(a & 0xFFFF, -a & 0xFFFF)
print((a >> 50) & 1, (a >> 51) & 1)
m = (1 << 64) - 1
print(m, m & -m, m ^ (m >> 1))
print(hex(a), hex(-a), bin(b & 0xF0F0))
