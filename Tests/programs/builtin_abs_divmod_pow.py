# abs, divmod, pow with ints, floats and big ints
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-2 ** 80), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(2 ** 70, 12345), divmod(-2 ** 70, 12345))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(5, 0, 7), pow(2, 10, 1), pow(-3, 3, 7))
print(pow(12345678901234567890, 3, 987654321))
class Magnitude:
    def __abs__(self):
        return 42
print(abs(Magnitude()))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
print(abs(-0.0), divmod(10 ** 20, 10 ** 10))
