# Converting an int of more than 4300 decimal digits to str raises
# ValueError, as in CPython 3.11 (found by the differential tester, Tests/difftest).
a = 4611686018427387904
for _ in range(12):
    a *= a - 3
try:
    print(len(str(a)))
except ValueError:
    print("ValueError")
print(a.bit_length() > 14000, hex(a)[:6])
