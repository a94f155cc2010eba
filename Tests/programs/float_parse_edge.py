# float() parsing edge cases: exponents, infinities, underflow, bad strings
good = ["1e500", "-1e500", "1e-500", "-1e-500", " .5e1 ", "5.E-1", "infinity", "+inf", "-Infinity",
        "NaN", "-nan", "1_0.5", "0.000000000000000000000000000001", "123456789012345678901234567890",
        "2.2250738585072014e-308", "4.9e-324", "2e-324", "1.7976931348623157e308", "1.7976931348623159e308",
        "0.1e1", "00012.5000", "-0", "9007199254740993"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["1e", "e1", ".", "+", "1.2.3", "0x10", "1 e2", "in f", "1e+", "--1", "1__0", "_1"]
for s in bad:
    try:
        print("accepted", repr(s), float(s))
    except ValueError:
        print("ValueError", repr(s))
