# float() from strings and ints, int() of floats, str of floats
print(float("1.5"), float("-2.25"), float("  3  "), float("1e3"), float("-1E-2"))
print(float(".5"), float("5."), float("+7.0"), float("0"), float(10), float(-3))
print(float("inf"), float("-Infinity"), float("nan"))
print(float(2 ** 70), float(10 ** 20))
print(float("3.141592653589793"), float("0.1"), float("1.7976931348623157e308"))
print(int(2.5), int(-2.5), int(1e18), int(123.999))
print(str(1.0), str(0.1), str(-5e-10))
for s in ["", "abc", "1.2.3", "1e"]:
    try:
        float(s)
    except ValueError:
        print("ValueError", repr(s))
print(float(True), float(False))
print(float("1_000.5"))
