# int methods: bit_length, to_bytes, from_bytes
for n in [0, 1, 2, 255, 256, -1, -256, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"))
print((2 ** 64 - 1).to_bytes(8, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff" * 9, "big") == 2 ** 72 - 1)
print(list((258).to_bytes(4, "little")), int.from_bytes(bytes([1, 2, 3]), "big"))
x = 12345678901234567890
print(int.from_bytes(x.to_bytes(9, "big"), "big") == x)
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
print((5).bit_length() + (-5).bit_length(), True.bit_length())
