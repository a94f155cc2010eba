# int() parsing edge cases: signs, underscores, prefixes, whitespace, base 0
good = [("  +0b11 ", 0), ("-0x10", 16), ("0X1F", 16), ("00", 0), ("0", 0), ("1_000_000", 10),
        ("0x_ff", 16), ("-00017", 10), ("\t42\n", 10), ("Zz", 36), ("-0o777", 0), ("0B1", 0)]
for s, base in good:
    print(repr(s), base, int(s, base))
bad = [("--1", 10), ("+-1", 10), ("1 2", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16),
       ("08", 0), ("0b2", 0), ("12", 2), ("", 10), (" ", 10), ("0x1g", 16), ("1.0", 10), ("abc", 10)]
for s, base in bad:
    try:
        v = int(s, base)
        print("accepted", repr(s), v)
    except ValueError:
        print("ValueError", repr(s))
for base in [2, 8, 10, 16, 36]:
    print(base, int("10", base), int("-11", base))
try:
    int("1", 1)
except ValueError:
    print("ValueError base 1")
try:
    int("1", 37)
except ValueError:
    print("ValueError base 37")
print(int("9" * 40) + 1 == 10 ** 40, int("-" + "1" * 30) < -10 ** 29)
