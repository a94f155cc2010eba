# and / or / not return operands; bools are ints
print(True and False, True or False, not True, not False)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 1, [0] and 1, "a" and "b")
print(not 0, not 1, not "", not "a", not None, not [], not [1])
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, isinstance(True, int))
print(str(True), repr(False), int(True))
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool({}), bool(None), bool(0.0))
print(True & False, True | False, True ^ True, ~True)
print(sum([True, True, False, True]))
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(0) or side(3) and side(4))
print(type(True).__name__, type(1 == 1).__name__)
