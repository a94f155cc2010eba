# round() of floats and ints, banker's rounding, ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 1), round(123, -1), round(125, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(1e20), round(0.1 + 0.2, 10))
for v in [0.05, 0.15, 0.25, 0.35, 0.45]:
    print(v, round(v, 1))
print(round(2 ** 70 + 0.0), round(-7.77, 0))
