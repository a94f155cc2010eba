# & | ^ ~ on negative numbers (two's complement semantics)
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a)
for a in [6, -6, 13, -13]:
    for b in [3, -3, 10, -10]:
        print(a, b, a & b, a | b, a ^ b)
print(-1 & 0xFF, -256 & 0xFFFF, -2 | 1, -2 ^ -1)
print(~0, ~-1, ~~7)
mask = 0
for bit in [0, 3, 5, 62, 63]:
    mask |= 1 << bit
print(mask, mask & -mask, mask & ~(1 << 3), -mask & 0xFF)
