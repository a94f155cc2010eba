# int / int is correctly rounded for operands of any size, including subnormal results
seed = 12345
def rnd(bits):
    global seed
    r = 0
    for _ in range(bits // 16 + 1):
        seed = (seed * 1103515245 + 12345) % 2**31
        r = (r << 16) | (seed >> 8) & 0xFFFF
    return r >> (16 - bits % 16)
vals = [1, 3, 7, 10**23, 10**46, 2**53+1, 2**64-1, -(2**70)+3, 10**300, 3**600, 2**1023]
for a in vals:
    for b in vals:
        print(repr(a / b), repr(-a / b))
print(1 / 10**330, 1 / 10**323, 7 / 10**324, 5 / 10**324, 2**-1074 == 1 / 2**1074, 3 / 2**1075, 1 / 2**1075)
print(0 / -5, 0 / 2**70, -0 / -(2**70))
for k in range(200):
    a = rnd(rnd(8) + 1) * (1 - 2 * (k & 1))
    b = rnd(rnd(8) + 1) + 1
    print(repr(a / b))
try:
    print(2**1100 / 3)
except OverflowError as e:
    print(e)
try:
    print((2**1024 + 2**970) / 1)
except OverflowError as e:
    print(e)
