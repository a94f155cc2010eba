# hex, oct, bin of positive, negative and big ints; format codes
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 - 1, -2 ** 100]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(8, "o"), format(255, "X"))
print("%x %o" % (-255, -8))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
print(bin(0b1010 | 0b0101), hex(0xdead_beef), oct(0o777))
