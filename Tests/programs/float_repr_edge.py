# Shortest round-trip repr for hard cases
for k in range(0, 25):
    print(k, repr(1 / 10 ** k), repr(10.0 ** k), repr(10.0 ** -k))
for k in range(50, 70, 3):
    print(k, repr(2.0 ** k), repr(2.0 ** -k))
vals = [5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 0.3, 0.7, 1.1, 2.675,
        123e300, 9.999999999999999e22, 1e23, 8.41e21, 5.0e-5, 0.00001, 100000000000000000.0,
        1234567890123456789.0, 0.1 + 0.7, 1.0 - 1e-16, 4.35, 0.57, 1.0e16, 9.5367431640625e-07]
for v in vals:
    print(repr(v), repr(-v), str(v))
