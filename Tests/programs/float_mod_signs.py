# Float floor division and modulo: sign rules and negative zero
cases = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 1.0), (-1.0, 1.0), (1.0, -1.0),
         (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (5.0, 0.5), (1e20, 3.0), (-1e-20, 1.0), (0.3, 0.1)]
for a, b in cases:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(7 % -3.0, -7 % 3.0, 7 // -3.0, -7 // 3.0)
for a, b in [(5, 3), (-5, 3)]:
    print(float(a) % b, a % float(b), float(a) // b)
print(2 ** 70 % 3.0, -(2 ** 70) // 7.0)
print(float("inf") % 2.0 != float("inf") % 2.0, 5.0 % float("inf"), -5.0 % float("inf"))
