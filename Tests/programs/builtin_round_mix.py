# round() with various ndigits, and number formatting helpers
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(round(12345, -3), round(15, -1), round(25, -1), round(-15, -1), round(2 ** 70, -20))
print(round(1.23456789e10, -5), round(9.995, 2), round(1e-7, 8))
print(round(10), round(-0.4), round(0.6), type(round(1.5)).__name__)
vals = [0.1 * i for i in range(6)]
print([round(v, 1) for v in vals])
print(format(3.14159, ".2f"), format(1234, ","), format(0.5, "%"), format(42, ">5"), format("s", "<3") + "|")
print(format(1e10, "g"), format(123, ""), format(-7, "+d"))
amounts = [19.995, 0.045, 1.005, 2.675]
for x in amounts:
    print(x, round(x, 2), "%.2f" % x)
print(round(-1.5), round(-0.5), round(0.5), round(1.5))
