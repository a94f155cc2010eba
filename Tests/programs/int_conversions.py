# int() from strings and floats, with bases
print(int("42"), int("-17"), int("  8  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2), int("0x10", 0), int("10", 0))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999", 10))
print(int(3.9), int(-3.9), int(0.0), int(1e20))
print(int(True), int(False))
print(int(), int(7))
for s in ["", "abc", "1.5", "12a"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", repr(s))
try:
    int("9", 8)
except ValueError:
    print("bad digit")
print(int("1_000"), str(1000000), str(-0))
