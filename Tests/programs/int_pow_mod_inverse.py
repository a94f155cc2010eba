# Three-argument pow: negative exponent (modular inverse), negative base and modulus, big values
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 7), pow(38, -1, 97))
print(pow(-2, 5, 7), pow(2, 5, -7), pow(-2, 5, -7), pow(0, 0, 5), pow(5, 0, 1))
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, 10 ** 6, p), pow(12345, -1, p) * 12345 % p)
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError not invertible")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError zero modulus")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError float")
print(pow(7, 2, 2 ** 70), pow(-(2 ** 70), 3, 1000))
