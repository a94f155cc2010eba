# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes (signed, both orders, errors), ratio
for n in [0, 1, 2, 255, 256, -1, -256, 2 ** 64, -(2 ** 100), True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
for v, L in [(0, 0), (0, 1), (127, 1), (-128, 1), (255, 2), (-1, 4), (2 ** 63, 9), (-(2 ** 63), 8), (12345678901234567890123, 12)]:
    for order in ("big", "little"):
        b = v.to_bytes(L, order, signed=True)
        print(v, L, order, b, int.from_bytes(b, order, signed=True), int.from_bytes(b, byteorder=order))
print((65535).to_bytes(2, byteorder="little"), (5).to_bytes(), (5).to_bytes(length=3))
print(int.from_bytes([1, 2]), int.from_bytes(b""), int.from_bytes(b"\xff", signed=True), (7).from_bytes(b"\x02", "big"))
print(int.from_bytes(bytearray(b"\x80\x00"), "little", signed=True))
for args in [(128, 1, True), (-129, 1, True), (-1, 1, False), (256, 1, False), (1, 0, False), (0, -1, False)]:
    try:
        print(args[0].to_bytes(args[1], "big", signed=args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
print(type((True).conjugate()), type(True.real))
