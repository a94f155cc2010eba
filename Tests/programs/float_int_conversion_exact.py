# Converting between big ints and floats: exact values and round-half-even
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10, int(1e300) // 10 ** 290)
print(int(1.5e20), int(-2.5e20), int(2.0 ** 100) == 2 ** 100, int(float(2 ** 64)) == 2 ** 64)
for k in [53, 54, 60, 64]:
    for d in [1, 2, 3]:
        v = 2 ** k + d
        print(k, d, float(v), int(float(v)) - 2 ** k)
print(float(2 ** 1023), float(-(2 ** 100)), float(2 ** 1024 - 2 ** 971))
try:
    float(2 ** 1024)
except OverflowError:
    print("OverflowError")
print(float(10 ** 22), float(10 ** 23), float(123456789012345678901234567890))
print(int(-0.9), int(0.9999999999999999), int(1e16 + 1), int(-1e-300))
print(round(1e300) == int(1e300), round(2.5e15 + 0.5), round(-2 ** 53 - 1.0))
