# Conversions between int, float, str, bool, list, tuple
print(int("12"), int(12.9), int(-12.9), int("-0"), int(" 7 "), int("0b101", 0), int("7f", 16))
print(float("1.25"), float(3), float("-inf"), float(" 2.5\n"), float(2 ** 60))
print(str(12), str(-1.5), str("s"), str([1]), str(None), str(1e100))
print(bool("x"), bool(0.0), bool([0]), bool(range(0)))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), tuple([1, 2]), tuple("xy"))
print(int(float("1e6")), float(int("10" * 3)), str(int("007")))
print(int(str(2 ** 100)) == 2 ** 100, float(str(0.1)) == 0.1, str(float("0.30000000000000004")))
for bad in ["1.0", "0x", "  ", "--1"]:
    try:
        int(bad)
        print("ok", bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int([1])
except TypeError:
    print("TypeError")
print(int("  -42  "), float("1e-3"), int(True) + float(False))
